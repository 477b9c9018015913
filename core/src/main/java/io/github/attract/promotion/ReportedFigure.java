package io.github.attract.promotion;

import com.google.common.collect.ImmutableList;
import io.github.attract.internal.Checks;
import io.github.attract.time.DateRange;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A total stated by a source for a scope and period, kept beside the itemized ledger: "201 key
 * projects with 16.6 billion yuan planned for 2023", "208 activities in the first quarter". The
 * calculations reconcile it with the projects the ledger names; nothing is invented to make the
 * sums meet.
 *
 * <pre>{@code
 * ReportedFigure keyProjects = ReportedFigure.builder()
 *     .id(ReportedFigureId.of("2023-key-projects"))
 *     .source("Shuangyashan Daily, 2023-04-24")
 *     .period(DateRange.ofYear(Year.of(2023)))
 *     .scope(Scope.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
 *     .addValue(MetricValue.ofCount(Metric.PROJECTS, 201))
 *     .addValue(MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT,
 *         Money.ofMajor(Currencies.CNY, 16_600_000_000L)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportedFigure {
  ReportedFigure() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract ReportedFigureId id();

  /**
   * Returns who stated the figure.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Returns the period the figure covers.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the projects the figure speaks of.
   *
   * @return the scope, all projects unless set
   */
  @Value.Default
  public Scope scope() {
    return Scope.all();
  }

  /**
   * Returns the stated values, one per metric.
   *
   * @return at least one value
   */
  public abstract ImmutableList<MetricValue> values();

  /**
   * Returns a free-text description, such as the sentence quoted.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Returns the stated value of a metric.
   *
   * @param metric the metric
   * @return the value, if stated
   */
  public Optional<MetricValue> value(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    for (MetricValue v : values()) {
      if (v.metric() == metric) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableReportedFigure.builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Reported figure '" + id() + "'", "source", source());
    if (values().isEmpty()) {
      throw new IllegalArgumentException(
          "Reported figure '" + id() + "' must state at least one value");
    }
    Set<Metric> seen = EnumSet.noneOf(Metric.class);
    for (MetricValue v : values()) {
      if (!seen.add(v.metric())) {
        throw new IllegalArgumentException(
            "Reported figure '"
                + id()
                + "' states metric '"
                + v.metric().code()
                + "' twice, but each metric may be stated once");
      }
    }
  }

  /** Builds a {@link ReportedFigure}; id, source, period and one value are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(ReportedFigureId id);

    /**
     * Sets the source.
     *
     * @param source who stated it, not blank
     * @return this builder
     */
    Builder source(String source);

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
     * Adds a stated value.
     *
     * @param value the value
     * @return this builder
     */
    Builder addValue(MetricValue value);

    /**
     * Adds stated values.
     *
     * @param values the values
     * @return this builder
     */
    Builder addAllValues(Iterable<? extends MetricValue> values);

    /**
     * Sets a description.
     *
     * @param description the text
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets a description, if any.
     *
     * @param description the text or empty
     * @return this builder
     */
    Builder description(Optional<String> description);

    /**
     * Builds the figure.
     *
     * @return the figure
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if no value is stated or a metric is stated twice
     */
    ReportedFigure build();
  }
}
