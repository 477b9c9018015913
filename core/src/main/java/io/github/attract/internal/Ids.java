package io.github.attract.internal;

import java.util.Objects;

/** The rule every typed identifier follows. */
public final class Ids {
  /** The longest identifier accepted, in UTF-16 units. */
  public static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Checks an identifier text: not blank, no leading or trailing white space, no control
   * characters, at most {@link #MAX_LENGTH} characters.
   *
   * @param type the simple name of the identifier type, for the message
   * @param value the text
   * @return the text
   * @throws IllegalArgumentException if the text breaks the rule
   */
  public static String check(String type, String value) {
    Objects.requireNonNull(value, type);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + " must have 1 to " + MAX_LENGTH + " characters, but was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          type + " must not start or end with white space, but was '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            type + " must not contain control characters, but was '" + value + "'");
      }
    }
    return value;
  }
}
