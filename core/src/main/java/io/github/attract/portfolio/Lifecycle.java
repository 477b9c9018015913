package io.github.attract.portfolio;

import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.Signing;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The one definition of each milestone of a project's life: when it was signed, became ready to
 * start, started construction and entered production. The columnar engine, the aggregation
 * dimensions ({@code signing-year}, {@code start-year}), the funnels and the ledger metrics of
 * targets and reconciliations all read the milestones here.
 *
 * <ul>
 *   <li><b>signed</b>: the earliest of (a) the date of the earliest signing of the portfolio that
 *       names the project and (b) the first day its status history stood at or beyond {@code
 *       SIGNED}. A project whose history jumps from negotiating straight to under construction is
 *       therefore signed on the day it started, and a signing ceremony dated before the history
 *       records the contract counts from the ceremony;
 *   <li><b>ready to start</b>, <b>started</b> (construction), <b>producing</b> (in operation): the
 *       first day the status history stood at or beyond {@code READY_TO_START}, {@code
 *       UNDER_CONSTRUCTION}, {@code IN_OPERATION} ({@link StatusHistory#firstReached}).
 * </ul>
 *
 * <p>By construction each milestone implies the ones before it and is not dated before them: a
 * project that started was signed, on or before the day it started. Suspension and cancellation do
 * not undo a milestone reached.
 *
 * <pre>{@code
 * Lifecycle.signed(portfolio, fengfan);     // Optional[2023-03-10]: the signing ceremony
 * Lifecycle.started(fengfan);               // Optional[2023-04-07]
 * Lifecycle.producing(fengfan);             // Optional.empty
 * }</pre>
 *
 * <p>Stateless and thread-safe; reads no clock.
 */
public final class Lifecycle {
  private Lifecycle() {}

  /**
   * Returns the day a project was signed, from its status history and the date of the earliest
   * signing that names it: the earlier of the two (see the class comment). The bulk form for
   * callers that have indexed the signings by project.
   *
   * @param history the project's status history
   * @param earliestSigning the date of the earliest signing naming the project, if any
   * @return the day, or empty if neither gives one
   */
  public static Optional<LocalDate> signed(
      StatusHistory history, Optional<LocalDate> earliestSigning) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(earliestSigning, "earliestSigning");
    Optional<LocalDate> byStatus = history.firstReached(Status.SIGNED);
    if (earliestSigning.isEmpty()) {
      return byStatus;
    }
    if (byStatus.isEmpty() || earliestSigning.get().isBefore(byStatus.get())) {
      return earliestSigning;
    }
    return byStatus;
  }

  /**
   * Returns the day a project of a portfolio was signed (see the class comment); scans the
   * portfolio's signings.
   *
   * @param portfolio the portfolio whose signings count
   * @param project the project
   * @return the day, or empty if the project was never signed
   */
  public static Optional<LocalDate> signed(Portfolio portfolio, Project project) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(project, "project");
    return signed(project.statusHistory(), earliestSigning(portfolio, project.id()));
  }

  /**
   * Returns the date of the earliest signing of a portfolio that names a project.
   *
   * @param portfolio the portfolio
   * @param project the project's id
   * @return the date, or empty if no signing names it
   */
  public static Optional<LocalDate> earliestSigning(Portfolio portfolio, ProjectId project) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(project, "project");
    LocalDate earliest = null;
    for (Signing s : portfolio.signings()) {
      if (s.projects().contains(project) && (earliest == null || s.date().isBefore(earliest))) {
        earliest = s.date();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * Returns the day a project became ready to start: its history first at or beyond {@code
   * READY_TO_START}.
   *
   * @param project the project
   * @return the day, or empty if never reached
   */
  public static Optional<LocalDate> readyToStart(Project project) {
    return Objects.requireNonNull(project, "project")
        .statusHistory()
        .firstReached(Status.READY_TO_START);
  }

  /**
   * Returns the day a project started construction: its history first at or beyond {@code
   * UNDER_CONSTRUCTION}.
   *
   * @param project the project
   * @return the day, or empty if never reached
   */
  public static Optional<LocalDate> started(Project project) {
    return Objects.requireNonNull(project, "project")
        .statusHistory()
        .firstReached(Status.UNDER_CONSTRUCTION);
  }

  /**
   * Returns the day a project entered production: its history first at or beyond {@code
   * IN_OPERATION}.
   *
   * @param project the project
   * @return the day, or empty if never reached
   */
  public static Optional<LocalDate> producing(Project project) {
    return Objects.requireNonNull(project, "project")
        .statusHistory()
        .firstReached(Status.IN_OPERATION);
  }

  /**
   * Returns the day a project reached a ladder status from {@code SIGNED} on, by the rules of the
   * class comment ({@code SIGNED} also counts the earliest signing naming the project).
   *
   * @param stage a ladder status at or beyond {@code SIGNED}
   * @param history the project's status history
   * @param earliestSigning the date of the earliest signing naming the project, if any
   * @return the day, or empty if never reached
   * @throws IllegalArgumentException if the status is before {@code SIGNED} or off the ladder
   */
  public static Optional<LocalDate> reached(
      Status stage, StatusHistory history, Optional<LocalDate> earliestSigning) {
    Objects.requireNonNull(stage, "stage");
    if (!stage.isOnLadder() || !stage.isAtOrBeyond(Status.SIGNED)) {
      throw new IllegalArgumentException(
          "Lifecycle milestone must be a ladder status from 'signed' on, but was '" + stage + "'");
    }
    return stage == Status.SIGNED
        ? signed(history, earliestSigning)
        : Objects.requireNonNull(history, "history").firstReached(stage);
  }
}
