package io.github.attract.projection;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.Provenance;
import java.time.Year;
import java.util.Objects;

/**
 * The expected revenue, profit and tax (one amount per currency, in currency-code order) and jobs
 * of many projects in one calendar year, with the number of projects operating that year.
 *
 * <pre>{@code
 * OutcomeTotals t = outlook.byYear().get(Year.of(2027));
 * t.revenue();   // [CNY 1200000000.00]
 * t.jobs();      // 240
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OutcomeTotals {
  private final Year year;
  private final int projects;
  private final MultiCurrencyAmount revenue;
  private final MultiCurrencyAmount profit;
  private final MultiCurrencyAmount tax;
  private final long jobs;
  private final Provenance provenance;

  OutcomeTotals(
      Year year,
      int projects,
      MultiCurrencyAmount revenue,
      MultiCurrencyAmount profit,
      MultiCurrencyAmount tax,
      long jobs,
      Provenance provenance) {
    this.year = year;
    this.projects = projects;
    this.revenue = revenue;
    this.profit = profit;
    this.tax = tax;
    this.jobs = jobs;
    this.provenance = provenance;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the number of projects operating in the year.
   *
   * @return the count
   */
  public int projects() {
    return projects;
  }

  /**
   * Returns the revenue.
   *
   * @return one amount per currency of the outlook
   */
  public MultiCurrencyAmount revenue() {
    return revenue;
  }

  /**
   * Returns the profit.
   *
   * @return one amount per currency of the outlook
   */
  public MultiCurrencyAmount profit() {
    return profit;
  }

  /**
   * Returns the tax.
   *
   * @return one amount per currency of the outlook
   */
  public MultiCurrencyAmount tax() {
    return tax;
  }

  /**
   * Returns the jobs of the projects operating in the year.
   *
   * @return the sum of their jobs
   */
  public long jobs() {
    return jobs;
  }

  /**
   * Returns where the sums come from: {@code ESTIMATED} if any figure in them is an estimate,
   * otherwise {@code DERIVED}.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OutcomeTotals that
        && that.year.equals(year)
        && that.projects == projects
        && that.revenue.equals(revenue)
        && that.profit.equals(profit)
        && that.tax.equals(tax)
        && that.jobs == jobs
        && that.provenance == provenance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, projects, revenue, profit, tax, jobs, provenance);
  }

  /**
   * Returns the year and the sums, e.g. {@code "2027: 1 project, revenue [CNY 1200000000.00],
   * profit [CNY 200000000.00], tax [CNY 80000000.00], jobs 240, derived"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year
        + ": "
        + projects
        + (projects == 1 ? " project" : " projects")
        + ", revenue "
        + revenue
        + ", profit "
        + profit
        + ", tax "
        + tax
        + ", jobs "
        + jobs
        + ", "
        + provenance;
  }
}
