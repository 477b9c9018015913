package io.github.attract.projection;

import io.github.attract.money.Money;
import io.github.attract.project.Provenance;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One project's expected revenue, profit, tax and jobs in one calendar year of operation: the
 * full-output figures times the ramp-up share of that operating year. A figure the project does not
 * give stays absent.
 *
 * <pre>{@code
 * OutcomeYear y = outlook.projects().get(fengfanId).years().get(Year.of(2026));
 * y.toString();
 * // "2026 (year 1, 0.5): revenue CNY 750000000.00, profit CNY 125000000.00, tax CNY 50000000.00,
 * //  jobs 150, derived"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OutcomeYear {
  private final Year year;
  private final int operatingYear;
  private final BigDecimal share;
  private final Optional<Money> revenue;
  private final Optional<Money> profit;
  private final Optional<Money> tax;
  private final OptionalLong jobs;
  private final Provenance provenance;

  OutcomeYear(
      Year year,
      int operatingYear,
      BigDecimal share,
      Optional<Money> revenue,
      Optional<Money> profit,
      Optional<Money> tax,
      OptionalLong jobs,
      Provenance provenance) {
    this.year = year;
    this.operatingYear = operatingYear;
    this.share = share;
    this.revenue = revenue;
    this.profit = profit;
    this.tax = tax;
    this.jobs = jobs;
    this.provenance = provenance;
  }

  /**
   * Returns the calendar year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the operating year: 1 for the year production starts.
   *
   * @return the operating year, at least 1
   */
  public int operatingYear() {
    return operatingYear;
  }

  /**
   * Returns the ramp-up share applied.
   *
   * @return the share, from 0 to 1
   */
  public BigDecimal share() {
    return share;
  }

  /**
   * Returns the sales revenue of the year.
   *
   * @return the revenue, if the project gives one
   */
  public Optional<Money> revenue() {
    return revenue;
  }

  /**
   * Returns the profit of the year.
   *
   * @return the profit, if the project gives one
   */
  public Optional<Money> profit() {
    return profit;
  }

  /**
   * Returns the tax of the year.
   *
   * @return the tax, if the project gives one
   */
  public Optional<Money> tax() {
    return tax;
  }

  /**
   * Returns the jobs of the year.
   *
   * @return the jobs, if the project gives them
   */
  public OptionalLong jobs() {
    return jobs;
  }

  /**
   * Returns where the figures come from: {@code ESTIMATED} if the full-output figures are
   * estimates, otherwise {@code DERIVED} (computed from reported figures and a ramp-up).
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OutcomeYear that
        && that.year.equals(year)
        && that.operatingYear == operatingYear
        && that.share.equals(share)
        && that.revenue.equals(revenue)
        && that.profit.equals(profit)
        && that.tax.equals(tax)
        && that.jobs.equals(jobs)
        && that.provenance == provenance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, operatingYear, share, revenue, profit, tax, jobs, provenance);
  }

  /**
   * Returns the year, the operating year and share, the figures given and the provenance.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder()
            .append(year)
            .append(" (year ")
            .append(operatingYear)
            .append(", ")
            .append(share.toPlainString())
            .append("):");
    revenue.ifPresent(m -> b.append(" revenue ").append(m).append(','));
    profit.ifPresent(m -> b.append(" profit ").append(m).append(','));
    tax.ifPresent(m -> b.append(" tax ").append(m).append(','));
    if (jobs.isPresent()) {
      b.append(" jobs ").append(jobs.getAsLong()).append(',');
    }
    return b.append(' ').append(provenance).toString();
  }
}
