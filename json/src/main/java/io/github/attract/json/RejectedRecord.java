package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A record of a portfolio document that the lenient reader did not accept: where it is, every
 * problem found in it (where, why, and the core violation behind it), and the record's JSON so that
 * nothing is lost.
 *
 * <pre>{@code
 * for (RejectedRecord r : PortfolioJson.reader().readLenient(path).rejected()) {
 *   r.recordPointer();    // /projects/3
 *   r.problemPointer();   // /projects/3/phases/0/investment/amount, that of the first problem
 *   r.reason();           // Money 'amount' must be a decimal string ..., that of the first problem
 *   r.problems();         // every problem, errors first, each with its pointer and severity
 *   r.rawJson();          // {"id":"p4","name":...}
 * }
 * }</pre>
 *
 * <p>A project whose values break rules of the domain lists every violation with the pointer of its
 * field ({@code /projects/4/statusHistory/1/date}), and also its warnings; a malformed value (a
 * wrong type, a bad decimal) still ends the reading of its record, after the problems found before
 * it.
 *
 * <p>A record is one element of a top-level array of the document (a project, an investor, a
 * region, ...) or one industry of the taxonomy. A record rejected because a reference does not
 * resolve has the record itself as its problem pointer and the portfolio's violation as its reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class RejectedRecord {
  private final JsonPointer recordPointer;
  private final ImmutableList<RecordProblem> problems;
  private final String rawJson;

  private RejectedRecord(
      JsonPointer recordPointer, ImmutableList<RecordProblem> problems, String rawJson) {
    this.recordPointer = recordPointer;
    this.problems = problems;
    this.rawJson = rawJson;
  }

  /**
   * Returns a rejected record with one problem.
   *
   * @param recordPointer where the record is, e.g. {@code /projects/3}
   * @param problemPointer where the problem is, the record itself or a value inside it
   * @param reason why the record was rejected
   * @param rawJson the record's JSON, compact
   * @return the rejected record
   */
  public static RejectedRecord of(
      JsonPointer recordPointer, JsonPointer problemPointer, String reason, String rawJson) {
    return of(recordPointer, ImmutableList.of(RecordProblem.of(problemPointer, reason)), rawJson);
  }

  /**
   * Returns a rejected record with every problem found in it.
   *
   * @param recordPointer where the record is, e.g. {@code /projects/3}
   * @param problems the problems, at least one error, the first one saying why it was rejected
   * @param rawJson the record's JSON, compact
   * @return the rejected record
   * @throws IllegalArgumentException if there is no problem or the first one is a warning
   */
  public static RejectedRecord of(
      JsonPointer recordPointer, Iterable<RecordProblem> problems, String rawJson) {
    Objects.requireNonNull(recordPointer, "recordPointer");
    Objects.requireNonNull(rawJson, "rawJson");
    ImmutableList<RecordProblem> list = ImmutableList.copyOf(problems);
    if (list.isEmpty() || !list.get(0).isError()) {
      throw new IllegalArgumentException(
          "Rejected record '"
              + recordPointer
              + "' must have an error as its first problem, but had "
              + list);
    }
    return new RejectedRecord(recordPointer, list, rawJson);
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
   * Returns where the first problem is.
   *
   * @return the JSON Pointer of the bad value, inside the record or the record itself
   */
  public JsonPointer problemPointer() {
    return problems.get(0).pointer();
  }

  /**
   * Returns why the record was rejected: the reason of the first problem.
   *
   * @return the reason
   */
  public String reason() {
    return problems.get(0).reason();
  }

  /**
   * Returns every problem found in the record: the errors in the order found, then the warnings.
   *
   * @return the problems, at least one
   */
  public ImmutableList<RecordProblem> problems() {
    return problems;
  }

  /**
   * Returns the reasons of every problem, in the order of {@link #problems()}.
   *
   * @return the reasons, at least one
   */
  public ImmutableList<String> reasons() {
    return problems.stream().map(RecordProblem::reason).collect(ImmutableList.toImmutableList());
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
        && that.problems.equals(problems)
        && that.rawJson.equals(rawJson);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordPointer, problems, rawJson);
  }

  /**
   * Returns the first problem's pointer and reason, and how many more problems there are.
   *
   * @return e.g. {@code /projects/3/name: 'name' must not be blank, but was ' '}, or with {@code "
   *     (and 2 more)"} at the end
   */
  @Override
  public String toString() {
    String first = problemPointer() + ": " + reason();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
