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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndustryTaxonomyProperties {
  /** A taxonomy, one of its industries and a level from 1 to one past its depth. */
  record Case(IndustryTaxonomy taxonomy, IndustryId id, int level) {
    @Override
    public String toString() {
      return "Case[" + taxonomy.industries() + ", id=" + id + ", level=" + level + "]";
    }
  }

  private static final Gen<Case> CASES =
      TaxonomyGens.nonEmptyTaxonomies()
          .flatMap(
              t ->
                  Gens.combine(
                      Gens.elements(t.industries()).map(Industry::id),
                      Gens.ints(1, t.depth() + 1),
                      (id, level) -> new Case(t, id, level)));

  /** The level of an industry by walking its parents in the input list. */
  private static int naiveLevel(Map<IndustryId, Industry> byId, IndustryId id) {
    int level = 1;
    for (Industry i = get(byId, id); i.parent().isPresent(); i = get(byId, i.parent().get())) {
      level++;
    }
    return level;
  }

  private static <K, V> V get(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), () -> "no " + key);
  }

  private static Map<IndustryId, Industry> index(List<Industry> industries) {
    Map<IndustryId, Industry> byId = new HashMap<>();
    industries.forEach(i -> byId.put(i.id(), i));
    return byId;
  }

  @Test
  void validListsAlwaysConstructAndKeepEveryIndustry() {
    Property.forAll(TaxonomyGens.industryLists())
        .check(
            list -> {
              IndustryTaxonomy taxonomy = IndustryTaxonomy.of("t", list);
              assertThat(taxonomy.industries()).containsExactlyInAnyOrderElementsOf(list);
              assertThat(taxonomy.size()).isEqualTo(list.size());
            });
  }

  /** A list and a permutation of it. */
  record Permuted(List<Industry> list, List<Industry> permutation) {}

  @Test
  void inputOrderDoesNotMatter() {
    Property.forAll(
            TaxonomyGens.industryLists()
                .flatMap(list -> Gens.shuffle(list).map(p -> new Permuted(list, p))))
        .check(
            p ->
                assertThat(IndustryTaxonomy.of("t", p.permutation()))
                    .isEqualTo(IndustryTaxonomy.of("t", p.list())));
  }

  @Test
  void levelsAndParentsAgreeWithANaiveWalk() {
    Property.forAll(TaxonomyGens.industryLists())
        .check(
            list -> {
              IndustryTaxonomy taxonomy = IndustryTaxonomy.of("t", list);
              Map<IndustryId, Industry> byId = index(list);
              int depth = 0;
              for (Industry industry : list) {
                int level = naiveLevel(byId, industry.id());
                depth = Math.max(depth, level);
                assertThat(taxonomy.level(industry.id())).isEqualTo(level);
                assertThat(taxonomy.parent(industry.id()).map(Industry::id))
                    .isEqualTo(industry.parent());
                assertThat(taxonomy.path(industry.id())).hasSize(level).endsWith(industry);
              }
              assertThat(taxonomy.depth()).isEqualTo(depth);
            });
  }

  @Test
  void industriesArePreOrderWithSortedSiblings() {
    Property.forAll(TaxonomyGens.taxonomies())
        .check(
            taxonomy -> {
              Set<IndustryId> seen = new HashSet<>();
              for (Industry industry : taxonomy.industries()) {
                industry.parent().ifPresent(p -> assertThat(seen).contains(p));
                seen.add(industry.id());
                assertThat(taxonomy.children(industry.id()))
                    .isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()))
                    .allSatisfy(c -> assertThat(c.parent()).contains(industry.id()));
              }
              List<Industry> fromChildren =
                  taxonomy.industries().stream()
                      .flatMap(i -> taxonomy.children(i.id()).stream())
                      .collect(Collectors.toList());
              assertThat(fromChildren.size() + taxonomy.roots().size()).isEqualTo(taxonomy.size());
            });
  }

  @Test
  void rollUpToOwnLevelIsIdentity() {
    Property.forAll(CASES)
        .check(
            c ->
                assertThat(c.taxonomy().rollUp(c.id(), c.taxonomy().level(c.id())).id())
                    .isEqualTo(c.id()));
  }

  @Test
  void rollUpLandsOnTheSmallerLevel() {
    Property.forAll(CASES)
        .check(
            c -> {
              IndustryTaxonomy t = c.taxonomy();
              Industry up = t.rollUp(c.id(), c.level());
              assertThat(t.level(up.id())).isEqualTo(Math.min(c.level(), t.level(c.id())));
              assertThat(t.isWithin(c.id(), up.id())).isTrue();
            });
  }

  @Test
  void rollUpIsIdempotent() {
    Property.forAll(CASES)
        .check(
            c -> {
              IndustryTaxonomy t = c.taxonomy();
              Industry once = t.rollUp(c.id(), c.level());
              assertThat(t.rollUp(once.id(), c.level())).isEqualTo(once);
            });
  }

  @Test
  void rollUpIsMonotoneAndFactorsThroughFinerLevels() {
    Property.forAll(CASES)
        .check(
            c -> {
              IndustryTaxonomy t = c.taxonomy();
              Industry fine = t.rollUp(c.id(), c.level());
              for (int coarser = 1; coarser <= c.level(); coarser++) {
                Industry coarse = t.rollUp(c.id(), coarser);
                assertThat(t.level(coarse.id())).isLessThanOrEqualTo(t.level(fine.id()));
                assertThat(t.rollUp(fine.id(), coarser)).isEqualTo(coarse);
              }
            });
  }

  @Test
  void ancestorAtIsRollUpWhereDeepEnough() {
    Property.forAll(CASES)
        .check(
            c -> {
              IndustryTaxonomy t = c.taxonomy();
              if (c.level() <= t.level(c.id())) {
                assertThat(t.ancestorAt(c.id(), c.level())).contains(t.rollUp(c.id(), c.level()));
              } else {
                assertThat(t.ancestorAt(c.id(), c.level())).isEmpty();
              }
            });
  }

  /** A taxonomy and two of its industries. */
  record Pair(IndustryTaxonomy taxonomy, IndustryId a, IndustryId b) {
    @Override
    public String toString() {
      return "Pair[" + taxonomy.industries() + ", a=" + a + ", b=" + b + "]";
    }
  }

  @Test
  void isDescendantOfAgreesWithPath() {
    Property.forAll(
            TaxonomyGens.nonEmptyTaxonomies()
                .flatMap(
                    t ->
                        Gens.combine(
                            Gens.elements(t.industries()),
                            Gens.elements(t.industries()),
                            (x, y) -> new Pair(t, x.id(), y.id()))))
        .check(
            pair -> {
              IndustryTaxonomy t = pair.taxonomy();
              IndustryId a = pair.a();
              IndustryId b = pair.b();
              boolean onPath = t.path(a).stream().anyMatch(i -> i.id().equals(b));
              assertThat(t.isWithin(a, b)).isEqualTo(onPath);
              assertThat(t.isDescendantOf(a, b)).isEqualTo(onPath && !a.equals(b));
            });
  }

  @Test
  void duplicateIdIsAlwaysRejected() {
    Gen<List<Industry>> withDuplicate =
        TaxonomyGens.industryForests(1, TaxonomyGens.MAX_INDUSTRIES)
            .flatMap(
                list ->
                    Gens.elements(list)
                        .flatMap(
                            dup -> {
                              List<Industry> copy = new ArrayList<>(list);
                              copy.add(Industry.of(dup.id(), "Duplicate"));
                              return Gens.shuffle(copy);
                            }));
    Property.forAll(withDuplicate)
        .check(
            list -> {
              Set<IndustryId> seen = new HashSet<>();
              IndustryId dup =
                  list.stream()
                      .map(Industry::id)
                      .filter(id -> !seen.add(id))
                      .findFirst()
                      .orElseThrow();
              assertThatThrownBy(() -> IndustryTaxonomy.of("t", list))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Industry taxonomy 't' must have unique industry ids, but '"
                          + dup
                          + "' occurs more than once");
            });
  }

  @Test
  void missingParentIsAlwaysRejected() {
    Gen<List<Industry>> withOrphan =
        TaxonomyGens.industryForests(1, TaxonomyGens.MAX_INDUSTRIES)
            .flatMap(
                list ->
                    Gens.ints(0, list.size() - 1)
                        .flatMap(
                            k -> {
                              List<Industry> copy = new ArrayList<>(list);
                              Industry old = copy.get(k);
                              copy.set(
                                  k, Industry.of(old.id(), old.name(), IndustryId.of("missing")));
                              return Gens.shuffle(copy);
                            }));
    Property.forAll(withOrphan)
        .check(
            list -> {
              IndustryId orphan =
                  list.stream()
                      .filter(i -> i.parent().map(p -> p.value().equals("missing")).orElse(false))
                      .findFirst()
                      .orElseThrow()
                      .id();
              assertThatThrownBy(() -> IndustryTaxonomy.of("t", list))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Industry taxonomy 't' must contain the 'parent' of every industry, but '"
                          + orphan
                          + "' has the parent 'missing', which is missing");
            });
  }

  /** A valid forest plus a cycle c0..c(k-1) in shuffled link order, with 'a0' hanging below it. */
  private static final Gen<List<Industry>> WITH_CYCLE =
      Gens.combine(
              TaxonomyGens.industryForests(0, 10),
              Gens.ints(2, 6).flatMap(k -> Gens.shuffle(IntStream.range(0, k).boxed().toList())),
              Gens.booleans(),
              (forest, order, hang) -> {
                List<Industry> list = new ArrayList<>(forest);
                for (int j = 0; j < order.size(); j++) {
                  IndustryId id = IndustryId.of("c" + order.get(j));
                  IndustryId parent = IndustryId.of("c" + order.get((j + 1) % order.size()));
                  list.add(Industry.of(id, "Cycle " + j, parent));
                }
                if (hang) {
                  list.add(
                      Industry.of(IndustryId.of("a0"), "Below", IndustryId.of("c" + order.get(0))));
                }
                return (List<Industry>) list;
              })
          .flatMap(Gens::shuffle);

  @Test
  void cycleIsAlwaysRejectedAndNamedFromItsSmallestId() {
    Property.forAll(WITH_CYCLE)
        .check(
            list -> {
              Map<IndustryId, Industry> byId = index(list);
              StringBuilder expected = new StringBuilder("'c0'");
              IndustryId id = IndustryId.of("c0");
              do {
                id = get(byId, id).parent().orElseThrow();
                expected.append(" -> '").append(id).append('\'');
              } while (!id.value().equals("c0"));
              assertThatThrownBy(() -> IndustryTaxonomy.of("t", list))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Industry taxonomy 't' must not have a cycle of parents, but " + expected);
            });
  }
}
