package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.money.Money;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.ProjectContext;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The editing laws: an edit of a portfolio or project equals building it with the edit, and so do
 * the aggregates of the edited portfolio, also when the original's columnar index was built first.
 */
class EditingProperties {
  private static final LocalDate ON = LocalDate.of(2024, 6, 30);
  private static final YearMonth MONTH = YearMonth.of(2024, 6);

  @Test
  void withProjectEqualsBuildingWithTheProject() {
    Property.forAll(DomainGens.portfolios(1, 15).flatMap(EditingProperties::withAProject))
        .tries(150)
        .check(
            edit -> {
              Portfolio p = edit.portfolio;
              Breakdown<IndustryId> before = byIndustry(p);
              Portfolio edited = p.withProject(edit.project);
              Portfolio built = rebuiltWith(p, edit.project);
              assertThat(edited).isEqualTo(built);
              assertThat(edited.project(edit.project.id())).contains(edit.project);
              assertThat(byIndustry(edited)).isEqualTo(byIndustry(built));
              assertThat(byIndustryAndStatus(edited)).isEqualTo(byIndustryAndStatus(built));
              assertThat(byIndustry(p)).as("the original is untouched").isEqualTo(before);
            });
  }

  @Test
  void withoutProjectEqualsBuildingWithoutItOrFailsAsBuildingDoes() {
    Property.forAll(DomainGens.portfolios(1, 15), Gens.ints(0, 14))
        .tries(150)
        .check(
            (p, n) -> {
              ProjectId id = p.projects().get(n % p.projects().size()).id();
              byIndustry(p);
              Portfolio.Builder b = p.toBuilder();
              Portfolio.Builder without = Portfolio.builder();
              copyAllButProjects(p, without);
              p.projects().stream().filter(q -> !q.id().equals(id)).forEach(without::addProject);
              if (without.violations().isEmpty()) {
                Portfolio edited = p.withoutProject(id);
                assertThat(edited).isEqualTo(without.build());
                assertThat(edited.project(id)).isEmpty();
                assertThat(byIndustry(edited)).isEqualTo(byIndustry(without.build()));
              } else {
                assertThatThrownBy(() -> p.withoutProject(id))
                    .isInstanceOfSatisfying(
                        InvalidPortfolioException.class,
                        e -> assertThat(e.violations()).isEqualTo(without.violations()));
              }
              assertThat(b.build()).isEqualTo(p);
            });
  }

  @Test
  void puttingBackAProgressReportGivesTheProjectBack() {
    Property.forAll(DomainGens.projects(), Gens.ints(0, 1000))
        .tries(300)
        .check(
            (project, n) -> {
              Property.assume(!project.progressReports().isEmpty());
              List<ProgressReport> reports = new ArrayList<>(project.progressReports());
              ProgressReport taken = reports.remove(n % reports.size());
              Project without = rebuilt(project, project.statusHistory(), reports);
              assertThat(without.withProgressReport(taken)).isEqualTo(project);
              assertThat(project.withProgressReport(taken)).isEqualTo(project);
            });
  }

  @Test
  void appendingTheLastStatusChangeGivesTheProjectBack() {
    Property.forAll(DomainGens.projects())
        .tries(300)
        .check(
            project -> {
              List<StatusChange> changes = project.statusHistory().changes();
              Property.assume(!changes.isEmpty());
              StatusChange last = changes.get(changes.size() - 1);
              Project shorter =
                  rebuilt(
                      project,
                      StatusHistory.of(changes.subList(0, changes.size() - 1)),
                      project.progressReports());
              assertThat(shorter.withStatusChange(last)).isEqualTo(project);
              assertThat(shorter.withStatusChange(last.date(), last.status())).isEqualTo(project);
            });
  }

  @Test
  void editingAProjectInAPortfolioThenAggregatingEqualsAggregatingTheRebuiltPortfolio() {
    Property.forAll(DomainGens.portfolios(1, 15), Gens.ints(0, 14))
        .tries(150)
        .check(
            (p, n) -> {
              Project target = p.projects().get(n % p.projects().size());
              Optional<Project> advanced = advanced(target);
              Property.assume(advanced.isPresent());
              byIndustryAndStatus(p);
              Portfolio edited = p.withProject(advanced.get());
              Portfolio built = rebuiltWith(p, advanced.get());
              assertThat(byIndustryAndStatus(edited)).isEqualTo(byIndustryAndStatus(built));
              assertThat(byIndustry(edited)).isEqualTo(byIndustry(built));
            });
  }

