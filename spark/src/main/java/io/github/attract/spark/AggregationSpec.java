package io.github.attract.spark;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Measure;
import io.github.attract.portfolio.Portfolio;
import java.io.Serializable;
import java.util.List;

/**
 * A serializable description of an aggregation whose result is a {@link
 * io.github.attract.calc.Breakdown} ({@link BreakdownSpec}) or a {@link
 * io.github.attract.calc.Pivot} ({@link PivotSpec}). {@link #over(Portfolio)} runs it on one
 * machine; {@link Attract} runs it on Spark with the same result.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param <T> the type of the result
 */
public abstract class AggregationSpec<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  AggregationSpec() {}

  /**
   * Runs the aggregation over a portfolio on this machine, with {@code Aggregation.over(portfolio)}
   * and the dimensions and measures described.
   *
   * @param portfolio the portfolio
   * @return the result
   */
  public abstract T over(Portfolio portfolio);

  /**
   * Returns the measures described, in order.
   *
   * @return the measures
   */
  public abstract ImmutableList<Measure<?>> measures();

  /** Merges two partial results exactly, with their {@code combinedWith}. */
  abstract T combine(T a, T b);

  /** Returns the class of a result, for Spark's encoders. */
  abstract Class<T> resultClass();

  static ImmutableList<QueryMeasure<?>> distinct(List<QueryMeasure<?>> measures) {
    ImmutableList<QueryMeasure<?>> list = ImmutableList.copyOf(measures);
    for (int i = 0; i < list.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (list.get(j).measure().equals(list.get(i).measure())) {
          throw new IllegalArgumentException(
              "Measures must be distinct, but '" + list.get(i) + "' is repeated in " + list);
        }
      }
    }
    return list;
  }

  static Measure<?>[] measuresOf(List<QueryMeasure<?>> measures) {
    Measure<?>[] out = new Measure<?>[measures.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = measures.get(i).measure();
    }
    return out;
  }
}
