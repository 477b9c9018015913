package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The fixture's projects with activities tied to them: a1 (5 Jan) led to p1 and p3, a2 (15 Feb) to
 * p2, a3 (1 May) to none. p1 signed 10 Jan, started 1 Mar; p2 signed 1 Feb, started 7 Apr, in
 * operation 1 Oct; p3 a lead; p4 signed in 2022.
 */
class CohortFunnelTest {
  private static final DateRange Y2023 = DateRange.ofYear(Year.of(2023));

  private static Portfolio portfolio() {
    return Fixtures.base()
        .addProject(Fixtures.p1())
        .addProject(Fixtures.p2())
        .addProject(Fixtures.p3())
        .addProject(Fixtures.p4())
        .addActivity(activity("a1", LocalDate.of(2023, 1, 5), Fixtures.P1, Fixtures.P3))
        .addActivity(activity("a2", LocalDate.of(2023, 2, 15), Fixtures.P2))
        .addActivity(activity("a3", LocalDate.of(2023, 5, 1)))
        .build();
  }

  private static PromotionActivity activity(
      String id, LocalDate date, io.github.attract.project.ProjectId... led) {
    return PromotionActivity.builder()
        .id(ActivityId.of(id))
        .date(date)
        .kind(ActivityKind.OUTBOUND_VISIT)
        .title("Visit " + id)
        .addAllResultingProjects(java.util.List.of(led))
        .build();
  }

  @Test
  void byActivityDateEachStageIsASubsetOfTheOneBefore() {
    CohortFunnel mid = CohortFunnel.byActivityDate(portfolio(), Y2023, LocalDate.of(2023, 6, 30));
    assertThat(mid.activities()).hasSize(3);
    assertThat(mid.fruitfulActivities()).hasSize(2);
    assertThat(mid.projects()).containsExactly(Fixtures.P1, Fixtures.P2, Fixtures.P3);
    assertThat(mid.signed()).containsExactly(Fixtures.P1, Fixtures.P2);
    assertThat(mid.started()).containsExactly(Fixtures.P1, Fixtures.P2);
    assertThat(mid.producing()).isEmpty();
    assertThat(mid.projectRate()).isEqualTo(Rate.of(2, 3));
    assertThat(mid.signedRate()).isEqualTo(Rate.of(2, 3));
    assertThat(mid.startedRate()).isEqualTo(Rate.of(2, 2));
    assertThat(mid.producingRate()).isEqualTo(Rate.of(0, 2));

    CohortFunnel end = CohortFunnel.byActivityDate(portfolio(), Y2023, LocalDate.of(2023, 12, 31));
    assertThat(end.producing()).containsExactly(Fixtures.P2);
    assertThat(end.producingRate()).isEqualTo(Rate.of(1, 2));

    // as of 31 January only a1 is in the cohort, and only p1 is signed
    CohortFunnel jan = CohortFunnel.byActivityDate(portfolio(), Y2023, LocalDate.of(2023, 1, 31));
    assertThat(jan.activities()).containsExactly(ActivityId.of("a1"));
    assertThat(jan.projects()).containsExactly(Fixtures.P1, Fixtures.P3);
    assertThat(jan.signed()).containsExactly(Fixtures.P1);
    assertThat(jan.started()).isEmpty();
  }

  @Test
  void bySigningDateTheCohortIsTheProjectsSignedInThePeriod() {
    CohortFunnel f = CohortFunnel.bySigningDate(portfolio(), Y2023, LocalDate.of(2023, 12, 31));
    assertThat(f.activities()).isEmpty();
    assertThat(f.projects()).containsExactly(Fixtures.P1, Fixtures.P2);
    assertThat(f.signed()).isEqualTo(f.projects());
    assertThat(f.started()).containsExactly(Fixtures.P1, Fixtures.P2);
    assertThat(f.producing()).containsExactly(Fixtures.P2);
    assertThat(f)
        .hasToString(
            "Cohort funnel, projects signed in 2023-01-01/2023-12-31, as of 2023-12-31: activities"
                + " 0 (led to a project 0), projects 2, signed 2, started 2, producing 1");
  }
}
