package io.github.attract.portfolio;

import com.google.common.collect.ImmutableList;
import io.github.attract.project.Violation;

/**
 * Thrown by {@link Portfolio.Builder#build()} when the portfolio breaks its rules; it carries every
 * violation, not only the first.
 */
public final class InvalidPortfolioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of serializable violations
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found, at least one
   */
  public InvalidPortfolioException(ImmutableList<Violation> violations) {
    super(message(violations));
    this.violations = violations;
  }

  private static String message(ImmutableList<Violation> violations) {
    StringBuilder sb =
        new StringBuilder("Portfolio breaks ").append(violations.size()).append(" rule(s):");
    int shown = 0;
    for (Violation v : violations) {
      if (shown++ == 20) {
        sb.append("\n  ... and ").append(violations.size() - 20).append(" more");
        break;
      }
      sb.append("\n  ").append(v);
    }
    return sb.toString();
  }

  /**
   * Returns every violation found.
   *
   * @return the violations, in a deterministic order
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
