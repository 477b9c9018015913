package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {
  private static final int SIZE = 3_000;
  private static final SyntheticPortfolio DATA = PortfolioGenerator.generate(SIZE, 7L);

  @Test
  void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    SyntheticPortfolio again = PortfolioGenerator.generate(SIZE, 7L);
    assertThat(again.totalFen).isEqualTo(DATA.totalFen);
    assertThat(again.name).isEqualTo(DATA.name);
    assertThat(again.statusDay).isEqualTo(DATA.statusDay);
    assertThat(again.status).isEqualTo(DATA.status);
    assertThat(again.progressFen).isEqualTo(DATA.progressFen);
    assertThat(PortfolioGenerator.generate(SIZE, 8L).totalFen).isNotEqualTo(DATA.totalFen);
  }

  @Test
  void totalInvestmentIsLogNormalBetweenAMillionAndAHundredBillionYuan() {
    long min = Arrays.stream(DATA.totalFen).min().orElseThrow();
    long max = Arrays.stream(DATA.totalFen).max().orElseThrow();
    assertThat(min).isGreaterThanOrEqualTo(100_000_000L); // 10^6 yuan
    assertThat(max).isLessThanOrEqualTo(10_000_000_000_000L); // 10^11 yuan
    long[] sorted = DATA.totalFen.clone();
    Arrays.sort(sorted);
    // Median near 10^8.3 yuan (2 * 10^8); a long right tail: the mean is several times the median.
    long median = sorted[SIZE / 2];
    assertThat(median).isBetween(10_000_000_000L, 40_000_000_000L);
    double mean = Arrays.stream(DATA.totalFen).average().orElseThrow();
    assertThat(mean / median).isGreaterThan(3.0);
    assertThat(Arrays.stream(DATA.totalFen).allMatch(f -> f % 10_000 == 0)).isTrue(); // 100 yuan
  }

  @Test
  void phasesSplitTheTotalExactlyAndListsAreConsistent() {
    for (int i = 0; i < SIZE; i++) {
      int phases = DATA.phaseOffset[i + 1] - DATA.phaseOffset[i];
      assertThat(phases).isBetween(1, 4);
      long sum = 0;
      for (int k = DATA.phaseOffset[i]; k < DATA.phaseOffset[i + 1]; k++) {
        sum += DATA.phaseFen[k];
        assertThat(DATA.phaseEnd[k]).isGreaterThanOrEqualTo(DATA.phaseStart[k]);
      }
      assertThat(sum).isEqualTo(DATA.totalFen[i]);
      long plans = 0;
      for (int k = DATA.planOffset[i]; k < DATA.planOffset[i + 1]; k++) {
        plans += DATA.planFen[k];
      }
      assertThat(plans).isLessThanOrEqualTo(DATA.totalFen[i]);
      assertThat(DATA.statusOffset[i + 1]).isGreaterThan(DATA.statusOffset[i]);
    }
  }

  @Test
  void everyStatusOccursAndTheAsOfDayFallsInsideTheHistories() {
    Map<Status, Integer> latest = new HashMap<>();
    int changedAfterAsOf = 0;
    for (int i = 0; i < SIZE; i++) {
      int last = DATA.statusOffset[i + 1] - 1;
      latest.merge(Question.status(DATA.status[last]), 1, Integer::sum);
      if (DATA.statusDay[last] > Question.AS_OF_DAY) {
        changedAfterAsOf++;
      }
    }
    assertThat(latest.keySet()).containsExactlyInAnyOrder(Status.values());
    // The question is a historical one: many histories go on after the as-of day.
    assertThat(changedAfterAsOf).isGreaterThan(SIZE / 10);
    Breakdown b = Oracle.of(DATA);
    assertThat(b.projects()).isEqualTo(SIZE);
    assertThat(b.groups()).isGreaterThan(50);
    assertThat(b.completedFen()).isPositive();
  }

  @Test
  void theAttractPortfolioHoldsTheSameProjectsAndIsValid() {
    Portfolio portfolio = AttractPortfolios.of(DATA);
    assertThat(portfolio.projects()).hasSize(SIZE);
    assertThat(portfolio.industries().roots()).hasSize(8);
    assertThat(portfolio.industries().size()).isEqualTo(8 + 48);
    Project p = portfolio.projects().get(17);
    assertThat(p.id().value()).isEqualTo(DATA.id[17]).isEqualTo("P0000018");
    assertThat(p.name()).isEqualTo(DATA.name[17]).contains("项目");
    assertThat(p.phases()).hasSize(DATA.phaseOffset[18] - DATA.phaseOffset[17]);
    assertThat(p.progressReports()).hasSize(DATA.progressOffset[18] - DATA.progressOffset[17]);
    assertThat(AttractLoop.breakdown(portfolio)).isEqualTo(Oracle.of(DATA));
  }

  @Test
  void thePlainObjectsHoldTheSameProjects() {
    PojoProject[] projects = PojoProject.of(DATA);
    assertThat(projects).hasSize(SIZE);
    assertThat(projects[5].totalInvestment.movePointRight(2).longValueExact())
        .isEqualTo(DATA.totalFen[5]);
    assertThat(projects[5].progress).hasSize(DATA.progressOffset[6] - DATA.progressOffset[5]);
  }

  @Test
  void rejectsAnEmptyPortfolio() {
    assertThatThrownBy(() -> PortfolioGenerator.generate(0, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Portfolio 'size' must be positive, but was 0");
  }
}
