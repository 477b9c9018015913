package io.github.attract.taxonomy;

import java.util.Objects;

/** Checks of the display texts (names, descriptions) of this package's value types. */
final class Texts {
  private Texts() {}

  /**
   * Checks that a text is neither blank nor padded with white space.
   *
   * @param subject the subject of the message, e.g. {@code "Industry 'coal'"}
   * @param field the name of the field, quoted in the message
   * @param value the text
   * @return the text
   */
  static String check(String subject, String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          subject + " must have a non-blank '" + field + "', but was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          subject
              + " must have a '"
              + field
              + "' without leading or trailing white space, but was '"
              + value
              + "'");
    }
    return value;
  }
}