  /** Moves a project on by a status change and a later progress report, where the rules allow. */
  private static Optional<Project> advanced(Project p) {
    Project out = p;
    Optional<StatusChange> last = p.statusHistory().changes().stream().reduce((a, b) -> b);
    LocalDate day = last.map(c -> c.date().plusDays(1)).orElse(ON);
    Status next =
        last.map(StatusChange::status)
            .flatMap(s -> s.allowedNext().stream().findFirst())
            .orElse(Status.LEAD);
    if (last.isEmpty() || !last.get().status().allowedNext().isEmpty()) {
      out = out.withStatusChange(day, next);
    }
    List<ProgressReport> reports = p.progressReports();
    YearMonth month =
        reports.isEmpty() ? MONTH : reports.get(reports.size() - 1).month().plusMonths(1);
    ProgressReport report =
        reports.isEmpty()
            ? ProgressReport.builder()
                .month(month)
                .completedInvestment(Money.zero(p.currency()))
                .build()
            : ProgressReport.builder()
                .month(month)
                .completedInvestment(reports.get(reports.size() - 1).completedInvestment())
                .build();
    return Optional.of(out.withProgressReport(report));
  }

  private static Breakdown<IndustryId> byIndustry(Portfolio p) {
    return Aggregation.over(p)
        .by(Dimensions.industry())
        .measuring(
            Measures.count(),
            Measures.totalInvestment(),
            Measures.completedInvestment(MONTH),
            Measures.annualPlannedInvestment(Year.of(2024)))
        .run();
  }

  private static Pivot<IndustryId, Status> byIndustryAndStatus(Portfolio p) {
    return Aggregation.over(p)
        .by(Dimensions.industry(1), Dimensions.statusOn(ON))
        .measuring(Measures.count(), Measures.completedInvestment(MONTH))
        .run();
  }

  /** The portfolio built from scratch with a project put in place of its namesake, or last. */
  static Portfolio rebuiltWith(Portfolio p, Project q) {
    Portfolio.Builder b = Portfolio.builder();
    copyAllButProjects(p, b);
    boolean replaced = false;
    for (Project x : p.projects()) {
      if (x.id().equals(q.id())) {
        b.addProject(q);
        replaced = true;
      } else {
        b.addProject(x);
      }
    }
    if (!replaced) {
      b.addProject(q);
    }
    return b.build();
  }

  private static void copyAllButProjects(Portfolio p, Portfolio.Builder b) {
    b.industries(p.industries())
        .regions(p.regions())
        .addAllChains(p.chains())
        .addAllFocusAreas(p.focusAreas())
        .addAllInvestors(p.investors())
        .addAllActivities(p.activities())
        .addAllSignings(p.signings())
        .addAllTargets(p.targets())
        .addAllReportedFigures(p.reportedFigures());
  }

  /** The project built from scratch with another status history and other progress reports. */
  static Project rebuilt(Project p, StatusHistory history, List<ProgressReport> reports) {
    return Project.builder()
        .id(p.id())
        .name(p.name())
        .addAllInvestors(p.investors())
        .location(p.location())
        .industry(p.industry())
        .chainLink(p.chainLink())
        .addAllFocusAreas(p.focusAreas())
        .addAllDesignations(p.designations())
        .currency(p.currency())
        .totalInvestment(p.totalInvestment())
        .totalInvestmentProvenance(p.totalInvestmentProvenance())
        .addAllTotalInvestmentRevisions(p.totalInvestmentRevisions())
        .addAllPhases(p.phases())
        .statusHistory(history)
        .addAllCapacities(p.capacities())
        .expectedOutcomes(p.expectedOutcomes())
        .addAllAnnualPlans(p.annualPlans())
        .addAllProgressReports(reports)
        .description(p.description())
        .build();
  }

  private record Pick(int index, boolean replace) {}

  private record Edit(Portfolio portfolio, Project project) {}

  private static Gen<Edit> withAProject(Portfolio p) {
    return Gens.combine(Gens.ints(0, p.projects().size()), Gens.booleans(), Pick::new)
        .flatMap(
            pick -> {
              int i = pick.index();
              boolean replace = pick.replace() && i < p.projects().size();
              ProjectId id = replace ? p.projects().get(i).id() : ProjectId.of("edited-" + i);
              return DomainGens.projects(ProjectContext.of(p), id).map(q -> new Edit(p, q));
            });
  }
}
