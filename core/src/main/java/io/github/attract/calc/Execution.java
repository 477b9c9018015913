package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Kernel;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.calc.engine.Partial;
import io.github.attract.calc.engine.Run;
import io.github.attract.calc.engine.ValueColumn;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a query, on the side of the API: the measures laid out over the portfolio's
 * index for the engine's {@link Run}, and the engine's flat accumulators turned into {@link
 * Totals}.
 */
final class Execution {
  final Aggregation aggregation;
  final ColumnarIndex index;
  final ImmutableList<Measure<?>> measures;
  private final @Nullable ValueColumn[] columns;
  private final Run run;

  Execution(Aggregation aggregation, ImmutableList<Measure<?>> measures) {
    this.aggregation = aggregation;
    this.index = ColumnarIndex.of(aggregation.portfolio());
    this.measures = measures;
    this.columns = new ValueColumn[measures.size()];
    boolean[] money = new boolean[measures.size()];
    for (int m = 0; m < measures.size(); m++) {
      columns[m] = measures.get(m).column(index, aggregation.isParallel());
      money[m] = measures.get(m).isMoney();
    }
    this.run = new Run(index, columns, money, aggregation.isParallel());
  }

  int @Nullable [] selection() {
    return aggregation.selection(index);
  }

  Kernel.Plan plan(
      @Nullable KeyColumn<?> first, @Nullable KeyColumn<?> second, int @Nullable [] selection) {
    return run.plan(first, second, selection);
  }

  Partial execute(Kernel.Plan plan) {
    return run.execute(plan);
  }

  Run.Collecting collecting(List<Kernel.Plan> plans) {
    return new Run.Collecting(run, plans, aggregation.mask(index));
  }

  Totals totals(Partial partial, int cell) {
    List<Object> values = new ArrayList<>(measures.size());
    for (int m = 0; m < measures.size(); m++) {
      values.add(measures.get(m).finish(index, columns[m], partial, m, cell));
    }
    return Totals.of(partial.count[cell], measures, values);
  }
}
