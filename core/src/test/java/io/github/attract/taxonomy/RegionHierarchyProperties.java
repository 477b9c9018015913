package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.TaxonomyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionHierarchyProperties {
  private static <K, V> V get(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), () -> "no " + key);
  }

  private static Map<RegionId, Region> index(List<Region> regions) {
    Map<RegionId, Region> byId = new HashMap<>();
    regions.forEach(r -> byId.put(r.id(), r));
    return byId;
  }

  /** The ancestors by walking parents in the input list, nearest first. */
  private static List<Region> naiveAncestors(Map<RegionId, Region> byId, Region region) {
    List<Region> ancestors = new ArrayList<>();
    for (Optional<RegionId> p = region.parent(); p.isPresent(); p = get(byId, p.get()).parent()) {
      ancestors.add(get(byId, p.get()));
    }
    return ancestors;
  }

  /** A list and a permutation of it. */
  record Permuted(List<Region> list, List<Region> permutation) {}

  @Test
  void validListsAlwaysConstructInAnyOrder() {
    Property.forAll(
            TaxonomyGens.regionLists(TaxonomyGens.MAX_REGIONS)
                .flatMap(list -> Gens.shuffle(list).map(p -> new Permuted(list, p))))
        .check(
            p -> {
              RegionHierarchy hierarchy = RegionHierarchy.of(p.permutation());
              assertThat(hierarchy).isEqualTo(RegionHierarchy.of(p.list()));
              assertThat(hierarchy.regions())
                  .containsExactlyInAnyOrderElementsOf(p.list())
                  .isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()));
            });
  }

  @Test
  void ancestorQueriesAgreeWithANaiveWalk() {
    Property.forAll(TaxonomyGens.regionLists())
        .check(
            list -> {
              RegionHierarchy hierarchy = RegionHierarchy.of(list);
              Map<RegionId, Region> byId = index(list);
              for (Region region : list) {
                List<Region> ancestors = naiveAncestors(byId, region);
                assertThat(hierarchy.ancestors(region.id())).isEqualTo(ancestors);
                assertThat(hierarchy.parent(region.id())).isEqualTo(ancestors.stream().findFirst());
                for (RegionKind kind : RegionKind.values()) {
                  List<Region> selfAndAncestors = new ArrayList<>();
                  selfAndAncestors.add(region);
                  selfAndAncestors.addAll(ancestors);
                  assertThat(hierarchy.ancestorOfKind(region.id(), kind))
                      .isEqualTo(
                          selfAndAncestors.stream().filter(r -> r.kind() == kind).findFirst());
                }
              }
            });
  }

  @Test
  void childrenAgreeWithANaiveFilter() {
    Property.forAll(TaxonomyGens.regionLists())
        .check(
            list -> {
              RegionHierarchy hierarchy = RegionHierarchy.of(list);
              for (Region region : list) {
                assertThat(hierarchy.children(region.id()))
                    .isEqualTo(
                        list.stream()
                            .filter(r -> r.parent().equals(Optional.of(region.id())))
                            .sorted((a, b) -> a.id().compareTo(b.id()))
                            .collect(Collectors.toList()));
              }
            });
  }

  @Test
  void containmentAgreesWithANaiveDefinition() {
    Property.forAll(TaxonomyGens.regionLists())
        .check(
            list -> {
              RegionHierarchy hierarchy = RegionHierarchy.of(list);
              Map<RegionId, Region> byId = index(list);
              for (Region region : list) {
                Set<RegionId> selfAndAncestors = new HashSet<>();
                selfAndAncestors.add(region.id());
                naiveAncestors(byId, region).forEach(a -> selfAndAncestors.add(a.id()));
                TreeMap<RegionId, Region> economic = new TreeMap<>();
                for (Region e : list) {
                  if (e.members().stream().anyMatch(selfAndAncestors::contains)) {
                    economic.put(e.id(), e);
                  }
                }
                assertThat(hierarchy.economicRegionsContaining(region.id()))
                    .containsExactlyElementsOf(economic.values());
                Set<RegionId> expectedWithin = new HashSet<>(selfAndAncestors);
                expectedWithin.addAll(economic.keySet());
                assertThat(
                        list.stream()
                            .map(Region::id)
                            .filter(other -> hierarchy.isWithin(region.id(), other))
                            .collect(Collectors.toSet()))
                    .isEqualTo(expectedWithin);
              }
            });
  }

  @Test
  void duplicateIdIsAlwaysRejected() {
    Gen<List<Region>> withDuplicate =
        TaxonomyGens.regionLists(TaxonomyGens.MAX_REGIONS)
            .flatMap(
                list ->
                    Gens.elements(list)
                        .flatMap(
                            dup -> {
                              List<Region> copy = new ArrayList<>(list);
                              copy.add(Region.of(dup.id(), "Duplicate", RegionKind.COUNTRY));
                              return Gens.shuffle(copy);
                            }));
    Property.forAll(withDuplicate)
        .check(
            list -> {
              Set<RegionId> seen = new HashSet<>();
              RegionId dup =
                  list.stream()
                      .map(Region::id)
                      .filter(id -> !seen.add(id))
                      .findFirst()
                      .orElseThrow();
              assertThatThrownBy(() -> RegionHierarchy.of(list))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Region hierarchy must have unique region ids, but '"
                          + dup
                          + "' occurs more than once");
            });
  }

  @Test
  void missingParentIsAlwaysRejected() {
    Gen<List<Region>> withOrphan =
        TaxonomyGens.regionLists(TaxonomyGens.MAX_REGIONS)
            .flatMap(
                list -> {
                  List<Region> copy = new ArrayList<>(list);
                  copy.add(
                      Region.of(
                          RegionId.of("orphan"),
                          "Orphan",
                          RegionKind.DEVELOPMENT_ZONE,
                          RegionId.of("missing")));
                  return Gens.shuffle(copy);
                });
    Property.forAll(withOrphan)
        .check(
            list ->
                assertThatThrownBy(() -> RegionHierarchy.of(list))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "Region hierarchy must contain the 'parent' of every region, but 'orphan'"
                            + " has the parent 'missing', which is missing"));
  }

  @Test
  void parentOfKindNotCoarserIsAlwaysRejected() {
    Gen<List<Region>> withBadNesting =
        TaxonomyGens.regionLists(TaxonomyGens.MAX_REGIONS)
            .flatMap(
                list -> {
                  List<Region> copy = new ArrayList<>(list);
                  Region parent = list.get(0);
                  copy.add(Region.of(RegionId.of("z"), "Z", parent.kind(), parent.id()));
                  return Gens.shuffle(copy);
                });
    Property.forAll(withBadNesting)
        .check(
            list -> {
              Region parent = get(index(list), RegionId.of("r0"));
              assertThatThrownBy(() -> RegionHierarchy.of(list))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Region hierarchy must nest a region in a parent of a coarser kind, but 'z'"
                          + " of kind '"
                          + parent.kind().code()
                          + "' has the parent 'r0' of kind '"
                          + parent.kind().code()
                          + "'");
            });
  }
}
