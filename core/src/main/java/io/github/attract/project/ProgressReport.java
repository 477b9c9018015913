package io.github.attract.project;

import io.github.attract.money.Money;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A monthly progress return of a project: the investment completed and the funds in place, both
 * cumulative since the project began, as of the end of the month.
 *
 * <p>Year-to-date figures are derived from these: the cumulative figure of the month less that of
 * the last report before the year.
 *
 * <pre>{@code
 * ProgressReport march = ProgressReport.builder()
 *     .month(YearMonth.of(2023, 3))
 *     .completedInvestment(Money.ofMajor(Currencies.CNY, 120_000_000L))
 *     .fundsInPlace(Money.ofMajor(Currencies.CNY, 150_000_000L))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressReport {
  ProgressReport() {}

  /**
   * Returns the month reported.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the investment completed since the project began (完成投资), cumulative.
   *
   * @return the amount, not negative
   */
  public abstract Money completedInvestment();

  /**
   * Returns the funds that have arrived from the investors (到位资金), cumulative.
   *
   * @return the amount, if reported
   */
  public abstract Optional<Money> fundsInPlace();

  /**
   * Returns where the figures come from.
   *
   * @return the provenance, {@code REPORTED} unless set
   */
  @Value.Default
  public Provenance provenance() {
    return Provenance.REPORTED;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableProgressReport.builder();
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("progress-report", month(), "Progress report {}");
    check.nonNegative("completedInvestment", completedInvestment());
    if (fundsInPlace().isPresent()) {
      Money funds = fundsInPlace().get();
      if (!funds.isIn(completedInvestment().currency())) {
        check.error(
            "fundsInPlace",
            "Progress report "
                + month()
                + " 'fundsInPlace' must be in "
                + completedInvestment().currency().getCurrencyCode()
                + ", but was "
                + funds);
      }
      check.nonNegative("fundsInPlace", funds);
    }
    check.throwIfFailed();
  }

  /**
   * Builds a {@link ProgressReport}; {@code month} and {@code completedInvestment} are required.
   */
  public interface Builder {
    /**
     * Sets the month reported.
     *
     * @param month the month
     * @return this builder
     */
    Builder month(YearMonth month);

    /**
     * Sets the cumulative completed investment.
     *
     * @param completedInvestment the amount, not negative
     * @return this builder
     */
    Builder completedInvestment(Money completedInvestment);

    /**
     * Sets the cumulative funds in place.
     *
     * @param fundsInPlace the amount, not negative
     * @return this builder
     */
    Builder fundsInPlace(Money fundsInPlace);

    /**
     * Sets the cumulative funds in place, if reported.
     *
     * @param fundsInPlace the amount or empty
     * @return this builder
     */
    Builder fundsInPlace(Optional<? extends Money> fundsInPlace);

    /**
     * Sets where the figures come from.
     *
     * @param provenance the provenance
     * @return this builder
     */
    Builder provenance(Provenance provenance);

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if a required attribute is missing
     * @throws InvalidPartException if an amount is negative or the currencies differ, with every
     *     broken rule
     */
    ProgressReport build();
  }
}
