package io.github.attract.spark;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Measures;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import java.io.Serializable;
import java.util.Objects;

/**
 * Which projects a distributed aggregation takes, described without a portfolio: every project
 * ({@link #all()}), narrowed by serializable tests. {@link #by(QueryDimension)} and {@link
 * #by(QueryDimension, QueryDimension)} turn it into a breakdown or a pivot.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2023, 12, 31);
 * PivotSpec<IndustryId, Status> q = Query.all()
 *     .where(QueryDimension.statusOn(asOf), s -> s != Status.CANCELLED)
 *     .by(QueryDimension.industry(1), QueryDimension.statusOn(asOf))
 *     .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
 * }</pre>
 *
 * <p>The conditions are those of {@link Aggregation#where(java.util.function.Predicate)} and {@link
 * Aggregation#where(io.github.attract.calc.Dimension, java.util.function.Predicate)}. A scope
 * ({@link Aggregation#within}) has no counterpart yet: write its condition as a test. Immutable,
 * thread-safe and serializable.
 */
public final class Query implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Query ALL = new Query(ImmutableList.of());

  private final ImmutableList<Condition> conditions;

  private Query(ImmutableList<Condition> conditions) {
    this.conditions = conditions;
  }

  /**
   * Returns the query of every project.
   *
   * @return the query
   */
  public static Query all() {
    return ALL;
  }

  /**
   * Keeps the projects that pass a test, like {@link
   * Aggregation#where(java.util.function.Predicate)}. The test is serialized at once, so one that
   * captures something unserializable fails here.
   *
   * @param test the test
   * @return the narrowed query
   * @throws IllegalArgumentException if the test is not serializable
   */
  public Query where(SerializablePredicate<? super Project> test) {
    Objects.requireNonNull(test, "test");
    Serialization.requireSerializable("Query condition", test);
    return with(a -> a.where(test));
  }

  /**
   * Keeps the projects with a key that passes a test, like {@link
   * Aggregation#where(io.github.attract.calc.Dimension, java.util.function.Predicate)}.
   *
   * @param dimension the dimension
   * @param test the test of a key
   * @param <K> the type of the keys
   * @return the narrowed query
   * @throws IllegalArgumentException if the test is not serializable
   */
  public <K extends Comparable<?>> Query where(
      QueryDimension<K> dimension, SerializablePredicate<? super K> test) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(test, "test");
    Serialization.requireSerializable("Query condition on '" + dimension.name() + "'", test);
    return with(a -> a.where(dimension.dimension(), test));
  }

  /**
   * Groups by one dimension, measuring {@link Measures#count()} and {@link
   * Measures#totalInvestment()} until {@link BreakdownSpec#measuring} chooses.
   *
   * @param dimension the dimension
   * @param <K> the type of its keys
   * @return the breakdown's description
   */
  public <K extends Comparable<?>> BreakdownSpec<K> by(QueryDimension<K> dimension) {
    return new BreakdownSpec<>(this, Objects.requireNonNull(dimension, "dimension"), DEFAULT);
  }

  /**
   * Groups by two dimensions, rows by the first and columns by the second.
   *
   * @param rows the dimension of the rows
   * @param columns the dimension of the columns
   * @param <R> the type of the row keys
   * @param <C> the type of the column keys
   * @return the pivot's description
   */
  public <R extends Comparable<?>, C extends Comparable<?>> PivotSpec<R, C> by(
      QueryDimension<R> rows, QueryDimension<C> columns) {
    return new PivotSpec<>(
        this,
        Objects.requireNonNull(rows, "rows"),
        Objects.requireNonNull(columns, "columns"),
        DEFAULT);
  }

  /** The measures of a description that does not choose, as in core. */
  static final ImmutableList<QueryMeasure<?>> DEFAULT =
      ImmutableList.of(QueryMeasure.count(), QueryMeasure.totalInvestment());

  /** Returns the aggregation of a portfolio's projects that pass every condition. */
  Aggregation over(Portfolio portfolio) {
    Aggregation a = Aggregation.over(portfolio);
    for (Condition c : conditions) {
      a = c.apply(a);
    }
    return a;
  }

  /**
   * Returns how many conditions the query has, e.g. {@code "Query(2 conditions)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Query(" + conditions.size() + " conditions)";
  }

  private Query with(Condition condition) {
    return new Query(ImmutableList.<Condition>builder().addAll(conditions).add(condition).build());
  }

  /** One condition, applied to an aggregation; a serializable lambda. */
  private interface Condition extends Serializable {
    Aggregation apply(Aggregation aggregation);
  }
}
