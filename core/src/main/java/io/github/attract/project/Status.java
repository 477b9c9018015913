package io.github.attract.project;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a project or phase stands in its lifecycle.
 *
 * <p>The main line is a ladder: {@code lead → negotiating → signed → ready-to-start →
 * under-construction → in-operation → completed}. Beside it stand {@code suspended} (work stopped;
 * resuming is {@code suspended → under-construction}) and {@code cancelled}.
 *
 * <p>The transitions a {@link StatusHistory} accepts ({@link #canChangeTo}):
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>lead</td><td>any later ladder status, cancelled</td></tr>
 *   <tr><td>negotiating</td><td>any later ladder status, cancelled</td></tr>
 *   <tr><td>signed</td><td>any later ladder status, suspended, cancelled</td></tr>
 *   <tr><td>ready-to-start</td><td>any later ladder status, suspended, cancelled</td></tr>
 *   <tr><td>under-construction</td><td>in-operation, completed, suspended, cancelled</td></tr>
 *   <tr><td>in-operation</td><td>completed</td></tr>
 *   <tr><td>suspended</td><td>under-construction (resumed), cancelled</td></tr>
 *   <tr><td>completed, cancelled</td><td>nothing: they are final</td></tr>
 * </table>
 *
 * <p>Moving forward may skip ladder steps (a project signed and started on one day); it never moves
 * back.
 *
 * <pre>{@code
 * Status.SUSPENDED.canChangeTo(Status.UNDER_CONSTRUCTION);   // true: resumed
 * Status.ofCode("in-operation");                             // IN_OPERATION
 * }</pre>
 */
public enum Status {
  /** A prospect the promotion work is pursuing. */
  LEAD("lead", 0),
  /** In negotiation with the investor. */
  NEGOTIATING("negotiating", 1),
  /** A contract is signed (contracted project, 签约). */
  SIGNED("signed", 2),
  /** Approvals and land in place, ready to start construction. */
  READY_TO_START("ready-to-start", 3),
  /** Construction has started (开工). */
  UNDER_CONSTRUCTION("under-construction", 4),
  /** Production started or connected to the grid (投产, 并网). */
  IN_OPERATION("in-operation", 5),
  /** Construction completed and accepted (竣工). */
  COMPLETED("completed", 6),
  /** Work stopped; it may resume. */
  SUSPENDED("suspended", -1),
  /** Abandoned; final. */
  CANCELLED("cancelled", -1);

  private final String code;
  private final int rung;

  Status(String code, int rung) {
    this.code = code;
    this.rung = rung;
  }

  /**
   * Returns the stable lower-case code, e.g. {@code "under-construction"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether this status is on the main ladder (not suspended or cancelled).
   *
   * @return true for lead to completed
   */
  public boolean isOnLadder() {
    return rung >= 0;
  }

  /**
   * Tells whether this status is on the ladder at or beyond another ladder status: {@code
   * IN_OPERATION.isAtOrBeyond(UNDER_CONSTRUCTION)} is true. Suspended and cancelled are beyond
   * nothing.
   *
   * @param stage a ladder status
   * @return true if this is a ladder status at or after {@code stage}
   * @throws IllegalArgumentException if {@code stage} is not on the ladder
   */
  public boolean isAtOrBeyond(Status stage) {
    if (!stage.isOnLadder()) {
      throw new IllegalArgumentException(
          "Status 'stage' must be on the ladder, but was '" + stage.code + "'");
    }
    return rung >= stage.rung;
  }

  /**
   * Tells whether nothing can follow this status.
   *
   * @return true for completed and cancelled
   */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }

  /**
   * Tells whether a status history may go from this status to another.
   *
   * @param next the next status
   * @return true if the transition is allowed (see the table above)
   */
  public boolean canChangeTo(Status next) {
    Objects.requireNonNull(next, "next");
    switch (this) {
      case LEAD:
      case NEGOTIATING:
        return next == CANCELLED || (next.isOnLadder() && next.rung > rung);
      case SIGNED:
      case READY_TO_START:
        return next == CANCELLED || next == SUSPENDED || (next.isOnLadder() && next.rung > rung);
      case UNDER_CONSTRUCTION:
        return next == IN_OPERATION || next == COMPLETED || next == SUSPENDED || next == CANCELLED;
      case IN_OPERATION:
        return next == COMPLETED;
      case SUSPENDED:
        return next == UNDER_CONSTRUCTION || next == CANCELLED;
      case COMPLETED:
      case CANCELLED:
      default:
        return false;
    }
  }

  /**
   * Returns every status this one may change to, in declaration order.
   *
   * @return the allowed next statuses; empty for a final status
   */
  public ImmutableSet<Status> allowedNext() {
    Set<Status> next = EnumSet.noneOf(Status.class);
    for (Status s : values()) {
      if (canChangeTo(s)) {
        next.add(s);
      }
    }
    return ImmutableSet.copyOf(next);
  }

  /**
   * Returns the status of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the status
   * @throws IllegalArgumentException if no status has that code
   */
  public static Status ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Status s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown status '" + code + "'");
  }

  /**
   * Returns the code.
   *
   * @return the stable lower-case code
   */
  @Override
  public String toString() {
    return code;
  }
}
