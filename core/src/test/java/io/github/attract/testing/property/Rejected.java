package io.github.attract.testing.property;

/**
 * Signals that a try must be discarded: a filter found no fitting value or an assumption failed.
 */
final class Rejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Rejected(String message) {
    super(message, null, false, false);
  }
}
