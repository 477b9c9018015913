package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Labels;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Projects grouped by one {@link Dimension}: a row of {@link Totals} per key (in the keys' order,
 * the unclassified group last) and a grand total.
 *
 * <pre>{@code
 * Breakdown<IndustryId> byIndustry = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1))
 *     .measuring(Measures.count(), Measures.totalInvestment())
 *     .run();
 * byIndustry.totals(IndustryId.of("coal")).count();          // 12
 * byIndustry.shares(Measures.totalInvestment());              // exact, sums to 100.00 %
 * byIndustry.top(3, Measures.totalInvestment());              // 3 rows, "(others)", unclassified
 * System.out.println(byIndustry);                             // a readable table
 * }</pre>
 *
 * <p><b>Additivity.</b> For a single-valued dimension the rows partition the projects: their totals
 * add up to the grand total. For a multi-valued one ({@link #isAdditive()} false) a project counts
 * in every key it has, so the rows add up to more; the grand total still counts each project once.
 *
 * <p><b>Merging.</b> A breakdown is a commutative monoid under {@link #combinedWith}, with the
 * empty breakdown of its query ({@link BreakdownQuery#empty()}) as identity: the breakdown of a
 * concatenation of projects equals the combination of the breakdowns of the parts, so it can be
 * computed on a parallel stream or as the combine function of a distributed engine. Breakdowns cut
 * for presentation ({@link #top}, {@link #filter}, {@link #convertedTo}) no longer merge.
 *
 * <p>Immutable, thread-safe and serializable (when its keys are).
 *
 * @param <K> the type of the keys
 */
public final class Breakdown<K extends Comparable<?>> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String dimension;
  private final boolean additive;
  private final ImmutableList<Measure<?>> measures;
  private final ImmutableList<Row<K>> rows;
  private final Totals total;
  private final @Nullable String cut;

  private Breakdown(
      String dimension,
      boolean additive,
      ImmutableList<Measure<?>> measures,
      ImmutableList<Row<K>> rows,
      Totals total,
      @Nullable String cut) {
    this.dimension = dimension;
    this.additive = additive;
    this.measures = measures;
    this.rows = rows;
    this.total = total;
    this.cut = cut;
  }

  static <K extends Comparable<?>> Breakdown<K> of(
      String dimension,
      boolean additive,
      ImmutableList<Measure<?>> measures,
      List<Row<K>> rows,
      Totals total) {
    List<Row<K>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Row::group));
    return new Breakdown<>(
        dimension, additive, measures, ImmutableList.copyOf(sorted), total, null);
  }

  /**
   * Returns the name of the dimension.
   *
   * @return the dimension's name, e.g. {@code "industry(level 1)"}
   */
  public String dimension() {
    return dimension;
  }

  /**
   * Tells whether the rows partition the projects, so that they add up to the grand total; false
   * for a multi-valued dimension.
   *
   * @return true if additive
   */
  public boolean isAdditive() {
    return additive;
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
   * Returns the rows: keys in their natural order, then unclassified; after {@link #top}, the top
   * keys by rank, then others, then unclassified. Groups without projects have no row.
   *
   * @return the rows
   */
  public ImmutableList<Row<K>> rows() {
    return rows;
  }

  /**
   * Returns the keys of the rows, in row order.
   *
   * @return the keys (not the unclassified or others groups)
   */
  public ImmutableList<K> keys() {
    ImmutableList.Builder<K> keys = ImmutableList.builder();
    for (Row<K> r : rows) {
      r.group().key().ifPresent(keys::add);
    }
    return keys.build();
  }

  /**
   * Returns the grand total: every project once.
   *
   * @return the total
   */
  public Totals total() {
    return total;
  }

  /**
   * Returns the row of a group.
   *
   * @param group the group
   * @return the row, or empty if no project is in it
   */
  public Optional<Row<K>> row(Group<K> group) {
    Objects.requireNonNull(group, "group");
    for (Row<K> r : rows) {
      if (r.group().equals(group)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the totals of a group.
   *
   * @param group the group
   * @return its totals; the empty totals if no project is in it
   */
  public Totals totals(Group<K> group) {
    return row(group).map(Row::totals).orElseGet(() -> Totals.empty(measures));
  }

  /**
   * Returns the totals of a key.
   *
   * @param key the key
   * @return its totals; the empty totals if no project has it
   */
  public Totals totals(K key) {
    return totals(Group.of(key));
  }

  /**
   * Tells whether this breakdown can still be merged: it was not cut by {@link #top}, {@link
   * #filter} or {@link #convertedTo}.
   *
   * @return true if {@link #combinedWith} accepts it
   */
  public boolean isMergeable() {
    return cut == null;
  }

  /**
   * Returns the shares of the rows in a count or money measure, in percent with two decimal places.
   *
   * @param measure a measure of the breakdown
   * @return the shares, adding up to exactly 100.00
   * @throws CurrencyMismatchException if the measure's totals are in several currencies (choose one
   *     with {@link #shares(Measure, Currency, int)} or convert first)
   * @throws IllegalArgumentException if the measure was not measured
   */
  public Shares<K> shares(Measure<?> measure) {
    return shares(measure, 2);
  }

  /**
   * Returns the shares of the rows in a measure, in percent at a scale. For a multi-valued
   * dimension they are shares of the sum of the rows (of the memberships), not of the grand total.
   *
   * @param measure a measure of the breakdown
   * @param scale the number of decimal places, 0 to 10
   * @return the shares, adding up to exactly 100 at the scale, or undefined if the rows add up to
   *     zero
   * @throws CurrencyMismatchException if the measure's totals are in several currencies
   * @throws IllegalArgumentException if the measure was not measured or the scale is out of range
   */
  public Shares<K> shares(Measure<?> measure, int scale) {
    return shares(measure, singleCurrency(measure, rows), scale);
  }

  /**
   * Returns the shares of the rows in the amounts of one currency of a money measure.
   *
   * @param measure a money measure of the breakdown
   * @param currency the currency whose amounts are compared; amounts in others are left out
   * @param scale the number of decimal places, 0 to 10
   * @return the shares, adding up to exactly 100 at the scale, or undefined if they add up to zero
   * @throws IllegalArgumentException if the measure was not measured or the scale is out of range
   */
  public Shares<K> shares(Measure<?> measure, @Nullable Currency currency, int scale) {
    checkMeasured(measure);
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("Shares 'scale' must be from 0 to 10, but was " + scale);
    }
    List<Group<K>> groups = new ArrayList<>(rows.size());
    List<BigDecimal> values = new ArrayList<>(rows.size());
    for (Row<K> r : rows) {
      groups.add(r.group());
      values.add(magnitude(measure, r.totals(), currency));
    }
    return Shares.of(measure.name(), scale, groups, values);
  }

  /**
   * Returns the {@code n} keys with the largest totals of a measure (ties in key order), the rest
   * of the keys folded into one {@link Group#others() others} row, and the unclassified row kept as
   * it is. The grand total is unchanged. For a multi-valued dimension the others row adds its rows
   * up, so a project in two of them counts twice there, as in the rows themselves.
   *
   * @param n how many keys to keep, at least 0
   * @param by the measure to rank by
   * @return the cut breakdown, which no longer merges
   * @throws CurrencyMismatchException if a money measure's totals are in several currencies
   * @throws IllegalArgumentException if {@code n} is negative or the measure was not measured
   */
  public Breakdown<K> top(int n, Measure<?> by) {
    checkMeasured(by);
    return top(n, by, singleCurrency(by, rows));
  }

  /**
   * Returns the top {@code n} keys ranked by the amounts of one currency of a money measure; see
   * {@link #top(int, Measure)}.
   *
   * @param n how many keys to keep, at least 0
   * @param by the money measure to rank by
   * @param currency the currency whose amounts rank the keys
   * @return the cut breakdown
   * @throws IllegalArgumentException if {@code n} is negative or the measure was not measured
   */
  public Breakdown<K> top(int n, Measure<?> by, @Nullable Currency currency) {
    checkMeasured(by);
    if (n < 0) {
      throw new IllegalArgumentException("Top 'n' must not be negative, but was " + n);
    }
    List<Row<K>> keyed = new ArrayList<>();
    List<Row<K>> unclassified = new ArrayList<>();
    for (Row<K> r : rows) {
      if (r.group().isKey()) {
        keyed.add(r);
      } else {
        unclassified.add(r);
      }
    }
    keyed.sort(
        Comparator.<Row<K>, BigDecimal>comparing(r -> magnitude(by, r.totals(), currency))
            .reversed()
            .thenComparing(Row::group));
    List<Row<K>> out = new ArrayList<>(keyed.subList(0, Math.min(n, keyed.size())));
    if (keyed.size() > n) {
      Totals others = Totals.empty(measures);
      for (Row<K> r : keyed.subList(n, keyed.size())) {
        others = others.combinedWith(r.totals());
      }
      out.add(Row.of(Group.<K>others(), others));
    }
    out.addAll(unclassified);
    return new Breakdown<>(
        dimension, additive, measures, ImmutableList.copyOf(out), total, "top " + n + " by " + by);
  }

  /**
   * Returns the rows that pass a test, in the same order; the grand total is unchanged, so it still
   * covers every project. To aggregate fewer projects instead, filter the input ({@link
   * Aggregation#where}).
   *
   * @param keep the test, e.g. {@code row -> row.count() >= 5}
   * @return the cut breakdown, which no longer merges
   */
  public Breakdown<K> filter(Predicate<? super Row<K>> keep) {
    Objects.requireNonNull(keep, "keep");
    ImmutableList.Builder<Row<K>> out = ImmutableList.builder();
    for (Row<K> r : rows) {
      if (keep.test(r)) {
        out.add(r);
      }
    }
    return new Breakdown<>(dimension, additive, measures, out.build(), total, "filtered");
  }

  /**
   * Converts the money of every row into one currency with a dated exchange-rate table, for
   * presentation: each amount is converted and rounded once ({@link
   * MultiCurrencyAmount#convertedTo}). The grand total is converted the same way, so for an
   * additive breakdown the rows may differ from it by the rounding of each conversion.
   *
   * @param target the currency to convert to
   * @param rates the exchange rates
   * @param on the date whose rates apply
   * @param rounding how to round each converted amount
   * @return the converted breakdown, which no longer merges
   * @throws io.github.attract.money.ExchangeRateNotFoundException if a rate is missing
   */
  public Breakdown<K> convertedTo(
      Currency target, ExchangeRateTable rates, LocalDate on, RoundingMode rounding) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(rounding, "rounding");
    ImmutableList.Builder<Row<K>> out = ImmutableList.builder();
    for (Row<K> r : rows) {
      out.add(Row.of(r.group(), convert(r.totals(), target, rates, on, rounding)));
    }
    return new Breakdown<>(
        dimension,
        additive,
        measures,
        out.build(),
        convert(total, target, rates, on, rounding),
        "converted to " + target.getCurrencyCode() + " at the rates of " + on);
  }

  static Totals convert(
      Totals totals,
      Currency target,
      ExchangeRateTable rates,
      LocalDate on,
      RoundingMode rounding) {
    List<Object> values = new ArrayList<>(totals.measures().size());
    for (Measure<?> m : totals.measures()) {
      Object v = totals.get(m);
      if (v instanceof MultiCurrencyAmount amount && !amount.isEmpty()) {
        values.add(MultiCurrencyAmount.of(amount.convertedTo(target, rates, on, rounding)));
      } else {
        values.add(v);
      }
    }
    return Totals.of(totals.count(), totals.measures(), values);
  }

  /**
   * Merges the breakdown of other projects into this one: rows of the same group add up, the grand
   * totals add up. Exact, associative and commutative, with the empty breakdown of the same query
   * as identity; for all breakdowns {@code a}, {@code b}, {@code c} of one query: {@code
   * a.combinedWith(b).combinedWith(c).equals(a.combinedWith(b.combinedWith(c)))} and {@code
   * a.combinedWith(b).equals(b.combinedWith(a))}.
   *
   * @param other a breakdown of the same dimension and measures
   * @return the merged breakdown
   * @throws IllegalArgumentException if the dimensions or measures differ
   * @throws IllegalStateException if either breakdown was cut ({@link #isMergeable()})
   */
  public Breakdown<K> combinedWith(Breakdown<K> other) {
    Objects.requireNonNull(other, "other");
    if (!other.dimension.equals(dimension)
        || other.additive != additive
        || !other.measures.equals(measures)) {
      throw new IllegalArgumentException(
          "Breakdowns must have the same dimension and measures to combine, but 'by "
              + dimension
              + "' of "
              + measures
              + " differs from 'by "
              + other.dimension
              + "' of "
              + other.measures);
    }
    if (cut != null || other.cut != null) {
      throw new IllegalStateException(
          "Breakdown by '"
              + dimension
              + "' was cut ("
              + (cut != null ? cut : other.cut)
              + ") and no longer merges; merge first, then cut");
    }
    TreeMap<Group<K>, Totals> merged = new TreeMap<>();
    for (Row<K> r : rows) {
      merged.put(r.group(), r.totals());
    }
    for (Row<K> r : other.rows) {
      merged.merge(r.group(), r.totals(), Totals::combinedWith);
    }
    ImmutableList.Builder<Row<K>> out = ImmutableList.builderWithExpectedSize(merged.size());
    merged.forEach((g, t) -> out.add(Row.of(g, t)));
    return new Breakdown<>(
        dimension, additive, measures, out.build(), total.combinedWith(other.total), null);
  }

  private void checkMeasured(Measure<?> measure) {
    Objects.requireNonNull(measure, "measure");
    if (!measures.contains(measure)) {
      throw new IllegalArgumentException(
          "Measure '" + measure + "' was not measured; the measures are " + measures);
    }
  }

  /** Returns the one currency of a money measure's totals, null if none; throws if several. */
  static @Nullable Currency singleCurrency(Measure<?> measure, List<? extends Row<?>> rows) {
    if (!measure.isMoney()) {
      return null;
    }
    Currency found = null;
    for (Row<?> r : rows) {
      for (Currency c : currencies(measure, r.totals())) {
        if (found != null && !found.equals(c)) {
          throw new CurrencyMismatchException(found, c);
        }
        found = c;
      }
    }
    return found;
  }

  private static <V> Iterable<Currency> currencies(Measure<V> m, Totals totals) {
    return m.currencies(totals.get(m));
  }

  static <V> BigDecimal magnitude(Measure<V> m, Totals totals, @Nullable Currency currency) {
    return m.magnitude(totals.get(m), currency);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Breakdown<?> that
        && that.dimension.equals(dimension)
        && that.additive == additive
        && that.measures.equals(measures)
        && that.rows.equals(rows)
        && that.total.equals(total)
        && Objects.equals(that.cut, cut);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, measures, rows, total);
  }

  /**
   * Returns a table: a header naming the dimension, one line per row, the grand total last, and a
   * note when the rows are not additive. Rows show their keys as they are ({@code electric-power});
   * {@link #toTable(Labels)} shows names.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return table(Group::toString, "projects", "total", false);
  }

  /**
   * Returns the table of {@link #toString()} with readable names: each key's label ({@code 电力} for
   * {@code electric-power}), and the words of the labels' language for the unclassified and others
   * rows, the project count and the total.
   *
   * <pre>{@code
   * System.out.println(byIndustry.toTable(Labels.chinese(portfolio)));
   * }</pre>
   *
   * @param labels the names of the keys
   * @return the table
   */
  public String toTable(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    return table(
        g -> Table.label(g, labels),
        Table.projects(labels),
        labels.total(),
        labels.language() == Labels.Language.CHINESE);
  }

  private String table(
      Function<Group<K>, String> label, String projects, String totalLabel, boolean chinese) {
    StringBuilder s = new StringBuilder("Breakdown by ").append(dimension);
    if (cut != null) {
      s.append(" (").append(cut).append(')');
    }
    s.append('\n');
    Table t = new Table();
    List<String> header = new ArrayList<>();
    header.add(dimension);
    header.add(projects);
    for (Measure<?> m : measures) {
      if (!m.equals(Measures.count())) {
        header.add(m.name());
      }
    }
    t.row(header);
    for (Row<K> r : rows) {
      t.row(line(label.apply(r.group()), r.totals()));
    }
    t.row(line(totalLabel, total));
    s.append(t);
    if (!additive) {
      if (chinese) {
        s.append("\n（各行不可相加：一个项目计入其所属的每个 ").append(dimension).append("，合计只计一次）");
      } else {
        s.append("\n(rows are not additive: a project counts in every ")
            .append(dimension)
            .append(" it has; the total counts it once)");
      }
    }
    return s.toString();
  }

  private List<String> line(String label, Totals totals) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    cells.add(Long.toString(totals.count()));
    for (int i = 0; i < measures.size(); i++) {
      if (!measures.get(i).equals(Measures.count())) {
        cells.add(totals.format(i));
      }
    }
    return cells;
  }
}
