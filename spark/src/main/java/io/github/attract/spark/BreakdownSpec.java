package io.github.attract.spark;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Measure;
import io.github.attract.portfolio.Portfolio;
import java.util.Arrays;

/**
 * A serializable description of a {@link Breakdown}: a {@link Query}, one dimension and the
 * measures. {@link #over(Portfolio)} gives what {@code
 * Aggregation.over(portfolio).by(..).measuring(..).run()} gives, and {@link Attract#breakdown} the
 * same on a {@code Dataset<Project>}.
 *
 * <pre>{@code
 * BreakdownSpec<IndustryId> q = Query.all()
 *     .by(QueryDimension.industry(1))
 *     .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
 * Breakdown<IndustryId> local = q.over(portfolio);
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param <K> the type of the keys
 */
public final class BreakdownSpec<K extends Comparable<?>> extends AggregationSpec<Breakdown<K>> {
  private static final long serialVersionUID = 1L;

  private final Query query;
  private final QueryDimension<K> dimension;
  private final ImmutableList<QueryMeasure<?>> measures;

  BreakdownSpec(Query query, QueryDimension<K> dimension, ImmutableList<QueryMeasure<?>> measures) {
    this.query = query;
    this.dimension = dimension;
    this.measures = measures;
  }

  /**
   * Chooses the measures.
   *
   * @param measures the measures, distinct
   * @return the description with these measures
   * @throws IllegalArgumentException if a measure is repeated
   */
  public BreakdownSpec<K> measuring(QueryMeasure<?>... measures) {
    return new BreakdownSpec<>(query, dimension, distinct(Arrays.asList(measures)));
  }

  @Override
  public Breakdown<K> over(Portfolio portfolio) {
    return query.over(portfolio).by(dimension.dimension()).measuring(measuresOf(measures)).run();
  }

  @Override
  public ImmutableList<Measure<?>> measures() {
    return ImmutableList.copyOf(measuresOf(measures));
  }

  @Override
  Breakdown<K> combine(Breakdown<K> a, Breakdown<K> b) {
    return a.combinedWith(b);
  }

  @Override
  @SuppressWarnings("unchecked")
  Class<Breakdown<K>> resultClass() {
    return (Class<Breakdown<K>>) (Class<?>) Breakdown.class;
  }

  /**
   * Returns the dimension and the measures, e.g. {@code "breakdown by industry(level 1) of [count,
   * total-investment]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "breakdown by " + dimension + " of " + measures;
  }
}
