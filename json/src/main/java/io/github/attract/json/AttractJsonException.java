package io.github.attract.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception that reading Attract JSON throws for bad input: malformed JSON, a wrong type, a
 * value that breaks a rule of the domain, an unknown property in strict mode, or input beyond the
 * configured limits. It carries the <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON
 * Pointer</a> of the bad value and the reason.
 *
 * <pre>{@code
 * try {
 *   PortfolioJson.reader().read(path);
 * } catch (AttractJsonException e) {
 *   e.pointer();   // /projects/3/phases/0/investment/amount
 *   e.reason();    // Money 'amount' must be a decimal string such as "1050000000.00", ...
 * }
 * }</pre>
 *
 * <p>The message is the pointer, a colon and the reason, followed by the line and column when they
 * are known: {@code /projects/3/name: 'name' must not be blank, but was ' ' [line 40, column 15]}.
 * The pointer of the document root is shown as {@code (root)}.
 *
 * <p>It extends Jackson's {@link JsonMappingException}, so it is an {@link java.io.IOException} and
 * passes unchanged through {@code ObjectMapper.readValue}, also from inside collections and beans:
 * its pointer is always the full path from the root of the input, and Jackson's reference chain is
 * not added to its message.
 */
public final class AttractJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** Where the bad value is, from the document root. */
  @SuppressWarnings("serial") // JsonPointer is serializable
  private final JsonPointer pointer;

  /** Why the value is bad. */
  private final String reason;

  /** Where the parser was, if known. */
  @SuppressWarnings("serial") // JsonLocation is serializable
  private final @Nullable JsonLocation location;

  /** Every problem behind the exception; empty when it is only this one. */
  @SuppressWarnings("serial") // an ImmutableList of serializable problems
  private final ImmutableList<RecordProblem> problems;

  /**
   * Creates the exception.
   *
   * @param pointer where the bad value is, from the document root
   * @param reason why it is bad
   * @param location where the parser was, or null if unknown
   * @param cause the underlying exception, or null
   */
  AttractJsonException(
      JsonPointer pointer,
      String reason,
      @Nullable JsonLocation location,
      @Nullable Throwable cause) {
    this(pointer, reason, location, cause, ImmutableList.of());
  }

  /** Creates the exception for a record that breaks several rules, with every problem. */
  AttractJsonException(
      JsonPointer pointer,
      String reason,
      @Nullable JsonLocation location,
      @Nullable Throwable cause,
      ImmutableList<RecordProblem> problems) {
    super((Closeable) null, reason, cause);
    this.location = location;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.problems = problems;
  }

  /**
   * Returns every problem behind the exception: for a record whose values break several rules of
   * the domain (e.g. an OC4IDS project that cannot become an Attract project), one per violation,
   * errors first and then warnings, each with its rule, severity and field path; otherwise the one
   * problem of this exception's pointer and reason.
   *
   * @return the problems, at least one
   */
  public ImmutableList<RecordProblem> problems() {
    return problems.isEmpty() ? ImmutableList.of(RecordProblem.of(pointer, reason)) : problems;
  }

  /**
   * Returns where the parser was when the problem was found.
   *
   * @return the line and column, or null when unknown (e.g. for a record read by the lenient
   *     reader, whose pointer is exact but whose position in the text is not kept)
   */
  @Override
  public @Nullable JsonLocation getLocation() {
    return location;
  }

  /**
   * Returns where the bad value is.
   *
   * @return the JSON Pointer from the document root, e.g. {@code
   *     /projects/3/phases/0/investment/amount}; empty for the root itself
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns why the value is bad, without the pointer.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the pointer, the reason and, if known, the line and column.
   *
   * @return the message
   */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * Returns the pointer, the reason and, if known, the line and column.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String where = pointer.toString().isEmpty() ? "(root)" : pointer.toString();
    JsonLocation location = getLocation();
    if (location == null || location.getLineNr() < 1) {
      return where + ": " + reason;
    }
    return where
        + ": "
        + reason
        + " [line "
        + location.getLineNr()
        + ", column "
        + location.getColumnNr()
        + "]";
  }
}
