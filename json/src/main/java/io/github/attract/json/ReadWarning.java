package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.attract.project.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something the lenient reader noticed and accepted without failing, e.g. an unknown property that
 * it ignored: {@code /projects/2/colour: Ignored the unknown property 'colour'}, or a violation of
 * warning severity of an accepted record, such as a cost overrun at {@code
 * /projects/2/progressReports/5/completedInvestment}.
 *
 * <pre>{@code
 * PortfolioReadResult result = PortfolioJson.reader().readLenient(path);
 * result.warnings().forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadWarning {
  private final JsonPointer pointer;
  private final String message;
  private final @Nullable Violation violation;

  private ReadWarning(JsonPointer pointer, String message, @Nullable Violation violation) {
    this.pointer = pointer;
    this.message = message;
    this.violation = violation;
  }

  /**
   * Returns a warning.
   *
   * @param pointer where, from the document root
   * @param message what was noticed
   * @return the warning
   */
  public static ReadWarning of(JsonPointer pointer, String message) {
    return new ReadWarning(
        Objects.requireNonNull(pointer, "pointer"),
        Objects.requireNonNull(message, "message"),
        null);
  }

  /**
   * Returns the warning of a violation of warning severity that an accepted record has; its message
   * is the violation's.
   *
   * @param pointer where the value the violation concerns is, from the document root
   * @param violation the violation
   * @return the warning
   */
  public static ReadWarning of(JsonPointer pointer, Violation violation) {
    Objects.requireNonNull(violation, "violation");
    return new ReadWarning(
        Objects.requireNonNull(pointer, "pointer"), violation.message(), violation);
  }

  /**
   * Returns the violation behind the warning.
   *
   * @return the violation, or empty for a warning of the reader itself (an ignored property)
   */
  public Optional<Violation> violation() {
    return Optional.ofNullable(violation);
  }

  /**
   * Returns where the warning applies.
   *
   * @return the JSON Pointer from the document root
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns what was noticed.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReadWarning that
        && that.pointer.equals(pointer)
        && that.message.equals(message)
        && Objects.equals(that.violation, violation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message, violation);
  }

  /**
   * Returns the pointer, a colon and the message.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return pointer + ": " + message;
  }
}
