package io.github.attract.calc.engine;

import io.github.attract.project.Project;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a query over an index: its measure columns, the plans of its passes, run
 * sequentially or split over the common fork/join pool, and the per-project side of a collector.
 */
public final class Run {
  public final ColumnarIndex index;
  public final @Nullable ValueColumn[] columns;
  public final boolean[] money;
  private final boolean parallel;

  /**
   * Returns an execution.
   *
   * @param index the index
   * @param columns the column of each measure, null for the count
   * @param money whether each measure is money
   * @param parallel whether to split the rows over the common fork/join pool
   */
  public Run(
      ColumnarIndex index, @Nullable ValueColumn[] columns, boolean[] money, boolean parallel) {
    this.index = index;
    this.columns = columns;
    this.money = money;
    this.parallel = parallel;
  }

  public Kernel.Plan plan(
      @Nullable KeyColumn<?> first, @Nullable KeyColumn<?> second, int @Nullable [] selection) {
    return new Kernel.Plan(index, selection, first, second, columns, money);
  }

  public Partial execute(Kernel.Plan plan) {
    return parallel ? Kernel.runParallel(plan) : Kernel.run(plan, 0, plan.positions);
  }

  /** The accumulators of a collector: one partial per plan. */
  public static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    public final Partial[] partials;

    public Accumulator(Partial[] partials) {
      this.partials = partials;
    }

    public Accumulator combine(Accumulator other) {
      for (int i = 0; i < partials.length; i++) {
        partials[i].combine(other.partials[i]);
      }
      return this;
    }
  }

  /** The per-project side of a collector over a fixed list of plans. */
  public static final class Collecting {
    private final Run run;
    private final List<Kernel.Plan> plans;
    private final boolean @Nullable [] mask;

    /**
     * Returns the collecting side of a run.
     *
     * @param run the run
     * @param plans its plans
     * @param mask which rows pass the filters, or null for all
     */
    public Collecting(Run run, List<Kernel.Plan> plans, boolean @Nullable [] mask) {
      this.run = run;
      this.plans = plans;
      this.mask = mask;
    }

    public Accumulator empty() {
      Partial[] partials = new Partial[plans.size()];
      for (int i = 0; i < partials.length; i++) {
        partials[i] = plans.get(i).empty();
      }
      return new Accumulator(partials);
    }

    public void add(Accumulator acc, Project project) {
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
