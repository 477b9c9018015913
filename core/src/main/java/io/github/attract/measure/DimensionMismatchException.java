package io.github.attract.measure;

/**
 * Thrown when quantities of two dimensions meet in one operation, e.g. adding megawatts to tonnes.
 * It carries both units.
 */
public final class DimensionMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Unit first;
  private final Unit second;

  /**
   * Creates the exception for two units of different dimensions.
   *
   * @param first the unit of the left operand
   * @param second the unit of the right operand
   */
  public DimensionMismatchException(Unit first, Unit second) {
    super(
        "Units measure different dimensions: '"
            + first.symbol()
            + "' ("
            + first.dimension().code()
            + ") and '"
            + second.symbol()
            + "' ("
            + second.dimension().code()
            + ")");
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the unit of the left operand.
   *
   * @return the first unit
   */
  public Unit firstUnit() {
    return first;
  }

  /**
   * Returns the unit of the right operand.
   *
   * @return the second unit
   */
  public Unit secondUnit() {
    return second;
  }
}
