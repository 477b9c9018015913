package io.github.attract.project;

import io.github.attract.money.Money;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What a project is expected to yield each year at full output: sales revenue, profit, tax and new
 * jobs. Each figure may be absent; present ones are non-negative. The provenance says whether the
 * figures are reported or estimated.
 *
 * <pre>{@code
 * ExpectedOutcomes fengfan = ExpectedOutcomes.builder()
 *     .annualRevenue(Money.ofMajor(Currencies.CNY, 1_500_000_000L))
 *     .annualProfit(Money.ofMajor(Currencies.CNY, 250_000_000L))
 *     .annualTax(Money.ofMajor(Currencies.CNY, 100_000_000L))
 *     .jobs(300)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExpectedOutcomes {
  ExpectedOutcomes() {}

  /**
   * Returns the annual sales revenue at full output.
   *
   * @return the revenue, if given
   */
  public abstract Optional<Money> annualRevenue();

  /**
   * Returns the annual profit at full output.
   *
   * @return the profit, if given
   */
  public abstract Optional<Money> annualProfit();

  /**
   * Returns the annual tax at full output.
   *
   * @return the tax, if given
   */
  public abstract Optional<Money> annualTax();

  /**
   * Returns the number of new jobs.
   *
   * @return the jobs, if given
   */
  public abstract OptionalLong jobs();

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
    return ImmutableExpectedOutcomes.builder();
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("expected-outcomes", "", "Expected outcomes");
    check.nonNegative("annualRevenue", annualRevenue());
    check.nonNegative("annualProfit", annualProfit());
    check.nonNegative("annualTax", annualTax());
    if (jobs().isPresent() && jobs().getAsLong() < 0) {
      check.error(
          "jobs", "Expected outcomes 'jobs' must not be negative, but was " + jobs().getAsLong());
    }
    // each figure in the currency of the first one given; one violation per figure that is not
    Optional<Money> first = annualRevenue().or(this::annualProfit).or(this::annualTax);
    if (first.isPresent()) {
      sameCurrency(check, first.get(), annualProfit(), "annualProfit");
      sameCurrency(check, first.get(), annualTax(), "annualTax");
    }
    check.throwIfFailed();
  }

  private static void sameCurrency(
      PartCheck check, Money first, Optional<Money> other, String field) {
    if (other.isPresent() && !other.get().isIn(first.currency())) {
      check.error(
          field,
          "Expected outcomes '"
              + field
              + "' must be in "
              + first.currency().getCurrencyCode()
              + " like the others, but was "
              + other.get());
    }
  }

  /** Builds {@link ExpectedOutcomes}; every figure is optional. */
  public interface Builder {
    /**
     * Sets the annual sales revenue.
     *
     * @param annualRevenue the revenue, not negative
     * @return this builder
     */
    Builder annualRevenue(Money annualRevenue);

    /**
     * Sets the annual sales revenue, if given.
     *
     * @param annualRevenue the revenue or empty
     * @return this builder
     */
    Builder annualRevenue(Optional<? extends Money> annualRevenue);

    /**
     * Sets the annual profit.
     *
     * @param annualProfit the profit, not negative
     * @return this builder
     */
    Builder annualProfit(Money annualProfit);

    /**
     * Sets the annual profit, if given.
     *
     * @param annualProfit the profit or empty
     * @return this builder
     */
    Builder annualProfit(Optional<? extends Money> annualProfit);

    /**
     * Sets the annual tax.
     *
     * @param annualTax the tax, not negative
     * @return this builder
     */
    Builder annualTax(Money annualTax);

    /**
     * Sets the annual tax, if given.
     *
     * @param annualTax the tax or empty
     * @return this builder
     */
    Builder annualTax(Optional<? extends Money> annualTax);

    /**
     * Sets the number of new jobs.
     *
     * @param jobs the jobs, not negative
     * @return this builder
     */
    Builder jobs(long jobs);

    /**
     * Sets the number of new jobs, if given.
     *
     * @param jobs the jobs or empty
     * @return this builder
     */
    Builder jobs(OptionalLong jobs);

    /**
     * Sets where the figures come from.
     *
     * @param provenance the provenance
     * @return this builder
     */
    Builder provenance(Provenance provenance);

    /**
     * Builds the outcomes.
     *
     * @return the outcomes
     * @throws InvalidPartException if a figure is negative or the currencies differ, with every
     *     broken rule
     */
    ExpectedOutcomes build();
  }
}
