package io.github.attract.benchmarks;

/**
 * The reference answer to {@link Question}, computed from the raw data by the plainest code that
 * states the rules: the status is that of the last change on or before the day, the plan is the one
 * of the year, completed investment is that of the latest report of the month or before. Every
 * trial checks its variant against it before measuring.
 */
final class Oracle {
  private Oracle() {}

  /**
   * Answers the question.
   *
   * @param data the synthetic data
   * @return the breakdown
   */
  static Breakdown of(SyntheticPortfolio data) {
    return of(data, Question.DEFAULT);
  }

  /**
   * Answers a question.
   *
   * @param data the synthetic data
   * @param q the question
   * @return the breakdown
   */
  static Breakdown of(SyntheticPortfolio data, Question.Ask q) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    int year = q.year().getValue();
    int asOfDay = q.epochDay();
    int asOfMonth = q.epochMonth();
    for (int i = 0; i < data.size; i++) {
      int status = Question.NO_STATUS;
      int statusDay = Integer.MIN_VALUE;
      for (int k = data.statusOffset[i]; k < data.statusOffset[i + 1]; k++) {
        // Changes are in date order; on one day the later change wins.
        if (data.statusDay[k] <= asOfDay && data.statusDay[k] >= statusDay) {
          status = data.status[k];
          statusDay = data.statusDay[k];
        }
      }
      long planned = 0;
      for (int k = data.planOffset[i]; k < data.planOffset[i + 1]; k++) {
        if (data.planYear[k] == year) {
          planned = Math.addExact(planned, data.planFen[k]);
        }
      }
      long completed = 0;
      int reportMonth = Integer.MIN_VALUE;
      for (int k = data.progressOffset[i]; k < data.progressOffset[i + 1]; k++) {
        if (data.progressMonth[k] <= asOfMonth && data.progressMonth[k] > reportMonth) {
          completed = data.progressFen[k];
          reportMonth = data.progressMonth[k];
        }
      }
      b.add(
          SyntheticPortfolio.level1(data.industry[i]),
          status,
          1,
          data.totalFen[i],
          planned,
          completed);
    }
    return b;
  }
}
