package io.github.attract.projection;

import java.util.Objects;

/** Which investment curve a schedule shows. */
public enum Curve {
  /** The plan: the investment spread over the planned periods, annual plans overriding. */
  BASELINE("baseline"),
  /** What was done: the monthly increments of the cumulative completed investment reported. */
  ACTUAL("actual"),
  /** The actual curve up to an as-of month, then the rest of the baseline total, in its shape. */
  FORECAST("forecast");

  private final String code;

  Curve(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the code, e.g. {@code "baseline"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the curve of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the curve
   * @throws IllegalArgumentException if no curve has that code
   */
  public static Curve ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Curve c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown curve '" + code + "'");
  }

  /**
   * Returns the code.
   *
   * @return the stable lower-case code
   */
  @Override
  public String toString() {
    return code;
  }
}
