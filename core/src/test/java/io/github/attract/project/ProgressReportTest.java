package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
  private static final YearMonth MARCH = YearMonth.of(2023, 3);

  private static Money cny(long major) {
    return Money.ofMajor(Currencies.CNY, major);
  }

  @Test
  void builderAndDefaults() {
    ProgressReport r =
        ProgressReport.builder()
            .month(MARCH)
            .completedInvestment(cny(120_000_000L))
            .fundsInPlace(cny(150_000_000L))
            .build();
    assertThat(r.month()).isEqualTo(MARCH);
    assertThat(r.completedInvestment()).isEqualTo(cny(120_000_000L));
    assertThat(r.fundsInPlace()).contains(cny(150_000_000L));
    assertThat(r.provenance()).isEqualTo(Provenance.REPORTED);
    ProgressReport bare =
        ProgressReport.builder()
            .month(MARCH)
            .completedInvestment(cny(0))
            .fundsInPlace(Optional.empty())
            .provenance(Provenance.DERIVED)
            .build();
    assertThat(bare.fundsInPlace()).isEmpty();
    assertThat(bare.provenance()).isEqualTo(Provenance.DERIVED);
  }

  @Test
  void monthAndCompletedInvestmentAreRequired() {
    assertThatThrownBy(() -> ProgressReport.builder().completedInvestment(cny(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> ProgressReport.builder().month(MARCH).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("completedInvestment");
  }

  @Test
  void amountsMustNotBeNegative() {
    assertThatThrownBy(
            () ->
                ProgressReport.builder()
                    .month(MARCH)
                    .completedInvestment(Money.of("CNY", "-1"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Progress report 2023-03 'completedInvestment' must not be negative, but was CNY -1.00");
    assertThatThrownBy(
            () ->
                ProgressReport.builder()
                    .month(MARCH)
                    .completedInvestment(cny(1))
                    .fundsInPlace(Money.of("CNY", "-1"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Progress report 2023-03 'fundsInPlace' must not be negative, but was CNY -1.00");
  }

  @Test
  void fundsAreInTheCurrencyOfTheCompletedInvestment() {
    assertThatThrownBy(
            () ->
                ProgressReport.builder()
                    .month(MARCH)
                    .completedInvestment(cny(1))
                    .fundsInPlace(Money.ofMajor(Currencies.HKD, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Progress report 2023-03 'fundsInPlace' must be in CNY, but was HKD 1.00");
  }

  @Test
  void everyBrokenRuleOfAReportIsListed() {
    ProgressReport.Builder b =
        ProgressReport.builder()
            .month(MARCH)
            .completedInvestment(Money.of("CNY", "-5.00"))
            .fundsInPlace(Money.of("HKD", "-1.00"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidPartException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path().orElseThrow() + ": " + v.message())
                    .containsExactly(
                        "completedInvestment: Progress report 2023-03 'completedInvestment' must"
                            + " not be negative, but was CNY -5.00",
                        "fundsInPlace: Progress report 2023-03 'fundsInPlace' must be in CNY, but"
                            + " was HKD -1.00",
                        "fundsInPlace: Progress report 2023-03 'fundsInPlace' must not be"
                            + " negative, but was HKD -1.00"));
  }

  @Test
  void equality() {
    ProgressReport.Builder base = ProgressReport.builder().month(MARCH).completedInvestment(cny(1));
    new EqualsTester()
        .addEqualityGroup(
            base.build(), ProgressReport.builder().month(MARCH).completedInvestment(cny(1)).build())
        .addEqualityGroup(
            ProgressReport.builder().month(MARCH.plusMonths(1)).completedInvestment(cny(1)).build())
        .addEqualityGroup(ProgressReport.builder().month(MARCH).completedInvestment(cny(2)).build())
        .addEqualityGroup(
            ProgressReport.builder()
                .month(MARCH)
                .completedInvestment(cny(1))
                .fundsInPlace(cny(1))
                .build())
        .addEqualityGroup(
            ProgressReport.builder()
                .month(MARCH)
                .completedInvestment(cny(1))
                .provenance(Provenance.ESTIMATED)
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(ProgressReport.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(
            ProgressReport.builder().month(MARCH).completedInvestment(cny(1)).build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(ProgressReport.builder());
  }
}
