package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChainLinkRefTest {
  private static final ChainId GRAPHITE = ChainId.of("graphite");
  private static final ChainLinkId ANODE = ChainLinkId.of("anode-material");

  @Test
  void holdsChainAndLink() {
    ChainLinkRef ref = ChainLinkRef.of(GRAPHITE, ANODE);

    assertThat(ref.chain()).isEqualTo(GRAPHITE);
    assertThat(ref.link()).isEqualTo(ANODE);
    assertThat(ref.toString()).isEqualTo("graphite/anode-material");
  }

  @Test
  void parseInvertsToString() {
    ChainLinkRef ref = ChainLinkRef.of(GRAPHITE, ANODE);

    assertThat(ChainLinkRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void parseRejectsMalformedText() {
    for (String text : List.of("graphite", "/anode", "graphite/", "a/b/c")) {
      assertThatThrownBy(() -> ChainLinkRef.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Chain link reference must be 'chain/link', but was '" + text + "'");
    }
  }

  @Test
  void ordersByChainThenLink() {
    List<String> sorted =
        Stream.of("graphite/b", "coal/z", "graphite/a")
            .map(ChainLinkRef::parse)
            .sorted()
            .map(ChainLinkRef::toString)
            .collect(Collectors.toList());

    assertThat(sorted).containsExactly("coal/z", "graphite/a", "graphite/b");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ChainLinkRef.of(GRAPHITE, ANODE), ChainLinkRef.parse("graphite/anode-material"))
        .addEqualityGroup(ChainLinkRef.of(ChainId.of("coal"), ANODE))
        .addEqualityGroup(ChainLinkRef.of(GRAPHITE, ChainLinkId.of("mining")))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ChainId.class, GRAPHITE)
            .setDefault(ChainLinkId.class, ANODE);
    tester.testAllPublicStaticMethods(ChainLinkRef.class);
    tester.testAllPublicInstanceMethods(ChainLinkRef.of(GRAPHITE, ANODE));
  }
}
