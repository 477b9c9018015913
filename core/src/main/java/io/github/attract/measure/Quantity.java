package io.github.attract.measure;

import io.github.attract.internal.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact, non-negative amount of a {@link Unit}: a designed capacity ({@code 100000 t/a}), a
 * rated power ({@code 40 MW}), an area.
 *
 * <p>The value is normalised (no trailing zeros, never an exponent), so {@code 40 MW} and {@code
 * 40.0 MW} are equal; {@code 40 MW} and {@code 40000 kW} are not equal but compare as the same size
 * ({@link #compareTo}). {@link #parse} reads what {@link #toString} writes.
 *
 * <pre>{@code
 * Quantity q = Quantity.parse("40 MW");
 * q.to(Unit.KILOWATT);                        // 40000 kW
 * q.plus(Quantity.parse("100000 t/a"));       // throws DimensionMismatchException
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity>, Serializable {
  private static final long serialVersionUID = 1L;

  private final BigDecimal value;
  private final Unit unit;

  private Quantity(BigDecimal value, Unit unit) {
    this.value = value;
    this.unit = unit;
  }

  /**
   * Returns a quantity.
   *
   * @param value the non-negative value
   * @param unit the unit
   * @return the quantity, with its value normalised
   * @throws IllegalArgumentException if the value is negative
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    Objects.requireNonNull(unit, "unit");
    Checks.nonNegative("value", value);
    return new Quantity(normalise(value), unit);
  }

  /**
   * Returns a quantity of a whole number of units.
   *
   * @param value the non-negative value
   * @param unit the unit
   * @return the quantity
   * @throws IllegalArgumentException if the value is negative
   */
  public static Quantity of(long value, Unit unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /**
   * Returns zero of a unit.
   *
   * @param unit the unit
   * @return a zero quantity
   */
  public static Quantity zero(Unit unit) {
    return of(BigDecimal.ZERO, unit);
  }

  /**
   * Parses the form that {@link #toString()} writes: a plain decimal number, one space and a unit
   * symbol, e.g. {@code "100000 t/a"} or {@code "1.45 GW"}.
   *
   * @param text the text
   * @return the quantity
   * @throws IllegalArgumentException if the text is not of that form, the unit is unknown, or the
   *     value is negative
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space <= 0 || space != text.lastIndexOf(' ')) {
      throw new IllegalArgumentException(
          "Quantity text must be a number, a space and a unit, but was '" + text + "'");
    }
    String number = text.substring(0, space);
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c != '.' && (c < '0' || c > '9') && !(i == 0 && c == '-')) {
        throw new IllegalArgumentException("Quantity value is not a plain decimal: '" + text + "'");
      }
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Quantity value is not a plain decimal: '" + text + "'", e);
    }
    return of(value, Unit.ofSymbol(text.substring(space + 1)));
  }

  private static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the value.
   *
   * @return the exact, normalised value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the dimension of the unit.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return unit.dimension();
  }

  /**
   * Converts exactly to another unit of the same dimension.
   *
   * @param target the target unit
   * @return the same quantity in the target unit
   * @throws DimensionMismatchException if the target unit measures another dimension
   */
  public Quantity to(Unit target) {
    checkDimension(target);
    if (target == unit) {
      return this;
    }
    return new Quantity(
        normalise(value.scaleByPowerOfTen(unit.powerOfTen() - target.powerOfTen())), target);
  }

  /**
   * Returns the value in the base unit of the dimension.
   *
   * @return the exact value in base units
   */
  public BigDecimal baseValue() {
    return to(unit.dimension().baseUnit()).value;
  }

  /**
   * Returns the sum, in this quantity's unit.
   *
   * @param other a quantity of the same dimension
   * @return the exact sum
   * @throws DimensionMismatchException if the dimensions differ
   */
  public Quantity plus(Quantity other) {
    return new Quantity(normalise(value.add(other.to(unit).value)), unit);
  }

  /**
   * Returns the difference, in this quantity's unit.
   *
   * @param other a quantity of the same dimension, not larger than this one
   * @return the exact difference
   * @throws DimensionMismatchException if the dimensions differ
   * @throws IllegalArgumentException if the difference would be negative
   */
  public Quantity minus(Quantity other) {
    return of(value.subtract(other.to(unit).value), unit);
  }

  /**
   * Tells whether the value is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Compares sizes within one dimension, across units: {@code 40 MW} compares equal to {@code 40000
   * kW}.
   *
   * @param other a quantity of the same dimension
   * @return negative, zero or positive
   * @throws DimensionMismatchException if the dimensions differ
   */
  @Override
  public int compareTo(Quantity other) {
    checkDimension(other.unit);
    return baseValue().compareTo(other.baseValue());
  }

  private void checkDimension(Unit other) {
    Objects.requireNonNull(other, "unit");
    if (other.dimension() != unit.dimension()) {
      throw new DimensionMismatchException(unit, other);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Quantity that && that.unit == unit && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the plain value, a space and the unit symbol: {@code "100000 t/a"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.symbol();
  }
}
