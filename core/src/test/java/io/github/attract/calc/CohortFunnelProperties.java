package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Cohort funnels: each stage a subset of the one before, so every rate lies in [0, 1]. */
class CohortFunnelProperties {
  private record Case(Portfolio portfolio, int year, LocalDate asOf) {}

  private static final Gen<Case> CASES =
      Gens.combine(
          DomainGens.portfolios(0, 30),
          Gens.ints(2018, 2028),
          Gens.ints(2018, 2030),
          (p, y, a) -> new Case(p, y, LocalDate.of(a, 6, 30)));

  @Test
  void eachStageIsASubsetOfTheOneBeforeAndEveryRateIsInZeroOne() {
    Property.forAll(CASES)
        .tries(150)
        .check(
            c -> {
              DateRange period = DateRange.ofYear(Year.of(c.year()));
              for (CohortFunnel f :
                  new CohortFunnel[] {
                    CohortFunnel.byActivityDate(c.portfolio(), period, c.asOf()),
                    CohortFunnel.bySigningDate(c.portfolio(), period, c.asOf())
                  }) {
                assertThat(f.activities()).containsAll(f.fruitfulActivities());
                assertThat(f.projects()).containsAll(f.signed());
                assertThat(f.signed()).containsAll(f.started());
                assertThat(f.started()).containsAll(f.producing());
                for (Rate r :
                    new Rate[] {
                      f.projectRate(), f.signedRate(), f.startedRate(), f.producingRate()
                    }) {
                  r.percent(6, RoundingMode.HALF_EVEN)
                      .ifPresent(
                          p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
                }
                assertThat(f.projectRate().percent(0, RoundingMode.DOWN).isEmpty())
                    .isEqualTo(f.activities().isEmpty());
              }
            });
  }
}
