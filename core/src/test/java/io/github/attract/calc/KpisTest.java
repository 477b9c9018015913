package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.promotion.Scope;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Every KPI against figures computed by hand from {@link Fixtures}. */
class KpisTest {
  private final Portfolio portfolio = Fixtures.portfolio();
  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

  @Test
  void contractFulfilmentRate() {
    // cohort 2023: p1 (signed 01-10, started 03-01), p2 (signed 02-01, started 04-07)
    assertThat(Kpis.contractFulfilmentRate(portfolio, Year.of(2023), LocalDate.of(2023, 3, 31)))
        .isEqualTo(Rate.of(1, 2));
    assertThat(Kpis.contractFulfilmentRate(portfolio, Year.of(2023), END_2023))
        .isEqualTo(Rate.of(2, 2));
    assertThat(Kpis.contractFulfilmentRate(portfolio, Year.of(2023), Status.IN_OPERATION, END_2023))
        .isEqualTo(Rate.of(1, 2));
    // cohort 2022: p4, signed in its history, never started
    assertThat(Kpis.contractFulfilmentRate(portfolio, Year.of(2022), END_2023))
        .isEqualTo(Rate.of(0, 1));
    Rate none = Kpis.contractFulfilmentRate(portfolio, Year.of(2021), END_2023);
    assertThat(none.isDefined()).isFalse();
    assertThat(none.percent(2, RoundingMode.HALF_EVEN)).isEmpty();
  }

