package io.github.attract.project;

import io.github.attract.internal.Checks;
import io.github.attract.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every broken rule of one part of a project while its check runs, then throws them all at
 * once as an {@link InvalidPartException}. Not thread-safe; one per check.
 */
final class PartCheck {
  private final String kind;
  private final String key;
  private final String subject;
  private final List<Violation> found = new ArrayList<>();

  /**
   * @param kind the violation subject kind, e.g. {@code phase}
   * @param key the part's key, e.g. the phase id; empty if it has none
   * @param subject the part as messages name it, e.g. {@code Phase 'phase-1'}
   */
  PartCheck(String kind, String key, String subject) {
    this.kind = kind;
    this.key = key;
    this.subject = subject;
  }

  /** Notes a broken rule of a field. */
  void error(String path, String message) {
    found.add(
        Violation.of(
            Violation.Rule.INVALID_VALUE, Violation.Severity.ERROR, kind, key, path, message));
  }

  /** Notes a text that is blank or padded with white space. */
  void nonBlank(String field, String value) {
    try {
      Checks.nonBlank(subject, field, value);
    } catch (IllegalArgumentException e) {
      error(field, String.valueOf(e.getMessage()));
    }
  }

  /** Notes an amount below zero. */
  void nonNegative(String field, Optional<Money> amount) {
    if (amount.isPresent() && amount.get().isNegative()) {
      error(field, subject + " '" + field + "' must not be negative, but was " + amount.get());
    }
  }

  /** Tells whether a rule is broken so far. */
  boolean failed() {
    return !found.isEmpty();
  }

  /** Adds violations found elsewhere, e.g. those of the part's status history. */
  void addAll(List<Violation> violations) {
    found.addAll(violations);
  }

  /** Throws every broken rule noted, if there is one. */
  void throwIfFailed() {
    if (!found.isEmpty()) {
      throw new InvalidPartException(subject, found);
    }
  }
}
