package io.github.attract.promotion;

import io.github.attract.project.Designation;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which projects a target or a reported figure speaks of: all of them, or those with a designation,
 * in a region, in an industry or serving a focus area (every given condition must hold). Regions
 * and industries match their descendants; the calculations resolve them against the portfolio's
 * taxonomies.
 *
 * <pre>{@code
 * Scope provincialKey2023 = Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)));
 * Scope everything = Scope.all();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {
  Scope() {}

  /**
   * Returns the designation the projects must carry.
   *
   * @return the designation, or empty for any
   */
  public abstract Optional<Designation> designation();

  /**
   * Returns the region the projects must lie in.
   *
   * @return the region, or empty for any
   */
  public abstract Optional<RegionId> region();

  /**
   * Returns the industry the projects must belong to.
   *
   * @return the industry, or empty for any
   */
  public abstract Optional<IndustryId> industry();

  /**
   * Returns the focus area the projects must serve.
   *
   * @return the focus area, or empty for any
   */
  public abstract Optional<FocusAreaId> focusArea();

  /**
   * Returns the status the projects must stand at on the as-of date.
   *
   * @return the status, or empty for any
   */
  public abstract Optional<Status> status();

  /**
   * Returns the scope of every project.
   *
   * @return the unrestricted scope
   */
  public static Scope all() {
    return ImmutableScope.builder().build();
  }

  /**
   * Returns the scope of the projects with a designation.
   *
   * @param designation the designation
   * @return the scope
   */
  public static Scope of(Designation designation) {
    return ImmutableScope.builder().designation(designation).build();
  }

  /**
   * Tells whether the scope sets no condition.
   *
   * @return true for {@link #all()}
   */
  public boolean isAll() {
    return designation().isEmpty()
        && region().isEmpty()
        && industry().isEmpty()
        && focusArea().isEmpty()
        && status().isEmpty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableScope.builder();
  }

  /** Builds a {@link Scope}; every condition is optional. */
  public interface Builder {
    /**
     * Sets the designation the projects must carry.
     *
     * @param designation the designation
     * @return this builder
     */
    Builder designation(Designation designation);

    /**
     * Sets the designation the projects must carry, if any.
     *
     * @param designation the designation or empty
     * @return this builder
     */
    Builder designation(Optional<? extends Designation> designation);

    /**
     * Sets the region the projects must lie in.
     *
     * @param region the region
     * @return this builder
     */
    Builder region(RegionId region);

    /**
     * Sets the region the projects must lie in, if any.
     *
     * @param region the region or empty
     * @return this builder
     */
    Builder region(Optional<? extends RegionId> region);

    /**
     * Sets the industry the projects must belong to.
     *
     * @param industry the industry
     * @return this builder
     */
    Builder industry(IndustryId industry);

    /**
     * Sets the industry the projects must belong to, if any.
     *
     * @param industry the industry or empty
     * @return this builder
     */
    Builder industry(Optional<? extends IndustryId> industry);

    /**
     * Sets the focus area the projects must serve.
     *
     * @param focusArea the focus area
     * @return this builder
     */
    Builder focusArea(FocusAreaId focusArea);

    /**
     * Sets the focus area the projects must serve, if any.
     *
     * @param focusArea the focus area or empty
     * @return this builder
     */
    Builder focusArea(Optional<? extends FocusAreaId> focusArea);

    /**
     * Sets the status the projects must stand at.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(Status status);

    /**
     * Sets the status the projects must stand at, if any.
     *
     * @param status the status or empty
     * @return this builder
     */
    Builder status(Optional<? extends Status> status);

    /**
     * Builds the scope.
     *
     * @return the scope
     */
    Scope build();
  }
}
