package io.github.attract.benchmarks;

import io.github.attract.calc.Pivot;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Editing one project, then asking the question again: a monthly progress report arrives for the
 * project in the middle of the portfolio. Every variant ends with the same pivot over the same
 * edited projects, so the scores compare the same work.
 *
 * <ul>
 *   <li>{@code editQueried}: {@link Portfolio#withProject} on a portfolio whose index is built (it
 *       answered the question), then the question: the edited portfolio's index is derived from the
 *       built one, its columns patched.
 *   <li>{@code editUnqueried}: the same edit of a copy whose index was never built, then the
 *       question: the index is built from the objects, as before the derivation existed.
 *   <li>{@code rebuild}: a portfolio built from scratch with the edited projects (every rule
 *       checked), then the question.
 * </ul>
 *
 * <p>The base portfolios are never changed, so every invocation does the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditBenchmark {
  /** The portfolio, queried and not, and the edited project. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class Edit {
    /** The number of projects. */
    @Param({"100000", "1000000"})
    public int size;

    Portfolio queried;
    Portfolio unqueried;
    Project edited;
    List<Project> editedProjects;

    /** Builds the portfolios and the edit, and checks that all variants answer alike. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      queried = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      Trials.verify(
          Oracle.of(data),
          AttractBreakdown.toBreakdown(AttractBreakdown.run(queried, false)),
          "attract before the edit");
      unqueried = Trials.timed("copy without index", () -> queried.toBuilder().build());
      Project p = queried.projects().get(size / 2);
      edited = withNextReport(p);
      Portfolio once = Trials.timed("edit", () -> queried.withProject(edited));
      editedProjects = once.projects();
      Breakdown expected = AttractBreakdown.toBreakdown(AttractBreakdown.run(rebuilt(), false));
      Trials.verify(
          expected, AttractBreakdown.toBreakdown(AttractBreakdown.run(once, false)), "editQueried");
      Trials.verify(
          expected,
          AttractBreakdown.toBreakdown(AttractBreakdown.run(unqueried.withProject(edited), false)),
          "editUnqueried");
      Trials.settle();
    }

    /** The edited portfolio built from scratch: every rule checked, no index. */
    Portfolio rebuilt() {
      return Portfolio.builder()
          .industries(queried.industries())
          .regions(queried.regions())
          .addAllChains(queried.chains())
          .addAllFocusAreas(queried.focusAreas())
          .addAllInvestors(queried.investors())
          .addAllProjects(editedProjects)
          .addAllActivities(queried.activities())
          .addAllSignings(queried.signings())
          .addAllTargets(queried.targets())
          .addAllReportedFigures(queried.reportedFigures())
          .build();
    }

    /** The project with a report of the month after its last one, completed as before. */
    private static Project withNextReport(Project p) {
      List<ProgressReport> reports = p.progressReports();
      YearMonth month =
          reports.isEmpty()
              ? Question.PROGRESS_MONTH
              : reports.get(reports.size() - 1).month().plusMonths(1);
      Money completed =
          reports.isEmpty()
              ? Money.zero(Currencies.CNY)
              : reports.get(reports.size() - 1).completedInvestment();
      return p.withProgressReport(
          ProgressReport.builder().month(month).completedInvestment(completed).build());
    }
  }

  /**
   * Edits the queried portfolio and asks the question.
   *
   * @param s the state
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> editQueried(Edit s) {
    return AttractBreakdown.run(s.queried.withProject(s.edited), false);
  }

  /**
   * Edits the portfolio whose index was never built and asks the question.
   *
   * @param s the state
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> editUnqueried(Edit s) {
    return AttractBreakdown.run(s.unqueried.withProject(s.edited), false);
  }

  /**
   * Builds the edited portfolio from scratch and asks the question.
   *
   * @param s the state
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> rebuild(Edit s) {
    return AttractBreakdown.run(s.rebuilt(), false);
  }
}
