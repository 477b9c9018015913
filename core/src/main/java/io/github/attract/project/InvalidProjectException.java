package io.github.attract.project;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a project is built with values that break its rules; it carries every error found,
 * not only the first. Warnings never cause it.
 */
public final class InvalidProjectException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of serializable violations
  private final ImmutableList<Violation> violations;

  @SuppressWarnings("serial") // an ImmutableList of serializable violations
  private final ImmutableList<Violation> all;

  /**
   * Creates the exception.
   *
   * @param violations every error found, at least one
   * @throws IllegalArgumentException if there is no violation
   */
  public InvalidProjectException(ImmutableList<Violation> violations) {
    this(violations, violations);
  }

  /** Creates the exception with the errors and, in field order, the errors and warnings. */
  InvalidProjectException(ImmutableList<Violation> violations, ImmutableList<Violation> all) {
    super(message("Project '" + subjectId(violations) + "'", violations));
    this.violations = violations;
    this.all = all;
  }

  private static String subjectId(ImmutableList<Violation> violations) {
    return violations.isEmpty() ? "" : violations.get(0).subjectId();
  }

  /**
   * Returns the message of an exception carrying violations: the one message, or the subject, the
   * count and each message on its own line.
   *
   * @throws IllegalArgumentException if there is no violation
   */
  static String message(String subject, ImmutableList<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException(
          "An exception of broken rules needs at least one violation, but 'violations' was empty");
    }
    if (violations.size() == 1) {
      return violations.get(0).message();
    }
    StringBuilder sb =
        new StringBuilder(subject).append(" breaks ").append(violations.size()).append(" rules:");
    for (Violation v : violations) {
      sb.append("\n  ").append(v.message());
    }
    return sb.toString();
  }

  /**
   * Returns every error found.
   *
   * @return the violations, each with its field path
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the warnings found beside the errors, e.g. a cost overrun; they did not cause the
   * exception.
   *
   * @return the warnings in field order, possibly none
   */
  public ImmutableList<Violation> warnings() {
    return all.stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  /** Returns the errors and the warnings in field order. */
  ImmutableList<Violation> all() {
    return all;
  }
}
