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

  /**
   * Creates the exception.
   *
   * @param violations every error found, at least one
   */
  public InvalidProjectException(ImmutableList<Violation> violations) {
    super(message(violations));
    this.violations = violations;
  }

  private static String message(ImmutableList<Violation> violations) {
    if (violations.size() == 1) {
      return violations.get(0).message();
    }
    StringBuilder sb =
        new StringBuilder("Project '")
            .append(violations.get(0).subjectId())
            .append("' breaks ")
            .append(violations.size())
            .append(" rules:");
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
}
