package io.github.attract.project;

import io.github.attract.measure.Quantity;
import org.immutables.value.Value;

/**
 * What a project or phase is designed to produce at full output: a product and a quantity, e.g.
 * "graphite anode material, 100000 t/a" or "battery storage equipment, 6000000 kW/a".
 *
 * <pre>{@code
 * DesignedCapacity c = DesignedCapacity.of("graphite anode material", Quantity.parse("100000 t/a"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DesignedCapacity {
  DesignedCapacity() {}

  /**
   * Returns what is produced.
   *
   * @return the product, not blank
   */
  @Value.Parameter
  public abstract String product();

  /**
   * Returns how much, with its unit.
   *
   * @return the quantity
   */
  @Value.Parameter
  public abstract Quantity quantity();

  /**
   * Returns a designed capacity.
   *
   * @param product what is produced, not blank
   * @param quantity how much
   * @return the capacity
   * @throws InvalidPartException if the product is blank
   */
  public static DesignedCapacity of(String product, Quantity quantity) {
    return ImmutableDesignedCapacity.of(product, quantity);
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("designed-capacity", product().strip(), "Designed capacity");
    check.nonBlank("product", product());
    check.throwIfFailed();
  }
}
