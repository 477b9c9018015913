package io.github.attract.taxonomy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A region: where a project is built (a city, county, district or development zone) or where an
 * investor comes from (a province, a country, or an economic region such as the Guangdong-Hong
 * Kong-Macao Greater Bay Area).
 *
 * <p>An administrative region names its parent, if any; an economic region ({@link
 * RegionKind#ECONOMIC_REGION}) has no parent and is defined by its members instead. A {@link
 * RegionHierarchy} checks that parents and members exist and that kinds nest.
 *
 * <pre>{@code
 * Region heilongjiang = Region.of(RegionId.of("cn-hl"), "Heilongjiang", RegionKind.PROVINCE);
 * Region shuangyashan = Region.of(RegionId.of("cn-hl-sys"), "Shuangyashan", RegionKind.CITY,
 *     heilongjiang.id());
 * Region jjj = Region.economic(RegionId.of("jing-jin-ji"), "Beijing-Tianjin-Hebei",
 *     List.of(RegionId.of("cn-bj"), RegionId.of("cn-tj"), RegionId.of("cn-he")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Region {
  Region() {}

  /**
   * Returns an administrative region without a parent, e.g. a country.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @param kind the kind, not {@link RegionKind#ECONOMIC_REGION}
   * @return the region
   * @throws IllegalArgumentException if the name is blank or padded, or the kind is {@code
   *     ECONOMIC_REGION} (use {@link #economic})
   */
  public static Region of(RegionId id, String name, RegionKind kind) {
    return ImmutableRegion.of(id, name, kind);
  }

  /**
   * Returns an administrative region inside a parent region.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @param kind the kind, not {@link RegionKind#ECONOMIC_REGION}
   * @param parent the identifier of the parent region, not {@code id} itself
   * @return the region
   * @throws IllegalArgumentException if the name is blank or padded, the kind is {@code
   *     ECONOMIC_REGION} or the parent is the region itself
   */
  public static Region of(RegionId id, String name, RegionKind kind, RegionId parent) {
    return builder().id(id).name(name).kind(kind).parent(parent).build();
  }

  /**
   * Returns an economic region of member regions.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @param members the identifiers of the members, at least one, not {@code id} itself
   * @return the region, of kind {@link RegionKind#ECONOMIC_REGION}
   * @throws IllegalArgumentException if the name is blank or padded, there are no members, or the
   *     region is its own member
   */
  public static Region economic(RegionId id, String name, Iterable<RegionId> members) {
    return builder()
        .id(id)
        .name(name)
        .kind(RegionKind.ECONOMIC_REGION)
        .addAllMembers(members)
        .build();
  }

  /**
   * Returns a new builder. {@code id}, {@code name} and {@code kind} are required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableRegion.builder();
  }

  /** Builds a {@link Region}; each attribute is set once, members are accumulated. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    Builder id(RegionId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank and without surrounding white space
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(RegionKind kind);

    /**
     * Sets the parent of an administrative region.
     *
     * @param parent the identifier of the parent
     * @return this builder
     */
    Builder parent(RegionId parent);

    /**
     * Sets the parent of an administrative region, or none.
     *
     * @param parent the identifier of the parent, if any
     * @return this builder
     */
    Builder parent(Optional<? extends RegionId> parent);

    /**
     * Adds a member of an economic region.
     *
     * @param member the identifier of the member
     * @return this builder
     */
    Builder addMember(RegionId member);

    /**
     * Adds members of an economic region.
     *
     * @param members the identifiers of the members
     * @return this builder
     */
    Builder addMembers(RegionId... members);

    /**
     * Adds members of an economic region.
     *
     * @param members the identifiers of the members
     * @return this builder
     */
    Builder addAllMembers(Iterable<? extends RegionId> members);

    /**
     * Builds the region.
     *
     * @return the region
     * @throws IllegalStateException if {@code id}, {@code name} or {@code kind} is not set
     * @throws IllegalArgumentException if the region breaks a rule of its kind (see {@link Region})
     */
    Region build();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract RegionId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract RegionKind kind();

  /**
   * Returns the parent of an administrative region.
   *
   * @return the parent's identifier; empty for a top-level region and for every economic region
   */
  public abstract Optional<RegionId> parent();

  /**
   * Returns the members of an economic region, by identifier.
   *
   * @return the members; empty for every administrative region
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<RegionId> members();

  @Value.Check
  void check() {
    String subject = "Region '" + id() + "'";
    Texts.check(subject, "name", name());
    String subjectOfKind = subject + " of kind '" + kind().code() + "'";
    if (kind() == RegionKind.ECONOMIC_REGION) {
      if (parent().isPresent()) {
        throw new IllegalArgumentException(
            subjectOfKind + " must not have a 'parent', but has '" + parent().get() + "'");
      }
      if (members().isEmpty()) {
        throw new IllegalArgumentException(subjectOfKind + " must have at least one 'member'");
      }
      if (members().contains(id())) {
        throw new IllegalArgumentException(subject + " must not be its own 'member'");
      }
    } else {
      if (!members().isEmpty()) {
        throw new IllegalArgumentException(
            subjectOfKind + " must not have 'members', but has " + members());
      }
      if (parent().isPresent() && parent().get().equals(id())) {
        throw new IllegalArgumentException(subject + " must not be its own 'parent'");
      }
    }
  }
}
