package io.github.attract.projection;

import io.github.attract.money.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A year-end forecast of completed investment against the annual plan, in one currency, as {@link
 * YearEndForecasts} computes it: the plan, what is done year-to-date, the year-end figure by run
 * rate and by season, and progress against the time gone.
 *
 * <pre>{@code
 * YearEndForecast f = YearEndForecasts.of(Season.coldRegion()).forecast(project, Year.of(2023), YearMonth.of(2023, 4));
 * f.runRateForecast();           // CNY 1080.00
 * f.againstYear().get().verdict();     // "behind by 3.33 points"
 * f.againstSeason().get().verdict();   // "ahead by 12.67 points"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YearEndForecast {
  private final Currency currency;
  private final Year year;
  private final YearMonth asOf;
  private final int projects;
  private final int projectsWithoutPlan;
  private final Money plan;
  private final Money completedYearToDate;
  private final Money runRateForecast;
  private final Optional<Money> seasonalForecast;
  private final BigDecimal yearElapsedPercent;
  private final BigDecimal seasonElapsedPercent;
  private final Optional<BigDecimal> completionPercent;

  YearEndForecast(
      Currency currency,
      Year year,
      YearMonth asOf,
      int projects,
      int projectsWithoutPlan,
      Money plan,
      Money completedYearToDate,
      Money runRateForecast,
      Optional<Money> seasonalForecast,
      BigDecimal yearElapsedPercent,
      BigDecimal seasonElapsedPercent,
      Optional<BigDecimal> completionPercent) {
    this.currency = currency;
    this.year = year;
    this.asOf = asOf;
    this.projects = projects;
    this.projectsWithoutPlan = projectsWithoutPlan;
    this.plan = plan;
    this.completedYearToDate = completedYearToDate;
    this.runRateForecast = runRateForecast;
    this.seasonalForecast = seasonalForecast;
    this.yearElapsedPercent = yearElapsedPercent;
    this.seasonElapsedPercent = seasonElapsedPercent;
    this.completionPercent = completionPercent;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the year forecast.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the last month of actual figures.
   *
   * @return the as-of month, within the year
   */
  public YearMonth asOf() {
    return asOf;
  }

  /**
   * Returns the number of projects counted.
   *
   * @return the count
   */
  public int projects() {
    return projects;
  }

  /**
   * Returns the number of projects counted that have no annual plan for the year; their completed
   * investment counts, but they add nothing to the plan.
   *
   * @return the count
   */
  public int projectsWithoutPlan() {
    return projectsWithoutPlan;
  }

  /**
   * Returns the annual planned investment of the year.
   *
   * @return the sum of the projects' annual plans
   */
  public Money plan() {
    return plan;
  }

  /**
   * Returns the investment completed from January to the as-of month.
   *
   * @return the year-to-date figure
   */
  public Money completedYearToDate() {
    return completedYearToDate;
  }

  /**
   * Returns the year-end figure if the rest of the year runs at the year-to-date monthly rate:
   * year-to-date × 12 ÷ months gone, rounded half-even.
   *
   * @return the forecast
   */
  public Money runRateForecast() {
    return runRateForecast;
  }

  /**
   * Returns the year-end figure if the rest of the year follows the season: year-to-date ÷ the
   * season's share gone, rounded half-even.
   *
   * @return the forecast, or empty if the season gives no weight to the months gone
   */
  public Optional<Money> seasonalForecast() {
    return seasonalForecast;
  }

  /**
   * Returns the percentage of the plan completed.
   *
   * @return the percentage, or empty if the plan is zero
   */
  public Optional<BigDecimal> completionPercent() {
    return completionPercent;
  }

  /**
   * Returns the percentage of the year gone: months gone × 100 ÷ 12.
   *
   * @return the percentage
   */
  public BigDecimal yearElapsedPercent() {
    return yearElapsedPercent;
  }

  /**
   * Returns the percentage of the building season gone: the season's weight of the months gone ×
   * 100 ÷ its weight of the year.
   *
   * @return the percentage
   */
  public BigDecimal seasonElapsedPercent() {
    return seasonElapsedPercent;
  }

  /**
   * Returns the run-rate forecast as a percentage of the plan.
   *
   * @param percentScale the decimal places of the percentage, rounded half-even
   * @return the percentage, or empty if the plan is zero
   */
  public Optional<BigDecimal> runRatePercent(int percentScale) {
    return YearEndForecasts.percent(runRateForecast, plan, percentScale);
  }

  /**
   * Returns the seasonal forecast as a percentage of the plan.
   *
   * @param percentScale the decimal places of the percentage, rounded half-even
   * @return the percentage, or empty if the plan is zero or there is no seasonal forecast
   */
  public Optional<BigDecimal> seasonalPercent(int percentScale) {
    return seasonalForecast.flatMap(f -> YearEndForecasts.percent(f, plan, percentScale));
  }

  /**
   * Returns completion against the share of the year gone.
   *
   * @return the comparison, or empty if the plan is zero
   */
  public Optional<ProgressAgainstTime> againstYear() {
    return completionPercent.map(c -> ProgressAgainstTime.of(c, yearElapsedPercent));
  }

  /**
   * Returns completion against the share of the building season gone.
   *
   * @return the comparison, or empty if the plan is zero
   */
  public Optional<ProgressAgainstTime> againstSeason() {
    return completionPercent.map(c -> ProgressAgainstTime.of(c, seasonElapsedPercent));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YearEndForecast that
        && that.currency.equals(currency)
        && that.year.equals(year)
        && that.asOf.equals(asOf)
        && that.projects == projects
        && that.projectsWithoutPlan == projectsWithoutPlan
        && that.plan.equals(plan)
        && that.completedYearToDate.equals(completedYearToDate)
        && that.runRateForecast.equals(runRateForecast)
        && that.seasonalForecast.equals(seasonalForecast)
        && that.yearElapsedPercent.equals(yearElapsedPercent)
        && that.seasonElapsedPercent.equals(seasonElapsedPercent)
        && that.completionPercent.equals(completionPercent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        currency,
        year,
        asOf,
        projects,
        projectsWithoutPlan,
        plan,
        completedYearToDate,
        runRateForecast,
        seasonalForecast,
        yearElapsedPercent,
        seasonElapsedPercent,
        completionPercent);
  }

  /**
   * Returns the figures in one line, e.g. {@code "YearEndForecast[2023 as of 2023-04, 1 project:
   * plan CNY 1200.00, done CNY 360.00 (30.00 %), run rate CNY 1080.00, seasonal CNY 2076.92; year
   * 33.33 % gone: behind by 3.33 points; season 17.33 % gone: ahead by 12.67 points]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("YearEndForecast[")
            .append(year)
            .append(" as of ")
            .append(asOf)
            .append(", ")
            .append(projects)
            .append(projects == 1 ? " project" : " projects");
    if (projectsWithoutPlan > 0) {
      b.append(" (").append(projectsWithoutPlan).append(" without plan)");
    }
    b.append(": plan ").append(plan).append(", done ").append(completedYearToDate);
    completionPercent.ifPresent(c -> b.append(" (").append(c.toPlainString()).append(" %)"));
    b.append(", run rate ").append(runRateForecast);
    seasonalForecast.ifPresent(s -> b.append(", seasonal ").append(s));
    b.append("; year ").append(yearElapsedPercent.toPlainString()).append(" % gone");
    againstYear().ifPresent(a -> b.append(": ").append(a.verdict()));
    b.append("; season ").append(seasonElapsedPercent.toPlainString()).append(" % gone");
    againstSeason().ifPresent(a -> b.append(": ").append(a.verdict()));
    return b.append(']').toString();
  }
}
