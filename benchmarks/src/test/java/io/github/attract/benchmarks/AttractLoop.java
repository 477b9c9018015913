package io.github.attract.benchmarks;

import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.taxonomy.IndustryId;

/**
 * The question answered over the Attract objects through their public accessors: shows that the
 * Attract portfolio built from the synthetic data holds the same projects as the other
 * representations.
 */
final class AttractLoop {
  private AttractLoop() {}

  static Breakdown breakdown(Portfolio portfolio) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    for (Project p : portfolio.projects()) {
      IndustryId l1 = portfolio.industries().rollUp(p.industry(), 1).id();
      int industry = Integer.parseInt(l1.value().substring(1)) - 1;
      b.add(
          industry,
          p.statusOn(Question.AS_OF).map(Question::statusIndex).orElse(Question.NO_STATUS),
          1,
          p.totalInvestment().map(Money::minorUnitsExact).orElse(0L),
          p.annualPlan(Question.PLAN_YEAR).map(a -> a.planned().minorUnitsExact()).orElse(0L),
          p.completedInvestmentAsOf(Question.PROGRESS_MONTH).minorUnitsExact());
    }
    return b;
  }
}
