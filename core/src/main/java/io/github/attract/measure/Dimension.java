package io.github.attract.measure;

import java.util.Objects;

/**
 * What a {@link Unit} measures. Quantities convert freely within one dimension and never across
 * two: an annual output in tonnes is not a mass in stock, and rated power is not energy.
 */
public enum Dimension {
  /** A mass, base unit the tonne. */
  MASS("mass", "t"),
  /** A mass produced per year, base unit tonnes per year. */
  MASS_PER_YEAR("mass-per-year", "t/a"),
  /** An electric or thermal power, base unit the kilowatt. */
  POWER("power", "kW"),
  /** Rated power of equipment produced per year (e.g. storage equipment), base unit kW per year. */
  POWER_PER_YEAR("power-per-year", "kW/a"),
  /** An energy, base unit the kilowatt-hour. */
  ENERGY("energy", "kWh"),
  /** An energy produced per year, base unit kilowatt-hours per year. */
  ENERGY_PER_YEAR("energy-per-year", "kWh/a"),
  /** An area, base unit the square metre. */
  AREA("area", "m²"),
  /** A volume, base unit the cubic metre. */
  VOLUME("volume", "m³"),
  /** A count of pieces, base unit one piece. */
  COUNT("count", "units"),
  /** A count of pieces produced per year, base unit pieces per year. */
  COUNT_PER_YEAR("count-per-year", "units/a");

  private final String code;
  private final String baseSymbol;

  Dimension(String code, String baseSymbol) {
    this.code = code;
    this.baseSymbol = baseSymbol;
  }

  /**
   * Returns the stable lower-case code, e.g. {@code "mass-per-year"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the base unit of this dimension.
   *
   * @return the unit whose factor is one
   */
  public Unit baseUnit() {
    return Unit.ofSymbol(baseSymbol);
  }

  /**
   * Returns the dimension of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the dimension
   * @throws IllegalArgumentException if no dimension has that code
   */
  public static Dimension ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Dimension d : values()) {
      if (d.code.equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown dimension '" + code + "'");
  }
}
