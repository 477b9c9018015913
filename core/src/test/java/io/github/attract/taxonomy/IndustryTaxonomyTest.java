package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndustryTaxonomyTest {
  private static final String SCHEME = "shuangyashan-leading-industries";
  private static final IndustryId COAL = IndustryId.of("coal");
  private static final IndustryId MINING = IndustryId.of("coal-mining");
  private static final IndustryId WASHING = IndustryId.of("coal-washing");
  private static final IndustryId OPEN_PIT = IndustryId.of("coal-mining-open-pit");
  private static final IndustryId POWER = IndustryId.of("electric-power");
  private static final IndustryId WIND = IndustryId.of("wind-power");
  private static final IndustryId MATERIALS = IndustryId.of("new-materials");

  // Deliberately not in pre-order: the taxonomy orders by structure and id.
  private static final List<Industry> INDUSTRIES =
      List.of(
          Industry.of(WIND, "Wind power", POWER),
          Industry.of(OPEN_PIT, "Open-pit coal mining", MINING),
          Industry.of(POWER, "Electric power"),
          Industry.of(WASHING, "Coal washing", COAL),
          Industry.of(MATERIALS, "New materials"),
          Industry.of(MINING, "Coal mining", COAL),
          Industry.of(COAL, "Coal"));

  private static final IndustryTaxonomy TAXONOMY = IndustryTaxonomy.of(SCHEME, INDUSTRIES);

  private static List<String> ids(List<Industry> industries) {
    return industries.stream().map(i -> i.id().value()).collect(Collectors.toList());
  }

  @Test
  void schemeSizeAndDepth() {
    assertThat(TAXONOMY.scheme()).isEqualTo(SCHEME);
    assertThat(TAXONOMY.size()).isEqualTo(7);
    assertThat(TAXONOMY.depth()).isEqualTo(3);
  }

  @Test
  void industriesInPreOrderBySiblingId() {
    assertThat(ids(TAXONOMY.industries()))
        .containsExactly(
            "coal",
            "coal-mining",
            "coal-mining-open-pit",
            "coal-washing",
            "electric-power",
            "wind-power",
            "new-materials");
  }

  @Test
  void rootsById() {
    assertThat(ids(TAXONOMY.roots())).containsExactly("coal", "electric-power", "new-materials");
  }

  @Test
  void industryLookUp() {
    assertThat(TAXONOMY.industry(MINING)).contains(Industry.of(MINING, "Coal mining", COAL));
    assertThat(TAXONOMY.industry(IndustryId.of("steel"))).isEmpty();
  }

  @Test
  void containsTellsMembership() {
    assertThat(TAXONOMY.contains(WIND)).isTrue();
    assertThat(TAXONOMY.contains(IndustryId.of("steel"))).isFalse();
  }

  @Test
  void parentOfChildAndRoot() {
    assertThat(TAXONOMY.parent(OPEN_PIT)).contains(Industry.of(MINING, "Coal mining", COAL));
    assertThat(TAXONOMY.parent(COAL)).isEmpty();
  }

  @Test
  void childrenById() {
    assertThat(ids(TAXONOMY.children(COAL))).containsExactly("coal-mining", "coal-washing");
    assertThat(TAXONOMY.children(MATERIALS)).isEmpty();
  }

  @Test
  void levelsStartAtOne() {
    assertThat(TAXONOMY.level(COAL)).isEqualTo(1);
    assertThat(TAXONOMY.level(MINING)).isEqualTo(2);
    assertThat(TAXONOMY.level(OPEN_PIT)).isEqualTo(3);
    assertThat(TAXONOMY.level(MATERIALS)).isEqualTo(1);
  }

  @Test
  void pathFromRoot() {
    assertThat(ids(TAXONOMY.path(OPEN_PIT)))
        .containsExactly("coal", "coal-mining", "coal-mining-open-pit");
    assertThat(ids(TAXONOMY.path(COAL))).containsExactly("coal");
  }

  @Test
  void ancestorAtIsStrict() {
    assertThat(TAXONOMY.ancestorAt(OPEN_PIT, 1).map(Industry::id)).contains(COAL);
    assertThat(TAXONOMY.ancestorAt(OPEN_PIT, 2).map(Industry::id)).contains(MINING);
    assertThat(TAXONOMY.ancestorAt(OPEN_PIT, 3).map(Industry::id)).contains(OPEN_PIT);
    assertThat(TAXONOMY.ancestorAt(MINING, 3)).isEmpty();
  }

  @Test
  void rollUpKeepsShallowerIndustries() {
    assertThat(TAXONOMY.rollUp(OPEN_PIT, 1).id()).isEqualTo(COAL);
    assertThat(TAXONOMY.rollUp(OPEN_PIT, 2).id()).isEqualTo(MINING);
    assertThat(TAXONOMY.rollUp(OPEN_PIT, 3).id()).isEqualTo(OPEN_PIT);
    assertThat(TAXONOMY.rollUp(WIND, 3).id()).isEqualTo(WIND);
    assertThat(TAXONOMY.rollUp(MATERIALS, 2).id()).isEqualTo(MATERIALS);
  }

  @Test
  void rejectsLevelBelowOne() {
    assertThatThrownBy(() -> TAXONOMY.rollUp(COAL, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Level must be at least 1, but was 0");
    assertThatThrownBy(() -> TAXONOMY.ancestorAt(COAL, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Level must be at least 1, but was -1");
  }

  @Test
  void isDescendantOfIsStrict() {
    assertThat(TAXONOMY.isDescendantOf(OPEN_PIT, COAL)).isTrue();
    assertThat(TAXONOMY.isDescendantOf(OPEN_PIT, MINING)).isTrue();
    assertThat(TAXONOMY.isDescendantOf(OPEN_PIT, OPEN_PIT)).isFalse();
    assertThat(TAXONOMY.isDescendantOf(COAL, OPEN_PIT)).isFalse();
    assertThat(TAXONOMY.isDescendantOf(OPEN_PIT, WASHING)).isFalse();
    assertThat(TAXONOMY.isDescendantOf(WIND, COAL)).isFalse();
  }

  @Test
  void isWithinIncludesItself() {
    assertThat(TAXONOMY.isWithin(OPEN_PIT, COAL)).isTrue();
    assertThat(TAXONOMY.isWithin(OPEN_PIT, OPEN_PIT)).isTrue();
    assertThat(TAXONOMY.isWithin(COAL, MINING)).isFalse();
    assertThat(TAXONOMY.isWithin(WIND, COAL)).isFalse();
  }

  @Test
  void queriesRejectUnknownIndustry() {
    IndustryId steel = IndustryId.of("steel");
    String message = "Industry taxonomy '" + SCHEME + "' has no industry 'steel'";
    assertThatThrownBy(() -> TAXONOMY.parent(steel)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.children(steel)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.level(steel)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.path(steel)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.ancestorAt(steel, 1)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.rollUp(steel, 1)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.isDescendantOf(steel, COAL)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.isDescendantOf(COAL, steel)).hasMessage(message);
    assertThatThrownBy(() -> TAXONOMY.isWithin(steel, COAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void emptyTaxonomy() {
    IndustryTaxonomy empty = IndustryTaxonomy.of("empty", List.of());

    assertThat(empty.size()).isZero();
    assertThat(empty.depth()).isZero();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.industries()).isEmpty();
    assertThat(empty.toString()).isEqualTo("IndustryTaxonomy[empty: 0 industries, depth 0]");
  }

  @Test
  void rejectsDuplicateId() {
    List<Industry> industries = new ArrayList<>(INDUSTRIES);
    industries.add(Industry.of(MINING, "Mining again"));

    assertThatThrownBy(() -> IndustryTaxonomy.of(SCHEME, industries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Industry taxonomy 'shuangyashan-leading-industries' must have unique industry ids,"
                + " but 'coal-mining' occurs more than once");
  }

  @Test
  void rejectsMissingParent() {
    List<Industry> industries = new ArrayList<>(INDUSTRIES);
    industries.add(Industry.of(IndustryId.of("steel-rolling"), "Rolling", IndustryId.of("steel")));

    assertThatThrownBy(() -> IndustryTaxonomy.of(SCHEME, industries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Industry taxonomy 'shuangyashan-leading-industries' must contain the 'parent' of"
                + " every industry, but 'steel-rolling' has the parent 'steel', which is missing");
  }

  @Test
  void rejectsCycleNamingItsMembersFromTheSmallestId() {
    IndustryId a = IndustryId.of("a");
    IndustryId b = IndustryId.of("b");
    IndustryId c = IndustryId.of("c");
    List<Industry> cycle =
        List.of(
            Industry.of(IndustryId.of("root"), "Root"),
            Industry.of(c, "C", b),
            Industry.of(b, "B", a),
            Industry.of(a, "A", c),
            Industry.of(IndustryId.of("z"), "Z", a));
    String message =
        "Industry taxonomy 'cyclic' must not have a cycle of parents,"
            + " but 'a' -> 'c' -> 'b' -> 'a'";

    assertThatThrownBy(() -> IndustryTaxonomy.of("cyclic", cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> IndustryTaxonomy.of("cyclic", Lists.reverse(cycle)))
        .hasMessage(message);
  }

  @Test
  void rejectsTwoCycleWhoseChildIsVisitedFirst() {
    // 'a' hangs below the cycle b <-> c, so the walk from 'a' enters the cycle mid-way.
    List<Industry> industries =
        List.of(
            Industry.of(IndustryId.of("a"), "A", IndustryId.of("b")),
            Industry.of(IndustryId.of("b"), "B", IndustryId.of("c")),
            Industry.of(IndustryId.of("c"), "C", IndustryId.of("b")));

    assertThatThrownBy(() -> IndustryTaxonomy.of("x", industries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Industry taxonomy 'x' must not have a cycle of parents, but 'b' -> 'c' -> 'b'");
  }

  @Test
  void rejectsMalformedScheme() {
    assertThatThrownBy(() -> IndustryTaxonomy.of("", INDUSTRIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Industry taxonomy 'scheme' must have 1 to 128 characters, but was ''");
  }

  @Test
  void deepTaxonomyNeedsNoRecursion() {
    List<Industry> chain = new ArrayList<>();
    chain.add(Industry.of(IndustryId.of("n0"), "N0"));
    IntStream.range(1, 20_000)
        .forEach(
            i ->
                chain.add(
                    Industry.of(IndustryId.of("n" + i), "N" + i, IndustryId.of("n" + (i - 1)))));

    IndustryTaxonomy deep = IndustryTaxonomy.of("deep", Lists.reverse(chain));

    assertThat(deep.depth()).isEqualTo(20_000);
    assertThat(deep.rollUp(IndustryId.of("n19999"), 7).id()).isEqualTo(IndustryId.of("n6"));
  }

  @Test
  void inputOrderDoesNotMatter() {
    assertThat(IndustryTaxonomy.of(SCHEME, Lists.reverse(INDUSTRIES))).isEqualTo(TAXONOMY);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(TAXONOMY, IndustryTaxonomy.of(SCHEME, Lists.reverse(INDUSTRIES)))
        .addEqualityGroup(IndustryTaxonomy.of("other", INDUSTRIES))
        .addEqualityGroup(IndustryTaxonomy.of(SCHEME, INDUSTRIES.subList(2, 3)))
        .addEqualityGroup(IndustryTaxonomy.of(SCHEME, List.of()))
        .testEquals();
  }

  @Test
  void toStringSummarises() {
    assertThat(TAXONOMY.toString())
        .isEqualTo("IndustryTaxonomy[shuangyashan-leading-industries: 7 industries, depth 3]");
    assertThat(IndustryTaxonomy.of("one", List.of(Industry.of(COAL, "Coal"))).toString())
        .isEqualTo("IndustryTaxonomy[one: 1 industry, depth 1]");
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(IndustryId.class, COAL).setDefault(String.class, "s");
    tester.testAllPublicStaticMethods(IndustryTaxonomy.class);
    tester.testAllPublicInstanceMethods(TAXONOMY);
  }

  @Test
  void rejectsNullElement() {
    List<Industry> withNull = new ArrayList<>(INDUSTRIES);
    withNull.add(null);

    assertThatThrownBy(() -> IndustryTaxonomy.of(SCHEME, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("industry");
  }
}