  @Test
  void contractFulfilmentMilestoneMustFollowSigning() {
    assertThatThrownBy(
            () -> Kpis.contractFulfilmentRate(portfolio, Year.of(2023), Status.SIGNED, END_2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Contract fulfilment 'milestone' must be a ladder status after 'signed', but was"
                + " 'signed'");
    assertThatThrownBy(
            () -> Kpis.contractFulfilmentRate(portfolio, Year.of(2023), Status.SUSPENDED, END_2023))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startRateOverTheBaseTheCallerNames() {
    assertThat(Kpis.startRate(portfolio, ProjectBase.signedIn(Year.of(2023)), END_2023))
        .isEqualTo(Rate.of(2, 2));
    assertThat(Kpis.startRate(portfolio, ProjectBase.all(), LocalDate.of(2023, 3, 31)))
        .isEqualTo(Rate.of(1, 4));
    // p3's first phase is planned to start on 2023-05-01; it is still a lead
    ProjectBase planned = ProjectBase.plannedToStartIn(DateRange.ofYear(Year.of(2023)));
    assertThat(Kpis.startRate(portfolio, planned, END_2023)).isEqualTo(Rate.of(0, 1));
    ProjectBase spring = ProjectBase.within(Scope.of(SPRING_2023), END_2023);
    assertThat(Kpis.startRate(portfolio, spring, LocalDate.of(2023, 4, 6)))
        .isEqualTo(Rate.of(0, 1));
    assertThat(Kpis.startRate(portfolio, spring, LocalDate.of(2023, 4, 7)))
        .isEqualTo(Rate.of(1, 1));
    assertThat(Kpis.startRate(portfolio, spring.and(planned), END_2023).isDefined()).isFalse();
    assertThat(spring.and(planned).name())
        .isEqualTo(
            "in "
                + Scope.of(SPRING_2023)
                + " on 2023-12-31 and planned to start in 2023-01-01/2023-12-31");
  }

  @Test
  void signedInAPeriodIsTheCohortOfAnyPeriod() {
    // p1 signed 2023-01-10, p2 2023-02-01: January holds p1 only, the first quarter both
    ProjectBase january = ProjectBase.signedIn(DateRange.parse("2023-01-01/2023-01-31"));
    assertThat(january.name()).isEqualTo("signed in 2023-01-01/2023-01-31");
    assertThat(Kpis.startRate(portfolio, january, END_2023)).isEqualTo(Rate.of(1, 1));
    assertThat(
            Kpis.startRate(
                portfolio,
                ProjectBase.signedIn(DateRange.parse("2023-01-01/2023-03-31")),
                LocalDate.of(2023, 3, 31)))
        .isEqualTo(Rate.of(1, 2));
    // a calendar year is the cohort of the contract fulfilment rate
    assertThat(
            Kpis.startRate(
                portfolio, ProjectBase.signedIn(DateRange.ofYear(Year.of(2022))), END_2023))
        .isEqualTo(Kpis.contractFulfilmentRate(portfolio, Year.of(2022), END_2023));
  }

  @Test
  void productionRate() {
    assertThat(Kpis.productionRate(portfolio, ProjectBase.startedBy(END_2023), END_2023))
        .isEqualTo(Rate.of(1, 2));
    ProjectBase operating = ProjectBase.plannedToOperateIn(DateRange.ofYear(Year.of(2024)));
    assertThat(Kpis.productionRate(portfolio, operating, END_2023)).isEqualTo(Rate.of(0, 1));
    assertThat(
            Kpis.productionRate(
                portfolio, ProjectBase.of("wind", p -> p.industry().equals(WIND)), END_2023))
        .isEqualTo(Rate.of(1, 1));
  }

  @Test
  void fundsInPlaceRateAgainstEachBase() {
    YearMonth april = YearMonth.of(2023, 4);
    // funds as of April: p1 20M, p2 150M; contract value: p1 120M, p2 333333333.34
    Rate contract =
        Kpis.fundsInPlaceRate(portfolio, ProjectBase.all(), april, FundsBase.CONTRACT_VALUE);
    assertThat(contract)
        .isEqualTo(Rate.of(new BigDecimal("170000000.00"), new BigDecimal("453333333.34")));
    assertThat(contract.percent(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("37.50"));
    ProjectBase signed2023 = ProjectBase.signedIn(Year.of(2023));
    assertThat(Kpis.fundsInPlaceRate(portfolio, signed2023, april, FundsBase.TOTAL_INVESTMENT))
        .isEqualTo(Rate.of(new BigDecimal("170000000"), new BigDecimal("1150000000")));
    assertThat(Kpis.fundsInPlaceRate(portfolio, signed2023, april, FundsBase.ANNUAL_PLAN))
        .isEqualTo(Rate.of(new BigDecimal("170000000"), new BigDecimal("330000000")));
  }

  @Test
  void moneyRatesRefuseToMixCurrencies() {
    assertThatThrownBy(
            () ->
                Kpis.fundsInPlaceRate(
                    portfolio,
                    ProjectBase.all(),
                    YearMonth.of(2023, 4),
                    FundsBase.TOTAL_INVESTMENT))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: CNY/USD");
  }

  @Test
  void planCompletionAgainstTheYearAndTheBuildingSeason() {
    // completed in 2023 up to April: p1 12M, p2 100M; planned for 2023: 330M
    PlanCompletion year = Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 4));
    assertThat(year.completion())
        .isEqualTo(Rate.of(new BigDecimal("112000000"), new BigDecimal("330000000")));
    assertThat(year.elapsed()).isEqualTo(Rate.of(4, 12));
    // 33.94 % done, 33.33 % elapsed
    assertThat(year.pointsAhead(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.61"));
    assertThat(year.toString())
        .isEqualTo(
            "plan completion as of 2023-04: 112000000.00 / 330000000.00 (33.94 %), elapsed 4 / 12"
                + " (33.33 %): ahead by 0.61 points");
    PlanCompletion season =
        Kpis.planCompletion(
            portfolio, ProjectBase.all(), YearMonth.of(2023, 4), Month.APRIL, Month.OCTOBER);
    assertThat(season.elapsed()).isEqualTo(Rate.of(1, 7));
    assertThat(season.pointsAhead(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("19.6"));
    PlanCompletion winter =
        Kpis.planCompletion(
            portfolio, ProjectBase.all(), YearMonth.of(2023, 2), Month.APRIL, Month.OCTOBER);
    assertThat(winter.elapsed()).isEqualTo(Rate.of(0, 7));
    PlanCompletion late =
        Kpis.planCompletion(
            portfolio, ProjectBase.all(), YearMonth.of(2023, 12), Month.APRIL, Month.OCTOBER);
    assertThat(late.elapsed()).isEqualTo(Rate.of(7, 7));
    assertThat(Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2025, 1)).toString())
        .endsWith(": undefined");
  }

  @Test
  void buildingSeasonMustNotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                Kpis.planCompletion(
                    portfolio, ProjectBase.all(), YearMonth.of(2023, 4), Month.MAY, Month.APRIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Building season must end on or after its start, but APRIL < MAY");
  }
}
