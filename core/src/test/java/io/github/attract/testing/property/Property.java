package io.github.attract.testing.property;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Runs a property: a check that must hold for every value a generator can produce. Attract's own
 * small harness on plain JUnit Jupiter, used inside an ordinary {@code @Test} (Attract does not use
 * jqwik, whose maintainers ask that AI coding agents not use it from version 1.10 on).
 *
 * <pre>{@code
 * // inside an ordinary JUnit test method of a class XxxProperties
 * Property.forAll(Gens.lists(Gens.ints(0, 100), 0, 20))
 *     .check(xs -> assertThat(total(xs)).isEqualTo(naiveSum(xs)));
 *
 * Gen<Long> amounts = Gens.longs(-1_000_000, 1_000_000);
 * Property.forAll(amounts, amounts).tries(200).check((a, b) -> assertThat(a + b).isEqualTo(b + a));
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * <ul>
 *   <li>Each try generates fresh arguments and runs the check; it fails if the check throws
 *       anything: an assertion error or any other exception. A check may discard a try with {@link
 *       #assume} (or JUnit's {@code Assumptions}); {@link Gen#filter} discards tries too. A run
 *       that discards more tries than it is asked to run fails.
 *   <li>A generator draws every random decision from a {@link Source}, which records them. When a
 *       try fails, the runner shrinks that record: it deletes chunks, zeroes and lowers single
 *       choices, and moves amounts between them, keeping each simpler record whose replay still
 *       fails with the same type of exception, within a budget of 2000 replays. So every generator
 *       built with {@link Gens} and {@link Gen#map}, {@link Gen#flatMap} or {@link Gen#filter}
 *       shrinks without any shrinking code of its own.
 *   <li>The failure is an {@link AssertionError} that names the try, the seed and how to replay it,
 *       the shrunk and the original counterexample and the failure's message; its cause is the
 *       failure of the shrunk counterexample, and the original failure is attached as suppressed.
 * </ul>
 *
 * <h2>Tries and seeds</h2>
 *
 * <ul>
 *   <li>{@link ForAll#tries(int)} sets the number of tries; otherwise the system property {@value
 *       #TRIES_PROPERTY} sets it (for deeper runs: {@code mvn verify -Dattract.tries=100000}), else
 *       it is {@value #DEFAULT_TRIES}.
 *   <li>{@link ForAll#seed(long)} fixes the seed (for tests that assert a counterexample);
 *       otherwise the system property {@value #SEED_PROPERTY} fixes it, which replays a reported
 *       failure exactly ({@code mvn test -Dtest=MoneyProperties -Dattract.seed=42}); else each run
 *       takes a random seed.
 * </ul>
 *
 * <p>The runners are immutable; a run is single-threaded and deterministic for a given seed as long
 * as the generators and the check are.
 */
public final class Property {
  /** The number of tries of a run unless set otherwise. */
  public static final int DEFAULT_TRIES = 1000;

  /** The system property that sets the number of tries of runs that do not set it themselves. */
  public static final String TRIES_PROPERTY = "attract.tries";

  /** The system property that fixes the seed of runs that do not fix it themselves. */
  public static final String SEED_PROPERTY = "attract.seed";

  private Property() {}

  /**
   * Starts a property of one argument.
   *
   * @param a the generator of the argument
   * @param <A> the type of the argument
   * @return a runner with the default settings
   */
  public static <A> ForAll<A> forAll(Gen<A> a) {
    return new ForAll<>(a, Settings.DEFAULT);
  }

  /**
   * Starts a property of two arguments, generated independently.
   *
   * @param a the generator of the first argument
   * @param b the generator of the second argument
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @return a runner with the default settings
   */
  public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new ForAll2<>(a, b, Settings.DEFAULT);
  }

  /**
   * Starts a property of three arguments, generated independently.
   *
   * @param a the generator of the first argument
   * @param b the generator of the second argument
   * @param c the generator of the third argument
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @return a runner with the default settings
   */
  public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new ForAll3<>(a, b, c, Settings.DEFAULT);
  }

  /**
   * Discards the current try unless a condition holds; the try does not count as run.
   *
   * @param condition the condition the arguments must satisfy
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Rejected("Assumption failed");
    }
  }

  /**
   * A check of one argument, which may throw anything.
   *
   * @param <A> the type of the argument
   */
  @FunctionalInterface
  public interface Check<A> {
    /**
     * Checks the property for one argument.
     *
     * @param a the argument
     * @throws Throwable if the property does not hold
     */
    void accept(A a) throws Throwable;
  }

  /**
   * A check of two arguments, which may throw anything.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   */
  @FunctionalInterface
  public interface Check2<A, B> {
    /**
     * Checks the property for two arguments.
     *
     * @param a the first argument
     * @param b the second argument
     * @throws Throwable if the property does not hold
     */
    void accept(A a, B b) throws Throwable;
  }

  /**
   * A check of three arguments, which may throw anything.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   */
  @FunctionalInterface
  public interface Check3<A, B, C> {
    /**
     * Checks the property for three arguments.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @throws Throwable if the property does not hold
     */
    void accept(A a, B b, C c) throws Throwable;
  }

  /** The settings a run was given explicitly; the rest come from system properties. */
  record Settings(OptionalInt tries, OptionalLong seed) {
    static final Settings DEFAULT = new Settings(OptionalInt.empty(), OptionalLong.empty());

    Settings withTries(int newTries) {
      if (newTries < 1) {
        throw new IllegalArgumentException(
            "Property 'tries' must be at least 1, but was " + newTries);
      }
      return new Settings(OptionalInt.of(newTries), seed);
    }

    Settings withSeed(long newSeed) {
      return new Settings(tries, OptionalLong.of(newSeed));
    }
  }

  /**
   * A property of one argument, ready to run. Immutable.
   *
   * @param <A> the type of the argument
   */
  public static final class ForAll<A> {
    private final Gen<A> a;
    private final Settings settings;

    private ForAll(Gen<A> a, Settings settings) {
      this.a = a;
      this.settings = settings;
    }

    /**
     * Sets the number of tries, overriding the system property {@value #TRIES_PROPERTY}.
     *
     * @param tries the number of tries that must pass
     * @return a runner with that number of tries
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll<A> tries(int tries) {
      return new ForAll<>(a, settings.withTries(tries));
    }

    /**
     * Fixes the seed, overriding the system property {@value #SEED_PROPERTY}.
     *
     * @param seed the seed of the random choices
     * @return a runner with that seed
     */
    public ForAll<A> seed(long seed) {
      return new ForAll<>(a, settings.withSeed(seed));
    }

    /**
     * Runs the property.
     *
     * @param check the check every argument must pass
     * @throws AssertionError if a try fails, with the shrunk counterexample
     */
    public void check(Check<? super A> check) {
      Runner.run(settings, a, check, value -> Arrays.asList(value));
    }
  }

  /**
   * A property of two arguments, ready to run. Immutable.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   */
  public static final class ForAll2<A, B> {
    private final Gen<A> a;
    private final Gen<B> b;
    private final Settings settings;

    private ForAll2(Gen<A> a, Gen<B> b, Settings settings) {
      this.a = a;
      this.b = b;
      this.settings = settings;
    }

    /**
     * Sets the number of tries, overriding the system property {@value #TRIES_PROPERTY}.
     *
     * @param tries the number of tries that must pass
     * @return a runner with that number of tries
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll2<A, B> tries(int tries) {
      return new ForAll2<>(a, b, settings.withTries(tries));
    }

    /**
     * Fixes the seed, overriding the system property {@value #SEED_PROPERTY}.
     *
     * @param seed the seed of the random choices
     * @return a runner with that seed
     */
    public ForAll2<A, B> seed(long seed) {
      return new ForAll2<>(a, b, settings.withSeed(seed));
    }

    /**
     * Runs the property.
     *
     * @param check the check every pair of arguments must pass
     * @throws AssertionError if a try fails, with the shrunk counterexample
     */
    public void check(Check2<? super A, ? super B> check) {
      Runner.run(
          settings,
          Gens.combine(a, b, Args2<A, B>::new),
          args -> check.accept(args.a(), args.b()),
          args -> Arrays.asList(args.a(), args.b()));
    }
  }

  /**
   * A property of three arguments, ready to run. Immutable.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   */
  public static final class ForAll3<A, B, C> {
    private final Gen<A> a;
    private final Gen<B> b;
    private final Gen<C> c;
    private final Settings settings;

    private ForAll3(Gen<A> a, Gen<B> b, Gen<C> c, Settings settings) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.settings = settings;
    }

    /**
     * Sets the number of tries, overriding the system property {@value #TRIES_PROPERTY}.
     *
     * @param tries the number of tries that must pass
     * @return a runner with that number of tries
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll3<A, B, C> tries(int tries) {
      return new ForAll3<>(a, b, c, settings.withTries(tries));
    }

    /**
     * Fixes the seed, overriding the system property {@value #SEED_PROPERTY}.
     *
     * @param seed the seed of the random choices
     * @return a runner with that seed
     */
    public ForAll3<A, B, C> seed(long seed) {
      return new ForAll3<>(a, b, c, settings.withSeed(seed));
    }

    /**
     * Runs the property.
     *
     * @param check the check every triple of arguments must pass
     * @throws AssertionError if a try fails, with the shrunk counterexample
     */
    public void check(Check3<? super A, ? super B, ? super C> check) {
      Runner.run(
          settings,
          Gens.combine(a, b, c, Args3<A, B, C>::new),
          args -> check.accept(args.a(), args.b(), args.c()),
          args -> Arrays.asList(args.a(), args.b(), args.c()));
    }
  }

  private record Args2<A, B>(A a, B b) {}

  private record Args3<A, B, C>(A a, B b, C c) {}
}
