package io.github.attract.project;

import java.util.Objects;

/** The kinds of designation a project receives: key-project levels and construction batches. */
public enum DesignationKind {
  /** A national key project. */
  NATIONAL_KEY("national-key"),
  /** A provincial-level key project (省级重点项目). */
  PROVINCIAL_KEY("provincial-key"),
  /** A city-level key project (市级重点项目). */
  CITY_KEY("city-key"),
  /** A county- or district-level key project. */
  COUNTY_KEY("county-key"),
  /** The batch of key projects starting construction in spring (春季开工). */
  SPRING_START("spring-start"),
  /** A batch of projects starting construction together at a ceremony (集中开工). */
  CONCENTRATED_START("concentrated-start");

  private final String code;

  DesignationKind(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the code, e.g. {@code "provincial-key"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the kind of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the kind
   * @throws IllegalArgumentException if no kind has that code
   */
  public static DesignationKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (DesignationKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown designation kind '" + code + "'");
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
