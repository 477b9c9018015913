package io.github.attract.calc;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Breakdown}: a group and its totals.
 *
 * <pre>{@code
 * for (Row<Status> row : breakdown.rows()) {
 *   System.out.println(row.group() + ": " + row.count() + " projects, "
 *       + row.get(Measures.totalInvestment()));
 * }
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param <K> the type of the keys
 */
public final class Row<K extends Comparable<?>> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Group<K> group;
  private final Totals totals;

  private Row(Group<K> group, Totals totals) {
    this.group = group;
    this.totals = totals;
  }

  /**
   * Returns a row.
   *
   * @param group the group
   * @param totals its totals
   * @param <K> the type of the keys
   * @return the row
   */
  public static <K extends Comparable<?>> Row<K> of(Group<K> group, Totals totals) {
    return new Row<>(
        Objects.requireNonNull(group, "group"), Objects.requireNonNull(totals, "totals"));
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  public Group<K> group() {
    return group;
  }

  /**
   * Returns the totals.
   *
   * @return the totals
   */
  public Totals totals() {
    return totals;
  }

  /**
   * Returns the number of projects in the group.
   *
   * @return the count
   */
  public long count() {
    return totals.count();
  }

  /**
   * Returns the total of a measure.
   *
   * @param measure a measure of the breakdown
   * @param <V> the type of the total
   * @return the total
   * @throws IllegalArgumentException if the measure was not measured
   */
  public <V> V get(Measure<V> measure) {
    return totals.get(measure);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Row<?> that && that.group.equals(group) && that.totals.equals(totals);
  }

  @Override
  public int hashCode() {
    return group.hashCode() * 31 + totals.hashCode();
  }

  /**
   * Returns the group and its totals, e.g. {@code "coal {count=2, total-investment=[CNY 3.00]}"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return group + " " + totals;
  }
}
