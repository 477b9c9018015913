package io.github.attract.spark;

import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Pivot;
import io.github.attract.project.Project;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.TypedColumn;

/**
 * Attract's aggregations on a Spark session: the reference data broadcast once, and aggregators
 * that turn a {@code Dataset<Project>} into a {@link Breakdown} or {@link Pivot} equal to {@code
 * Aggregation.over(portfolio)} on one machine, money to the minor unit and beyond {@code long}.
 *
 * <pre>{@code
 * Attract attract = Attract.on(spark, ReferenceData.of(referencePortfolio));
 * Dataset<Project> projects = ProjectDatasets.fromJsonLines(spark, "projects.jsonl");
 * BreakdownSpec<IndustryId> q = Query.all()
 *     .by(QueryDimension.industry(1))
 *     .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
 * Breakdown<IndustryId> b = projects.select(attract.breakdown(q)).first();
 * Breakdown<IndustryId> same = attract.run(projects, q);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Attract {
  /** Projects per chunk by default: enough for the engine's loops, little to hold in memory. */
  public static final int DEFAULT_CHUNK_SIZE = 8192;

  private final Broadcast<ReferenceData> reference;
  private final int chunkSize;

  private Attract(Broadcast<ReferenceData> reference, int chunkSize) {
    this.reference = reference;
    this.chunkSize = chunkSize;
  }

  /**
   * Broadcasts reference data to a session's executors.
   *
   * @param spark the session
   * @param reference the taxonomy, regions, chains, focus areas and investors the projects
   *     reference
   * @return the entry point of aggregations on the session
   */
  public static Attract on(SparkSession spark, ReferenceData reference) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(reference, "reference");
    return new Attract(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(reference),
        DEFAULT_CHUNK_SIZE);
  }

  /**
   * Chooses how many projects an executor aggregates at a time. The result does not depend on it;
   * memory and speed do: each chunk is one portfolio of the core engine, held until aggregated.
   *
   * @param size the projects per chunk, at least 1
   * @return the entry point with this chunk size
   * @throws IllegalArgumentException if the size is below 1
   */
  public Attract withChunkSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Attract 'chunkSize' must be at least 1, but was " + size);
    }
    return new Attract(reference, size);
  }

  /**
   * Returns how many projects an executor aggregates at a time.
   *
   * @return the chunk size, {@link #DEFAULT_CHUNK_SIZE} unless chosen
   */
  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Returns the aggregator of a description, for {@code select} or {@code groupByKey(..).agg}. The
   * description is serialized first, so one that cannot be shipped fails here, before the job.
   *
   * @param spec the description
   * @param <T> the type of the result
   * @return the aggregator
   * @throws IllegalArgumentException if the description is not serializable
   */
  public <T> AttractAggregator<T> aggregator(AggregationSpec<T> spec) {
    Objects.requireNonNull(spec, "spec");
    Serialization.requireSerializable("Aggregation '" + spec + "'", spec);
    return new AttractAggregator<>(spec, reference, chunkSize);
  }

  /**
   * Returns the column of a breakdown: {@code projects.select(attract.breakdown(spec))}.
   *
   * @param spec the description
   * @param <K> the type of the keys
   * @return the column
   * @throws IllegalArgumentException if the description is not serializable
   */
  public <K extends Comparable<?>> TypedColumn<Project, Breakdown<K>> breakdown(
      BreakdownSpec<K> spec) {
    return aggregator(spec).toColumn();
  }

  /**
   * Returns the column of a pivot: {@code projects.select(attract.pivot(spec))}.
   *
   * @param spec the description
   * @param <R> the type of the row keys
   * @param <C> the type of the column keys
   * @return the column
   * @throws IllegalArgumentException if the description is not serializable
   */
  public <R extends Comparable<?>, C extends Comparable<?>> TypedColumn<Project, Pivot<R, C>> pivot(
      PivotSpec<R, C> spec) {
    return aggregator(spec).toColumn();
  }

  /**
   * Runs a description over a dataset of projects and returns the result to the driver.
   *
   * @param projects the projects
   * @param spec the description
   * @param <T> the type of the result
   * @return the result, equal to {@code spec.over(portfolio)} of a portfolio of these projects
   * @throws IllegalArgumentException if the description is not serializable
   */
  public <T> T run(Dataset<Project> projects, AggregationSpec<T> spec) {
    Objects.requireNonNull(projects, "projects");
    return projects.select(aggregator(spec).toColumn()).first();
  }

  /**
   * Removes the broadcast reference data from the executors; neither this instance nor one made
   * from it by {@link #withChunkSize} may be used after.
   */
  public void release() {
    reference.destroy();
  }
}
