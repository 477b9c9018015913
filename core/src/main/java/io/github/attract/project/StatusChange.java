package io.github.attract.project;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change of status: "construction started on 7 April 2023".
 *
 * <pre>{@code
 * StatusChange started = StatusChange.of(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusChange implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final Status status;

  private StatusChange(LocalDate date, Status status) {
    this.date = date;
    this.status = status;
  }

  /**
   * Returns a status change.
   *
   * @param date the day the status took effect
   * @param status the new status
   * @return the change
   */
  public static StatusChange of(LocalDate date, Status status) {
    return new StatusChange(
        Objects.requireNonNull(date, "date"), Objects.requireNonNull(status, "status"));
  }

  /**
   * Returns the day the status took effect.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the new status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StatusChange that && that.date.equals(date) && that.status == status;
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + status.hashCode();
  }

  /**
   * Returns the date, a space and the status code: {@code "2023-04-07 under-construction"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return date + " " + status.code();
  }
}
