package io.github.attract.benchmarks;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Group;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.calc.Totals;
import io.github.attract.money.Currencies;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;

/** Variant (a): {@link Question} through Attract's aggregation API, as a user writes it. */
final class AttractBreakdown {
  static final Measure<Long> COUNT = Measures.count();
  static final Measure<MultiCurrencyAmount> TOTAL = Measures.totalInvestment();

  private AttractBreakdown() {}

  /**
   * Answers the question: a pivot of level-1 industry × status on the as-of day.
   *
   * @param portfolio the portfolio
   * @param parallel whether to split the rows over the common fork/join pool
   * @return the pivot
   */
  static Pivot<IndustryId, Status> run(Portfolio portfolio, boolean parallel) {
    return run(portfolio, parallel, Question.DEFAULT);
  }

  /**
   * Answers a question: a pivot of level-1 industry × status on the question's day.
   *
   * @param portfolio the portfolio
   * @param parallel whether to split the rows over the common fork/join pool
   * @param q the question
   * @return the pivot, measuring count, total, the year's plan and completed as of the month
   */
  static Pivot<IndustryId, Status> run(Portfolio portfolio, boolean parallel, Question.Ask q) {
    Aggregation a = Aggregation.over(portfolio);
    return (parallel ? a.parallel() : a)
        .by(Dimensions.industry(1), Dimensions.statusOn(q.day()))
        .measuring(
            COUNT,
            TOTAL,
            Measures.annualPlannedInvestment(q.year()),
            Measures.completedInvestment(q.month()))
        .run();
  }

  /**
   * Converts a result for comparison.
   *
   * @param pivot the pivot
   * @return the breakdown
   * @throws IllegalStateException if a row is not a level-1 industry of the benchmark taxonomy
   */
  static Breakdown toBreakdown(Pivot<IndustryId, Status> pivot) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    Measure<?> planned = pivot.measures().get(2);
    Measure<?> completed = pivot.measures().get(3);
    for (Group<IndustryId> row : pivot.rowGroups()) {
      int industry =
          row.key()
              .map(AttractPortfolios::level1Index)
              .orElseThrow(() -> new IllegalStateException("Row '" + row + "' has no industry"));
      for (Group<Status> column : pivot.columnGroups()) {
        Totals t = pivot.cell(row, column);
        if (t.count() > 0) {
          b.add(
              industry,
              column.key().map(Question::statusIndex).orElse(Question.NO_STATUS),
              t.get(COUNT),
              fen(t.get(TOTAL)),
              fen((MultiCurrencyAmount) t.get(planned)),
              fen((MultiCurrencyAmount) t.get(completed)));
        }
      }
    }
    return b;
  }

  private static long fen(MultiCurrencyAmount amount) {
    return amount.contains(Currencies.CNY) ? amount.amount(Currencies.CNY).minorUnitsExact() : 0L;
  }
}
