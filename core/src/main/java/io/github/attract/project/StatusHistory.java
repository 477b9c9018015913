package io.github.attract.project;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated status changes of a project or phase, in order, each one allowed by {@link
 * Status#canChangeTo}. The first change may be any status: a ledger often takes a project up in the
 * middle of its life.
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
   *     allowed after it
   */
  public static StatusHistory of(Iterable<StatusChange> changes) {
    ImmutableList<StatusChange> list = ImmutableList.copyOf(changes);
    for (int i = 1; i < list.size(); i++) {
      check(list.get(i - 1), list.get(i));
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

  private static void check(StatusChange previous, StatusChange next) {
    if (next.date().isBefore(previous.date())) {
      throw new IllegalArgumentException(
          "Status change to '"
              + next.status().code()
              + "' must not be dated before the change it follows, but "
              + next.date()
              + " < "
              + previous.date());
    }
    if (!previous.status().canChangeTo(next.status())) {
      throw new IllegalArgumentException(
          "Status change on "
              + next.date()
              + " from '"
              + previous.status().code()
              + "' to '"
              + next.status().code()
              + "' is not allowed; allowed after '"
              + previous.status().code()
              + "': "
              + previous.status().allowedNext());
    }
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
      check(changes.get(changes.size() - 1), next);
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
