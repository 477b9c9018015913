package io.github.attract.calc;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.money.Currencies;
import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * The rates that investment-promotion bureaus publish, each defined once with its formula, over a
 * base the caller names ({@link ProjectBase}). Every rate is an exact {@link Rate}; a zero base
 * makes it undefined, never a division error.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2023, 12, 31);
 * Kpis.contractFulfilmentRate(portfolio, Year.of(2023), asOf);          // 履约率
 * Kpis.startRate(portfolio, ProjectBase.signedIn(Year.of(2023)), asOf); // 开工率
 * Kpis.productionRate(portfolio, ProjectBase.startedBy(asOf), asOf);    // 投产率
 * Kpis.fundsInPlaceRate(portfolio, ProjectBase.all(), YearMonth.of(2023, 12),
 *     FundsBase.CONTRACT_VALUE);                                         // 资金到位率
 * Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 6));   // 完成率
 * }</pre>
 *
 * <p>"Reached a stage by a day" means the project's status history stood at or beyond that ladder
 * status on or before the day ({@link io.github.attract.project.StatusHistory#hasReached}), so a
 * project now in operation has also started. Money rates need their figures in one currency and
 * throw {@link CurrencyMismatchException} otherwise: narrow the base, or convert.
 */
public final class Kpis {
  private Kpis() {}

  /**
   * Returns the contract fulfilment rate (履约率) with construction start as the milestone.
   *
   * @param portfolio the portfolio
   * @param cohort the year of signing
   * @param asOf the as-of day
   * @return see {@link #contractFulfilmentRate(Portfolio, Year, Status, LocalDate)}
   */
  public static Rate contractFulfilmentRate(Portfolio portfolio, Year cohort, LocalDate asOf) {
    return contractFulfilmentRate(portfolio, cohort, Status.UNDER_CONSTRUCTION, asOf);
  }

  /**
   * Returns the contract fulfilment rate (履约率):
   *
   * <pre>
   *   projects signed in the cohort year (on or before asOf) that reached the milestone by asOf
   *   ---------------------------------------------------------------------------------------
   *                  projects signed in the cohort year (on or before asOf)
   * </pre>
   *
   * The signing date of a project is that of {@link Dimensions#signingYear()}.
   *
   * @param portfolio the portfolio
   * @param cohort the year of signing
   * @param milestone the ladder status that fulfils the contract, e.g. {@code UNDER_CONSTRUCTION}
   * @param asOf the as-of day
   * @return the rate; undefined if nothing was signed that year
   * @throws IllegalArgumentException if the milestone is not a ladder status after {@code SIGNED}
   */
  public static Rate contractFulfilmentRate(
      Portfolio portfolio, Year cohort, Status milestone, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(asOf, "asOf");
    if (!milestone.isOnLadder() || !milestone.isAtOrBeyond(Status.READY_TO_START)) {
      throw new IllegalArgumentException(
          "Contract fulfilment 'milestone' must be a ladder status after 'signed', but was '"
              + milestone.code()
              + "'");
    }
    ColumnarIndex index = ColumnarIndex.of(portfolio);
    long base = 0;
    long reached = 0;
    for (Project p : portfolio.projects()) {
      if (Funnels.inCohort(index, p, cohort, asOf)) {
        base++;
        if (p.statusHistory().hasReached(milestone, asOf)) {
          reached++;
        }
      }
    }
    return Rate.of(reached, base);
  }

  /**
   * Returns the start rate (开工率):
   *
   * <pre>
   *   projects of the base that reached UNDER_CONSTRUCTION by asOf
   *   -------------------------------------------------------------
   *                     projects of the base
   * </pre>
   *
   * The base is typically the projects planned to start in the period ({@link
   * ProjectBase#plannedToStartIn}), a batch such as the spring-start projects ({@link
   * ProjectBase#within}), or the signed projects of a cohort ({@link ProjectBase#signedIn}).
   *
   * @param portfolio the portfolio
   * @param base the projects the rate is of
   * @param asOf the as-of day
   * @return the rate; undefined for an empty base
   */
  public static Rate startRate(Portfolio portfolio, ProjectBase base, LocalDate asOf) {
    return reachedRate(portfolio, base, Status.UNDER_CONSTRUCTION, asOf);
  }

  /**
   * Returns the production rate (投产率):
   *
   * <pre>
   *   projects of the base that reached IN_OPERATION by asOf
   *   -------------------------------------------------------
   *                  projects of the base
   * </pre>
   *
   * The base is typically the projects planned to enter operation in the period ({@link
   * ProjectBase#plannedToOperateIn}) or the started projects ({@link ProjectBase#startedBy}).
   *
   * @param portfolio the portfolio
   * @param base the projects the rate is of
   * @param asOf the as-of day
   * @return the rate; undefined for an empty base
   */
  public static Rate productionRate(Portfolio portfolio, ProjectBase base, LocalDate asOf) {
    return reachedRate(portfolio, base, Status.IN_OPERATION, asOf);
  }

  private static Rate reachedRate(
      Portfolio portfolio, ProjectBase base, Status stage, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(asOf, "asOf");
    long n = 0;
    long reached = 0;
    for (Project p : base.projects(portfolio)) {
      n++;
      if (p.statusHistory().hasReached(stage, asOf)) {
        reached++;
      }
    }
    return Rate.of(reached, n);
  }

  /**
   * Returns the funds-in-place rate (资金到位率) of the projects of a base:
   *
   * <ul>
   *   <li>{@link FundsBase#CONTRACT_VALUE}: funds in place as of the month ÷ contract value;
   *   <li>{@link FundsBase#TOTAL_INVESTMENT}: funds in place as of the month ÷ total investment;
   *   <li>{@link FundsBase#ANNUAL_PLAN}: funds that arrived in the month's year up to the month ÷
   *       the investment planned for that year.
   * </ul>
   *
   * Funds in place are those of each project's latest report of the month or before that states
   * them ({@link Measures#fundsInPlace}).
   *
   * @param portfolio the portfolio
   * @param projects the projects the rate is of
   * @param asOf the as-of month
   * @param base what the funds are compared with
   * @return the rate of the amounts; undefined if the base amount is zero
   * @throws CurrencyMismatchException if the amounts are in more than one currency
   */
  public static Rate fundsInPlaceRate(
      Portfolio portfolio, ProjectBase projects, YearMonth asOf, FundsBase base) {
    Objects.requireNonNull(base, "base");
    Measure<MultiCurrencyAmount> funds;
    Measure<MultiCurrencyAmount> of;
    switch (base) {
      case CONTRACT_VALUE:
        funds = Measures.fundsInPlace(asOf);
        of = Measures.contractValue();
        break;
      case TOTAL_INVESTMENT:
        funds = Measures.fundsInPlace(asOf);
        of = Measures.totalInvestment();
        break;
      case ANNUAL_PLAN:
      default:
        funds = Measures.fundsInPlaceYearToDate(asOf);
        of = Measures.annualPlannedInvestment(Year.of(asOf.getYear()));
        break;
    }
    return moneyRate(portfolio, projects, funds, of);
  }

  /**
   * Returns the annual plan completion rate (完成率) as of a month, against the share of the calendar
   * year elapsed:
   *
   * <pre>
   *   completion = investment completed in the year up to the month / investment planned for the year
   *   elapsed    = month of the year / 12
   * </pre>
   *
   * @param portfolio the portfolio
   * @param projects the projects the rate is of
   * @param asOf the as-of month
   * @return the completion and the elapsed share
   * @throws CurrencyMismatchException if the amounts are in more than one currency
   */
  public static PlanCompletion planCompletion(
      Portfolio portfolio, ProjectBase projects, YearMonth asOf) {
    return planCompletion(portfolio, projects, asOf, Month.JANUARY, Month.DECEMBER);
  }

  /**
   * Returns the annual plan completion rate (完成率) as of a month, against the share of a building
   * season elapsed (cold regions build from spring to autumn, e.g. April to October):
   *
   * <pre>
   *   completion = investment completed in the year up to the month / investment planned for the year
   *   elapsed    = season months ended by the month / months of the season
   * </pre>
   *
   * <p>This "elapsed" counts calendar months of the season (June of April–October: 3 / 7). It is
   * not the "season gone" of {@code YearEndForecasts}, which weighs each month by its share of the
   * year's construction work ({@code Season}'s weights, e.g. 33 / 75): the two answer different
   * questions (time gone versus work the season profile expects done) and are named apart.
   *
   * @param portfolio the portfolio
   * @param projects the projects the rate is of
   * @param asOf the as-of month
   * @param seasonStart the first month of the building season
   * @param seasonEnd the last month of the building season, not before {@code seasonStart}
   * @return the completion and the elapsed share
   * @throws IllegalArgumentException if the season ends before it starts
   * @throws CurrencyMismatchException if the amounts are in more than one currency
   */
  public static PlanCompletion planCompletion(
      Portfolio portfolio,
      ProjectBase projects,
      YearMonth asOf,
      Month seasonStart,
      Month seasonEnd) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seasonStart, "seasonStart");
    Objects.requireNonNull(seasonEnd, "seasonEnd");
    if (seasonEnd.compareTo(seasonStart) < 0) {
      throw new IllegalArgumentException(
          "Building season must end on or after its start, but " + seasonEnd + " < " + seasonStart);
    }
    Rate completion =
        moneyRate(
            portfolio,
            projects,
            Measures.completedInvestmentYearToDate(asOf),
            Measures.annualPlannedInvestment(Year.of(asOf.getYear())));
    int length = seasonEnd.getValue() - seasonStart.getValue() + 1;
    int gone = Math.max(0, Math.min(length, asOf.getMonthValue() - seasonStart.getValue() + 1));
    return new PlanCompletion(asOf, completion, Rate.of(gone, length));
  }

  private static Rate moneyRate(
      Portfolio portfolio,
      ProjectBase projects,
      Measure<MultiCurrencyAmount> part,
      Measure<MultiCurrencyAmount> whole) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(projects, "projects");
    Totals t = Aggregation.over(portfolio).where(projects.test(portfolio)).total(part, whole);
    MultiCurrencyAmount a = t.get(part);
    MultiCurrencyAmount b = t.get(whole);
    Currency currency = null;
    for (MultiCurrencyAmount m : new MultiCurrencyAmount[] {a, b}) {
      for (Currency c : m.currencies()) {
        if (currency != null && !currency.equals(c)) {
          throw new CurrencyMismatchException(currency, c);
        }
        currency = c;
      }
    }
    Currency only = currency == null ? Currencies.CNY : currency;
    BigDecimal numerator = a.amount(only).amount();
    BigDecimal denominator = b.amount(only).amount();
    return Rate.of(numerator, denominator);
  }
}
