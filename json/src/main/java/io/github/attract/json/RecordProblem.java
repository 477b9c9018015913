package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.attract.project.Violation;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a record that a reader found: where it is (a JSON Pointer from the document root),
 * why, and the core {@link Violation} behind it when there is one (its rule, severity and field
 * path).
 *
 * <pre>{@code
 * for (RecordProblem p : rejected.problems()) {
 *   p.pointer();     // /projects/4/statusHistory/1/date
 *   p.severity();    // ERROR
 *   p.reason();      // Status change to 'signed' must not be dated before the change it follows, ...
 * }
 * }</pre>
 *
 * <p>A problem of the JSON itself (a wrong type, a malformed value) has no violation and is an
 * error.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // JsonPointer is serializable
  private final JsonPointer pointer;

  private final String reason;
  private final @Nullable Violation violation;

  private RecordProblem(JsonPointer pointer, String reason, @Nullable Violation violation) {
    this.pointer = pointer;
    this.reason = reason;
    this.violation = violation;
  }

  /**
   * Returns a problem of the JSON of a record, an error.
   *
   * @param pointer where the bad value is, from the document root
   * @param reason why it is bad
   * @return the problem
   */
  public static RecordProblem of(JsonPointer pointer, String reason) {
    return new RecordProblem(
        Objects.requireNonNull(pointer, "pointer"), Objects.requireNonNull(reason, "reason"), null);
  }

  /**
   * Returns a problem that is a violation of a rule of the domain; its reason is the violation's
   * message.
   *
   * @param pointer where the value the violation concerns is, from the document root
   * @param violation the violation
   * @return the problem
   */
  public static RecordProblem of(JsonPointer pointer, Violation violation) {
    Objects.requireNonNull(violation, "violation");
    return new RecordProblem(
        Objects.requireNonNull(pointer, "pointer"), violation.message(), violation);
  }

  /**
   * Returns where the problem is.
   *
   * @return the JSON Pointer from the document root
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns why the value is bad.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the violation of a rule of the domain behind the problem.
   *
   * @return the violation, or empty for a problem of the JSON itself
   */
  public Optional<Violation> violation() {
    return Optional.ofNullable(violation);
  }

  /**
   * Returns how severe the problem is.
   *
   * @return the violation's severity, {@code ERROR} for a problem of the JSON itself
   */
  public Violation.Severity severity() {
    return violation == null ? Violation.Severity.ERROR : violation.severity();
  }

  /**
   * Tells whether the problem rejects its record.
   *
   * @return true unless it is a warning
   */
  public boolean isError() {
    return severity() == Violation.Severity.ERROR;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RecordProblem that
        && that.pointer.equals(pointer)
        && that.reason.equals(reason)
        && Objects.equals(that.violation, violation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, reason, violation);
  }

  /**
   * Returns the pointer, a colon and the reason; a warning says so.
   *
   * @return e.g. {@code /projects/4/statusHistory/1/date: Status change to 'signed' ...}
   */
  @Override
  public String toString() {
    return pointer + ": " + (isError() ? "" : "warning: ") + reason;
  }
}
