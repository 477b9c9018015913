package io.github.attract.project;

import io.github.attract.money.Money;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The investment planned for a project in one calendar year (年度计划投资).
 *
 * <pre>{@code
 * AnnualPlan plan = AnnualPlan.of(Year.of(2023), Money.ofMajor(Currencies.CNY, 300_000_000L));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualPlan {
  AnnualPlan() {}

  /**
   * Returns the year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract Year year();

  /**
   * Returns the planned investment for the year.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract Money planned();

  /**
   * Returns where the figure comes from.
   *
   * @return the provenance, {@code REPORTED} unless set
   */
  @Value.Parameter
  public abstract Provenance provenance();

  /**
   * Returns a reported annual plan.
   *
   * @param year the year
   * @param planned the planned investment, not negative
   * @return the plan
   * @throws InvalidPartException if the amount is negative
   */
  public static AnnualPlan of(Year year, Money planned) {
    return ImmutableAnnualPlan.of(year, planned, Provenance.REPORTED);
  }

  /**
   * Returns an annual plan with its provenance.
   *
   * @param year the year
   * @param planned the planned investment, not negative
   * @param provenance where the figure comes from
   * @return the plan
   * @throws InvalidPartException if the amount is negative
   */
  public static AnnualPlan of(Year year, Money planned, Provenance provenance) {
    return ImmutableAnnualPlan.of(year, planned, provenance);
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("annual-plan", year(), "Annual plan {}");
    check.nonNegative("planned", planned());
    check.throwIfFailed();
  }
}
