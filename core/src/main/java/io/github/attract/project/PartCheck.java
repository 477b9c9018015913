package io.github.attract.project;

import io.github.attract.internal.Checks;
import io.github.attract.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of one part of a project while its check runs, then throws them all at
 * once as an {@link InvalidPartException}. Every part runs one on construction, so a valid part
 * pays for no text and no list: the subject and the key are made into text only once a rule is
 * broken. Not thread-safe; one per check.
 */
final class PartCheck {
  private final String kind;
  private final Object key;
  private final String subject;
  private @Nullable List<Violation> found;

  /**
   * @param kind the violation subject kind, e.g. {@code phase}
   * @param key the part's key, e.g. the phase id or the year, as text by {@code toString}; empty
   *     text if it has none
   * @param subject the part as messages name it, {@code {}} standing for the key, e.g. {@code Phase
   *     '{}'} or {@code Expected outcomes}
   */
  PartCheck(String kind, Object key, String subject) {
    this.kind = kind;
    this.key = key;
    this.subject = subject;
  }

  private String subject() {
    return subject.replace("{}", key.toString());
  }

  /** Notes a broken rule of a field. */
  void error(String path, String message) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(
        Violation.of(
            Violation.Rule.INVALID_VALUE,
            Violation.Severity.ERROR,
            kind,
            key.toString(),
            path,
            message));
  }

  /** Notes a text that is blank or padded with white space. */
  void nonBlank(String field, String value) {
    if (value.isBlank() || value.strip().length() != value.length()) {
      try {
        Checks.nonBlank(subject(), field, value);
      } catch (IllegalArgumentException e) {
        error(field, String.valueOf(e.getMessage()));
      }
    }
  }

  /** Notes an amount below zero. */
  void nonNegative(String field, Money amount) {
    if (amount.isNegative()) {
      error(field, subject() + " '" + field + "' must not be negative, but was " + amount);
    }
  }

  /** Notes an amount below zero, if there is one. */
  void nonNegative(String field, Optional<Money> amount) {
    if (amount.isPresent()) {
      nonNegative(field, amount.get());
    }
  }

  /** Tells whether a rule is broken so far. */
  boolean failed() {
    return found != null;
  }

  /** Adds violations found elsewhere, e.g. those of the part's status history. */
  void addAll(List<Violation> violations) {
    for (Violation v : violations) {
      if (found == null) {
        found = new ArrayList<>();
      }
      found.add(v);
    }
  }

  /** Throws every broken rule noted, if there is one. */
  void throwIfFailed() {
    if (found != null) {
      throw new InvalidPartException(subject(), found);
    }
  }
}
