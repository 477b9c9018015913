package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static List<BigInteger> w(long... weights) {
    return java.util.Arrays.stream(weights).mapToObj(BigInteger::valueOf).toList();
  }

  @Test
  void givesTheOddMinorUnitToTheEarlierPartOnTies() {
    assertThat(Allocation.split(cny("100.00"), w(1, 1, 1)))
        .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
    assertThat(Allocation.split(cny("0.02"), w(1, 1, 1)))
        .containsExactly(cny("0.01"), cny("0.01"), cny("0.00"));
  }

  @Test
  void givesTheOddMinorUnitsToTheLargestRemainders() {
    // 10.00 in 1:2:4 is 1.428571.., 2.857142.., 5.714285..: floors 1.42, 2.85, 5.71 leave 0.02;
    // remainders (in 1/7 fen) are 6, 5, 3: the first two parts get a fen each.
    assertThat(Allocation.split(cny("10.00"), w(1, 2, 4)))
        .containsExactly(cny("1.43"), cny("2.86"), cny("5.71"));
  }

  @Test
  void neverGivesToAZeroWeight() {
    assertThat(Allocation.split(cny("0.05"), w(0, 1, 0, 1)))
        .containsExactly(cny("0.00"), cny("0.03"), cny("0.00"), cny("0.02"));
  }

  @Test
  void splitsANegativeAmountAsTheNegatedSplitOfItsAbsoluteValue() {
    assertThat(Allocation.split(cny("-100.00"), w(1, 1, 1)))
        .containsExactly(cny("-33.34"), cny("-33.33"), cny("-33.33"));
  }

  @Test
  void splitsAmountsBeyondLong() {
    Money huge = Money.ofMinor(Currencies.CNY, new BigInteger("100000000000000000000000000001"));
    List<Money> parts = Allocation.split(huge, w(1, 1));
    assertThat(parts.get(0).minorUnits())
        .isEqualTo(new BigInteger("50000000000000000000000000001"));
    assertThat(parts.get(1).minorUnits())
        .isEqualTo(new BigInteger("50000000000000000000000000000"));
  }

  @Test
  void rejectsBadWeights() {
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Allocation 'weights' must not be empty");
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), w(1, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Allocation 'weights' must not be negative, but weight 1 was -1");
    assertThatThrownBy(() -> Allocation.split(cny("1.00"), w(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Allocation 'weights' must have a positive weight, but all 2 were zero");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(Money.class, cny("1.00"))
        .setDefault(List.class, w(1))
        .testAllPublicStaticMethods(Allocation.class);
  }
}
