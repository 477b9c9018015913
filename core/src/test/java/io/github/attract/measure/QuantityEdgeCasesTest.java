package io.github.attract.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Boundaries of {@link Quantity} that the main tests pass over. */
class QuantityEdgeCasesTest {
  @Test
  void aTextStartingWithTheSpaceHasNoNumber() {
    assertThatThrownBy(() -> Quantity.parse(" MW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity text must be a number, a space and a unit, but was ' MW'");
  }

  @Test
  void sameSizeNeedsTheSameValueAcrossUnits() {
    Quantity forty = Quantity.parse("40 MW");
    assertThat(forty.isSameSizeAs(Quantity.parse("40000 kW"))).isTrue();
    assertThat(forty.isSameSizeAs(Quantity.parse("40001 kW"))).isFalse();
    assertThat(forty.isSameSizeAs(Quantity.parse("39999.999 kW"))).isFalse();
  }
}
