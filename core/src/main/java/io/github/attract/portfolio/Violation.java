package io.github.attract.portfolio;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One broken rule found by a bulk check: which rule, the subject it concerns (its kind and id) and
 * a message naming the field and the value.
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
          .thenComparing(Violation::rule)
          .thenComparing(Violation::message);

  private final Rule rule;
  private final String subjectKind;
  private final String subjectId;
  private final String message;

  private Violation(Rule rule, String subjectKind, String subjectId, String message) {
    this.rule = rule;
    this.subjectKind = subjectKind;
    this.subjectId = subjectId;
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
        Objects.requireNonNull(subjectKind, "subjectKind"),
        Objects.requireNonNull(subjectId, "subjectId"),
        Objects.requireNonNull(message, "message"));
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
   * reported-figure}.
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
   * Orders by subject kind, subject id, rule and message.
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
        && that.subjectKind.equals(subjectKind)
        && that.subjectId.equals(subjectId)
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, subjectKind, subjectId, message);
  }

  /**
   * Returns the rule code, the subject and the message.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return rule.code() + " " + subjectKind + " " + subjectId + ": " + message;
  }

  /** The rules a portfolio checks across its entities. */
  public enum Rule {
    /** Two entities of one kind share an id. */
    DUPLICATE_ID("duplicate-id"),
    /** A reference names an entity the portfolio does not hold. */
    UNRESOLVED_REFERENCE("unresolved-reference"),
    /** Investors' group memberships lead back to where they started. */
    GROUP_CYCLE("group-cycle");

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
