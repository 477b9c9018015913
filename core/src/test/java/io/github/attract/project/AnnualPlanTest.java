package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AnnualPlanTest {
  private static final Money PLANNED = Money.ofMajor(Currencies.CNY, 300_000_000L);

  @Test
  void reportedUnlessSaidOtherwise() {
    AnnualPlan plan = AnnualPlan.of(Year.of(2023), PLANNED);
    assertThat(plan.year()).isEqualTo(Year.of(2023));
    assertThat(plan.planned()).isEqualTo(PLANNED);
    assertThat(plan.provenance()).isEqualTo(Provenance.REPORTED);
    assertThat(AnnualPlan.of(Year.of(2023), PLANNED, Provenance.ESTIMATED).provenance())
        .isEqualTo(Provenance.ESTIMATED);
  }

  @Test
  void zeroIsAllowed() {
    assertThat(AnnualPlan.of(Year.of(2023), Money.zero(Currencies.CNY)).planned().isZero())
        .isTrue();
  }

  @Test
  void plannedMustNotBeNegative() {
    assertThatThrownBy(() -> AnnualPlan.of(Year.of(2023), Money.of("CNY", "-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Annual plan 2023 'planned' must not be negative, but was CNY -0.01");
    assertThatThrownBy(
            () -> AnnualPlan.of(Year.of(2024), Money.of("CNY", "-5"), Provenance.DERIVED))
        .hasMessage("Annual plan 2024 'planned' must not be negative, but was CNY -5.00");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            AnnualPlan.of(Year.of(2023), PLANNED),
            AnnualPlan.of(Year.of(2023), Money.of("CNY", "300000000"), Provenance.REPORTED))
        .addEqualityGroup(AnnualPlan.of(Year.of(2023), PLANNED, Provenance.ESTIMATED))
        .addEqualityGroup(AnnualPlan.of(Year.of(2024), PLANNED))
        .addEqualityGroup(AnnualPlan.of(Year.of(2023), Money.ofMajor(Currencies.USD, 300_000_000L)))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(AnnualPlan.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(AnnualPlan.of(Year.of(2023), PLANNED));
  }
}
