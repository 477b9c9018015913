package io.github.attract.promotion;

import java.util.Objects;

/** The level of the official who leads a promotion activity. */
public enum OfficialLevel {
  /** A provincial leader. */
  PROVINCIAL("provincial"),
  /** A city-level leader: party secretary, mayor, vice mayor. */
  CITY("city"),
  /** A county or district leader. */
  COUNTY("county"),
  /** The head of a department, such as the promotion bureau. */
  DEPARTMENT("department"),
  /** Staff without a leading official. */
  STAFF("staff");

  private final String code;

  OfficialLevel(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the constant of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static OfficialLevel ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (OfficialLevel v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException("Unknown official level '" + code + "'");
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
