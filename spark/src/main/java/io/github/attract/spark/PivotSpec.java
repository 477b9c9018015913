package io.github.attract.spark;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Pivot;
import io.github.attract.portfolio.Portfolio;
import java.util.Arrays;

/**
 * A serializable description of a {@link Pivot}: a {@link Query}, the dimensions of the rows and of
 * the columns, and the measures. {@link #over(Portfolio)} gives what {@code
 * Aggregation.over(portfolio).by(rows, columns).measuring(..).run()} gives, and {@link
 * Attract#pivot} the same on a {@code Dataset<Project>}.
 *
 * <pre>{@code
 * PivotSpec<IndustryId, Status> q = Query.all()
 *     .by(QueryDimension.industry(1), QueryDimension.statusOn(LocalDate.of(2023, 4, 24)));
 * Pivot<IndustryId, Status> local = q.over(portfolio);
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param <R> the type of the row keys
 * @param <C> the type of the column keys
 */
public final class PivotSpec<R extends Comparable<?>, C extends Comparable<?>>
    extends AggregationSpec<Pivot<R, C>> {
  private static final long serialVersionUID = 1L;

  private final Query query;
  private final QueryDimension<R> rows;
  private final QueryDimension<C> columns;
  private final ImmutableList<QueryMeasure<?>> measures;

  PivotSpec(
      Query query,
      QueryDimension<R> rows,
      QueryDimension<C> columns,
      ImmutableList<QueryMeasure<?>> measures) {
    this.query = query;
    this.rows = rows;
    this.columns = columns;
    this.measures = measures;
  }

  /**
   * Chooses the measures.
   *
   * @param measures the measures, distinct
   * @return the description with these measures
   * @throws IllegalArgumentException if a measure is repeated
   */
  public PivotSpec<R, C> measuring(QueryMeasure<?>... measures) {
    return new PivotSpec<>(query, rows, columns, distinct(Arrays.asList(measures)));
  }

  @Override
  public Pivot<R, C> over(Portfolio portfolio) {
    return query
        .over(portfolio)
        .by(rows.dimension(), columns.dimension())
        .measuring(measuresOf(measures))
        .run();
  }

  @Override
  public ImmutableList<Measure<?>> measures() {
    return ImmutableList.copyOf(measuresOf(measures));
  }

  @Override
  Pivot<R, C> combine(Pivot<R, C> a, Pivot<R, C> b) {
    return a.combinedWith(b);
  }

  @Override
  @SuppressWarnings("unchecked")
  Class<Pivot<R, C>> resultClass() {
    return (Class<Pivot<R, C>>) (Class<?>) Pivot.class;
  }

  /**
   * Returns the dimensions and the measures, e.g. {@code "pivot by industry(level 1) x status of
   * [count, total-investment]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "pivot by " + rows + " x " + columns + " of " + measures;
  }
}
