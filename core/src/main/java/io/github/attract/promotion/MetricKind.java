package io.github.attract.promotion;

import java.util.Objects;

/** Whether a metric counts things, sums money or quantities, or is a rate (a KPI). */
public enum MetricKind {
  /** A count of things. */
  COUNT("count"),
  /** An amount of money. */
  MONEY("money"),
  /** A quantity with a unit, such as a new-energy index in kilowatts. */
  QUANTITY("quantity"),
  /**
   * A rate: a fraction in [0, 1] of two counts of projects, such as the start rate (开工率); the
   * metric states its numerator and denominator ({@link Metric#formula()}).
   */
  RATE("rate");

  private final String code;

  MetricKind(String code) {
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
  public static MetricKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (MetricKind v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException("Unknown metric kind '" + code + "'");
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
