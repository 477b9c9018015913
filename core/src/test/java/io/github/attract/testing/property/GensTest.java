package io.github.attract.testing.property;

import static io.github.attract.testing.property.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GensTest {

  /** The distinct values of 1000 tries with a fixed seed. */
  private static <T> Set<T> seen(Gen<T> gen) {
    Set<T> seen = new HashSet<>();
    forAll(gen).seed(2024).tries(1000).check(seen::add);
    return seen;
  }

  @Test
  void longsStayInRangeAndHitTheEdgesAndZero() {
    long[][] ranges = {
      {0, 10}, {-5, 5}, {-10, -3}, {7, 7}, {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, 0}
    };
    for (long[] range : ranges) {
      Set<Long> seen = seen(Gens.longs(range[0], range[1]));

      assertThat(seen).allSatisfy(x -> assertThat(x).isBetween(range[0], range[1]));
      assertThat(seen).contains(range[0], range[1]);
      if (range[0] <= 0 && 0 <= range[1]) {
        assertThat(seen).contains(0L);
      }
    }
  }

  @Test
  void intsStayInRangeAndHitTheEdges() {
    Set<Integer> seen = seen(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE));

    assertThat(seen).contains(Integer.MIN_VALUE, 0, Integer.MAX_VALUE).hasSizeGreaterThan(500);
    assertThat(seen(Gens.ints(-3, 3))).containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3);
  }

  @Test
  void choicesCoverTheirOptions() {
    assertThat(seen(Gens.booleans())).containsExactlyInAnyOrder(true, false);
    assertThat(seen(Gens.constant("x"))).containsExactly("x");
    assertThat(seen(Gens.elements("a", "b", "c"))).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(seen(Gens.elements(List.of(1, 2)))).containsExactlyInAnyOrder(1, 2);
    assertThat(seen(Gens.oneOf(Gens.ints(0, 2), Gens.ints(10, 11))))
        .containsExactlyInAnyOrder(0, 1, 2, 10, 11);
    assertThat(
            seen(
                Gens.frequency(
                    Map.entry(9, Gens.constant("often")), Map.entry(1, Gens.constant("rarely")))))
        .containsExactlyInAnyOrder("often", "rarely");
    assertThat(seen(Gens.optionals(Gens.ints(1, 2))))
        .containsExactlyInAnyOrder(Optional.empty(), Optional.of(1), Optional.of(2));
  }

  @Test
  void frequencyFollowsTheWeights() {
    int[] counts = new int[2];
    forAll(Gens.frequency(Map.entry(9, Gens.constant(0)), Map.entry(1, Gens.constant(1))))
        .seed(1)
        .tries(1000)
        .check(i -> counts[i]++);

    assertThat(counts[0]).isBetween(800, 950);
  }

  @Test
  void listsAndStringsStayWithinTheirSizes() {
    forAll(Gens.lists(Gens.ints(0, 9), 2, 4))
        .seed(1)
        .check(
            xs ->
                assertThat(xs).hasSizeBetween(2, 4).allSatisfy(x -> assertThat(x).isBetween(0, 9)));
    forAll(Gens.strings("ab\uD83D\uDE00", 1, 3))
        .seed(2)
        .check(
            s -> {
              assertThat(s.codePointCount(0, s.length())).isBetween(1, 3);
              assertThat(s.codePoints()).allMatch(c -> c == 'a' || c == 'b' || c == 0x1F600);
            });

    assertThat(seen(Gens.lists(Gens.ints(0, 9), 2, 4).map(List::size)))
        .containsExactlyInAnyOrder(2, 3, 4);
    assertThat(seen(Gens.lists(Gens.ints(0, 9), 0, 50).map(List::size))).contains(0, 1, 10, 30);
    assertThat(seen(Gens.strings("ab", 0, 2)))
        .containsExactlyInAnyOrder("", "a", "b", "aa", "ab", "ba", "bb");
  }

  @Test
  void bigDecimalsStayInRangeAtTheScaleBeyondTheRangeOfLong() {
    BigDecimal min = new BigDecimal("-1e30");
    BigDecimal max = new BigDecimal("1e40");
    Set<BigDecimal> seen = seen(Gens.bigDecimals(min, max, 3));

    assertThat(seen)
        .allSatisfy(
            x -> {
              assertThat(x.scale()).isEqualTo(3);
              assertThat(x).isBetween(min, max);
            });
    assertThat(seen)
        .anySatisfy(x -> assertThat(x.abs()).isGreaterThan(new BigDecimal(Long.MAX_VALUE)));
    assertThat(seen).anySatisfy(x -> assertThat(x).isNegative());
    assertThat(seen).contains(new BigDecimal("0.000"), min.setScale(3), max.setScale(3));
  }

  @Test
  void bigDecimalsHitTheEdgesOfASmallRange() {
    assertThat(seen(Gens.bigDecimals(new BigDecimal("0.005"), new BigDecimal("0.019"), 2)))
        .containsExactly(new BigDecimal("0.01"));
    assertThat(seen(Gens.bigDecimals(new BigDecimal("-2"), new BigDecimal("-1"), 1)))
        .contains(new BigDecimal("-2.0"), new BigDecimal("-1.0"))
        .allSatisfy(x -> assertThat(x).isBetween(new BigDecimal("-2"), new BigDecimal("-1")));
    assertThat(seen(Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 2)))
        .contains(new BigDecimal("0.00"), new BigDecimal("1.00"))
        .hasSizeGreaterThan(50);
  }

  @Test
  void datesStayInRangeAndHitTheEdges() {
    LocalDate min = LocalDate.of(2024, 2, 27);
    LocalDate max = LocalDate.of(2024, 3, 2);

    assertThat(seen(Gens.dates(min, max)))
        .containsExactlyInAnyOrder(
            min,
            LocalDate.of(2024, 2, 28),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 1),
            max);
  }

  @Test
  void shuffleGivesEveryPermutation() {
    assertThat(seen(Gens.shuffle(List.of(1, 2, 3))))
        .containsExactlyInAnyOrder(
            List.of(1, 2, 3),
            List.of(1, 3, 2),
            List.of(2, 1, 3),
            List.of(2, 3, 1),
            List.of(3, 1, 2),
            List.of(3, 2, 1));
    forAll(
            Gens.lists(Gens.ints(0, 5), 0, 10)
                .flatMap(xs -> Gens.shuffle(xs).map(ys -> List.of(xs, ys))))
        .seed(3)
        .check(p -> assertThat(p.get(1)).containsExactlyInAnyOrderElementsOf(p.get(0)));
    assertThat(seen(Gens.shuffle(List.of()))).containsExactly(List.of());
  }

  @Test
  void combinatorsTransformTheValues() {
    assertThat(seen(Gens.ints(0, 3).map(x -> x * 10))).containsExactlyInAnyOrder(0, 10, 20, 30);
    assertThat(seen(Gens.ints(0, 9).filter(x -> x % 3 == 0))).containsExactlyInAnyOrder(0, 3, 6, 9);
    assertThat(seen(Gens.ints(1, 3).flatMap(n -> Gens.lists(Gens.constant(n), n, n))))
        .containsExactlyInAnyOrder(List.of(1), List.of(2, 2), List.of(3, 3, 3));
    assertThat(seen(Gens.combine(Gens.ints(0, 1), Gens.ints(0, 1), (a, b) -> a + "" + b)))
        .containsExactlyInAnyOrder("00", "01", "10", "11");
    assertThat(
            seen(
                Gens.combine(
                    Gens.ints(0, 1), Gens.ints(0, 1), Gens.ints(0, 1), (a, b, c) -> a + b + c)))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void samplesAreDeterministic() {
    Gen<List<String>> gen = Gens.lists(Gens.strings("abc", 0, 5), 0, 10);

    assertThat(gen.sample(42)).isEqualTo(gen.sample(42));
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> Gens.longs(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'longs' needs min <= max, but got [2, 1]");
    assertThatThrownBy(() -> Gens.lists(Gens.ints(0, 1), -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'lists' needs 0 <= min <= max, but got [-1, 3]");
    assertThatThrownBy(() -> Gens.strings("ab", 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'strings' needs 0 <= min <= max, but got [3, 2]");
    assertThatThrownBy(() -> Gens.strings("", 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'strings' needs at least one choice, but got none");
    assertThatThrownBy(() -> Gens.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'elements' needs at least one choice, but got none");
    assertThatThrownBy(() -> Gens.frequency(Map.entry(0, Gens.constant(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'frequency' needs positive weights, but got 0");
    assertThatThrownBy(() -> Gens.dates(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gens 'dates' needs min <= max, but got [2024-01-02, 2024-01-01]");
    assertThatThrownBy(() -> Gens.bigDecimals(new BigDecimal("0.001"), new BigDecimal("0.009"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Gens 'bigDecimals' needs a value of scale 2 in [min, max], but [0.001, 0.009] has none");
  }
}
