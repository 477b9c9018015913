package io.github.attract.testing.property;

import static io.github.attract.testing.property.Gens.ints;
import static io.github.attract.testing.property.Gens.lists;
import static io.github.attract.testing.property.Gens.longs;
import static io.github.attract.testing.property.Gens.strings;
import static io.github.attract.testing.property.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PropertyTest {

  /** Runs a property that must fail and returns its report. */
  private static AssertionError failure(ThrowingCallable property) {
    AssertionError error = catchThrowableOfType(AssertionError.class, property);
    assertThat(error).as("the property must fail").isNotNull();
    return error;
  }

  /** The shrunk counterexample as the report prints it. */
  private static String shrunk(AssertionError error) {
    String message = String.valueOf(error.getMessage());
    int start = message.indexOf('\n', message.indexOf("Shrunk counterexample")) + 1;
    return message.substring(start, message.indexOf("\nOriginal counterexample")).strip();
  }

  /** Runs a failing property with seeds 0 to 9 and returns the distinct shrunk counterexamples. */
  private static Set<String> shrunkForSeeds(LongFunction<ThrowingCallable> property) {
    Set<String> results = new TreeSet<>();
    for (long seed = 0; seed < 10; seed++) {
      results.add(shrunk(failure(property.apply(seed))));
    }
    return results;
  }

  @Test
  void shrinksANumberToTheBoundary() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(longs(0, 1_000_000))
                            .seed(seed)
                            .check(x -> assertThat(x).isLessThan(1000))))
        .containsExactly("1000");
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(longs(Long.MIN_VALUE, Long.MAX_VALUE))
                            .seed(seed)
                            .check(x -> assertThat(x).isGreaterThan(-1000))))
        .containsExactly("-1000");
  }

  @Test
  void shrinksAListToASingleElement() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(lists(ints(0, 100), 0, 50))
                            .seed(seed)
                            .check(
                                xs ->
                                    assertThat(xs.stream().mapToInt(x -> x).sum())
                                        .isLessThan(100))))
        .containsExactly("[100]");
  }

  @Test
  void shrinksAStringToTheFirstCharacterOfTheAlphabet() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(strings("abcxyz", 0, 20))
                            .seed(seed)
                            .check(s -> assertThat(s.length()).isLessThan(3))))
        .containsExactly("\"aaa\"");
  }

  @Test
  void shrinksThroughMap() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(longs(0, 1_000_000).map(x -> "#" + x))
                            .seed(seed)
                            .check(s -> assertThat(s.length()).isLessThan(5))))
        .containsExactly("\"#1000\"");
  }

  @Test
  void shrinksThroughFilter() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(longs(0, 1_000_000).filter(x -> x % 2 == 1))
                            .seed(seed)
                            .check(x -> assertThat(x).isLessThan(1000))))
        .containsExactly("1001");
  }

  @Test
  void shrinksThroughFlatMap() {
    Gen<List<Long>> boundAndValue =
        longs(0, 1000).flatMap(n -> longs(0, n).map(k -> List.of(n, k)));

    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(boundAndValue)
                            .seed(seed)
                            .check(p -> assertThat(p.get(1)).isLessThan(500))))
        .containsExactly("[500, 500]");
  }

  @Test
  void shrinksThroughCombine() {
    Gen<List<Integer>> pairs = Gens.combine(ints(0, 1000), ints(0, 1000), List::of);

    // [1000, 0] replays from the single choice 1000, which is simpler than the two of [0, 1000].
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(pairs)
                            .seed(seed)
                            .check(p -> assertThat(p.get(0) + p.get(1)).isLessThan(1000))))
        .containsExactly("[1000, 0]");
  }

  @Test
  void shrinksEveryArgumentOfAPropertyOfTwoOrThree() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(ints(0, 1000), ints(0, 1000))
                            .seed(seed)
                            .check((a, b) -> assertThat(a + b).isLessThan(1000))))
        .containsExactly("#1 = 1000\n  #2 = 0");
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(ints(0, 1000), ints(0, 1000), ints(0, 1000))
                            .seed(seed)
                            .check((a, b, c) -> assertThat(a + b + c).isLessThan(1000))))
        .containsExactly("#1 = 1000\n  #2 = 0\n  #3 = 0");
  }

  @Test
  void shrinksBigDecimalsToTheBoundary() {
    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(Gens.bigDecimals(new BigDecimal("-1e30"), new BigDecimal("1e40"), 2))
                            .seed(seed)
                            .check(x -> assertThat(x).isLessThan(new BigDecimal("12.34")))))
        .containsExactly("12.34");
  }

  @Test
  void shrinksNestedStructures() {
    Gen<List<List<Integer>>> nested = lists(lists(ints(0, 9), 0, 5), 0, 5);

    assertThat(
            shrunkForSeeds(
                seed ->
                    () ->
                        forAll(nested)
                            .seed(seed)
                            .check(
                                xss ->
                                    assertThat(xss.stream().mapToInt(List::size).sum())
                                        .isLessThan(4))))
        .containsExactly("[[0, 0, 0, 0]]");
  }

  @Test
  void countsOtherExceptionsAsFailuresAndShrinksThem() {
    AssertionError error =
        failure(
            () ->
                forAll(ints(0, 1_000_000))
                    .seed(10)
                    .check(
                        x -> {
                          if (x >= 10) {
                            throw new IllegalStateException("too big: " + x);
                          }
                        }));

    assertThat(shrunk(error)).isEqualTo("10");
    assertThat(error)
        .hasMessageContaining("Failure: java.lang.IllegalStateException: too big: 10")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("too big: 10");
  }

  @Test
  void reportsSeedTryCounterexamplesAndFailure() {
    AssertionError error =
        failure(
            () ->
                forAll(longs(0, 1_000_000))
                    .seed(-42)
                    .tries(500)
                    .check(x -> assertThat(x).as("x").isLessThan(1000)));

    String message = String.valueOf(error.getMessage());
    assertThat(message)
        .startsWith("Property failed on try ")
        .contains(" of 500 (seed -42; replay with -Dattract.seed=-42)")
        .contains("Shrunk counterexample (")
        .contains("Original counterexample:")
        .contains("Failure: ")
        .contains("[x]")
        .contains("1000L");
    assertThat(error.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("1000L");
    assertThat(error.getSuppressed()).hasSize(1);
    assertThat(error.getSuppressed()[0]).hasMessageContaining("[x]");
  }

  @Test
  void replaysTheSameCounterexampleForTheSameSeed() {
    ThrowingCallable property =
        () ->
            forAll(lists(ints(-50, 50), 0, 30), strings("ab", 0, 5))
                .seed(123_456_789)
                .check((xs, s) -> assertThat(xs.size() + s.length()).isLessThan(12));

    assertThat(failure(property).getMessage()).isEqualTo(failure(property).getMessage());
  }

  @Test
  void takesTheSeedAndTriesFromSystemPropertiesUnlessSetExplicitly() {
    ThrowingCallable seededInCode =
        () -> forAll(longs(0, 1_000_000)).seed(77).check(x -> assertThat(x).isLessThan(999_000));
    ThrowingCallable seededOutside =
        () -> forAll(longs(0, 1_000_000)).check(x -> assertThat(x).isLessThan(999_000));
    AtomicInteger count = new AtomicInteger();

    withSystemProperty(
        Property.SEED_PROPERTY,
        "77",
        () ->
            assertThat(failure(seededOutside).getMessage())
                .isEqualTo(failure(seededInCode).getMessage()));
    withSystemProperty(
        Property.TRIES_PROPERTY,
        "7",
        () -> {
          forAll(ints(0, 10)).check(x -> count.incrementAndGet());
          assertThat(count).hasValue(7);
          forAll(ints(0, 10)).tries(3).check(x -> count.incrementAndGet());
          assertThat(count).hasValue(10);
        });
  }

  /** Runs a body with a system property set, then restores the property's previous value. */
  private static void withSystemProperty(String key, String value, Runnable body) {
    @Nullable String previous = System.getProperty(key);
    System.setProperty(key, value);
    try {
      body.run();
    } finally {
      if (previous == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, previous);
      }
    }
  }

  @Test
  void runsExactlyTheConfiguredNumberOfTries() {
    AtomicInteger one = new AtomicInteger();
    AtomicInteger two = new AtomicInteger();
    AtomicInteger three = new AtomicInteger();

    forAll(ints(0, 10)).tries(123).check(x -> one.incrementAndGet());
    forAll(ints(0, 10), Gens.booleans()).tries(45).check((x, b) -> two.incrementAndGet());
    forAll(ints(0, 10), ints(0, 1), ints(0, 2))
        .tries(6)
        .check((x, y, z) -> three.incrementAndGet());

    assertThat(one).hasValue(123);
    assertThat(two).hasValue(45);
    assertThat(three).hasValue(6);
  }

  @Test
  void runsTheDefaultNumberOfTries() {
    AtomicInteger count = new AtomicInteger();

    forAll(ints(0, 10)).check(x -> count.incrementAndGet());

    assertThat(count).hasValue(Integer.getInteger(Property.TRIES_PROPERTY, 1000));
  }

  @Test
  void doesNotCountRejectedTries() {
    AtomicInteger count = new AtomicInteger();

    forAll(ints(0, 10))
        .seed(1)
        .tries(100)
        .check(
            x -> {
              Property.assume(x != 5);
              count.incrementAndGet();
              assertThat(x).isNotEqualTo(5);
            });
    forAll(ints(0, 10))
        .seed(2)
        .tries(50)
        .check(
            x -> {
              Assumptions.assumeTrue(x != 5);
              count.incrementAndGet();
            });

    assertThat(count).hasValue(150);
  }

  @Test
  void givesUpWhenMostTriesAreRejected() {
    assertThatThrownBy(() -> forAll(ints(0, 1000).filter(x -> x > 2000)).tries(10).check(x -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Property gave up: 11 tries were rejected by filters or assumptions, 0 passed (seed ");
    assertThatThrownBy(() -> forAll(ints(0, 1000)).tries(10).check(x -> Property.assume(false)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property gave up: 11 tries were rejected");
  }

  @Test
  void reportsAFailingGenerator() {
    Gen<Integer> broken =
        source -> {
          throw new IllegalStateException("broken");
        };

    assertThatThrownBy(() -> forAll(broken).seed(1).check(x -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Generator failed on try 1 (seed 1; replay with -Dattract.seed=1): "
                + "java.lang.IllegalStateException: broken")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> forAll(ints(0, 1)).tries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property 'tries' must be at least 1, but was 0");
    withSystemProperty(
        Property.TRIES_PROPERTY,
        "many",
        () ->
            assertThatThrownBy(() -> forAll(ints(0, 1)).check(x -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                    "System property 'attract.tries' must be a positive int, but was 'many'"));
    withSystemProperty(
        Property.SEED_PROPERTY,
        "0x1F",
        () ->
            assertThatThrownBy(() -> forAll(ints(0, 1)).check(x -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("System property 'attract.seed' must be a long, but was '0x1F'"));
  }
}
