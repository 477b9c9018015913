package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.CohortFunnel;
import io.github.attract.calc.Kpis;
import io.github.attract.calc.ProjectBase;
import io.github.attract.calc.Rate;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.ProjectId;
import io.github.attract.projection.RateProgress;
import io.github.attract.projection.TargetProgress;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.TargetId;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The dataset's illustrative rate targets and activity links, computed by hand. */
class ShuangyashanRateTargetsTest {
  private static final LocalDate ARTICLE = ShuangyashanFiguresTest.ARTICLE;

  private static RateProgress progress(Portfolio p, String target) {
    return TargetProgress.of(p, p.target(TargetId.of(target)).orElseThrow(), ARTICLE)
        .rate()
        .orElseThrow();
  }

  @Test
  void startRateTargetIsSixProjectsShort() throws Exception {
    Portfolio p = ShuangyashanFiguresTest.portfolio();
    RateProgress start = progress(p, "2023-start-rate");
    // started by 24 April: graphite, new-energy base, Fengfan, Baoqing humic acid, Jianlong 40 MW,
    // Obesa, Lianfeng, Baoqing cold chain, Friendship grain storage, Raohe park: 10 of 19
    assertThat(start.numerator()).isEqualTo(10);
    assertThat(start.denominator()).isEqualTo(19);
    assertThat(start.current()).isEqualTo(Kpis.startRate(p, ProjectBase.all(), ARTICLE));
    // 0.8 × 19 = 15.2: 16 started are needed, 15 of 19 is only 78.9 %
    assertThat(start.projectsShort()).hasValue(6);
    assertThat(start.isMet()).isFalse();
  }

  @Test
  void contractFulfilmentTargetIsOneProjectShort() throws Exception {
    Portfolio p = ShuangyashanFiguresTest.portfolio();
    RateProgress fulfilment = progress(p, "2023-contract-fulfilment-rate");
    // the 10 started and the 3 ready-to-start new-energy projects were signed in 2023
    assertThat(fulfilment.current()).isEqualTo(Rate.of(10, 13));
    assertThat(fulfilment.current())
        .isEqualTo(Kpis.contractFulfilmentRate(p, Year.of(2023), ARTICLE));
    // 0.8 × 13 = 10.4: 11 are needed
    assertThat(fulfilment.projectsShort()).hasValue(1);
  }

  @Test
  void theActivityCohortFollowsTheDelegationsToTheirProjects() throws Exception {
    Portfolio p = ShuangyashanFiguresTest.portfolio();
    CohortFunnel f = CohortFunnel.byActivityDate(p, DateRange.ofYear(Year.of(2023)), ARTICLE);
    assertThat(f.activities()).hasSize(4);
    assertThat(f.fruitfulActivities())
        .containsExactly(
            ActivityId.of("2023-02-secretary-delegation"),
            ActivityId.of("2023-q1-city-leaders-expeditions"));
    assertThat(f.projects())
        .containsExactly(
            ProjectId.of("cssc-wind-project"),
            ProjectId.of("fengfan-storage"),
            ProjectId.of("guangdong-yudean-project"),
            ProjectId.of("guoneng-baoqing-project"));
    // every one signed before the article (Fengfan on 7 April, the others by 24 April), each
    // after the delegation of 1 February; only Fengfan started
    assertThat(f.signed()).isEqualTo(f.projects());
    assertThat(f.started()).containsExactly(ProjectId.of("fengfan-storage"));
    assertThat(f.producing()).isEmpty();
    assertThat(f.projectRate()).isEqualTo(Rate.of(2, 4));
    assertThat(f.startedRate()).isEqualTo(Rate.of(1, 4));
    // before the delegations the cohort is empty
    assertThat(
            CohortFunnel.byActivityDate(
                    p, DateRange.ofYear(Year.of(2023)), LocalDate.of(2023, 1, 31))
                .activities())
        .isEmpty();
  }
}
