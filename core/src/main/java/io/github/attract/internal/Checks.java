package io.github.attract.internal;

import java.math.BigDecimal;
import java.util.Objects;

/** Argument checks whose messages follow the house shape: subject, quoted names, rule, value. */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a text is neither blank nor padded with white space.
   *
   * @param field the name of the field, quoted in the message
   * @param value the value to check
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or has leading or trailing white space
   */
  public static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "'" + field + "' must not be blank, but was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          "'" + field + "' must not start or end with white space, but was '" + value + "'");
    }
    return value;
  }

  /**
   * Checks that a text of a subject is neither blank nor padded with white space, with a message
   * that names the subject first: {@code Project 'p-1' 'name' must not be blank, but was ' '}.
   *
   * @param subject the subject, e.g. {@code Project 'p-1'}
   * @param field the name of the field, quoted in the message
   * @param value the value to check
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or has leading or trailing white space
   */
  public static String nonBlank(String subject, String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          subject + " '" + field + "' must not be blank, but was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          subject
              + " '"
              + field
              + "' must not start or end with white space, but was '"
              + value
              + "'");
    }
    return value;
  }

  /**
   * Checks that a number is zero or positive.
   *
   * @param field the name of the field, quoted in the message
   * @param value the value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "'" + field + "' must not be negative, but was " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a count is zero or positive.
   *
   * @param field the name of the field, quoted in the message
   * @param value the value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("'" + field + "' must not be negative, but was " + value);
    }
    return value;
  }
}
