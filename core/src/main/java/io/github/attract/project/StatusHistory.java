package io.github.attract.project;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dated status changes of a project or phase, in order, each one allowed by {@link
 * Status#canChangeTo}. The first change may be any status: a ledger often takes a project up in the
 * middle of its life. {@link #of(Iterable)} and {@link #then} check these rules and throw; {@link
 * #ofUnchecked} keeps changes as read, and the project holding them reports every broken rule with
 * its field path ({@link #violations}).
 *
 * <p>Changes are dated in order; several changes on one day are allowed and apply in the order
 * given (signed and started on the same day).
 *
 * <pre>{@code
 * StatusHistory h = StatusHistory.empty()
 *     .then(LocalDate.of(2023, 2, 10), Status.SIGNED)
 *     .then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION);
 * h.statusOn(LocalDate.of(2023, 3, 1));                  // Optional[signed]
 * h.firstReached(Status.UNDER_CONSTRUCTION);             // Optional[2023-04-07]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusHistory implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final StatusHistory EMPTY = new StatusHistory(ImmutableList.of());

  private final ImmutableList<StatusChange> changes;

  private StatusHistory(ImmutableList<StatusChange> changes) {
    this.changes = changes;
  }

  /**
   * Returns the history with no change.
   *
   * @return the empty history
   */
  public static StatusHistory empty() {
    return EMPTY;
  }

  /**
   * Returns a history of changes, checked.
   *
   * @param changes the changes in order
   * @return the history
   * @throws IllegalArgumentException if a change is dated before the one it follows, or is not
   *     allowed after it; the message is that of the first such change
   */
  public static StatusHistory of(Iterable<StatusChange> changes) {
    ImmutableList<StatusChange> list = ImmutableList.copyOf(changes);
    for (int i = 1; i < list.size(); i++) {
      String problem = problem(list.get(i - 1), list.get(i));
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return list.isEmpty() ? EMPTY : new StatusHistory(list);
  }

  /**
   * Returns a history of changes, checked.
   *
   * @param changes the changes in order
   * @return the history
   * @throws IllegalArgumentException if a change is dated before the one it follows, or is not
   *     allowed after it
   */
  public static StatusHistory of(StatusChange... changes) {
    return of(List.of(changes));
  }

  /**
   * Returns a history of changes as given, without checking their order or transitions, for readers
   * that want every problem of a record at once: a {@link Project} or {@link Phase} holding it
   * reports each problem with its field path ({@link #violations}) and a project refuses to build
   * while there is one. A history of valid changes is equal to the one {@link #of(Iterable)}
   * returns.
   *
   * <pre>{@code
   * StatusHistory h = StatusHistory.ofUnchecked(changesAsRead);
   * Project.check(builder.statusHistory(h));   // e.g. statusHistory[1].date: ... dated before ...
   * }</pre>
   *
   * @param changes the changes in the order read
   * @return the history, possibly breaking its rules
   */
  public static StatusHistory ofUnchecked(Iterable<StatusChange> changes) {
    ImmutableList<StatusChange> list = ImmutableList.copyOf(changes);
    return list.isEmpty() ? EMPTY : new StatusHistory(list);
  }

  /**
   * Returns every broken rule of this history: for each change dated before the one it follows, a
   * violation at {@code path[i].date}; for each change not allowed after the one it follows, a
   * violation at {@code path[i].status} ({@code i} counts from 0). Each pair of neighbouring
   * changes is judged on its own, so a history with k bad changes has k violations, in change
   * order. A history from {@link #of(Iterable)} or {@link #then} has none.
   *
   * <pre>{@code
   * StatusHistory.ofUnchecked(List.of(
   *         StatusChange.of(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION),
   *         StatusChange.of(LocalDate.of(2023, 2, 10), Status.SIGNED)))
   *     .violations("project", "p1", "statusHistory");
   * // [statusHistory[1].date ..., statusHistory[1].status ...]
   * }</pre>
   *
   * @param subjectKind the kind of the entity holding the history, e.g. {@code "project"}
   * @param subjectId the id of that entity
   * @param path the field path of the history within the entity, e.g. {@code statusHistory} or
   *     {@code phases[phase-1].statusHistory}
   * @return the violations, all errors of rule {@code invalid-value}; empty if the history is valid
   * @throws IllegalArgumentException if the path is blank
   */
  public ImmutableList<Violation> violations(String subjectKind, String subjectId, String path) {
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException(
          "Status history 'path' must not be blank, but was '" + path + "'");
    }
    ImmutableList.Builder<Violation> found = ImmutableList.builder();
    for (int i = 1; i < changes.size(); i++) {
      StatusChange previous = changes.get(i - 1);
      StatusChange next = changes.get(i);
      String at = path + "[" + i + "]";
      String date = dateProblem(previous, next);
      if (date != null) {
        found.add(error(subjectKind, subjectId, at + ".date", date));
      }
      String transition = transitionProblem(previous, next);
      if (transition != null) {
        found.add(error(subjectKind, subjectId, at + ".status", transition));
      }
    }
    return found.build();
  }

  private static Violation error(String kind, String id, String path, String message) {
    return Violation.of(
        Violation.Rule.INVALID_VALUE, Violation.Severity.ERROR, kind, id, path, message);
  }

  /** Returns what is wrong with a change after the one it follows, the date first, or null. */
  private static @Nullable String problem(StatusChange previous, StatusChange next) {
    String date = dateProblem(previous, next);
    return date != null ? date : transitionProblem(previous, next);
  }

  private static @Nullable String dateProblem(StatusChange previous, StatusChange next) {
    if (next.date().isBefore(previous.date())) {
      return "Status change to '"
          + next.status().code()
          + "' must not be dated before the change it follows, but "
          + next.date()
          + " < "
          + previous.date();
    }
    return null;
  }

  private static @Nullable String transitionProblem(StatusChange previous, StatusChange next) {
    if (!previous.status().canChangeTo(next.status())) {
      return "Status change on "
          + next.date()
          + " from '"
          + previous.status().code()
          + "' to '"
          + next.status().code()
          + "' is not allowed; allowed after '"
          + previous.status().code()
          + "': "
          + previous.status().allowedNext();
    }
    return null;
  }

  /**
   * Returns this history with one more change at its end.
   *
   * @param date the day of the change
   * @param status the new status
   * @return the longer history
   * @throws IllegalArgumentException if the change is dated before the last one or not allowed
   *     after it
   */
  public StatusHistory then(LocalDate date, Status status) {
    StatusChange next = StatusChange.of(date, status);
    if (!changes.isEmpty()) {
      String problem = problem(changes.get(changes.size() - 1), next);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return new StatusHistory(
        ImmutableList.<StatusChange>builderWithExpectedSize(changes.size() + 1)
            .addAll(changes)
            .add(next)
            .build());
  }

  /**
   * Returns the changes in order.
   *
   * @return the changes
   */
  public ImmutableList<StatusChange> changes() {
    return changes;
  }

  /**
   * Tells whether there is no change.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the latest status.
   *
   * @return the status of the last change, or empty if there is none
   */
  public Optional<Status> current() {
    return changes.isEmpty()
        ? Optional.empty()
        : Optional.of(changes.get(changes.size() - 1).status());
  }

  /**
   * Returns the status in force at the end of a day: that of the last change dated on or before it.
   *
   * @param date the as-of day
   * @return the status, or empty if the first change is later
   */
  public Optional<Status> statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Status found = null;
    for (StatusChange c : changes) {
      if (c.date().isAfter(date)) {
        break;
      }
      found = c.status();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the first day the history stood at or beyond a ladder status, e.g. the start of
   * construction for {@code UNDER_CONSTRUCTION}; for {@code SUSPENDED} or {@code CANCELLED}, the
   * first day it entered that status.
   *
   * @param stage the status
   * @return the first date, or empty if it was never reached
   */
  public Optional<LocalDate> firstReached(Status stage) {
    Objects.requireNonNull(stage, "stage");
    for (StatusChange c : changes) {
      boolean reached = stage.isOnLadder() ? c.status().isAtOrBeyond(stage) : c.status() == stage;
      if (reached) {
        return Optional.of(c.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the history reached a status on or before a day (see {@link #firstReached}).
   *
   * @param stage the status
   * @param date the as-of day
   * @return true if reached by then
   */
  public boolean hasReached(Status stage, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> first = firstReached(stage);
    return first.isPresent() && !first.get().isAfter(date);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StatusHistory that && that.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /**
   * Returns the changes, e.g. {@code "[2023-02-10 signed, 2023-04-07 under-construction]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return changes.toString();
  }
}
