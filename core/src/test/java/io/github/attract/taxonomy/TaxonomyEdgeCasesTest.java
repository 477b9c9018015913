package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders and accessors of the taxonomy types that the main tests pass over. */
class TaxonomyEdgeCasesTest {
  private static Industry industry(String id, String name) {
    return Industry.of(IndustryId.of(id), name);
  }

  private static Industry industry(String id, String name, String parent) {
    return Industry.of(IndustryId.of(id), name, IndustryId.of(parent));
  }

  @Test
  void rootsAndChildrenAreInIdOrderWhateverTheInputOrder() {
    IndustryTaxonomy t =
        IndustryTaxonomy.of(
            "test",
            List.of(
                industry("C", "Manufacturing"),
                industry("C14", "Food", "C"),
                industry("C13", "Agri-food processing", "C"),
                industry("A", "Agriculture")));
    assertThat(t.roots()).extracting(i -> i.id().value()).containsExactly("A", "C");
    assertThat(t.children(IndustryId.of("C")))
        .extracting(i -> i.id().value())
        .containsExactly("C13", "C14");
    assertThat(t.industries())
        .extracting(i -> i.id().value())
        .containsExactly("A", "C", "C13", "C14");
  }

  @Test
  void identifiersGiveBackTheirTextAndCompareByIt() {
    assertThat(ChainId.of("new-energy").value()).isEqualTo("new-energy");
    assertThat(ChainLinkId.of("pv-modules").value()).isEqualTo("pv-modules");
    assertThat(FocusAreaId.of("green-food").value()).isEqualTo("green-food");
    assertThat(FocusAreaId.of("a").compareTo(FocusAreaId.of("b"))).isNegative();
    assertThat(FocusAreaId.of("b").compareTo(FocusAreaId.of("a"))).isPositive();
    assertThat(FocusAreaId.of("a").compareTo(FocusAreaId.of("a"))).isZero();
  }
}
