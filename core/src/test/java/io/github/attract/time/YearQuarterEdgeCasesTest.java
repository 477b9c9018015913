package io.github.attract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;

/** The first and last representable quarters, which the main tests approach from one side. */
class YearQuarterEdgeCasesTest {
  @Test
  void theFirstYearIsRepresentable() {
    YearQuarter first = YearQuarter.of(Year.MIN_VALUE, 1);
    assertThat(first.year()).isEqualTo(-999_999_999);
    assertThat(YearQuarter.of(Year.MIN_VALUE, 2).minusQuarters(1)).isEqualTo(first);
    assertThatThrownBy(() -> first.minusQuarters(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter -999999999-Q1 plus -1 quarters is out of range");
    assertThatThrownBy(() -> YearQuarter.of(Year.MIN_VALUE - 1, 1))
        .hasMessage(
            "Year quarter 'year' must be from -999999999 to 999999999, but was -1000000000");
  }

  @Test
  void theLastYearIsRepresentable() {
    assertThat(YearQuarter.of(Year.MAX_VALUE, 4).quarter()).isEqualTo(4);
  }
}
