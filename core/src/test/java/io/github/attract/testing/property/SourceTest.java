package io.github.attract.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void replaysRecordedChoicesAsOffsetsFromTheMinimum() {
    Source source = Source.replay(new long[] {5, 2});

    assertThat(source.choose(0, 10)).isEqualTo(5);
    assertThat(source.choose(-10, 10)).isEqualTo(-8);
  }

  @Test
  void givesTheMinimumOnceTheRecordRunsOut() {
    Source source = Source.replay(new long[] {1});

    assertThat(source.choose(0, 10)).isEqualTo(1);
    assertThat(source.choose(3, 9)).isEqualTo(3);
    assertThat(source.choose(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void clampsARecordedChoiceToTheRangeAskedFor() {
    Source source = Source.replay(new long[] {50, -1});

    assertThat(source.choose(0, 10)).isEqualTo(10);
    assertThat(source.choose(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(source.choices()).containsExactly(10, -1);
  }

  @Test
  void recordsTheChoicesWithoutTrailingZeros() {
    Source source = Source.replay(new long[] {0, 3, 0, 0});
    for (int i = 0; i < 4; i++) {
      source.choose(0, 5);
    }

    assertThat(source.choices()).containsExactly(0, 3);
  }

  @Test
  void replayingTheRecordedChoicesRecreatesTheValue() {
    Gen<List<Object>> gen =
        Gens.combine(
            Gens.lists(Gens.strings("abc", 0, 5), 0, 10),
            Gens.bigDecimals(new BigDecimal("-1e30"), new BigDecimal("1e40"), 4),
            Gens.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)),
            List::of);

    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .seed(11)
        .tries(300)
        .check(
            seed -> {
              Source source = Source.random(new SplittableRandom(seed));
              List<Object> value = gen.generate(source);

              assertThat(gen.generate(Source.replay(source.choices()))).isEqualTo(value);
            });
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThatThrownBy(() -> Source.replay(new long[0]).choose(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Range must have min <= max, but 2 > 1");
  }
}
