package io.github.attract.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Variant (b): hand-written loops that sum {@code long} minor units with overflow checks, once over
 * the plain objects and once over primitive columns (the limit).
 */
final class HandLoops {
  private HandLoops() {}

  /**
   * Answers the question over plain objects.
   *
   * @param projects the projects
   * @param level1OfLeaf the level-1 industry of each level-2 industry
   * @return the breakdown
   */
  static Breakdown overObjects(PojoProject[] projects, int[] level1OfLeaf) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    LocalDate asOf = Question.AS_OF;
    int year = Question.PLAN_YEAR.getValue();
    YearMonth month = Question.PROGRESS_MONTH;
    for (PojoProject p : projects) {
      b.add(
          level1OfLeaf[p.industry],
          p.statusOn(asOf),
          1,
          p.totalFen,
          p.plannedFen(year),
          p.completedFenAsOf(month));
    }
    return b;
  }

  /**
   * Answers the question over primitive columns.
   *
   * @param c the columns
   * @return the breakdown
   */
  static Breakdown overColumns(Columns c) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    int asOf = Question.AS_OF_DAY;
    int year = Question.PLAN_YEAR.getValue();
    int month = Question.PROGRESS_EPOCH_MONTH;
    int[] statusOffset = c.statusOffset;
    int[] statusDay = c.statusDay;
    byte[] status = c.status;
    int[] planOffset = c.planOffset;
    int[] planYear = c.planYear;
    long[] planFen = c.planFen;
    int[] progressOffset = c.progressOffset;
    int[] progressMonth = c.progressMonth;
    long[] progressFen = c.progressFen;
    for (int i = 0; i < c.size; i++) {
      int s = Question.NO_STATUS;
      for (int k = statusOffset[i], end = statusOffset[i + 1];
          k < end && statusDay[k] <= asOf;
          k++) {
        s = status[k];
      }
      long planned = 0;
      for (int k = planOffset[i], end = planOffset[i + 1]; k < end; k++) {
        if (planYear[k] == year) {
          planned = planFen[k];
          break;
        }
      }
      long completed = 0;
      for (int k = progressOffset[i], end = progressOffset[i + 1];
          k < end && progressMonth[k] <= month;
          k++) {
        completed = progressFen[k];
      }
      b.add(c.level1OfLeaf[c.industry[i]], s, 1, c.totalFen[i], planned, completed);
    }
    return b;
  }
}
