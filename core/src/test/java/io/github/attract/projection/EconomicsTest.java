package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.at;
import static io.github.attract.projection.Fixtures.cny;
import static io.github.attract.projection.Fixtures.fengfan;
import static io.github.attract.projection.Fixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.money.Money;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicsTest {
  private static final Economics E = Economics.DEFAULT;

  private static CashFlows flows(String... amounts) {
    return CashFlows.of(
        Year.of(2023), java.util.Arrays.stream(amounts).map(Fixtures::cny).toList());
  }

  /** Fengfan's flows: the even baseline out in 2023-2025, profit in with 50/80/100 % to 2035. */
  private static CashFlows fengfanFlows() {
    Project f = fengfan();
    ProjectSchedule investment = Schedules.of(SpreadProfile.even()).baseline(f);
    OutcomeOutlook outlook =
        OutcomeOutlook.of(List.of(f), RampUp.standard(), Year.of(2023), Year.of(2035));
    return CashFlows.from(investment, at(outlook.projects(), f.id()));
  }

  @Test
  void fengfanPaysBackInFourPointTwoYearsSimply() {
    assertThat(E.simplePayback(yuan(1_050_000_000L), yuan(250_000_000L)))
        .contains(new BigDecimal("4.2"));
    assertThat(E.simplePayback(yuan(1), yuan(0))).isEmpty();
    assertThatThrownBy(() -> E.simplePayback(yuan(1), Money.of("USD", "1.00")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void derivesFengfansCashFlowsAndPaysBackInTheSeventhYear() {
    CashFlows cf = fengfanFlows();
    assertThat(cf.startYear()).isEqualTo(Year.of(2023));
    assertThat(cf.amounts())
        .containsExactly(
            cny("-286363636.38"),
            cny("-381818181.84"),
            cny("-381818181.78"),
            yuan(125_000_000L),
            yuan(200_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L),
            yuan(250_000_000L));
    // -1050 + 125 + 200 + 250 x 10 = 1275 million
    assertThat(cf.sum()).isEqualTo(yuan(1_275_000_000L));
    assertThat(E.npv(BigDecimal.ZERO, cf)).isEqualTo(new BigDecimal("1275000000.00"));
    // cumulative after 2029 (t = 6): -1050 + 125 + 200 + 250 x 3 = -225; 2030 brings 250: 6 + 0.9
    assertThat(E.payback(cf)).contains(new BigDecimal("6.9"));
    List<BigDecimal> irr = E.irr(cf);
    assertThat(irr).hasSize(1);
    // cross-checked with a floating-point bisection: 0.13448611004981326
    assertThat(irr.get(0))
        .isBetween(new BigDecimal("0.134486110049813"), new BigDecimal("0.134486110049814"));
    assertThat(E.npv(irr.get(0), cf).abs()).isLessThanOrEqualTo(E.npvTolerance(irr.get(0), cf));
  }

  @Test
  void npvDiscountsEveryFlowButTheFirst() {
    // -1000 + 1100 / 1.1 = 0 at 10 %
    CashFlows cf = flows("-1000.00", "1100.00");
    assertThat(E.npv(new BigDecimal("0.1"), cf).compareTo(BigDecimal.ZERO)).isZero();
    // -100 + 60 / 1.2 + 72 / 1.44 = -100 + 50 + 50 = 0 at 20 %
    CashFlows two = flows("-100.00", "60.00", "72.00");
    assertThat(E.npv(new BigDecimal("0.2"), two).compareTo(BigDecimal.ZERO)).isZero();
    assertThat(E.npvMoney(new BigDecimal("0.1"), two)).isEqualTo(cny("14.05"));
    assertThat(E.irr(two)).containsExactly(new BigDecimal("0.2"));
    assertThat(E.irr(cf)).containsExactly(new BigDecimal("0.1"));
  }

  @Test
  void returnsEveryRootOfFlowsThatChangeSignTwice() {
    // -100 + 230 x d - 132 x d^2 = 0 at d = 1/(1+r): roots r = 10 % and r = 20 %
    CashFlows cf = flows("-100.00", "230.00", "-132.00");
    List<BigDecimal> roots = E.irr(cf);
    assertThat(roots).hasSize(2);
    assertThat(roots.get(0).subtract(new BigDecimal("0.1")).abs())
        .isLessThan(new BigDecimal("1e-12"));
    assertThat(roots.get(1).subtract(new BigDecimal("0.2")).abs())
        .isLessThan(new BigDecimal("1e-12"));
    for (BigDecimal r : roots) {
      assertThat(E.npv(r, cf).abs()).isLessThanOrEqualTo(E.npvTolerance(r, cf));
    }
  }

  @Test
  void findsNoRootWhereThereIsNone() {
    assertThat(E.irr(flows("100.00", "100.00"))).isEmpty();
    assertThat(E.irr(flows("0.00", "0.00"))).isEmpty();
    assertThat(E.payback(flows("-100.00", "10.00"))).isEmpty();
    assertThat(E.payback(flows("100.00", "-10.00"))).contains(BigDecimal.ZERO);
    // the root (-50 %) lies outside a narrower search range
    assertThat(E.irr(flows("-100.00", "50.00"))).containsExactly(new BigDecimal("-0.5"));
    assertThat(E.withIrrSearch(BigDecimal.ZERO, BigDecimal.ONE, 100).irr(flows("-100.00", "50.00")))
        .isEmpty();
  }

  @Test
  void rejectsBadSettingsAndRates() {
    assertThatThrownBy(() -> E.npv(BigDecimal.ONE.negate(), flows("1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Economics 'rate' must be above -1, but was -1");
    assertThatThrownBy(() -> E.withIrrSearch(new BigDecimal("-1"), BigDecimal.ONE, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Economics IRR 'low' must be above -1, but was -1");
    assertThatThrownBy(() -> E.withIrrSearch(BigDecimal.ONE, BigDecimal.ONE, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Economics IRR 'high' must be above 'low', but 1 <= 1");
    assertThatThrownBy(() -> E.withIrrSearch(BigDecimal.ZERO, BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Economics IRR 'steps' must be from 1 to 1000000, but was 0");
    assertThatThrownBy(() -> E.withTolerance(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Economics 'tolerance' must be above 0 and below 1, but was 0");
    assertThatThrownBy(() -> E.withMathContext(MathContext.DECIMAL32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Economics 'mathContext' must have a precision of at least 16 digits, but was 7");
  }

  @Test
  void cashFlowsRules() {
    assertThat(flows("-1.00", "2.00")).hasToString("CashFlows[2023=CNY -1.00, 2024=CNY 2.00]");
    assertThatThrownBy(() -> CashFlows.of(Year.of(2023), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cash flows 'amounts' must not be empty");
    assertThatThrownBy(() -> CashFlows.of(Year.of(2023), cny("1.00"), Money.of("USD", "1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cash flows 'amounts' must all be in CNY, but flow 1 was USD 1.00");
    Project lead = Fixtures.project("lead").totalInvestment(cny("1.00")).build();
    OutcomeOutlook none =
        OutcomeOutlook.of(List.of(fengfan()), RampUp.none(), Year.of(2026), Year.of(2026));
    assertThatThrownBy(
            () ->
                CashFlows.from(
                    Schedules.of(SpreadProfile.even()).baseline(lead),
                    at(none.projects(), ProjectId.of("sys-fengfan-storage"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cash flows need the schedule and outcomes of one project, but got 'lead' and 'sys-fengfan-storage'");
  }

  @Test
  void areValues() {
    new EqualsTester()
        .addEqualityGroup(E, Economics.DEFAULT.withTolerance(new BigDecimal("1E-15")))
        .addEqualityGroup(E.withTolerance(new BigDecimal("1E-10")))
        .addEqualityGroup(E.withMathContext(MathContext.DECIMAL64))
        .addEqualityGroup(E.withIrrSearch(BigDecimal.ZERO, BigDecimal.ONE, 100))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(flows("1.00"), flows("1.00"))
        .addEqualityGroup(flows("2.00"))
        .addEqualityGroup(CashFlows.of(Year.of(2024), cny("1.00")))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(CashFlows.class, flows("-1.00", "2.00"))
            .setDefault(Money.class, cny("1.00"))
            .setDefault(BigDecimal.class, new BigDecimal("0.1"))
            .setDefault(Year.class, Year.of(2023))
            .setDefault(
                ProjectSchedule.class, Schedules.of(SpreadProfile.even()).baseline(fengfan()))
            .setDefault(
                ProjectOutcomes.class,
                at(
                    OutcomeOutlook.of(
                            List.of(fengfan()), RampUp.none(), Year.of(2026), Year.of(2026))
                        .projects(),
                    ProjectId.of("sys-fengfan-storage")));
    npt.testAllPublicInstanceMethods(E);
    npt.testAllPublicStaticMethods(CashFlows.class);
  }
}
