package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.promotion.Scope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the aggregation API: which projects of a portfolio to aggregate, grouped by
 * one dimension ({@link #by(Dimension)}, a {@link Breakdown}) or two ({@link #by(Dimension,
 * Dimension)}, a {@link Pivot}), or not at all ({@link #total}).
 *
 * <pre>{@code
 * Breakdown<IndustryId> byIndustry = Aggregation.over(portfolio)
 *     .within(Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023))), asOf)
 *     .by(Dimensions.industry(1))
 *     .measuring(Measures.count(), Measures.annualPlannedInvestment(Year.of(2023)))
 *     .run();
 * Totals all = Aggregation.over(portfolio).total(Measures.count(), Measures.totalInvestment());
 * }</pre>
 *
 * <p><b>Speed.</b> A portfolio keeps a columnar index, built once on first use: built-in dimensions
 * as int codes, money as {@code long} minor units, status histories, annual plans and progress
 * reports as primitive arrays, so a question as of a new day, month or year is one pass over them.
 * Built-in dimensions and measures aggregate over it in tight loops that allocate nothing per
 * project; {@link #parallel()} splits the rows over the common fork/join pool and merges the
 * partial sums exactly, so the result is the same. User-defined dimensions and {@link
 * #where(Predicate)} read the project objects once per run.
 *
 * <p>Pure: the result depends only on the portfolio and the arguments; nothing reads the clock.
 * Immutable and thread-safe; each method returns a new aggregation.
 */
public final class Aggregation {
  private final Portfolio portfolio;
  private final ImmutableList<Filter> filters;
  private final boolean parallel;

  private Aggregation(Portfolio portfolio, ImmutableList<Filter> filters, boolean parallel) {
    this.portfolio = portfolio;
    this.filters = filters;
    this.parallel = parallel;
  }

  /**
   * Starts an aggregation of every project of a portfolio.
   *
   * @param portfolio the portfolio
   * @return the aggregation
   */
  public static Aggregation over(Portfolio portfolio) {
    return new Aggregation(
        Objects.requireNonNull(portfolio, "portfolio"), ImmutableList.of(), false);
  }

  /**
   * Keeps the projects in a scope on a day ({@link Portfolio#isInScope}).
   *
   * @param scope the scope
   * @param asOf the day on which a status condition of the scope is evaluated
   * @return the narrowed aggregation
   */
  public Aggregation within(Scope scope, LocalDate asOf) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    return where(p -> portfolio.isInScope(p, scope, asOf));
  }

  /**
   * Keeps the projects that pass a test; several conditions must all hold. The test reads the
   * project objects, once per run.
   *
   * @param test the test
   * @return the narrowed aggregation
   */
  public Aggregation where(Predicate<? super Project> test) {
    Objects.requireNonNull(test, "test");
    return with(new Filter(null, test));
  }

  /**
   * Keeps the projects with a key that passes a test, e.g. {@code where(Dimensions.statusOn(d), s
   * -> s.isAtOrBeyond(Status.UNDER_CONSTRUCTION))}. A project of a multi-valued dimension passes if
   * any of its keys does; a project without a key never does. The test runs once per key, over the
   * columnar index.
   *
   * @param dimension the dimension
   * @param test the test of a key
   * @param <K> the type of the keys
   * @return the narrowed aggregation
   */
  public <K extends Comparable<?>> Aggregation where(
      Dimension<K> dimension, Predicate<? super K> test) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(test, "test");
    return with(new Filter(new KeyFilter<>(dimension, test), null));
  }

  /**
   * Runs on several threads: the rows are split over the common fork/join pool and the partial sums
   * merged exactly, so the result equals the sequential one.
   *
   * @return the parallel aggregation
   */
  public Aggregation parallel() {
    return new Aggregation(portfolio, filters, true);
  }

  /**
   * Runs on the calling thread (the default).
   *
   * @return the sequential aggregation
   */
  public Aggregation sequential() {
    return new Aggregation(portfolio, filters, false);
  }

  /**
   * Groups by one dimension.
   *
   * @param dimension the dimension
   * @param <K> the type of its keys
   * @return the query; choose measures with {@link BreakdownQuery#measuring}
   */
  public <K extends Comparable<?>> BreakdownQuery<K> by(Dimension<K> dimension) {
    return new BreakdownQuery<>(this, Objects.requireNonNull(dimension, "dimension"), DEFAULT);
  }

  /**
   * Groups by two dimensions, rows by the first and columns by the second.
   *
   * @param rows the dimension of the rows
   * @param columns the dimension of the columns
   * @param <R> the type of the row keys
   * @param <C> the type of the column keys
   * @return the query; choose measures with {@link PivotQuery#measuring}
   */
  public <R extends Comparable<?>, C extends Comparable<?>> PivotQuery<R, C> by(
      Dimension<R> rows, Dimension<C> columns) {
    return new PivotQuery<>(
        this,
        Objects.requireNonNull(rows, "rows"),
        Objects.requireNonNull(columns, "columns"),
        DEFAULT);
  }

  /**
   * Returns the totals of the projects, not grouped.
   *
   * @param measures the measures; none gives just the count
   * @return the totals
   */
  public Totals total(Measure<?>... measures) {
    Execution run = new Execution(this, ImmutableList.copyOf(measures));
    return run.totals(run.execute(run.plan(null, null, run.selection())), 0);
  }

  /** The measures of a query that does not choose: the count and the total investment. */
  static final ImmutableList<Measure<?>> DEFAULT =
      ImmutableList.of(Measures.count(), Measures.totalInvestment());

  Portfolio portfolio() {
    return portfolio;
  }

  boolean isParallel() {
    return parallel;
  }

  private Aggregation with(Filter filter) {
    return new Aggregation(
        portfolio, ImmutableList.<Filter>builder().addAll(filters).add(filter).build(), parallel);
  }

  /** Returns which rows pass every filter, or null if there is no filter. */
  boolean @Nullable [] mask(ColumnarIndex index) {
    if (filters.isEmpty()) {
      return null;
    }
    boolean[] mask = new boolean[index.size];
    Arrays.fill(mask, true);
    for (Filter f : filters) {
      f.apply(index, mask);
    }
    return mask;
  }

  /** Returns the rows that pass every filter, ascending, or null if there is no filter. */
  int @Nullable [] selection(ColumnarIndex index) {
    boolean[] mask = mask(index);
    if (mask == null) {
      return null;
    }
    int n = 0;
    for (boolean b : mask) {
      n += b ? 1 : 0;
    }
    int[] rows = new int[n];
    int i = 0;
    for (int r = 0; r < mask.length; r++) {
      if (mask[r]) {
        rows[i++] = r;
      }
    }
    return rows;
  }

  /** One condition: a test of the objects or of the keys of a dimension. */
  private static final class Filter {
    private final @Nullable KeyFilter<?> keys;
    private final @Nullable Predicate<? super Project> objects;

    Filter(@Nullable KeyFilter<?> keys, @Nullable Predicate<? super Project> objects) {
      this.keys = keys;
      this.objects = objects;
    }

    void apply(ColumnarIndex index, boolean[] mask) {
      Predicate<? super Project> test = objects;
      if (test != null) {
        for (int r = 0; r < mask.length; r++) {
          mask[r] = mask[r] && test.test(index.projects.get(r));
        }
      }
      KeyFilter<?> k = keys;
      if (k != null) {
        k.apply(index, mask);
      }
    }
  }

  /** A test of the keys of a dimension, evaluated once per key and then per row over the codes. */
  private static final class KeyFilter<K extends Comparable<?>> {
    private final Dimension<K> dimension;
    private final Predicate<? super K> test;

    KeyFilter(Dimension<K> dimension, Predicate<? super K> test) {
      this.dimension = dimension;
      this.test = test;
    }

    void apply(ColumnarIndex index, boolean[] mask) {
      KeyColumn<K> col = dimension.column(index);
      boolean[] pass = new boolean[col.cardinality];
      for (int c = 0; c < col.keys.size(); c++) {
        pass[c] = test.test(col.keys.get(c));
      }
      for (int r = 0; r < mask.length; r++) {
        if (!mask[r]) {
          continue;
        }
        boolean any = false;
        int start = col.start(r);
        for (int e = start; e < start + col.count(r); e++) {
          any |= pass[col.codes[e]];
        }
        mask[r] = any;
      }
    }
  }
}
