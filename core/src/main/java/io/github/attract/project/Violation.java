package io.github.attract.project;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule found by a bulk check: which rule, how severe, the subject it concerns (its kind
 * and id), the field path within the subject where one applies (e.g. {@code
 * annualPlans[2023].planned}) and a message naming the field and the value. An {@link
 * Severity#ERROR} makes the subject invalid; a {@link Severity#WARNING} is kept with a valid
 * subject (a cost overrun is a fact of real ledgers, not a broken record).
 *
 * <pre>{@code
 * for (Violation v : builder.violations()) {
 *   System.out.println(v);   // "unresolved-reference project SYS-1: 'location' 'cn-xx' is not a region of the portfolio"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Violation implements Comparable<Violation>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::subjectKind)
          .thenComparing(Violation::subjectId)
          .thenComparing(v -> v.path == null ? "" : v.path)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::severity)
          .thenComparing(Violation::message);

  private final Rule rule;
  private final Severity severity;
  private final String subjectKind;
  private final String subjectId;
  private final @Nullable String path; // null when the violation concerns the subject as a whole
  private final String message;

  private Violation(
      Rule rule,
      Severity severity,
      String subjectKind,
      String subjectId,
      @Nullable String path,
      String message) {
    this.rule = rule;
    this.severity = severity;
    this.subjectKind = subjectKind;
    this.subjectId = subjectId;
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a violation.
   *
   * @param rule the rule broken
   * @param subjectKind the kind of entity, e.g. {@code "project"}
   * @param subjectId the id of the entity
   * @param message what is wrong, naming the field and the value
   * @return the violation
   */
  public static Violation of(Rule rule, String subjectKind, String subjectId, String message) {
    return new Violation(
        Objects.requireNonNull(rule, "rule"),
        Severity.ERROR,
        Objects.requireNonNull(subjectKind, "subjectKind"),
        Objects.requireNonNull(subjectId, "subjectId"),
        null,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns a violation of one field of a subject.
   *
   * <pre>{@code
   * Violation.of(Rule.COST_OVERRUN, Severity.WARNING, "project", "p1",
   *     "progressReports[2023-05].completedInvestment", "... exceeds 'totalInvestment' ...");
   * }</pre>
   *
   * @param rule the rule broken
   * @param severity whether the subject is invalid or only noteworthy
   * @param subjectKind the kind of entity, e.g. {@code "project"}
   * @param subjectId the id of the entity
   * @param path the field path within the entity, e.g. {@code annualPlans[2023].planned}
   * @param message what is wrong, naming the field and the value
   * @return the violation
   * @throws IllegalArgumentException if the path is blank
   */
  public static Violation of(
      Rule rule,
      Severity severity,
      String subjectKind,
      String subjectId,
      String path,
      String message) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (path.isBlank()) {
      throw new IllegalArgumentException(
          "Violation 'path' must not be blank, but was '" + path + "'");
    }
    return new Violation(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(severity, "severity"),
        Objects.requireNonNull(subjectKind, "subjectKind"),
        Objects.requireNonNull(subjectId, "subjectId"),
        path,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns how severe the violation is.
   *
   * @return {@code ERROR} unless created as a warning
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Tells whether the violation makes its subject invalid.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the field path within the subject, e.g. {@code statusHistory[3].date}: list elements
   * are indexed by their key (a year, a month, a phase id) where they have one, else by position.
   *
   * @return the path, or empty if the violation concerns the subject as a whole
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the kind of the entity concerned: {@code project}, {@code investor}, {@code chain},
   * {@code focus-area}, {@code activity}, {@code signing}, {@code target} or {@code
   * reported-figure}; for a part of a project that fails on its own ({@link InvalidPartException}),
   * {@code phase}, {@code annual-plan}, {@code progress-report}, {@code designed-capacity}, {@code
   * expected-outcomes} or {@code investment-revision}.
   *
   * @return the kind
   */
  public String subjectKind() {
    return subjectKind;
  }

  /**
   * Returns the id of the entity concerned.
   *
   * @return the id text
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Orders by subject kind, subject id, path (none first), rule, severity and message.
   *
   * @param other the other violation
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Violation that
        && that.rule == rule
        && that.severity == severity
        && Objects.equals(that.path, path)
        && that.subjectKind.equals(subjectKind)
        && that.subjectId.equals(subjectId)
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, subjectKind, subjectId, path, message);
  }

  /**
   * Returns the rule code, the subject and the message; a warning starts with {@code warning}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning " : "")
        + rule.code()
        + " "
        + subjectKind
        + " "
        + subjectId
        + ": "
        + message;
  }

  /** How severe a violation is. */
  public enum Severity {
    /** The subject is invalid: it cannot be built, or a portfolio holding it cannot. */
    ERROR("error"),
    /** The subject is valid but noteworthy, e.g. a cost overrun; it is kept. */
    WARNING("warning");

    private final String code;

    Severity(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lower-case code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }

  /** The rules a portfolio checks across its entities, and those a project checks of its values. */
  public enum Rule {
    /** Two entities of one kind share an id. */
    DUPLICATE_ID("duplicate-id"),
    /** A reference names an entity the portfolio does not hold. */
    UNRESOLVED_REFERENCE("unresolved-reference"),
    /** Investors' group memberships lead back to where they started. */
    GROUP_CYCLE("group-cycle"),
    /** A value of a record breaks its rule: a negative amount, a wrong currency, a bad order. */
    INVALID_VALUE("invalid-value"),
    /** A record lacks a required attribute. */
    MISSING_VALUE("missing-value"),
    /** Completed investment above the total investment: a warning, kept with the project. */
    COST_OVERRUN("cost-overrun");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lower-case code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }
}
