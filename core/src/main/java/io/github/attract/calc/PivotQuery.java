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
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A two-dimensional aggregation, ready to run: {@link Aggregation#by(Dimension, Dimension)} with
 * its measures.
 *
 * <pre>{@code
 * Pivot<IndustryId, Status> grid = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
 *     .measuring(Measures.count(), Measures.totalInvestment())
 *     .run();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the type of the row keys
 * @param <C> the type of the column keys
 */
public final class PivotQuery<R extends Comparable<?>, C extends Comparable<?>> {
  private final Aggregation aggregation;
  private final Dimension<R> rows;
  private final Dimension<C> columns;
  private final ImmutableList<Measure<?>> measures;

  PivotQuery(
      Aggregation aggregation,
      Dimension<R> rows,
      Dimension<C> columns,
      ImmutableList<Measure<?>> measures) {
    this.aggregation = aggregation;
    this.rows = rows;
    this.columns = columns;
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
  public PivotQuery<R, C> measuring(Measure<?>... measures) {
    return new PivotQuery<>(aggregation, rows, columns, BreakdownQuery.distinct(measures));
  }

  /**
   * Runs the aggregation over the portfolio's columnar index.
   *
   * @return the pivot
   */
  public Pivot<R, C> run() {
    Execution run = new Execution(aggregation, measures);
    KeyColumn<R> rc = rows.column(run.index, aggregation.isParallel());
    KeyColumn<C> cc = columns.column(run.index, aggregation.isParallel());
    int[] selection = run.selection();
    List<Partial> parts = new ArrayList<>(4);
    for (Kernel.Plan plan : plans(run, rc, cc, selection)) {
      parts.add(run.execute(plan));
    }
    return assemble(run, rc, cc, parts);
  }

  /**
   * Returns a collector of the portfolio's projects into this pivot; unordered, and exact on
   * parallel streams.
   *
   * @return the collector
   * @throws IllegalArgumentException when it meets a project the portfolio does not hold
   */
  public Collector<Project, ?, Pivot<R, C>> collector() {
    Execution run = new Execution(aggregation, measures);
    KeyColumn<R> rc = rows.column(run.index);
    KeyColumn<C> cc = columns.column(run.index);
    Run.Collecting collecting = run.collecting(plans(run, rc, cc, null));
    return Collector.of(
        collecting::empty,
        collecting::add,
        Run.Accumulator::combine,
        acc -> assemble(run, rc, cc, List.of(acc.partials)),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the pivot of no project: the identity of {@link Pivot#combinedWith}.
   *
   * @return the empty pivot
   */
  public Pivot<R, C> empty() {
    return Stream.<Project>empty().collect(collector());
  }

  /**
   * Returns the pivot of one project; empty if it fails the aggregation's filters.
   *
   * @param project a project of the portfolio
   * @return its pivot
   * @throws IllegalArgumentException if the portfolio does not hold the project
   */
  public Pivot<R, C> of(Project project) {
    Objects.requireNonNull(project, "project");
    return Stream.of(project).collect(collector());
  }

  /**
   * The passes: the cells always; the row totals when the columns are multi-valued (the cells of a
   * row then overlap), the column totals when the rows are, and the grand total when both are.
   */
  private List<Kernel.Plan> plans(
      Execution run, KeyColumn<R> rc, KeyColumn<C> cc, int @Nullable [] selection) {
    List<Kernel.Plan> plans = new ArrayList<>(4);
    plans.add(run.plan(rc, cc, selection));
    if (cc.multi) {
      plans.add(run.plan(rc, null, selection));
    }
    if (rc.multi) {
      plans.add(run.plan(cc, null, selection));
    }
    if (rc.multi && cc.multi) {
      plans.add(run.plan(null, null, selection));
    }
    return plans;
  }

  private Pivot<R, C> assemble(
      Execution run, KeyColumn<R> rc, KeyColumn<C> cc, List<Partial> parts) {
    int stride = cc.cardinality;
    int i = 0;
    Partial cells = parts.get(i++);
    Partial byRow = cc.multi ? parts.get(i++) : cells.project(rc.cardinality, c -> c / stride);
    Partial byColumn = rc.multi ? parts.get(i++) : cells.project(stride, c -> c % stride);
    Partial total;
    if (!rc.multi) {
      total = byRow.project(1, c -> 0);
    } else if (!cc.multi) {
      total = byColumn.project(1, c -> 0);
    } else {
      total = parts.get(i);
    }
    Pivot.Builder<R, C> b =
        new Pivot.Builder<>(
            rows.name(), columns.name(), !rows.isMultiValued(), !columns.isMultiValued(), measures);
    for (int r = 0; r < rc.cardinality; r++) {
      if (byRow.count[r] > 0) {
        b.rowTotal(Group.ofCode(rc, r), run.totals(byRow, r));
      }
    }
    for (int c = 0; c < stride; c++) {
      if (byColumn.count[c] > 0) {
        b.columnTotal(Group.ofCode(cc, c), run.totals(byColumn, c));
      }
    }
    for (int cell = 0; cell < cells.cells; cell++) {
      if (cells.count[cell] > 0) {
        b.cell(
            Group.ofCode(rc, cell / stride),
            Group.ofCode(cc, cell % stride),
            run.totals(cells, cell));
      }
    }
    return b.build(run.totals(total, 0));
  }
}
