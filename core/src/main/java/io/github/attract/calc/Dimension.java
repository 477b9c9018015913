package io.github.attract.calc;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.KeyColumn;

/**
 * What a breakdown groups projects by: industry, status, location, size band... Each project has a
 * typed key, several keys (a multi-valued dimension such as focus areas), or none, and then lands
 * in the explicit {@link Group#unclassified() unclassified} group: no project is ever dropped.
 *
 * <p>Get built-in dimensions from {@link Dimensions}; they aggregate over the portfolio's columnar
 * index. Define your own with {@link Dimensions#of} or {@link Dimensions#ofAll}; those scan the
 * project objects once per aggregation.
 *
 * <pre>{@code
 * Dimension<IndustryId> industry = Dimensions.industry(1);         // rolled up to level 1
 * Dimension<FocusAreaId> focus = Dimensions.focusArea();           // multi-valued
 * Dimension<String> initial = Dimensions.of("initial",
 *     p -> Optional.of(p.name().substring(0, 1)));                 // user-defined
 * }</pre>
 *
 * <p><b>Multi-valued dimensions.</b> A project counts in every key it has, so the rows of such a
 * breakdown are not additive; the grand total still counts each project once ({@link
 * Breakdown#isAdditive()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the type of the keys: comparable, so that rows have a deterministic order, and
 *     serializable (every built-in key is) if results are to be serialized
 */
public abstract class Dimension<K extends Comparable<?>> {
  Dimension() {}

  /**
   * Returns the name, which says what the dimension groups by and with which parameters, e.g.
   * {@code "industry(level 1)"} or {@code "status-on(2023-04-24)"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Tells whether a project may have several keys.
   *
   * @return true for a multi-valued dimension
   */
  public abstract boolean isMultiValued();

  /** Returns the dimension laid out over an index as int codes. */
  abstract KeyColumn<K> column(ColumnarIndex index);

  /**
   * Returns the dimension laid out over an index, built on several threads if {@code parallel} and
   * the dimension knows how; the same column either way.
   */
  KeyColumn<K> column(ColumnarIndex index, boolean parallel) {
    return column(index);
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
