package io.github.attract.testing.property;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}, drawing every random decision from a {@link Source}.
 *
 * <p>Because a value is a function of the source's recorded choices, every generator built with
 * {@link #map}, {@link #flatMap}, {@link #filter} and the factories of {@link Gens} shrinks for
 * free: the runner shrinks the choices, not the value. A generator must draw all its randomness
 * from the source (never from a random number generator of its own) and should build valid values
 * by construction rather than by filtering.
 *
 * <pre>{@code
 * Gen<String> ids = Gens.ints(1, 999).map(n -> String.format("SYS-%03d", n));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How often {@link #filter} draws again before it rejects the whole try. */
  int FILTER_ATTEMPTS = 100;

  /**
   * Generates one value.
   *
   * @param source the source of the random choices
   * @return the generated value
   */
  T generate(Source source);

  /**
   * Transforms the generated values.
   *
   * @param mapper the function applied to each value
   * @param <R> the type of the new values
   * @return a generator of the mapped values
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return source -> mapper.apply(generate(source));
  }

  /**
   * Uses each generated value to choose the generator of the final value, for values that depend on
   * each other (for example a list and an index into it).
   *
   * @param mapper the function choosing the next generator
   * @param <R> the type of the final values
   * @return a generator of the final values
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    return source -> mapper.apply(generate(source)).generate(source);
  }

  /**
   * Keeps only the values that satisfy a predicate, drawing again up to {@value #FILTER_ATTEMPTS}
   * times; if none fits, the whole try is rejected and does not count. A run whose tries are mostly
   * rejected fails, so prefer generating valid values by construction.
   *
   * @param predicate the condition every kept value satisfies
   * @return a generator of the values that satisfy the predicate
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return source -> {
      for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new Rejected(
          "No generated value satisfied the filter in " + FILTER_ATTEMPTS + " attempts");
    };
  }

  /**
   * Generates one value outside a property, for example as input data of a benchmark or an example.
   * The same seed always gives the same value.
   *
   * @param seed the seed of the random choices
   * @return the generated value
   * @throws RuntimeException if a {@link #filter} finds no fitting value
   */
  default T sample(long seed) {
    return generate(Source.random(new SplittableRandom(seed)));
  }
}
