package io.github.attract.spark;

import io.github.attract.project.Project;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A Spark {@link Aggregator} of projects into a {@link io.github.attract.calc.Breakdown} or {@link
 * io.github.attract.calc.Pivot} that equals the local one exactly, whatever the partitioning. Get
 * one from {@link Attract#aggregator}; use it as a column ({@link Attract#breakdown}) or per key.
 *
 * <pre>{@code
 * AttractAggregator<Breakdown<Status>> byStatus = attract.aggregator(
 *     Query.all().by(QueryDimension.status()));
 * Dataset<Tuple2<String, Breakdown<Status>>> perProvince = projects
 *     .groupByKey((MapFunction<Project, String>) p -> p.location().value(), Encoders.STRING())
 *     .agg(byStatus.toColumn());
 * }</pre>
 *
 * <p>The buffer holds the merged result so far and a chunk of pending projects; a chunk is
 * aggregated by the core engine over a portfolio of the chunk and the broadcast reference data, and
 * results merge with {@code combinedWith}. Buffers and results are encoded with Java serialization
 * ({@link Encoders#javaSerialization}); breakdowns and pivots are serializable when their keys are,
 * as every built-in key is. Immutable and serializable; Spark's buffers are not thread-safe.
 *
 * @param <T> the type of the result
 */
public final class AttractAggregator<T> extends Aggregator<Project, Accumulator<T>, T> {
  private static final long serialVersionUID = 1L;

  private final AggregationSpec<T> spec;
  private final Broadcast<ReferenceData> reference;
  private final int chunk;

  AttractAggregator(AggregationSpec<T> spec, Broadcast<ReferenceData> reference, int chunk) {
    this.spec = spec;
    this.reference = reference;
    this.chunk = chunk;
  }

  /**
   * Returns the description this aggregator runs.
   *
   * @return the description
   */
  public AggregationSpec<T> spec() {
    return spec;
  }

  /**
   * Returns an empty buffer.
   *
   * @return the buffer
   */
  @Override
  public Accumulator<T> zero() {
    return new Accumulator<T>().attach(spec, reference.value(), chunk);
  }

  /**
   * Adds a project to a buffer.
   *
   * @param buffer the buffer
   * @param project the project
   * @return the buffer
   */
  @Override
  public Accumulator<T> reduce(Accumulator<T> buffer, Project project) {
    buffer.attach(spec, reference.value(), chunk).add(project);
    return buffer;
  }

  /**
   * Merges two buffers, exactly.
   *
   * @param a a buffer
   * @param b another buffer
   * @return the merged buffer
   */
  @Override
  public Accumulator<T> merge(Accumulator<T> a, Accumulator<T> b) {
    return a.attach(spec, reference.value(), chunk).merge(b);
  }

  /**
   * Returns the result of a buffer.
   *
   * @param buffer the buffer
   * @return the breakdown or pivot
   */
  @Override
  public T finish(Accumulator<T> buffer) {
    return buffer.attach(spec, reference.value(), chunk).finish();
  }

  /**
   * Returns the encoder of buffers: Java serialization of the merged result.
   *
   * @return the encoder
   */
  @Override
  @SuppressWarnings("unchecked")
  public Encoder<Accumulator<T>> bufferEncoder() {
    return Encoders.javaSerialization((Class<Accumulator<T>>) (Class<?>) Accumulator.class);
  }

  /**
   * Returns the encoder of results: Java serialization.
   *
   * @return the encoder
   */
  @Override
  public Encoder<T> outputEncoder() {
    return Encoders.javaSerialization(spec.resultClass());
  }
}
