package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.calc.Rate;
import io.github.attract.promotion.Metric;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateProgressTest {
  private static final BigDecimal EIGHTY = new BigDecimal("0.8");

  @Test
  void fiveOfEightIsTwoProjectsShortOfEightyPercent() {
    RateProgress p = RateProgress.of(Metric.START_RATE, EIGHTY, 5, 8);
    // 0.8 × 8 = 6.4 → 7 started needed; 6 of 8 = 75 % is short, 7 of 8 = 87.5 % meets it
    assertThat(p.projectsShort()).isEqualTo(OptionalLong.of(2));
    assertThat(p.isMet()).isFalse();
    assertThat(p.current()).isEqualTo(Rate.of(5, 8));
    assertThat(p.summary("开工率"))
        .isEqualTo("开工率 target 80 %, 62.5 % now (5 of 8), 2 projects short");
    assertThat(p).hasToString("start-rate target 80 %, 62.5 % now (5 of 8), 2 projects short");
  }

  @Test
  void anExactHitMeetsTheTarget() {
    RateProgress p = RateProgress.of(Metric.START_RATE, EIGHTY, 8, 10);
    assertThat(p.isMet()).isTrue();
    assertThat(p.projectsShort()).isEqualTo(OptionalLong.of(0));
    assertThat(p.summary("开工率")).isEqualTo("开工率 target 80 %, 80 % now (8 of 10), met");
  }

  @Test
  void oneProjectShortAndARoundedPercentage() {
    // 0.8 × 13 = 10.4 → 11 needed, 10 started
    RateProgress p = RateProgress.of(Metric.CONTRACT_FULFILMENT_RATE, EIGHTY, 10, 13);
    assertThat(p.projectsShort()).isEqualTo(OptionalLong.of(1));
    assertThat(p.summary("履约率"))
        .isEqualTo("履约率 target 80 %, 76.92 % now (10 of 13), 1 project short");
  }

  @Test
  void aFullTargetNeedsEveryRemainingProject() {
    RateProgress p = RateProgress.of(Metric.START_RATE, BigDecimal.ONE, 0, 7);
    assertThat(p.projectsShort()).isEqualTo(OptionalLong.of(7));
    assertThat(p.summary("开工率")).isEqualTo("开工率 target 100 %, 0 % now (0 of 7), 7 projects short");
    assertThat(RateProgress.of(Metric.START_RATE, BigDecimal.ZERO, 0, 7).isMet()).isTrue();
  }

  @Test
  void anEmptyBaseIsUndefinedAndUnreachable() {
    RateProgress p = RateProgress.of(Metric.START_RATE, EIGHTY, 0, 0);
    assertThat(p.current().isDefined()).isFalse();
    assertThat(p.isMet()).isFalse();
    assertThat(p.projectsShort()).isEmpty();
    assertThat(p.summary("开工率"))
        .isEqualTo("开工率 target 80 %, undefined now (0 of 0), no projects in the base");
  }

  @Test
  void takesARateOfCounts() {
    assertThat(RateProgress.of(Metric.START_RATE, EIGHTY, Rate.of(5, 8)))
        .isEqualTo(RateProgress.of(Metric.START_RATE, EIGHTY, 5, 8));
    assertThatThrownBy(
            () ->
                RateProgress.of(
                    Metric.START_RATE, EIGHTY, Rate.of(new BigDecimal("1.5"), BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rate progress counts must be whole numbers, but was 1.5");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> RateProgress.of(Metric.PROJECTS, EIGHTY, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rate progress 'metric' must be a rate, but 'projects' is a count");
    assertThatThrownBy(() -> RateProgress.of(Metric.START_RATE, new BigDecimal("80"), 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rate progress 'target' must be a fraction from 0 to 1, but was 80");
    assertThatThrownBy(() -> RateProgress.of(Metric.START_RATE, EIGHTY, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Rate progress counts must satisfy 0 <= numerator <= denominator, but were 3 of 2");
    assertThatThrownBy(() -> RateProgress.of(Metric.START_RATE, EIGHTY, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Rate progress counts must satisfy 0 <= numerator <= denominator, but were -1 of 2");
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(
            RateProgress.of(Metric.START_RATE, EIGHTY, 5, 8),
            RateProgress.of(Metric.START_RATE, new BigDecimal("0.80"), 5, 8))
        .addEqualityGroup(RateProgress.of(Metric.CONTRACT_FULFILMENT_RATE, EIGHTY, 5, 8))
        .addEqualityGroup(RateProgress.of(Metric.START_RATE, EIGHTY, 6, 8))
        .addEqualityGroup(RateProgress.of(Metric.START_RATE, EIGHTY, 5, 9))
        .addEqualityGroup(RateProgress.of(Metric.START_RATE, new BigDecimal("0.9"), 5, 8))
        .testEquals();
    new NullPointerTester()
        .setDefault(Metric.class, Metric.START_RATE)
        .setDefault(BigDecimal.class, EIGHTY)
        .setDefault(Rate.class, Rate.of(1, 2))
        .testAllPublicStaticMethods(RateProgress.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(RateProgress.of(Metric.START_RATE, EIGHTY, 1, 2));
  }
}
