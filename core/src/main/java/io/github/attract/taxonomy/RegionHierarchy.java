package io.github.attract.taxonomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, validated set of {@link Region regions}: the administrative tree (country,
 * province, city, county or district, development zone) plus economic regions defined by members.
 *
 * <pre>{@code
 * RegionHierarchy regions = RegionHierarchy.of(List.of(
 *     Region.of(cn, "China", RegionKind.COUNTRY),
 *     Region.of(guangdong, "Guangdong", RegionKind.PROVINCE, cn),
 *     Region.of(shenzhen, "Shenzhen", RegionKind.CITY, guangdong),
 *     Region.of(hongKong, "Hong Kong", RegionKind.PROVINCE, cn),
 *     Region.of(macao, "Macao", RegionKind.PROVINCE, cn),
 *     Region.economic(gba, "Greater Bay Area", List.of(guangdong, hongKong, macao))));
 * regions.ancestorOfKind(shenzhen, RegionKind.PROVINCE);   // Optional[Guangdong]
 * regions.isWithin(shenzhen, gba);                         // true: Guangdong is a member
 * }</pre>
 *
 * <p><b>Rules.</b> Identifiers are unique; every parent and every member is in the hierarchy; a
 * region's parent is of a strictly coarser kind ({@link RegionKind#isCoarserThan}), which also
 * rules out cycles; members of an economic region are administrative regions. A region lies within
 * its ancestors and within every economic region that has it or one of its ancestors as a member.
 *
 * <p><b>Order and cost.</b> {@link #regions()}, {@link #children} and {@link
 * #economicRegionsContaining} are ordered by identifier; {@link #ancestors} goes from the parent
 * upwards. Every query is a hash look-up of data computed once at construction.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegionHierarchy {
  private static final String SUBJECT = "Region hierarchy";

  private final ImmutableList<Region> regions;
  private final ImmutableMap<RegionId, Entry> index;

  /** A region with what the queries need, computed once. */
  private static final class Entry {
    final Region region;
    final ImmutableList<Region> ancestors;
    final ImmutableList<Region> children;
    final ImmutableList<Region> economicRegions;
    final ImmutableSet<RegionId> within;

    Entry(
        Region region,
        ImmutableList<Region> ancestors,
        ImmutableList<Region> children,
        ImmutableList<Region> economicRegions) {
      this.region = region;
      this.ancestors = ancestors;
      this.children = children;
      this.economicRegions = economicRegions;
      ImmutableSet.Builder<RegionId> within = ImmutableSet.builder();
      within.add(region.id());
      ancestors.forEach(a -> within.add(a.id()));
      economicRegions.forEach(e -> within.add(e.id()));
      this.within = within.build();
    }
  }

  private RegionHierarchy(ImmutableList<Region> regions, ImmutableMap<RegionId, Entry> index) {
    this.regions = regions;
    this.index = index;
  }

  /**
   * Returns the hierarchy of a set of regions, in any order.
   *
   * @param regions the regions
   * @return the hierarchy
   * @throws IllegalArgumentException if two regions share an identifier, a parent or member is
   *     missing, a parent's kind is not coarser than its child's, or an economic region has an
   *     economic region as member; the message names the offending identifiers
   */
  public static RegionHierarchy of(Iterable<Region> regions) {
    // Sorted by id, so that the reported error does not depend on the input order.
    Map<RegionId, Region> byId = new TreeMap<>();
    for (Region region : regions) {
      Objects.requireNonNull(region, "region");
      if (byId.putIfAbsent(region.id(), region) != null) {
        throw new IllegalArgumentException(
            SUBJECT
                + " must have unique region ids, but '"
                + region.id()
                + "' occurs more than once");
      }
    }
    Map<RegionId, List<Region>> children = new HashMap<>();
    Map<RegionId, List<Region>> economicOf = new HashMap<>();
    for (Region region : byId.values()) {
      if (region.parent().isPresent()) {
        Region parent = byId.get(region.parent().get());
        if (parent == null) {
          throw new IllegalArgumentException(
              SUBJECT
                  + " must contain the 'parent' of every region, but '"
                  + region.id()
                  + "' has the parent '"
                  + region.parent().get()
                  + "', which is missing");
        }
        if (!parent.kind().isCoarserThan(region.kind())) {
          throw new IllegalArgumentException(
              SUBJECT
                  + " must nest a region in a parent of a coarser kind, but '"
                  + region.id()
                  + "' of kind '"
                  + region.kind().code()
                  + "' has the parent '"
                  + parent.id()
                  + "' of kind '"
                  + parent.kind().code()
                  + "'");
        }
        children.computeIfAbsent(parent.id(), p -> new ArrayList<>()).add(region);
      }
      for (RegionId memberId : region.members()) {
        Region member = byId.get(memberId);
        if (member == null) {
          throw new IllegalArgumentException(
              SUBJECT
                  + " must contain every 'member' of an economic region, but '"
                  + region.id()
                  + "' has the member '"
                  + memberId
                  + "', which is missing");
        }
        if (!member.kind().isAdministrative()) {
          throw new IllegalArgumentException(
              SUBJECT
                  + " must have only administrative members in economic regions, but '"
                  + region.id()
                  + "' has the member '"
                  + memberId
                  + "' of kind '"
                  + member.kind().code()
                  + "'");
        }
        economicOf.computeIfAbsent(memberId, m -> new ArrayList<>()).add(region);
      }
    }
    ImmutableMap.Builder<RegionId, Entry> index = ImmutableMap.builderWithExpectedSize(byId.size());
    for (Region region : byId.values()) {
      // Strictly coarser parents bound the walk by the number of ranks and exclude cycles.
      List<Region> ancestors = new ArrayList<>();
      TreeMap<RegionId, Region> economic = new TreeMap<>();
      for (Region r = region; ; r = Objects.requireNonNull(byId.get(r.parent().get()))) {
        if (r != region) {
          ancestors.add(r);
        }
        economicOf.getOrDefault(r.id(), List.of()).forEach(e -> economic.put(e.id(), e));
        if (r.parent().isEmpty()) {
          break;
        }
      }
      index.put(
          region.id(),
          new Entry(
              region,
              ImmutableList.copyOf(ancestors),
              ImmutableList.copyOf(children.getOrDefault(region.id(), List.of())),
              ImmutableList.copyOf(economic.values())));
    }
    return new RegionHierarchy(ImmutableList.copyOf(byId.values()), index.buildOrThrow());
  }

  /**
   * Returns every region, by identifier.
   *
   * @return the regions
   */
  public ImmutableList<Region> regions() {
    return regions;
  }

  /**
   * Returns the number of regions.
   *
   * @return the size
   */
  public int size() {
    return regions.size();
  }

  /**
   * Returns the region of an identifier.
   *
   * @param id the identifier
   * @return the region, empty if the hierarchy has none of that identifier
   */
  public Optional<Region> region(RegionId id) {
    Entry entry = index.get(Objects.requireNonNull(id, "id"));
    return entry == null ? Optional.empty() : Optional.of(entry.region);
  }

  /**
   * Tells whether the hierarchy has a region of an identifier.
   *
   * @param id the identifier
   * @return true if it has one
   */
  public boolean contains(RegionId id) {
    return index.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the parent of a region.
   *
   * @param id the identifier of the region
   * @return the parent; empty for a top-level or economic region
   * @throws IllegalArgumentException if the hierarchy has no such region
   */
  public Optional<Region> parent(RegionId id) {
    ImmutableList<Region> ancestors = entry(id).ancestors;
    return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(0));
  }

  /**
   * Returns the regions whose parent is a region, by identifier.
   *
   * @param id the identifier of the region
   * @return the children, empty if none
   * @throws IllegalArgumentException if the hierarchy has no such region
   */
  public ImmutableList<Region> children(RegionId id) {
    return entry(id).children;
  }

  /**
   * Returns the administrative ancestors of a region, from its parent upwards.
   *
   * @param id the identifier of the region
   * @return the parent, grandparent, ...; empty for a top-level or economic region
   * @throws IllegalArgumentException if the hierarchy has no such region
   */
  public ImmutableList<Region> ancestors(RegionId id) {
    return entry(id).ancestors;
  }

  /**
   * Returns the region of a kind that contains a region, e.g. the province of a county: the region
   * itself if it is of that kind, otherwise its nearest ancestor of that kind. Like a roll-up, it
   * maps a province to itself, so a breakdown "by province" keeps projects located at the province
   * level.
   *
   * @param id the identifier of the region
   * @param kind the kind sought
   * @return the region or ancestor of that kind; empty if there is none (e.g. the province of a
   *     country, or any kind for an economic region other than {@code ECONOMIC_REGION} itself)
   * @throws IllegalArgumentException if the hierarchy has no such region
   */
  public Optional<Region> ancestorOfKind(RegionId id, RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    Entry entry = entry(id);
    if (entry.region.kind() == kind) {
      return Optional.of(entry.region);
    }
    for (Region ancestor : entry.ancestors) {
      if (ancestor.kind() == kind) {
        return Optional.of(ancestor);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the economic regions that contain a region: those that have the region or one of its
   * ancestors as a member. A county of Guangdong is in the Greater Bay Area because Guangdong is.
   *
   * @param id the identifier of the region
   * @return the economic regions, by identifier; empty for an economic region
   * @throws IllegalArgumentException if the hierarchy has no such region
   */
  public ImmutableList<Region> economicRegionsContaining(RegionId id) {
    return entry(id).economicRegions;
  }

  /**
   * Tells whether a region lies within another: it is the same region, an ancestor, or an economic
   * region that contains it.
   *
   * @param id the identifier of the region
   * @param container the identifier of the region that may contain it
   * @return true if {@code id} equals {@code container}, is a descendant of it, or is in it as an
   *     economic region
   * @throws IllegalArgumentException if the hierarchy has either region missing
   */
  public boolean isWithin(RegionId id, RegionId container) {
    Entry entry = entry(id);
    entry(container);
    return entry.within.contains(container);
  }

  private Entry entry(RegionId id) {
    Objects.requireNonNull(id, "id");
    Entry entry = index.get(id);
    if (entry == null) {
      throw new IllegalArgumentException(SUBJECT + " has no region '" + id + "'");
    }
    return entry;
  }

  /**
   * Two hierarchies are equal if they hold the same regions.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RegionHierarchy that && that.regions.equals(regions);
  }

  @Override
  public int hashCode() {
    return regions.hashCode();
  }

  /**
   * Returns a summary, e.g. {@code RegionHierarchy[12 regions]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RegionHierarchy[" + regions.size() + (regions.size() == 1 ? " region]" : " regions]");
  }
}
