package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.portfolio.Labels;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Projects grouped by two dimensions: a cell of {@link Totals} per pair of keys, with row totals,
 * column totals and a grand total.
 *
 * <pre>{@code
 * Pivot<IndustryId, Status> grid = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
 *     .run();
 * grid.cell(IndustryId.of("coal"), Status.UNDER_CONSTRUCTION).count();   // 7
 * grid.rowTotal(IndustryId.of("coal")).get(Measures.totalInvestment());
 * System.out.println(grid);                                              // one grid per measure
 * }</pre>
 *
 * <p>Row totals count each project of the row once, also when the column dimension is multi-valued
 * (then the cells of a row add up to more than the row total), and likewise for columns; the grand
 * total counts each project once. A pivot is a commutative monoid under {@link #combinedWith} with
 * the empty pivot of its query as identity; a pivot converted for presentation ({@link
 * #convertedTo}) no longer merges. Immutable, thread-safe and serializable (when its keys are).
 *
 * @param <R> the type of the row keys
 * @param <C> the type of the column keys
 */
public final class Pivot<R extends Comparable<?>, C extends Comparable<?>> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String rowDimension;
  private final String columnDimension;
  private final boolean rowsAdditive;
  private final boolean columnsAdditive;
  private final ImmutableList<Measure<?>> measures;
  private final ImmutableSortedMap<Group<R>, ImmutableSortedMap<Group<C>, Totals>> cells;
  private final ImmutableSortedMap<Group<R>, Totals> rowTotals;
  private final ImmutableSortedMap<Group<C>, Totals> columnTotals;
  private final Totals total;
  private final @Nullable String cut;

  private Pivot(Builder<R, C> b, Totals total) {
    this.rowDimension = b.rowDimension;
    this.columnDimension = b.columnDimension;
    this.rowsAdditive = b.rowsAdditive;
    this.columnsAdditive = b.columnsAdditive;
    this.measures = b.measures;
    ImmutableSortedMap.Builder<Group<R>, ImmutableSortedMap<Group<C>, Totals>> c =
        ImmutableSortedMap.naturalOrder();
    b.cells.forEach((r, row) -> c.put(r, ImmutableSortedMap.copyOfSorted(row)));
    this.cells = c.build();
    this.rowTotals = ImmutableSortedMap.copyOfSorted(b.rowTotals);
    this.columnTotals = ImmutableSortedMap.copyOfSorted(b.columnTotals);
    this.total = total;
    this.cut = b.cut;
  }

  /** Collects the parts of a pivot. */
  static final class Builder<R extends Comparable<?>, C extends Comparable<?>> {
    final String rowDimension;
    final String columnDimension;
    final boolean rowsAdditive;
    final boolean columnsAdditive;
    final ImmutableList<Measure<?>> measures;
    final TreeMap<Group<R>, TreeMap<Group<C>, Totals>> cells = new TreeMap<>();
    final TreeMap<Group<R>, Totals> rowTotals = new TreeMap<>();
    final TreeMap<Group<C>, Totals> columnTotals = new TreeMap<>();
    @Nullable String cut;

    Builder(
        String rowDimension,
        String columnDimension,
        boolean rowsAdditive,
        boolean columnsAdditive,
        ImmutableList<Measure<?>> measures) {
      this.rowDimension = rowDimension;
      this.columnDimension = columnDimension;
      this.rowsAdditive = rowsAdditive;
      this.columnsAdditive = columnsAdditive;
      this.measures = measures;
    }

    void cell(Group<R> row, Group<C> column, Totals totals) {
      cells.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, totals, Totals::combinedWith);
    }

    void rowTotal(Group<R> row, Totals totals) {
      rowTotals.merge(row, totals, Totals::combinedWith);
    }

    void columnTotal(Group<C> column, Totals totals) {
      columnTotals.merge(column, totals, Totals::combinedWith);
    }

    Pivot<R, C> build(Totals total) {
      return new Pivot<>(this, total);
    }
  }

  /**
   * Returns the name of the row dimension.
   *
   * @return the name
   */
  public String rowDimension() {
    return rowDimension;
  }

  /**
   * Returns the name of the column dimension.
   *
   * @return the name
   */
  public String columnDimension() {
    return columnDimension;
  }

  /**
   * Tells whether the row dimension is single-valued, so that the row totals add up to the grand
   * total and the cells of a column add up to its column total.
   *
   * @return true if the rows partition the projects
   */
  public boolean areRowsAdditive() {
    return rowsAdditive;
  }

  /**
   * Tells whether the column dimension is single-valued, so that the column totals add up to the
   * grand total and the cells of a row add up to its row total.
   *
   * @return true if the columns partition the projects
   */
  public boolean areColumnsAdditive() {
    return columnsAdditive;
  }

  /**
   * Returns the measures.
   *
   * @return the measures
   */
  public ImmutableList<Measure<?>> measures() {
    return measures;
  }

  /**
   * Returns the row groups that have projects, in order.
   *
   * @return the row groups
   */
  public ImmutableList<Group<R>> rowGroups() {
    return rowTotals.keySet().asList();
  }

  /**
   * Returns the column groups that have projects, in order.
   *
   * @return the column groups
   */
  public ImmutableList<Group<C>> columnGroups() {
    return columnTotals.keySet().asList();
  }

  /**
   * Returns the totals of a cell.
   *
   * @param row the row group
   * @param column the column group
   * @return the totals; empty if no project is in the cell
   */
  public Totals cell(Group<R> row, Group<C> column) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    ImmutableSortedMap<Group<C>, Totals> r = cells.get(row);
    Totals t = r == null ? null : r.get(column);
    return t == null ? Totals.empty(measures) : t;
  }

  /**
   * Returns the totals of a cell of two keys.
   *
   * @param row the row key
   * @param column the column key
   * @return the totals; empty if no project is in the cell
   */
  public Totals cell(R row, C column) {
    return cell(Group.of(row), Group.of(column));
  }

  /**
   * Returns the totals of a row: each of its projects once.
   *
   * @param row the row group
   * @return the totals; empty if no project is in the row
   */
  public Totals rowTotal(Group<R> row) {
    Totals t = rowTotals.get(Objects.requireNonNull(row, "row"));
    return t == null ? Totals.empty(measures) : t;
  }

  /**
   * Returns the totals of the row of a key.
   *
   * @param row the row key
   * @return the totals; empty if no project is in the row
   */
  public Totals rowTotal(R row) {
    return rowTotal(Group.of(row));
  }

  /**
   * Returns the totals of a column: each of its projects once.
   *
   * @param column the column group
   * @return the totals; empty if no project is in the column
   */
  public Totals columnTotal(Group<C> column) {
    Totals t = columnTotals.get(Objects.requireNonNull(column, "column"));
    return t == null ? Totals.empty(measures) : t;
  }

  /**
   * Returns the totals of the column of a key.
   *
   * @param column the column key
   * @return the totals; empty if no project is in the column
   */
  public Totals columnTotal(C column) {
    return columnTotal(Group.of(column));
  }

  /**
   * Returns the grand total: each project once.
   *
   * @return the total
   */
  public Totals total() {
    return total;
  }

  /**
   * Merges the pivot of other projects into this one: cells, row and column totals and the grand
   * total add up. Exact, associative and commutative, with the empty pivot of the same query as
   * identity.
   *
   * @param other a pivot of the same dimensions and measures
   * @return the merged pivot
   * @throws IllegalArgumentException if the dimensions or measures differ
   */
  public Pivot<R, C> combinedWith(Pivot<R, C> other) {
    Objects.requireNonNull(other, "other");
    if (!other.rowDimension.equals(rowDimension)
        || !other.columnDimension.equals(columnDimension)
        || other.rowsAdditive != rowsAdditive
        || other.columnsAdditive != columnsAdditive
        || !other.measures.equals(measures)) {
      throw new IllegalArgumentException(
          "Pivots must have the same dimensions and measures to combine, but '"
              + rowDimension
              + " x "
              + columnDimension
              + "' of "
              + measures
              + " differs from '"
              + other.rowDimension
              + " x "
              + other.columnDimension
              + "' of "
              + other.measures);
    }
    if (cut != null || other.cut != null) {
      throw new IllegalStateException(
          "Pivot of '"
              + rowDimension
              + " x "
              + columnDimension
              + "' was "
              + (cut != null ? cut : other.cut)
              + " and no longer merges; merge first, then convert");
    }
    Builder<R, C> b =
        new Builder<>(rowDimension, columnDimension, rowsAdditive, columnsAdditive, measures);
    for (Pivot<R, C> p : List.of(this, other)) {
      p.cells.forEach((r, row) -> row.forEach((c, t) -> b.cell(r, c, t)));
      p.rowTotals.forEach(b::rowTotal);
      p.columnTotals.forEach(b::columnTotal);
    }
    return b.build(total.combinedWith(other.total));
  }

  /**
   * Tells whether this pivot can still be merged: it was not converted ({@link #convertedTo}).
   *
   * @return true if {@link #combinedWith} accepts it
   */
  public boolean isMergeable() {
    return cut == null;
  }

  /**
   * Converts the money of every cell and total into one currency with a dated exchange-rate table,
   * for presentation: each amount is converted and rounded once, so the cells may differ from the
   * totals by the rounding of each conversion.
   *
   * @param target the currency to convert to
   * @param rates the exchange rates
   * @param on the date whose rates apply
   * @param rounding how to round each converted amount
   * @return the converted pivot, which no longer merges
   * @throws io.github.attract.money.ExchangeRateNotFoundException if a rate is missing
   */
  public Pivot<R, C> convertedTo(
      Currency target, ExchangeRateTable rates, LocalDate on, RoundingMode rounding) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(rounding, "rounding");
    Builder<R, C> b =
        new Builder<>(rowDimension, columnDimension, rowsAdditive, columnsAdditive, measures);
    cells.forEach(
        (r, row) ->
            row.forEach((c, t) -> b.cell(r, c, Breakdown.convert(t, target, rates, on, rounding))));
    rowTotals.forEach((r, t) -> b.rowTotal(r, Breakdown.convert(t, target, rates, on, rounding)));
    columnTotals.forEach(
        (c, t) -> b.columnTotal(c, Breakdown.convert(t, target, rates, on, rounding)));
    b.cut = "converted to " + target.getCurrencyCode() + " at the rates of " + on;
    return b.build(Breakdown.convert(total, target, rates, on, rounding));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Pivot<?, ?> that
        && that.rowDimension.equals(rowDimension)
        && that.columnDimension.equals(columnDimension)
        && that.rowsAdditive == rowsAdditive
        && that.columnsAdditive == columnsAdditive
        && that.measures.equals(measures)
        && that.cells.equals(cells)
        && that.rowTotals.equals(rowTotals)
        && that.columnTotals.equals(columnTotals)
        && that.total.equals(total)
        && Objects.equals(that.cut, cut);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowDimension, columnDimension, measures, cells, total);
  }

  /**
   * Returns one grid per measure (the project count first): rows by the first dimension, columns by
   * the second, a total column and a total row. Keys show as they are; {@link #toTable(Labels)}
   * shows names.
   *
   * @return the grids
   */
  @Override
  public String toString() {
    return grids(Group::toString, Group::toString, "projects", "total");
  }

  /**
   * Returns the grids of {@link #toString()} with readable names: each key's label, and the words
   * of the labels' language for the unclassified and others groups, the project count and the
   * totals.
   *
   * @param labels the names of the keys
   * @return the grids
   */
  public String toTable(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    return grids(
        g -> Table.label(g, labels),
        g -> Table.label(g, labels),
        Table.projects(labels),
        labels.total());
  }

  private String grids(
      Function<Group<R>, String> rowLabel,
      Function<Group<C>, String> columnLabel,
      String projects,
      String totalLabel) {
    StringBuilder s =
        new StringBuilder("Pivot of ").append(rowDimension).append(" x ").append(columnDimension);
    s.append("\n\n").append(projects).append('\n');
    s.append(grid(-1, rowLabel, columnLabel, totalLabel));
    for (int m = 0; m < measures.size(); m++) {
      if (!measures.get(m).equals(Measures.count())) {
        s.append("\n\n")
            .append(measures.get(m).name())
            .append('\n')
            .append(grid(m, rowLabel, columnLabel, totalLabel));
      }
    }
    return s.toString();
  }

  private String grid(
      int measure,
      Function<Group<R>, String> rowLabel,
      Function<Group<C>, String> columnLabel,
      String totalLabel) {
    Table t = new Table();
    List<String> header = new ArrayList<>();
    header.add(rowDimension + " \\ " + columnDimension);
    for (Group<C> c : columnGroups()) {
      header.add(columnLabel.apply(c));
    }
    header.add(totalLabel);
    t.row(header);
    for (Map.Entry<Group<R>, Totals> r : rowTotals.entrySet()) {
      List<String> line = new ArrayList<>();
      line.add(rowLabel.apply(r.getKey()));
      for (Group<C> c : columnGroups()) {
        line.add(format(cell(r.getKey(), c), measure));
      }
      line.add(format(r.getValue(), measure));
      t.row(line);
    }
    List<String> last = new ArrayList<>();
    last.add(totalLabel);
    for (Totals c : columnTotals.values()) {
      last.add(format(c, measure));
    }
    last.add(format(total, measure));
    t.row(last);
    return t.toString();
  }

  private static String format(Totals t, int measure) {
    return measure < 0 ? Long.toString(t.count()) : t.format(measure);
  }
}
