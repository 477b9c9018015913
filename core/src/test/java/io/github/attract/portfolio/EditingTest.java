package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Money;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EditingTest {
  private static final ProjectId FENGFAN = ProjectId.of("fengfan-storage");

  private static Project project(String id) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name("Project " + id)
        .location(RegionId.of("sys"))
        .industry(IndustryId.of("energy-storage"))
        .totalInvestment(Money.of("CNY", "1000"))
        .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.SIGNED))
        .build();
  }

  private static ProgressReport report(int month, String completed) {
    return ProgressReport.builder()
        .month(YearMonth.of(2023, month))
        .completedInvestment(Money.of("CNY", completed))
        .build();
  }

  @Test
  void progressReportsGoInMonthOrderAndReplaceTheirMonth() {
    Project p =
        project("fengfan-storage")
            .withProgressReport(report(5, "300"))
            .withProgressReport(report(3, "100"))
            .withProgressReport(report(4, "200"))
            .withProgressReport(report(4, "250"));
    assertThat(p.progressReports())
        .containsExactly(report(3, "100"), report(4, "250"), report(5, "300"));
  }

  @Test
  void aProgressReportIsCheckedLikeConstruction() {
    Project p = project("fengfan-storage").withProgressReport(report(5, "300"));
    assertThatThrownBy(() -> p.withProgressReport(report(6, "200")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'fengfan-storage' 'progressReports[2023-06].completedInvestment' is"
                + " cumulative and must not decrease, but CNY 200.00 < CNY 300.00 of 2023-05");
    // An overrun is kept, as a warning, not rejected.
    assertThat(p.withProgressReport(report(6, "2000")).violations())
        .extracting(Violation::toString)
        .containsExactly(
            "warning cost-overrun project fengfan-storage: Project 'fengfan-storage'"
                + " 'progressReports[2023-06].completedInvestment' CNY 2000.00 exceeds"
                + " 'totalInvestment' CNY 1000.00 (cost overrun)");
    assertThat(p.progressReports()).containsExactly(report(5, "300"));
  }

  @Test
  void statusChangesAppendAndAreChecked() {
    Project p = project("fengfan-storage");
    Project started = p.withStatusChange(LocalDate.of(2023, 5, 1), Status.UNDER_CONSTRUCTION);
    assertThat(started.statusOn(LocalDate.of(2023, 5, 1))).contains(Status.UNDER_CONSTRUCTION);
    assertThat(
            started
                .withStatusChange(StatusChange.of(LocalDate.of(2024, 1, 1), Status.IN_OPERATION))
                .statusHistory()
                .current())
        .contains(Status.IN_OPERATION);
    assertThatThrownBy(
            () -> p.withStatusChange(LocalDate.of(2023, 1, 1), Status.UNDER_CONSTRUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "must not be dated before the change it follows, but 2023-01-01 < 2023-04-07");
    assertThatThrownBy(() -> p.withStatusChange(LocalDate.of(2023, 5, 1), Status.LEAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Status change on 2023-05-01 from 'signed' to 'lead' is not allowed");
  }

  @Test
  void withProjectReplacesInPlaceOrAddsLast() {
    Portfolio p =
        Portfolio.builder()
            .industries(LabelsTest.portfolio().industries())
            .regions(LabelsTest.portfolio().regions())
            .addProject(project("a"))
            .addProject(project("b"))
            .build();
    Project b2 = project("b").withProgressReport(report(3, "10"));
    Portfolio replaced = p.withProject(b2);
    assertThat(replaced.projects()).containsExactly(project("a"), b2);
    Portfolio added = replaced.withProject(project("c"));
    assertThat(added.projects())
        .extracting(Project::id)
        .containsExactly(ProjectId.of("a"), ProjectId.of("b"), ProjectId.of("c"));
    assertThat(added.withoutProject(ProjectId.of("a")).projects())
        .containsExactly(b2, project("c"));
    assertThat(p.projects()).containsExactly(project("a"), project("b"));
  }

  @Test
  void aCostOverrunIsAPortfolioWarningThatDoesNotStopTheBuild() {
    // total 1000, completed 1200: an overrun of 200, kept
    Project over = project("a").withProgressReport(report(3, "1200"));
    Portfolio.Builder b =
        Portfolio.builder()
            .industries(LabelsTest.portfolio().industries())
            .regions(LabelsTest.portfolio().regions())
            .addProject(over);
    assertThat(b.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(Violation.Rule.COST_OVERRUN);
              assertThat(v.severity()).isEqualTo(Violation.Severity.WARNING);
              assertThat(v.subjectId()).isEqualTo("a");
              assertThat(v.path()).contains("progressReports[2023-03].completedInvestment");
            });
    assertThat(b.build().projects()).containsExactly(over);
  }

  @Test
  void editsAreCheckedLikeConstruction() {
    Portfolio p = LabelsTest.portfolio();
    Project elsewhere =
        Project.builder()
            .id(ProjectId.of("x"))
            .name("X")
            .location(RegionId.of("nowhere"))
            .industry(IndustryId.of("energy-storage"))
            .build();
    assertThatThrownBy(() -> p.withProject(elsewhere))
        .isInstanceOfSatisfying(
            InvalidPortfolioException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.subjectId()).isEqualTo("x")));
    assertThatThrownBy(() -> p.withoutProject(ProjectId.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Portfolio has no project 'x' to remove; it holds 1 projects");
    Portfolio signed =
        p.toBuilder()
            .addSigning(
                Signing.builder()
                    .id(SigningId.of("s-1"))
                    .date(LocalDate.of(2023, 4, 1))
                    .addInvestor(InvestorId.of("fengfan"))
                    .addProject(FENGFAN)
                    .build())
            .build();
    assertThatThrownBy(() -> signed.withoutProject(FENGFAN))
        .isInstanceOfSatisfying(
            InvalidPortfolioException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.subjectId()).isEqualTo("s-1")));
  }
}
