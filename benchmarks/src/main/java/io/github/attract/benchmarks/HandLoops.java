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
    return overObjects(projects, level1OfLeaf, Question.DEFAULT);
  }

  /**
   * Answers a question over plain objects.
   *
   * @param projects the projects
   * @param level1OfLeaf the level-1 industry of each level-2 industry
   * @param q the question
   * @return the breakdown
   */
  static Breakdown overObjects(PojoProject[] projects, int[] level1OfLeaf, Question.Ask q) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    LocalDate asOf = q.day();
    int year = q.year().getValue();
    YearMonth month = q.month();
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
   * Answers the question over the primitive history columns.
   *
   * @param c the columns
   * @return the breakdown
   */
  static Breakdown overColumns(Columns c) {
    return overColumns(c, Question.DEFAULT);
  }

  /**
   * Answers a question over the primitive history columns: per row, a forward scan of the status
   * changes up to the day, of the plans for the year and of the reports up to the month.
   *
   * @param c the columns
   * @param q the question
   * @return the breakdown
   */
  static Breakdown overColumns(Columns c, Question.Ask q) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    int asOf = q.epochDay();
    int year = q.year().getValue();
    int month = q.epochMonth();
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

  /**
   * Answers the question of materialised columns: one pass over per-project primitive columns that
   * already hold the status, plan and completed investment of the question (the limit of any
   * repeated question).
   *
   * @param m the materialised columns
   * @return the breakdown
   */
  static Breakdown overMaterialised(Materialised m) {
    int slots = SyntheticPortfolio.industriesL1() * Question.STATUS_SLOTS;
    long[] count = new long[slots];
    long[] total = new long[slots];
    long[] planned = new long[slots];
    long[] completed = new long[slots];
    int[] l1 = m.level1;
    byte[] status = m.status;
    long[] t = m.totalFen;
    long[] p = m.plannedFen;
    long[] c = m.completedFen;
    for (int i = 0; i < l1.length; i++) {
      int s = l1[i] * Question.STATUS_SLOTS + status[i];
      count[s]++;
      total[s] = Math.addExact(total[s], t[i]);
      planned[s] = Math.addExact(planned[s], p[i]);
      completed[s] = Math.addExact(completed[s], c[i]);
    }
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    for (int s = 0; s < slots; s++) {
      if (count[s] > 0) {
        b.add(
            s / Question.STATUS_SLOTS,
            s % Question.STATUS_SLOTS,
            count[s],
            total[s],
            planned[s],
            completed[s]);
      }
    }
    return b;
  }

  /** The columns of one question, materialised: level-1 industry, status, three amounts. */
  static final class Materialised {
    final int[] level1;
    final byte[] status;
    final long[] totalFen;
    final long[] plannedFen;
    final long[] completedFen;

    private Materialised(int n) {
      level1 = new int[n];
      status = new byte[n];
      totalFen = new long[n];
      plannedFen = new long[n];
      completedFen = new long[n];
    }

    /**
     * Evaluates a question once into columns, from the history columns.
     *
     * @param c the history columns
     * @param q the question
     * @return the materialised columns
     */
    static Materialised of(Columns c, Question.Ask q) {
      Materialised m = new Materialised(c.size);
      int asOf = q.epochDay();
      int year = q.year().getValue();
      int month = q.epochMonth();
      for (int i = 0; i < c.size; i++) {
        int s = Question.NO_STATUS;
        for (int k = c.statusOffset[i]; k < c.statusOffset[i + 1] && c.statusDay[k] <= asOf; k++) {
          s = c.status[k];
        }
        long planned = 0;
        for (int k = c.planOffset[i]; k < c.planOffset[i + 1]; k++) {
          if (c.planYear[k] == year) {
            planned = c.planFen[k];
          }
        }
        long completed = 0;
        for (int k = c.progressOffset[i];
            k < c.progressOffset[i + 1] && c.progressMonth[k] <= month;
            k++) {
          completed = c.progressFen[k];
        }
        m.level1[i] = c.level1OfLeaf[c.industry[i]];
        m.status[i] = (byte) s;
        m.totalFen[i] = c.totalFen[i];
        m.plannedFen[i] = planned;
        m.completedFen[i] = completed;
      }
      return m;
    }
  }
}
