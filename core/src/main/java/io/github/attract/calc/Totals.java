package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.attract.project.Provenance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The totals of one group of projects: how many projects, and the total of each measure.
 *
 * <pre>{@code
 * Totals t = breakdown.total();
 * t.count();                               // 201
 * t.get(Measures.annualPlannedInvestment(Year.of(2023)));   // [CNY 16600000000.00]
 * }</pre>
 *
 * <p>Totals are a commutative monoid under {@link #combinedWith}, with {@link #empty} as identity;
 * sums are exact. Immutable, thread-safe and serializable.
 */
public final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long count;
  private final ImmutableList<Measure<?>> measures;
  private final ImmutableList<Object> values;

  private Totals(long count, ImmutableList<Measure<?>> measures, ImmutableList<Object> values) {
    this.count = count;
    this.measures = measures;
    this.values = values;
  }

  /**
   * Returns the totals of no project.
   *
   * @param measures the measures
   * @return zero projects and the zero of every measure
   */
  public static Totals empty(List<? extends Measure<?>> measures) {
    ImmutableList<Measure<?>> list = ImmutableList.copyOf(measures);
    ImmutableList.Builder<Object> zeros = ImmutableList.builderWithExpectedSize(list.size());
    for (Measure<?> m : list) {
      zeros.add(m.zero());
    }
    return new Totals(0, list, zeros.build());
  }

  static Totals of(long count, ImmutableList<Measure<?>> measures, List<Object> values) {
    return new Totals(count, measures, ImmutableList.copyOf(values));
  }

  /**
   * Returns the number of projects.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the measures, in the order asked for.
   *
   * @return the measures
   */
  public ImmutableList<Measure<?>> measures() {
    return measures;
  }

  /**
   * Returns the total of a measure.
   *
   * @param measure one of {@link #measures()}
   * @param <V> the type of the total
   * @return the total
   * @throws IllegalArgumentException if the measure was not measured
   */
  public <V> V get(Measure<V> measure) {
    Objects.requireNonNull(measure, "measure");
    int i = measures.indexOf(measure);
    if (i < 0) {
      throw new IllegalArgumentException(
          "Measure '" + measure + "' was not measured; the measures are " + measures);
    }
    return measure.cast(values.get(i));
  }

  /**
   * Returns how much of a measure's total is of each provenance: the total of the measure {@link
   * Measure#only only} of that provenance, for every provenance. The parts add up to {@link #get
   * get(measure)}.
   *
   * @param measure a measure whose {@link Measures#provenanceParts parts} were measured too
   * @param <V> the type of the total
   * @return the part of each provenance, in the order of {@link Provenance#values()}
   * @throws IllegalArgumentException if a part was not measured, or the measure's figures carry no
   *     provenance
   */
  public <V> ImmutableMap<Provenance, V> byProvenance(Measure<V> measure) {
    Objects.requireNonNull(measure, "measure");
    ImmutableMap.Builder<Provenance, V> parts = ImmutableMap.builder();
    for (Provenance p : Provenance.values()) {
      parts.put(p, get(measure.only(p)));
    }
    return parts.build();
  }

  /**
   * Adds the totals of another group of projects: counts and every measure, exactly. The operation
   * is associative and commutative, and {@link #empty} of the same measures is its identity.
   *
   * @param other totals of the same measures
   * @return the combined totals
   * @throws IllegalArgumentException if the measures differ
   */
  public Totals combinedWith(Totals other) {
    Objects.requireNonNull(other, "other");
    if (!other.measures.equals(measures)) {
      throw new IllegalArgumentException(
          "Totals must have the same measures to combine, but "
              + measures
              + " differ from "
              + other.measures);
    }
    List<Object> sums = new ArrayList<>(values.size());
    for (int i = 0; i < measures.size(); i++) {
      sums.add(plus(measures.get(i), values.get(i), other.values.get(i)));
    }
    return new Totals(Math.addExact(count, other.count), measures, ImmutableList.copyOf(sums));
  }

  private static <V> V plus(Measure<V> m, Object a, Object b) {
    return m.plus(m.cast(a), m.cast(b));
  }

  /** Returns a measure's total as a table cell. */
  String format(int measure) {
    return format(measures.get(measure), values.get(measure));
  }

  private static <V> String format(Measure<V> m, Object value) {
    return m.format(m.cast(value));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Totals that
        && that.count == count
        && that.measures.equals(measures)
        && that.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, measures, values);
  }

  /**
   * Returns the count and each other total, e.g. {@code "{count=2, total-investment=[CNY
   * 300.00]}"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{count=").append(count);
    for (int i = 0; i < measures.size(); i++) {
      if (!measures.get(i).equals(Measures.count())) {
        s.append(", ").append(measures.get(i)).append('=').append(values.get(i));
      }
    }
    return s.append('}').toString();
  }
}
