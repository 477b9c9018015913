package io.github.attract.calc;

import com.google.common.collect.ImmutableSet;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Histories;
import io.github.attract.calc.engine.Partial;
import io.github.attract.calc.engine.ValueColumn;
import io.github.attract.project.Provenance;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a breakdown adds up for each group: the number of projects, a money figure (total
 * investment, the plan of a year, completed investment as of a month, contract value, expected
 * revenue...), the expected jobs, or a designed capacity. Get them from {@link Measures}.
 *
 * <pre>{@code
 * Measure<Long> count = Measures.count();
 * Measure<MultiCurrencyAmount> plan2023 = Measures.annualPlannedInvestment(Year.of(2023));
 * Measure<Quantity> power = Measures.capacity(Unit.MEGAWATT);
 * Breakdown<Status> b = Aggregation.over(portfolio).by(Dimensions.status())
 *     .measuring(count, plan2023, power).run();
 * b.total().get(plan2023);   // [CNY 16600000000.00]
 * }</pre>
 *
 * <p>Money is summed per currency as a {@link io.github.attract.money.MultiCurrencyAmount}, never
 * across currencies; a currency appears in a total once a project contributed a figure in it, even
 * a zero one. Measures are values (equal when made with equal arguments) and serializable.
 * Immutable and thread-safe.
 *
 * @param <V> the type of a total: {@code Long} for counts, {@code MultiCurrencyAmount} for money,
 *     {@code Quantity} for capacities
 */
public abstract class Measure<V> implements Serializable {
  private static final long serialVersionUID = 1L;

  Measure() {}

  /**
   * Returns the name, which states the measure and its arguments, e.g. {@code "count"} or {@code
   * "completed-investment(2023-03)"}.
   *
   * @return the name
   */
  public abstract String name();

  /** Whether totals are money, kept per currency. */
  abstract boolean isMoney();

  /** Returns the measure laid out over an index, or null for the project count. */
  abstract @Nullable ValueColumn column(ColumnarIndex index);

  /**
   * Returns the measure laid out over an index, built on several threads if {@code parallel} and
   * the measure knows how; the same column either way.
   */
  @Nullable ValueColumn column(ColumnarIndex index, boolean parallel) {
    return column(index);
  }

  /**
   * Returns this measure counting only the figures of some provenances: a project whose figure is
   * of another provenance adds nothing (and no currency), as if it had none. The provenance of a
   * figure is that of the entry it is read from: a project's {@link
   * io.github.attract.project.Project#totalInvestmentProvenance total investment}, the {@link
   * io.github.attract.project.AnnualPlan#provenance annual plan} of the year, the {@link
   * io.github.attract.project.ProgressReport#provenance progress report} read as of the month, the
   * {@link io.github.attract.project.ExpectedOutcomes#provenance expected outcomes}. A year-to-date
   * figure is a difference of two reports: its provenance is theirs if they agree, estimated if
   * either is estimated, derived otherwise.
   *
   * <pre>{@code
   * Measure<MultiCurrencyAmount> done = Measures.completedInvestment(YearMonth.of(2023, 6));
   * done.only(Provenance.REPORTED, Provenance.ITEMIZED).name();
   *     // "completed-investment(2023-06)[reported+itemized]"
   * }</pre>
   *
   * <p>The parts of every provenance add up to the measure's total in every group ({@link
   * Totals#byProvenance}).
   *
   * @param first a provenance
   * @param more more provenances
   * @return the measure restricted to figures of those provenances, named after this one with the
   *     provenances in brackets
   * @throws IllegalArgumentException if this measure's figures carry no provenance: the count,
   *     contract value, capacities, measures of one's own and measures already restricted
   */
  public final Measure<V> only(Provenance first, Provenance... more) {
    Objects.requireNonNull(first, "first");
    int mask = 1 << first.ordinal();
    for (Provenance p : more) {
      mask |= 1 << Objects.requireNonNull(p, "more").ordinal();
    }
    if (!hasProvenance()) {
      throw new IllegalArgumentException(
          "Measure '"
              + name()
              + "' has no provenance per figure, so it cannot be restricted to "
              + EnumSet.of(first, more));
    }
    return new Measures.Only<>(this, mask);
  }

  /**
   * Returns this measure counting reported figures only: {@code only(Provenance.REPORTED)}.
   *
   * @return the measure restricted to reported figures
   * @throws IllegalArgumentException if this measure's figures carry no provenance (see {@link
   *     #only})
   */
  public final Measure<V> reportedOnly() {
    return only(Provenance.REPORTED);
  }

  /** Whether each figure of this measure carries a provenance, so that {@link #only} applies. */
  boolean hasProvenance() {
    return false;
  }

  /**
   * Returns the provenance of each row's figure as one byte per row ({@link
   * Histories#NO_PROVENANCE} without a figure); only for measures that {@link #hasProvenance}.
   */
  byte[] provenances(ColumnarIndex index) {
    throw new UnsupportedOperationException(name());
  }

  /** Returns the total of one cell of a kernel run. */
  abstract V finish(
      ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell);

  /** Returns the total of no project, the identity of {@link #plus}. */
  abstract V zero();

  /** Adds two totals, exactly. */
  abstract V plus(V a, V b);

  /** Returns the currencies of a money total; empty for other measures. */
  abstract ImmutableSet<Currency> currencies(V total);

  /**
   * Returns the size of a total as a number, for shares and rankings: the count, the quantity's
   * value, or the amount in the currency given (money in any other currency is ignored, which is
   * why callers first check {@link #currencies}).
   */
  abstract BigDecimal magnitude(V total, @Nullable Currency currency);

  /** Returns the total as a table cell. */
  abstract String format(V total);

  /** Casts a total of this measure, for generic code. */
  @SuppressWarnings("unchecked")
  final V cast(Object total) {
    return (V) total;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }
}
