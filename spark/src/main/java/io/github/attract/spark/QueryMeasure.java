package io.github.attract.spark;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Measures;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.Project;
import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A serializable description of a {@link Measure}. The built-ins mirror {@link Measures} and hold
 * exactly the measure of the same name; {@link #money} takes a function that Spark can serialize.
 *
 * <pre>{@code
 * QueryMeasure<MultiCurrencyAmount> plan = QueryMeasure.annualPlannedInvestment(Year.of(2023));
 * plan.measure().equals(Measures.annualPlannedInvestment(Year.of(2023)));   // true
 * QueryMeasure<MultiCurrencyAmount> half = QueryMeasure.money("half-total",
 *     p -> p.totalInvestment().map(m -> m.multipliedBy(new BigDecimal("0.5"), RoundingMode.DOWN)));
 * }</pre>
 *
 * <p>{@link Measures#contractValue()} has no counterpart: it reads the portfolio's signings, which
 * reference projects and so are not reference data an executor holds. Immutable, thread-safe and
 * serializable.
 *
 * @param <V> the type of a total
 */
public final class QueryMeasure<V> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Measure<V> measure;

  private QueryMeasure(Measure<V> measure) {
    this.measure = measure;
  }

  /**
   * Returns the measure: the one to name in a local {@code Aggregation} for the same result.
   *
   * @return the measure
   */
  public Measure<V> measure() {
    return measure;
  }

  /**
   * Mirrors {@link Measures#count()}.
   *
   * @return the description
   */
  public static QueryMeasure<Long> count() {
    return new QueryMeasure<>(Measures.count());
  }

  /**
   * Mirrors {@link Measures#totalInvestment()}.
   *
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> totalInvestment() {
    return new QueryMeasure<>(Measures.totalInvestment());
  }

  /**
   * Mirrors {@link Measures#annualPlannedInvestment(Year)}.
   *
   * @param year the year
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> annualPlannedInvestment(Year year) {
    return new QueryMeasure<>(Measures.annualPlannedInvestment(year));
  }

  /**
   * Mirrors {@link Measures#completedInvestment(YearMonth)}.
   *
   * @param month the as-of month
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> completedInvestment(YearMonth month) {
    return new QueryMeasure<>(Measures.completedInvestment(month));
  }

  /**
   * Mirrors {@link Measures#completedInvestmentYearToDate(YearMonth)}.
   *
   * @param month the as-of month
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> completedInvestmentYearToDate(YearMonth month) {
    return new QueryMeasure<>(Measures.completedInvestmentYearToDate(month));
  }

  /**
   * Mirrors {@link Measures#fundsInPlace(YearMonth)}.
   *
   * @param month the as-of month
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> fundsInPlace(YearMonth month) {
    return new QueryMeasure<>(Measures.fundsInPlace(month));
  }

  /**
   * Mirrors {@link Measures#fundsInPlaceYearToDate(YearMonth)}.
   *
   * @param month the as-of month
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> fundsInPlaceYearToDate(YearMonth month) {
    return new QueryMeasure<>(Measures.fundsInPlaceYearToDate(month));
  }

  /**
   * Mirrors {@link Measures#expectedRevenue()}.
   *
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> expectedRevenue() {
    return new QueryMeasure<>(Measures.expectedRevenue());
  }

  /**
   * Mirrors {@link Measures#expectedProfit()}.
   *
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> expectedProfit() {
    return new QueryMeasure<>(Measures.expectedProfit());
  }

  /**
   * Mirrors {@link Measures#expectedTax()}.
   *
   * @return the description
   */
  public static QueryMeasure<MultiCurrencyAmount> expectedTax() {
    return new QueryMeasure<>(Measures.expectedTax());
  }

  /**
   * Mirrors {@link Measures#expectedJobs()}.
   *
   * @return the description
   */
  public static QueryMeasure<Long> expectedJobs() {
    return new QueryMeasure<>(Measures.expectedJobs());
  }

  /**
   * Mirrors {@link Measures#capacity(Unit)}.
   *
   * @param unit the unit of the total
   * @return the description
   */
  public static QueryMeasure<Quantity> capacity(Unit unit) {
    return new QueryMeasure<>(Measures.capacity(unit));
  }

  /**
   * Describes a money measure of your own, like {@link Measures#money}. The function is serialized
   * at once, so one that captures something unserializable fails here, before any job runs.
   *
   * <p>{@link Measures#money} measures are equal only when they hold the same function object; a
   * deserialized copy of this description holds the same object again in every JVM (its function is
   * interned by an id given here), so partial totals computed on different executors merge, and the
   * final result equals a local aggregation that names {@link #measure()}.
   *
   * @param name the name, not blank
   * @param figure the figure of a project, in its currency, or empty; must not return null
   * @return the description
   * @throws IllegalArgumentException if the name is blank or the function is not serializable
   */
  public static QueryMeasure<MultiCurrencyAmount> money(
      String name, SerializableFunction<? super Project, Optional<Money>> figure) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(figure, "figure");
    Serialization.requireSerializable("Measure '" + name + "'", figure);
    return new QueryMeasure<>(Measures.money(name, Figure.of(figure)));
  }

  /**
   * Returns the name of the measure.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return measure.name();
  }

  /** The caller's function under an id; one instance per id and JVM. */
  private static final class Figure implements Function<Project, Optional<Money>>, Serializable {
    private static final long serialVersionUID = 1L;

    // Identity, not a cache of results: a Measures.money measure compares its function by
    // reference, so every copy of one description must resolve to one object per JVM. Weak, so
    // descriptions no one holds are collected.
    private static final Interner<Figure> INTERNED = Interners.newWeakInterner();

    private final UUID id;
    private final SerializableFunction<? super Project, Optional<Money>> function;

    private Figure(UUID id, SerializableFunction<? super Project, Optional<Money>> function) {
      this.id = id;
      this.function = function;
    }

    static Figure of(SerializableFunction<? super Project, Optional<Money>> function) {
      return INTERNED.intern(new Figure(UUID.randomUUID(), function));
    }

    @Override
    public Optional<Money> apply(Project project) {
      return function.apply(project);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Figure that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    private Object readResolve() {
      return INTERNED.intern(this);
    }
  }
}
