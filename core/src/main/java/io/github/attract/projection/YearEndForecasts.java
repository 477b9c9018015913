package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import io.github.attract.project.Project;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes year-end forecasts of completed investment against the annual plan (完成率), as of a month.
 * The season and the scale of percentages are the calculator's settings; the year and the as-of
 * month are arguments. Nothing reads the clock.
 *
 * <p>Formulas, per currency, over the projects given:
 *
 * <ul>
 *   <li>plan = the sum of the projects' annual plans for the year (a project without one adds
 *       nothing and is counted in {@link YearEndForecast#projectsWithoutPlan()});
 *   <li>done = each project's cumulative completed investment at the as-of month less that at
 *       December of the year before (latest reports on or before those months);
 *   <li>run rate = done × 12 ÷ m, where m is the number of months gone (the as-of month's number);
 *   <li>seasonal = done × W ÷ W_m, where W is the season's weight of the year and W_m that of
 *       January to the as-of month (empty if W_m is zero);
 *   <li>completion % = done × 100 ÷ plan; year gone % = m × 100 ÷ 12; season gone % = W_m × 100 ÷ W
 *       (the work-weighted share of the season, not the month count of {@code
 *       Kpis.planCompletion}'s "elapsed"); "ahead / behind by n points" = completion % − gone %,
 *       all percentages rounded half-even to the calculator's scale (2 by default) before
 *       subtracting, so the points agree with the percentages shown.
 * </ul>
 *
 * <pre>{@code
 * YearEndForecasts f = YearEndForecasts.of(Season.coldRegion());
 * List<YearEndForecast> keyProjects =
 *     f.forecast(portfolio.projectsIn(keyScope), Year.of(2023), YearMonth.of(2023, 4));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YearEndForecasts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Season season;
  private final int percentScale;

  private YearEndForecasts(Season season, int percentScale) {
    this.season = season;
    this.percentScale = percentScale;
  }

  /**
   * Returns a calculator with a season and percentages to two decimal places.
   *
   * @param season the building season
   * @return the calculator
   */
  public static YearEndForecasts of(Season season) {
    return new YearEndForecasts(Objects.requireNonNull(season, "season"), 2);
  }

  /**
   * Returns a copy with another scale of percentages.
   *
   * @param percentScale the decimal places of percentages, 0 to 10
   * @return the changed calculator
   * @throws IllegalArgumentException if the scale is not from 0 to 10
   */
  public YearEndForecasts withPercentScale(int percentScale) {
    if (percentScale < 0 || percentScale > 10) {
      throw new IllegalArgumentException(
          "Year-end forecasts 'percentScale' must be from 0 to 10, but was " + percentScale);
    }
    return new YearEndForecasts(season, percentScale);
  }

  /**
   * Returns the season.
   *
   * @return the season
   */
  public Season season() {
    return season;
  }

  /**
   * Returns the scale of percentages.
   *
   * @return the decimal places
   */
  public int percentScale() {
    return percentScale;
  }

  /**
   * Forecasts one project.
   *
   * @param project the project
   * @param year the year
   * @param asOf the last month of actual figures, within the year
   * @return the forecast in the project's currency
   * @throws IllegalArgumentException if {@code asOf} is not in {@code year}
   */
  public YearEndForecast forecast(Project project, Year year, YearMonth asOf) {
    Objects.requireNonNull(project, "project");
    return forecast(List.of(project), year, asOf).get(0);
  }

  /**
   * Forecasts projects together, one forecast per currency.
   *
   * @param projects the projects
   * @param year the year
   * @param asOf the last month of actual figures, within the year
   * @return one forecast per currency of the projects, in currency-code order; empty for no project
   * @throws IllegalArgumentException if {@code asOf} is not in {@code year}
   */
  public ImmutableList<YearEndForecast> forecast(
      Iterable<Project> projects, Year year, YearMonth asOf) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.getYear() != year.getValue()) {
      throw new IllegalArgumentException(
          "Year-end forecast 'asOf' must lie in " + year + ", but was " + asOf);
    }
    TreeMap<String, List<Project>> byCurrency = new TreeMap<>();
    for (Project p : projects) {
      byCurrency.computeIfAbsent(p.currency().getCurrencyCode(), c -> new ArrayList<>()).add(p);
    }
    ImmutableList.Builder<YearEndForecast> out = ImmutableList.builder();
    for (List<Project> group : byCurrency.values()) {
      out.add(forecastOne(group, year, asOf));
    }
    return out.build();
  }

  private YearEndForecast forecastOne(List<Project> projects, Year year, YearMonth asOf) {
    Currency currency = projects.get(0).currency();
    Money plan = Money.zero(currency);
    Money done = Money.zero(currency);
    int withoutPlan = 0;
    YearMonth before = year.atMonth(1).minusMonths(1);
    for (Project p : projects) {
      Optional<Money> planned = p.annualPlan(year).map(a -> a.planned());
      if (planned.isPresent()) {
        plan = plan.plus(planned.get());
      } else {
        withoutPlan++;
      }
      done = done.plus(p.completedInvestmentAsOf(asOf).minus(p.completedInvestmentAsOf(before)));
    }
    int m = asOf.getMonthValue();
    Money runRate = done.multipliedBy(12).dividedBy(m, RoundingMode.HALF_EVEN);
    BigInteger w = season.integerWeightOfYear();
    BigInteger wm = season.integerWeightThrough(asOf.getMonth());
    Optional<Money> seasonal =
        wm.signum() == 0
            ? Optional.empty()
            : Optional.of(
                Money.of(
                    currency,
                    done.amount()
                        .multiply(new BigDecimal(w))
                        .divide(new BigDecimal(wm), done.scale(), RoundingMode.HALF_EVEN)));
    BigDecimal yearGone =
        BigDecimal.valueOf(m * 100L)
            .divide(BigDecimal.valueOf(12), percentScale, RoundingMode.HALF_EVEN);
    BigDecimal seasonGone =
        new BigDecimal(wm.multiply(BigInteger.valueOf(100)))
            .divide(new BigDecimal(w), percentScale, RoundingMode.HALF_EVEN);
    return new YearEndForecast(
        currency,
        year,
        asOf,
        projects.size(),
        withoutPlan,
        plan,
        done,
        runRate,
        seasonal,
        yearGone,
        seasonGone,
        percent(done, plan, percentScale));
  }

  /** Returns part × 100 ÷ whole rounded half-even, or empty if the whole is zero. */
  static Optional<BigDecimal> percent(Money part, Money whole, int scale) {
    if (whole.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        part.amount().multiply(HUNDRED).divide(whole.amount(), scale, RoundingMode.HALF_EVEN));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YearEndForecasts that
        && that.season.equals(season)
        && that.percentScale == percentScale;
  }

  @Override
  public int hashCode() {
    return season.hashCode() * 31 + percentScale;
  }

  /**
   * Returns the settings.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "YearEndForecasts[" + season + ", percent scale " + percentScale + "]";
  }
}
