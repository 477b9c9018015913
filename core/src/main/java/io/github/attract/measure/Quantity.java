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
   * Adds up quantities of one dimension, in a given unit; an empty input gives zero of that unit.
   *
   * <pre>{@code
   * Quantity.total(Unit.MEGAWATT, List.of(Quantity.parse("40 MW"), Quantity.parse("1.45 GW")));
   * // 1490 MW
   * }</pre>
   *
   * @param unit the unit of the total, which fixes the dimension
   * @param quantities the quantities, in any units of that dimension
   * @return the exact total in {@code unit}
   * @throws DimensionMismatchException if a quantity measures another dimension
   */
  public static Quantity total(Unit unit, Iterable<Quantity> quantities) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(quantities, "quantities");
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : quantities) {
      if (q.unit.dimension() != unit.dimension()) {
        throw new DimensionMismatchException(unit, q.unit);
      }
      sum = sum.add(q.valueIn(unit));
    }
    return new Quantity(normalise(sum), unit);
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
    if (space <= 0 || space != text.lastIndexOf(' ') || space == text.length() - 1) {
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
    return target == unit ? this : new Quantity(normalise(valueIn(target)), target);
  }

  /** Returns the value in another unit, which the caller has checked is of the same dimension. */
  private BigDecimal valueIn(Unit target) {
    return target == unit
        ? value
        : value.scaleByPowerOfTen(unit.powerOfTen() - target.powerOfTen());
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
    checkDimension(other.unit);
    return new Quantity(normalise(value.add(other.valueIn(unit))), unit);
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
    checkDimension(other.unit);
    BigDecimal difference = value.subtract(other.valueIn(unit));
    if (difference.signum() < 0) {
      throw new IllegalArgumentException(
          "Quantity 'other' must not be larger than this one, but " + other + " > " + this);
    }
    return new Quantity(normalise(difference), unit);
  }

  /**
   * Returns this quantity multiplied by a non-negative factor, exactly, in the same unit.
   *
   * @param factor the factor, zero or more
   * @return the product
   * @throws IllegalArgumentException if the factor is negative
   */
  public Quantity multipliedBy(BigDecimal factor) {
    Checks.nonNegative("factor", factor);
    return new Quantity(normalise(value.multiply(factor)), unit);
  }

  /**
   * Tells whether this quantity is larger than another of the same dimension, across units.
   *
   * @param other a quantity of the same dimension
   * @return true if larger
   * @throws DimensionMismatchException if the dimensions differ
   */
  public boolean isGreaterThan(Quantity other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this quantity is smaller than another of the same dimension, across units.
   *
   * @param other a quantity of the same dimension
   * @return true if smaller
   * @throws DimensionMismatchException if the dimensions differ
   */
  public boolean isLessThan(Quantity other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether this quantity is the same size as another of the same dimension, across units:
   * {@code 40 MW} is the same size as {@code 40000 kW}, though not {@code equals} to it.
   *
   * @param other a quantity of the same dimension
   * @return true if the same size
   * @throws DimensionMismatchException if the dimensions differ
   */
  public boolean isSameSizeAs(Quantity other) {
    return compareTo(other) == 0;
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
    return value.compareTo(other.valueIn(unit));
  }

  private void checkDimension(Unit other) {
    Objects.requireNonNull(other, "unit");
    if (other.dimension() != unit.dimension()) {
      throw new DimensionMismatchException(unit, other);
    }
  }

  /** Checks a deserialized instance: {@code equals} relies on a normalised, non-negative value. */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      Quantity checked = of(value, unit);
      if (!checked.value.equals(value)) {
        throw new IllegalArgumentException("Quantity 'value' is not normalised: " + value);
      }
      return this;
    } catch (RuntimeException e) {
      java.io.InvalidObjectException invalid =
          new java.io.InvalidObjectException("Invalid serialized Quantity: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
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
