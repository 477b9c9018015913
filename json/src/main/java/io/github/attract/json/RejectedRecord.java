package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;

/**
 * A record of a portfolio document that the lenient reader did not accept: where it is, where in it
 * the problem lies, why, and the record's JSON so that nothing is lost.
 *
 * <pre>{@code
 * for (RejectedRecord r : PortfolioJson.reader().readLenient(path).rejected()) {
 *   r.recordPointer();    // /projects/3
 *   r.problemPointer();   // /projects/3/phases/0/investment/amount
 *   r.reason();           // Money 'amount' must be a decimal string ...
 *   r.rawJson();          // {"id":"p4","name":...}
 * }
 * }</pre>
 *
 * <p>A record is one element of a top-level array of the document (a project, an investor, a
 * region, ...) or one industry of the taxonomy. A record rejected because a reference does not
 * resolve has the record itself as its problem pointer and the portfolio's violation as its reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class RejectedRecord {
  private final JsonPointer recordPointer;
  private final JsonPointer problemPointer;
  private final String reason;
  private final String rawJson;

  private RejectedRecord(
      JsonPointer recordPointer, JsonPointer problemPointer, String reason, String rawJson) {
    this.recordPointer = recordPointer;
    this.problemPointer = problemPointer;
    this.reason = reason;
    this.rawJson = rawJson;
  }

  /**
   * Returns a rejected record.
   *
   * @param recordPointer where the record is, e.g. {@code /projects/3}
   * @param problemPointer where the problem is, the record itself or a value inside it
   * @param reason why the record was rejected
   * @param rawJson the record's JSON, compact
   * @return the rejected record
   */
  public static RejectedRecord of(
      JsonPointer recordPointer, JsonPointer problemPointer, String reason, String rawJson) {
    return new RejectedRecord(
        Objects.requireNonNull(recordPointer, "recordPointer"),
        Objects.requireNonNull(problemPointer, "problemPointer"),
        Objects.requireNonNull(reason, "reason"),
        Objects.requireNonNull(rawJson, "rawJson"));
  }

  /**
   * Returns where the record is.
   *
   * @return the JSON Pointer of the record, e.g. {@code /projects/3}
   */
  public JsonPointer recordPointer() {
    return recordPointer;
  }

  /**
   * Returns where the problem is.
   *
   * @return the JSON Pointer of the bad value, inside the record or the record itself
   */
  public JsonPointer problemPointer() {
    return problemPointer;
  }

  /**
   * Returns why the record was rejected.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the record's JSON as it was read, written compactly (numbers keep their exact decimal
   * value; white space and property order may differ from the input).
   *
   * @return the JSON text of the record
   */
  public String rawJson() {
    return rawJson;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RejectedRecord that
        && that.recordPointer.equals(recordPointer)
        && that.problemPointer.equals(problemPointer)
        && that.reason.equals(reason)
        && that.rawJson.equals(rawJson);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordPointer, problemPointer, reason, rawJson);
  }

  /**
   * Returns the problem pointer and the reason.
   *
   * @return e.g. {@code /projects/3/name: 'name' must not be blank, but was ' '}
   */
  @Override
  public String toString() {
    return problemPointer + ": " + reason;
  }
}
