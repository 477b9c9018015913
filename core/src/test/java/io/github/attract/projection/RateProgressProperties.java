package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.promotion.Metric;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RateProgressProperties {
  /** A base of up to 500 projects and a count of them that reached the milestone. */
  private static final Gen<long[]> COUNTS =
      Gens.longs(0, 500).flatMap(den -> Gens.longs(0, den).map(num -> new long[] {num, den}));

  private static final Gen<BigDecimal> TARGETS =
      Gens.oneOf(
          Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 4),
          Gens.elements(
              BigDecimal.ZERO, new BigDecimal("0.8"), new BigDecimal("0.85"), BigDecimal.ONE));

  private static final Gen<Metric> METRICS =
      Gens.elements(Metric.START_RATE, Metric.CONTRACT_FULFILMENT_RATE);

  /**
   * Whether {@code num / den ≥ target}, by an oracle in whole numbers: with {@code target = u /
   * 10^s}, whether {@code num × 10^s ≥ u × den}.
   */
  private static boolean reaches(long num, long den, BigDecimal target) {
    BigInteger u = target.unscaledValue();
    BigInteger tenToS = BigInteger.TEN.pow(Math.max(0, target.scale()));
    if (target.scale() < 0) {
      u = u.multiply(BigInteger.TEN.pow(-target.scale()));
    }
    return BigInteger.valueOf(num).multiply(tenToS).compareTo(u.multiply(BigInteger.valueOf(den)))
        >= 0;
  }

  @Test
  void projectsShortIsTheLeastCountThatReachesTheTarget() {
    Property.forAll(METRICS, TARGETS, COUNTS)
        .check(
            (metric, target, counts) -> {
              long num = counts[0];
              long den = counts[1];
              RateProgress p = RateProgress.of(metric, target, num, den);
              if (den == 0) {
                assertThat(p.projectsShort()).isEmpty();
                return;
              }
              long n = p.projectsShort().getAsLong();
              assertThat(n).isBetween(0L, den - num);
              assertThat(reaches(num + n, den, target)).isTrue();
              if (n > 0) {
                assertThat(reaches(num + n - 1, den, target)).isFalse();
              }
            });
  }

  @Test
  void metIffNoProjectIsShort() {
    Property.forAll(METRICS, TARGETS, COUNTS)
        .check(
            (metric, target, counts) -> {
              RateProgress p = RateProgress.of(metric, target, counts[0], counts[1]);
              assertThat(p.isMet()).isEqualTo(p.projectsShort().orElse(-1) == 0);
              if (counts[1] > 0) {
                assertThat(p.isMet()).isEqualTo(reaches(counts[0], counts[1], target));
              }
            });
  }

  @Test
  void theCurrentRateLiesInZeroToOne() {
    Property.forAll(METRICS, TARGETS, COUNTS)
        .check(
            (metric, target, counts) -> {
              RateProgress p = RateProgress.of(metric, target, counts[0], counts[1]);
              p.current()
                  .ratio(MathContext.DECIMAL64)
                  .ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
              assertThat(p.current().isDefined()).isEqualTo(counts[1] > 0);
            });
  }
}
