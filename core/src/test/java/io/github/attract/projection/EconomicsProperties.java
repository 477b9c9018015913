package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicsProperties {
  private static final Gen<Money> FLOWS =
      Gens.bigDecimals(new BigDecimal("-1e12"), new BigDecimal("1e12"), 2)
          .map(a -> Money.of(Currencies.CNY, a));

  /** Any flows of up to 20 years. */
  private static final Gen<CashFlows> ANY =
      Gens.lists(FLOWS, 1, 20).map(f -> CashFlows.of(Year.of(2023), f));

  /** An outlay followed by income and costs, the usual shape of a project. */
  private static final Gen<CashFlows> PROJECTS =
      Gens.combine(
          Gens.bigDecimals(BigDecimal.ONE, new BigDecimal("1e10"), 2),
          Gens.lists(FLOWS, 1, 15),
          (outlay, rest) -> {
            List<Money> all = new java.util.ArrayList<>();
            all.add(Money.of(Currencies.CNY, outlay.negate()));
            all.addAll(rest);
            return CashFlows.of(Year.of(2023), all);
          });

  @Test
  void npvAtRateZeroIsTheUndiscountedSum() {
    Property.forAll(ANY)
        .check(
            cf ->
                assertThat(Economics.DEFAULT.npv(BigDecimal.ZERO, cf))
                    .isEqualTo(cf.sum().amount()));
  }

  @Test
  void npvAtEachReportedIrrIsZeroWithinTheStatedTolerance() {
    Economics e = Economics.DEFAULT.withIrrSearch(new BigDecimal("-0.9"), BigDecimal.ONE, 190);
    Property.forAll(PROJECTS)
        .tries(150)
        .check(
            cf -> {
              List<BigDecimal> roots = e.irr(cf);
              for (BigDecimal r : roots) {
                assertThat(e.npv(r, cf).abs()).isLessThanOrEqualTo(e.npvTolerance(r, cf));
              }
              assertThat(roots).isSorted();
            });
  }

  @Test
  void theDefaultSearchFindsTheSingleRootOfAConventionalProject() {
    // an outlay then only income: exactly one root above -100 %, found when it lies in the range
    Gen<CashFlows> conventional =
        Gens.combine(
            Gens.bigDecimals(BigDecimal.ONE, new BigDecimal("1e9"), 2),
            Gens.lists(Gens.bigDecimals(new BigDecimal("0.01"), new BigDecimal("1e9"), 2), 1, 12),
            (outlay, income) -> {
              List<Money> all = new java.util.ArrayList<>();
              all.add(Money.of(Currencies.CNY, outlay.negate()));
              income.forEach(i -> all.add(Money.of(Currencies.CNY, i)));
              return CashFlows.of(Year.of(2023), all);
            });
    Property.forAll(conventional)
        .tries(40)
        .check(
            cf -> {
              List<BigDecimal> roots = Economics.DEFAULT.irr(cf);
              assertThat(roots).hasSizeLessThanOrEqualTo(1);
              BigDecimal atLow = Economics.DEFAULT.npv(Economics.DEFAULT.irrLow(), cf);
              BigDecimal atHigh = Economics.DEFAULT.npv(Economics.DEFAULT.irrHigh(), cf);
              if (atLow.signum() > 0 && atHigh.signum() < 0) {
                assertThat(roots).hasSize(1);
              }
              for (BigDecimal r : roots) {
                assertThat(Economics.DEFAULT.npv(r, cf).abs())
                    .isLessThanOrEqualTo(Economics.DEFAULT.npvTolerance(r, cf));
              }
            });
  }

  @Test
  void paybackIsWhereTheCumulativeFlowTurnsNonNegative() {
    Property.forAll(ANY)
        .check(
            cf ->
                Economics.DEFAULT
                    .payback(cf)
                    .ifPresentOrElse(
                        years -> {
                          int t = years.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
                          Money cumulative = Money.zero(Currencies.CNY);
                          for (int i = 0; i <= t; i++) {
                            cumulative = cumulative.plus(cf.amounts().get(i));
                          }
                          assertThat(cumulative.isNegative()).isFalse();
                        },
                        () -> {
                          Money cumulative = Money.zero(Currencies.CNY);
                          for (Money m : cf.amounts()) {
                            cumulative = cumulative.plus(m);
                            assertThat(cumulative.isNegative()).isTrue();
                          }
                        }));
  }
}
