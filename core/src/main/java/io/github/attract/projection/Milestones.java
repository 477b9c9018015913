package io.github.attract.projection;

import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The periods and dates that the projections read off a project, each rule stated once.
 *
 * <p><b>Construction period</b> ({@link #constructionPeriod(Project)}), the first rule that gives
 * one:
 *
 * <ol>
 *   <li>the span of the phases' planned periods (earliest start to latest end), if any phase has
 *       one;
 *   <li>the span of the phases' actual periods, if any phase has one;
 *   <li>from the start of construction (the status history first reaching under-construction) or,
 *       failing that, 1 January of the first annual-plan year, to the day before the start of
 *       operation (the status history first reaching in-operation) or, failing that, 31 December of
 *       the last annual-plan year;
 *   <li>none: the project is reported as unscheduled, never dropped.
 * </ol>
 *
 * <p>A project whose planned completion is known ("started 7 April 2023, completion December 2025")
 * records it as a phase with that planned period; a single-phase project is the whole project.
 *
 * <p><b>Start of operation</b> ({@link #operationStart(Project)}): the day the project's status
 * history first reaches in-operation (or beyond); else the earliest day a phase reached it; else,
 * unless the project is cancelled, the day after its construction period ends (planned). A phase
 * ({@link #operationStart(Phase)}) uses its own history, else the day after its planned period.
 *
 * <pre>{@code
 * Milestones.constructionPeriod(fengfan);   // Optional[2023-04-07/2025-12-31]
 * Milestones.operationStart(fengfan);       // Optional[2026-01-01 (planned)]
 * }</pre>
 */
public final class Milestones {
  private Milestones() {}

  /**
   * Returns the construction period of a project, by the rules of the class comment.
   *
   * @param project the project
   * @return the period, or empty if no rule gives one
   */
  public static Optional<DateRange> constructionPeriod(Project project) {
    Objects.requireNonNull(project, "project");
    Optional<DateRange> planned = span(project, true);
    if (planned.isPresent()) {
      return planned;
    }
    Optional<DateRange> actual = span(project, false);
    if (actual.isPresent()) {
      return actual;
    }
    StatusHistory h = project.statusHistory();
    Optional<LocalDate> start = h.firstReached(Status.UNDER_CONSTRUCTION);
    Optional<LocalDate> end = h.firstReached(Status.IN_OPERATION).map(d -> d.minusDays(1));
    if (!project.annualPlans().isEmpty()) {
      AnnualPlan first = project.annualPlans().get(0);
      AnnualPlan last = project.annualPlans().get(project.annualPlans().size() - 1);
      start = start.or(() -> Optional.of(first.year().atDay(1)));
      end = end.or(() -> Optional.of(last.year().atMonth(12).atEndOfMonth()));
    }
    if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
      return Optional.of(DateRange.of(start.get(), end.get()));
    }
    return Optional.empty();
  }

  private static Optional<DateRange> span(Project project, boolean planned) {
    LocalDate start = null;
    LocalDate end = null;
    for (Phase phase : project.phases()) {
      Optional<DateRange> p = planned ? phase.plannedPeriod() : phase.actualPeriod();
      if (p.isPresent()) {
        start = start == null || p.get().start().isBefore(start) ? p.get().start() : start;
        end = end == null || p.get().end().isAfter(end) ? p.get().end() : end;
      }
    }
    return start == null || end == null ? Optional.empty() : Optional.of(DateRange.of(start, end));
  }

  /**
   * Returns when a project starts operation, by the rules of the class comment.
   *
   * @param project the project
   * @return the milestone, or empty if it is cancelled or no rule gives a date
   */
  public static Optional<Milestone> operationStart(Project project) {
    Objects.requireNonNull(project, "project");
    Optional<LocalDate> reached = project.statusHistory().firstReached(Status.IN_OPERATION);
    if (reached.isPresent()) {
      return Optional.of(Milestone.of(reached.get(), Milestone.Basis.REACHED));
    }
    if (isCancelled(project.statusHistory())) {
      return Optional.empty();
    }
    LocalDate earliest = null;
    for (Phase phase : project.phases()) {
      Optional<LocalDate> p = phase.statusHistory().firstReached(Status.IN_OPERATION);
      if (p.isPresent() && (earliest == null || p.get().isBefore(earliest))) {
        earliest = p.get();
      }
    }
    if (earliest != null) {
      return Optional.of(Milestone.of(earliest, Milestone.Basis.REACHED));
    }
    return constructionPeriod(project)
        .map(p -> Milestone.of(p.end().plusDays(1), Milestone.Basis.PLANNED));
  }

  /**
   * Returns when a phase starts operation: the day its status history first reaches in-operation,
   * else (unless the phase is cancelled) the day after its planned period.
   *
   * @param phase the phase
   * @return the milestone, or empty if it is cancelled or has neither
   */
  public static Optional<Milestone> operationStart(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    Optional<LocalDate> reached = phase.statusHistory().firstReached(Status.IN_OPERATION);
    if (reached.isPresent()) {
      return Optional.of(Milestone.of(reached.get(), Milestone.Basis.REACHED));
    }
    if (isCancelled(phase.statusHistory())) {
      return Optional.empty();
    }
    return phase
        .plannedPeriod()
        .map(p -> Milestone.of(p.end().plusDays(1), Milestone.Basis.PLANNED));
  }

  /**
   * Tells whether a history was cancelled; cancelled is final, so such a project never operates.
   *
   * @param history the history
   * @return true if it contains a change to cancelled
   */
  static boolean isCancelled(StatusHistory history) {
    return history.firstReached(Status.CANCELLED).isPresent();
  }
}
