package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.project.Project;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a query: the index, the measure columns and the plans of its passes, and the
 * conversion of the kernel's flat accumulators into {@link Totals}.
 */
final class Run {
  final Aggregation aggregation;
  final ColumnarIndex index;
  final ImmutableList<Measure<?>> measures;
  final @Nullable ValueColumn[] columns;
  final boolean[] money;

  Run(Aggregation aggregation, ImmutableList<Measure<?>> measures) {
    this.aggregation = aggregation;
    this.index = ColumnarIndex.of(aggregation.portfolio());
    this.measures = measures;
    this.columns = new ValueColumn[measures.size()];
    this.money = new boolean[measures.size()];
    for (int m = 0; m < measures.size(); m++) {
      columns[m] = measures.get(m).column(index, aggregation.isParallel());
      money[m] = measures.get(m).isMoney();
    }
  }

  int @Nullable [] selection() {
    return aggregation.selection(index);
  }

  Kernel.Plan plan(
      @Nullable KeyColumn<?> first, @Nullable KeyColumn<?> second, int @Nullable [] selection) {
    return new Kernel.Plan(index, selection, first, second, columns, money);
  }

  Partial execute(Kernel.Plan plan) {
    return aggregation.isParallel()
        ? Kernel.runParallel(plan)
        : Kernel.run(plan, 0, plan.positions);
  }

  Totals totals(Partial partial, int cell) {
    List<Object> values = new ArrayList<>(measures.size());
    for (int m = 0; m < measures.size(); m++) {
      values.add(measures.get(m).finish(index, columns[m], partial, m, cell));
    }
    return Totals.of(partial.count[cell], measures, values);
  }

  /** The accumulators of a collector: one partial per plan, and which rows pass the filters. */
  static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    final Partial[] partials;

    Accumulator(Partial[] partials) {
      this.partials = partials;
    }

    Accumulator combine(Accumulator other) {
      for (int i = 0; i < partials.length; i++) {
        partials[i].combine(other.partials[i]);
      }
      return this;
    }
  }

  /** The per-project side of a collector over a fixed list of plans. */
  static final class Collecting {
    private final Run run;
    private final List<Kernel.Plan> plans;
    private final boolean @Nullable [] mask;

    Collecting(Run run, List<Kernel.Plan> plans) {
      this.run = run;
      this.plans = plans;
      this.mask = run.aggregation.mask(run.index);
    }

    Accumulator empty() {
      Partial[] partials = new Partial[plans.size()];
      for (int i = 0; i < partials.length; i++) {
        partials[i] = plans.get(i).empty();
      }
      return new Accumulator(partials);
    }

    void add(Accumulator acc, Project project) {
      int row = run.index.rowOf(project);
      boolean[] m = mask;
      if (m != null && !m[row]) {
        return;
      }
      for (int i = 0; i < plans.size(); i++) {
        Kernel.addRow(plans.get(i), acc.partials[i], row);
      }
    }
  }
}
