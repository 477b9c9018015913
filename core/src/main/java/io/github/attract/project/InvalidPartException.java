package io.github.attract.project;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a part of a project (a {@link Phase}, {@link AnnualPlan}, {@link ProgressReport},
 * {@link DesignedCapacity}, {@link ExpectedOutcomes} or {@link InvestmentRevision}) is built with
 * values that break its rules; it carries every broken rule of the part, not only the first, so a
 * reader that leaves the part out can say all that is wrong with it.
 *
 * <p>Each violation names the part as its subject: the kind ({@code phase}, {@code annual-plan},
 * {@code progress-report}, {@code designed-capacity}, {@code expected-outcomes}, {@code
 * investment-revision}), its key (the phase id, the year, the month, the product, the date; empty
 * for expected outcomes) and the field path within the part ({@code investment}, {@code
 * fundsInPlace}, {@code statusHistory[1].status}).
 *
 * <pre>{@code
 * try {
 *   Phase.builder().id(PhaseId.of("phase-1")).name(" ")
 *       .investment(Money.of("CNY", "-1")).build();
 * } catch (InvalidPartException e) {
 *   e.violations();   // [name ..., investment ...]
 * }
 * }</pre>
 */
public final class InvalidPartException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of serializable violations
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject the part as messages name it, e.g. {@code Phase 'phase-1'}
   * @param violations every broken rule found, at least one
   * @throws IllegalArgumentException if there is no violation
   */
  public InvalidPartException(String subject, List<Violation> violations) {
    super(InvalidProjectException.message(subject, ImmutableList.copyOf(violations)));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Returns every broken rule of the part, in field order.
   *
   * @return the violations, each with the part as subject and its field path within the part
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
