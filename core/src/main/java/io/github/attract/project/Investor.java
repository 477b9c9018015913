package io.github.attract.project;

import io.github.attract.internal.Checks;
import io.github.attract.taxonomy.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company or group that invests in projects: its name, the region it comes from (the "source
 * region" of the investment) and the group it belongs to.
 *
 * <pre>{@code
 * Investor fengfan = Investor.builder()
 *     .id(InvestorId.of("fengfan"))
 *     .name("Fengfan Co., Ltd.")
 *     .origin(RegionId.of("cn-he"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Investor {
  Investor() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract InvestorId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the region the investor comes from.
   *
   * @return the origin region, if known
   */
  public abstract Optional<RegionId> origin();

  /**
   * Returns the group the investor belongs to, itself an investor of the portfolio.
   *
   * @return the group's id, if any
   */
  public abstract Optional<InvestorId> group();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableInvestor.builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Investor '" + id() + "'", "name", name());
    if (group().isPresent() && group().get().equals(id())) {
      throw new IllegalArgumentException(
          "Investor '" + id() + "' must not be its own group, but 'group' was '" + id() + "'");
    }
  }

  /** Builds an {@link Investor}; {@code id} and {@code name} are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(InvestorId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the region the investor comes from.
     *
     * @param origin the region
     * @return this builder
     */
    Builder origin(RegionId origin);

    /**
     * Sets the region the investor comes from, if known.
     *
     * @param origin the region or empty
     * @return this builder
     */
    Builder origin(Optional<? extends RegionId> origin);

    /**
     * Sets the group the investor belongs to.
     *
     * @param group the group's id
     * @return this builder
     */
    Builder group(InvestorId group);

    /**
     * Sets the group the investor belongs to, if any.
     *
     * @param group the group's id or empty
     * @return this builder
     */
    Builder group(Optional<? extends InvestorId> group);

    /**
     * Builds the investor.
     *
     * @return the investor
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the name is blank or the investor is its own group
     */
    Investor build();
  }
}
