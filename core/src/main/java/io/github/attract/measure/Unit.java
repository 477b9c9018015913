package io.github.attract.measure;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure with its symbol, its {@link Dimension} and its exact factor to the dimension's
 * base unit. All factors are powers of ten, so conversions within a dimension are exact.
 *
 * <pre>{@code
 * Unit.ofSymbol("MW").factor();   // 1000 (kW)
 * }</pre>
 */
public enum Unit {
  /** Tonne. */
  TONNE("t", Dimension.MASS, 0),
  /** Thousand tonnes. */
  KILOTONNE("kt", Dimension.MASS, 3),
  /** Million tonnes. */
  MEGATONNE("Mt", Dimension.MASS, 6),
  /** Tonnes per year. */
  TONNE_PER_YEAR("t/a", Dimension.MASS_PER_YEAR, 0),
  /** Thousand tonnes per year. */
  KILOTONNE_PER_YEAR("kt/a", Dimension.MASS_PER_YEAR, 3),
  /** Million tonnes per year. */
  MEGATONNE_PER_YEAR("Mt/a", Dimension.MASS_PER_YEAR, 6),
  /** Kilowatt. */
  KILOWATT("kW", Dimension.POWER, 0),
  /** Megawatt. */
  MEGAWATT("MW", Dimension.POWER, 3),
  /** Gigawatt. */
  GIGAWATT("GW", Dimension.POWER, 6),
  /** Kilowatts of rated equipment per year. */
  KILOWATT_PER_YEAR("kW/a", Dimension.POWER_PER_YEAR, 0),
  /** Megawatts of rated equipment per year. */
  MEGAWATT_PER_YEAR("MW/a", Dimension.POWER_PER_YEAR, 3),
  /** Gigawatts of rated equipment per year. */
  GIGAWATT_PER_YEAR("GW/a", Dimension.POWER_PER_YEAR, 6),
  /** Kilowatt-hour. */
  KILOWATT_HOUR("kWh", Dimension.ENERGY, 0),
  /** Megawatt-hour. */
  MEGAWATT_HOUR("MWh", Dimension.ENERGY, 3),
  /** Gigawatt-hour. */
  GIGAWATT_HOUR("GWh", Dimension.ENERGY, 6),
  /** Kilowatt-hours per year. */
  KILOWATT_HOUR_PER_YEAR("kWh/a", Dimension.ENERGY_PER_YEAR, 0),
  /** Megawatt-hours per year. */
  MEGAWATT_HOUR_PER_YEAR("MWh/a", Dimension.ENERGY_PER_YEAR, 3),
  /** Gigawatt-hours per year. */
  GIGAWATT_HOUR_PER_YEAR("GWh/a", Dimension.ENERGY_PER_YEAR, 6),
  /** Square metre. */
  SQUARE_METRE("m²", Dimension.AREA, 0),
  /** Square kilometre. */
  SQUARE_KILOMETRE("km²", Dimension.AREA, 6),
  /** Cubic metre. */
  CUBIC_METRE("m³", Dimension.VOLUME, 0),
  /** Pieces (sets, units). */
  UNITS("units", Dimension.COUNT, 0),
  /** Pieces per year. */
  UNITS_PER_YEAR("units/a", Dimension.COUNT_PER_YEAR, 0);

  private final String symbol;
  private final Dimension dimension;
  private final int powerOfTen;

  Unit(String symbol, Dimension dimension, int powerOfTen) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.powerOfTen = powerOfTen;
  }

  /**
   * Returns the symbol, e.g. {@code "t/a"} or {@code "MW"}; also the stable code of the unit.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns what this unit measures.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Returns how many base units of the dimension one of this unit is.
   *
   * @return the exact factor, a power of ten
   */
  public BigDecimal factor() {
    return BigDecimal.ONE.scaleByPowerOfTen(powerOfTen).setScale(0);
  }

  /**
   * Returns the exponent of the factor to the base unit: 0, 3 or 6.
   *
   * @return the power of ten of one of this unit in base units
   */
  public int powerOfTen() {
    return powerOfTen;
  }

  /**
   * Returns the unit of a symbol. Besides the symbols that {@link #symbol()} returns, the ASCII
   * spellings of areas and volumes are accepted: {@code "m2"}, {@code "m^2"}, {@code "sqm"}, {@code
   * "km2"}, {@code "km^2"}, {@code "m3"}, {@code "m^3"}. Symbols are case-sensitive ({@code "MW"}
   * is not {@code "mW"}).
   *
   * @param symbol a symbol such as {@code "t/a"}, {@code "MW"} or {@code "m²"}
   * @return the unit
   * @throws IllegalArgumentException if no unit has that symbol
   */
  public static Unit ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    Unit unit = BY_SYMBOL.get(symbol);
    if (unit == null) {
      throw new IllegalArgumentException("Unknown unit '" + symbol + "'");
    }
    return unit;
  }

  private static final ImmutableMap<String, Unit> BY_SYMBOL = bySymbol();

  private static ImmutableMap<String, Unit> bySymbol() {
    ImmutableMap.Builder<String, Unit> b = ImmutableMap.builder();
    for (Unit u : values()) {
      b.put(u.symbol, u);
    }
    b.put("m2", SQUARE_METRE).put("m^2", SQUARE_METRE).put("sqm", SQUARE_METRE);
    b.put("km2", SQUARE_KILOMETRE).put("km^2", SQUARE_KILOMETRE);
    b.put("m3", CUBIC_METRE).put("m^3", CUBIC_METRE);
    return b.buildOrThrow();
  }

  /**
   * Returns the symbol.
   *
   * @return the symbol
   */
  @Override
  public String toString() {
    return symbol;
  }
}
