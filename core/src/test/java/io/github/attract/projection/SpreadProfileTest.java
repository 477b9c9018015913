package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadProfileTest {
  private static List<BigInteger> w(long... weights) {
    return java.util.Arrays.stream(weights).mapToObj(BigInteger::valueOf).toList();
  }

  @Test
  void builtInShapesHaveTheDocumentedWeights() {
    assertThat(SpreadProfile.even().weights(4)).isEqualTo(w(1, 1, 1, 1));
    assertThat(SpreadProfile.frontLoaded().weights(4)).isEqualTo(w(7, 5, 3, 1));
    assertThat(SpreadProfile.backLoaded().weights(4)).isEqualTo(w(1, 3, 5, 7));
    // S(k/4) * 64 = 12k^2 - 2k^3: 0, 10, 32, 54, 64 -> 10, 22, 22, 10 -> gcd 2
    assertThat(SpreadProfile.sCurve().weights(4)).isEqualTo(w(5, 11, 11, 5));
    // B(k/4) * 1024 = 160k^3 - 60k^4 + 6k^5: 0, 106, 512, 918, 1024 -> 106, 406, 406, 106
    assertThat(SpreadProfile.bell().weights(4)).isEqualTo(w(53, 203, 203, 53));
    assertThat(SpreadProfile.sCurve().weights(1)).isEqualTo(w(1));
    assertThat(SpreadProfile.bell().weights(2)).isEqualTo(w(1, 1));
  }

  @Test
  void customWeightsAreUsedAsGivenOrResampledExactly() {
    SpreadProfile c = SpreadProfile.custom(new BigDecimal("0.2"), new BigDecimal("0.80"));
    assertThat(c.weights(2)).isEqualTo(w(1, 4));
    // two steps over four periods: each step covers two periods
    assertThat(c.weights(4)).isEqualTo(w(1, 1, 4, 4));
    // two steps over three periods: the middle period is half of each step: (1 + 4) / 2
    assertThat(c.weights(3)).isEqualTo(w(2, 5, 8));
    assertThat(c.name()).isEqualTo("custom[0.2, 0.8]");
    assertThat(SpreadProfile.custom(BigDecimal.ZERO, BigDecimal.ONE).weights(2)).isEqualTo(w(0, 1));
  }

  @Test
  void spreadsFengfanEvenlyOver33Months() {
    // 1,050,000,000.00 / 33 = 31,818,181.8181..: 27 months get .82 and the last 6 get .81
    List<Money> parts = SpreadProfile.even().spread(cny("1050000000.00"), 33);
    assertThat(parts.subList(0, 27)).containsOnly(cny("31818181.82"));
    assertThat(parts.subList(27, 33)).containsOnly(cny("31818181.81"));
    assertThat(Money.total(cny("0").currency(), parts)).isEqualTo(cny("1050000000.00"));
  }

  @Test
  void spreadsAnSCurveExactly() {
    assertThat(SpreadProfile.sCurve().spread(cny("1000.00"), 4))
        .containsExactly(cny("156.25"), cny("343.75"), cny("343.75"), cny("156.25"));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> SpreadProfile.even().weights(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Spread profile 'periods' must be at least 1, but was 0");
    assertThatThrownBy(() -> SpreadProfile.custom())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Spread profile 'weights' must not be empty");
    assertThatThrownBy(() -> SpreadProfile.custom(BigDecimal.ONE, new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Spread profile 'weights' must not be negative, but weight 2 was -0.5");
    assertThatThrownBy(() -> SpreadProfile.custom(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Spread profile 'weights' must have a positive weight, but all 1 were zero");
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(SpreadProfile.even(), SpreadProfile.even())
        .addEqualityGroup(SpreadProfile.sCurve())
        .addEqualityGroup(SpreadProfile.bell())
        .addEqualityGroup(SpreadProfile.frontLoaded())
        .addEqualityGroup(SpreadProfile.backLoaded())
        .addEqualityGroup(
            SpreadProfile.custom(BigDecimal.ONE, BigDecimal.TEN),
            SpreadProfile.custom(new BigDecimal("1.0"), new BigDecimal("10")))
        .addEqualityGroup(SpreadProfile.custom(BigDecimal.ONE))
        .testEquals();
    assertThat(SpreadProfile.sCurve()).hasToString("s-curve");
    new NullPointerTester().testAllPublicStaticMethods(SpreadProfile.class);
    new NullPointerTester()
        .setDefault(Money.class, cny("1.00"))
        .setDefault(Season.class, Season.allYear())
        .setDefault(int.class, 1)
        .testAllPublicInstanceMethods(SpreadProfile.sCurve());
  }
}
