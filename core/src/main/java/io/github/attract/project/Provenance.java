package io.github.attract.project;

import java.util.Objects;

/**
 * Where a figure comes from. Reports mix stated figures with estimates; Attract keeps them apart so
 * that an estimate never passes for a reported number.
 */
public enum Provenance {
  /** Stated by a source (a report, a contract, a progress return). */
  REPORTED("reported"),
  /** Estimated by the user of the ledger. */
  ESTIMATED("estimated"),
  /** Computed from other figures. */
  DERIVED("derived"),
  /**
   * Added up from the itemized entries a source lists (its phases, contracts or line items) rather
   * than stated by the source as one figure: each item is stated, their sum is not.
   */
  ITEMIZED("itemized");

  private final String code;

  Provenance(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the code, e.g. {@code "reported"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the provenance of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the provenance
   * @throws IllegalArgumentException if no provenance has that code
   */
  public static Provenance ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Provenance p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("Unknown provenance '" + code + "'");
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
