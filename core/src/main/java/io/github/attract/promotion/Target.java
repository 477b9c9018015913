package io.github.attract.promotion;

import io.github.attract.internal.Checks;
import io.github.attract.time.DateRange;
import org.immutables.value.Value;

/**
 * A goal of the annual plan: a value of a metric to reach for a scope within a period, e.g.
 * "complete 16.6 billion yuan of investment in the 2023 key projects".
 *
 * <pre>{@code
 * Target t = Target.builder()
 *     .id(TargetId.of("2023-key-investment"))
 *     .name("Key projects: annual investment")
 *     .period(DateRange.ofYear(Year.of(2023)))
 *     .scope(Scope.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
 *     .value(MetricValue.ofMoney(Metric.COMPLETED_INVESTMENT, Money.ofMajor(Currencies.CNY, 16_600_000_000L)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {
  Target() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract TargetId id();

  /**
   * Returns a short name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the period in which the target is to be met.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the projects the target counts.
   *
   * @return the scope, all projects unless set
   */
  @Value.Default
  public Scope scope() {
    return Scope.all();
  }

  /**
   * Returns the metric and the value to reach.
   *
   * @return the value
   */
  public abstract MetricValue value();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableTarget.builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Target '" + id() + "'", "name", name());
  }

  /** Builds a {@link Target}; id, name, period and value are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(TargetId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the period.
     *
     * @param period the period
     * @return this builder
     */
    Builder period(DateRange period);

    /**
     * Sets the scope.
     *
     * @param scope the scope
     * @return this builder
     */
    Builder scope(Scope scope);

    /**
     * Sets the value to reach.
     *
     * @param value the metric and value
     * @return this builder
     */
    Builder value(MetricValue value);

    /**
     * Builds the target.
     *
     * @return the target
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the name is blank
     */
    Target build();
  }
}
