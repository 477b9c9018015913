package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.Kernel;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.calc.engine.Partial;
import io.github.attract.calc.engine.Run;
import io.github.attract.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A one-dimensional aggregation, ready to run: {@link Aggregation#by(Dimension)} with its measures.
 * Runs over the portfolio's columnar index ({@link #run()}), or collects a stream of the
 * portfolio's projects ({@link #collector()}); both give the same {@link Breakdown}.
 *
 * <pre>{@code
 * BreakdownQuery<Status> q = Aggregation.over(portfolio)
 *     .by(Dimensions.status())
 *     .measuring(Measures.count(), Measures.totalInvestment());
 * Breakdown<Status> all = q.run();
 * Breakdown<Status> same = portfolio.projects().parallelStream().collect(q.collector());
 * Breakdown<Status> merged = q.empty().combinedWith(q.of(p1)).combinedWith(q.of(p2));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the type of the keys
 */
public final class BreakdownQuery<K extends Comparable<?>> {
  private final Aggregation aggregation;
  private final Dimension<K> dimension;
  private final ImmutableList<Measure<?>> measures;

  BreakdownQuery(
      Aggregation aggregation, Dimension<K> dimension, ImmutableList<Measure<?>> measures) {
    this.aggregation = aggregation;
    this.dimension = dimension;
    this.measures = measures;
  }

  /**
   * Chooses the measures; without this call a query measures {@link Measures#count()} and {@link
   * Measures#totalInvestment()}.
   *
   * @param measures the measures, distinct
   * @return the query with these measures
   * @throws IllegalArgumentException if a measure is repeated
   */
  public BreakdownQuery<K> measuring(Measure<?>... measures) {
    return new BreakdownQuery<>(aggregation, dimension, distinct(measures));
  }

  static ImmutableList<Measure<?>> distinct(Measure<?>... measures) {
    ImmutableList<Measure<?>> list = ImmutableList.copyOf(measures);
    for (int i = 0; i < list.size(); i++) {
      if (list.indexOf(list.get(i)) != i) {
        throw new IllegalArgumentException(
            "Measures must be distinct, but '" + list.get(i) + "' is repeated in " + list);
      }
    }
    return list;
  }

  /**
   * Runs the aggregation over the portfolio's columnar index.
   *
   * @return the breakdown
   */
  public Breakdown<K> run() {
    Execution run = new Execution(aggregation, measures);
    KeyColumn<K> col = dimension.column(run.index, aggregation.isParallel());
    int[] selection = run.selection();
    List<Partial> parts = new ArrayList<>(2);
    for (Kernel.Plan plan : plans(run, col, selection)) {
      parts.add(run.execute(plan));
    }
    return assemble(run, col, parts.toArray(new Partial[0]));
  }

  /**
   * Returns a collector of the portfolio's projects into this breakdown; unordered, and exact on
   * parallel streams. Projects that fail the aggregation's filters are left out; a project counts
   * once per occurrence in the stream.
   *
   * @return the collector
   * @throws IllegalArgumentException when it meets a project the portfolio does not hold
   */
  public Collector<Project, ?, Breakdown<K>> collector() {
    Execution run = new Execution(aggregation, measures);
    KeyColumn<K> col = dimension.column(run.index);
    Run.Collecting collecting = run.collecting(plans(run, col, null));
    return Collector.of(
        collecting::empty,
        collecting::add,
        Run.Accumulator::combine,
        acc -> assemble(run, col, acc.partials),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the breakdown of no project: the identity of {@link Breakdown#combinedWith}.
   *
   * @return the empty breakdown
   */
  public Breakdown<K> empty() {
    return java.util.stream.Stream.<Project>empty().collect(collector());
  }

  /**
   * Returns the breakdown of one project, the unit that a distributed engine's reduce step adds
   * with {@link Breakdown#combinedWith}; empty if the project fails the aggregation's filters.
   *
   * @param project a project of the portfolio
   * @return its breakdown
   * @throws IllegalArgumentException if the portfolio does not hold the project
   */
  public Breakdown<K> of(Project project) {
    Objects.requireNonNull(project, "project");
    return java.util.stream.Stream.of(project).collect(collector());
  }

  private List<Kernel.Plan> plans(Execution run, KeyColumn<K> col, int @Nullable [] selection) {
    List<Kernel.Plan> plans = new ArrayList<>(2);
    plans.add(run.plan(col, null, selection));
    if (col.multi) {
      plans.add(run.plan(null, null, selection)); // each project once in the total
    }
    return plans;
  }

  private Breakdown<K> assemble(Execution run, KeyColumn<K> col, Partial[] parts) {
    Partial byKey = parts[0];
    Partial total = col.multi ? parts[1] : byKey.project(1, c -> 0);
    List<Row<K>> rows = new ArrayList<>();
    for (int c = 0; c < col.cardinality; c++) {
      if (byKey.count[c] > 0) {
        rows.add(Row.of(Group.ofCode(col, c), run.totals(byKey, c)));
      }
    }
    return Breakdown.of(
        dimension.name(), !dimension.isMultiValued(), measures, rows, run.totals(total, 0));
  }
}
