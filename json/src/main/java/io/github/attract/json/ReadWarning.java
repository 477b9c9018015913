package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;

/**
 * Something the lenient reader noticed and accepted without failing, e.g. an unknown property that
 * it ignored: {@code /projects/2/colour: Ignored the unknown property 'colour'}.
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

  private ReadWarning(JsonPointer pointer, String message) {
    this.pointer = pointer;
    this.message = message;
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
        Objects.requireNonNull(pointer, "pointer"), Objects.requireNonNull(message, "message"));
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
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode() * 31 + message.hashCode();
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
