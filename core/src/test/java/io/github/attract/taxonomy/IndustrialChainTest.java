package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndustrialChainTest {
  private static final ChainId GRAPHITE = ChainId.of("graphite");
  private static final IndustryId MATERIALS = IndustryId.of("new-materials");
  private static final ChainLink MINING = ChainLink.of(ChainLinkId.of("mining"), "Graphite mining");
  private static final ChainLink SPHERICAL =
      ChainLink.of(ChainLinkId.of("spherical"), "Spherical graphite");
  private static final ChainLink ANODE =
      ChainLink.of(ChainLinkId.of("anode"), "Anode material", "Lithium battery anodes");
  private static final ChainLink BATTERY = ChainLink.of(ChainLinkId.of("battery"), "Batteries");

  private static final IndustrialChain CHAIN =
      IndustrialChain.builder()
          .id(GRAPHITE)
          .name("Graphite")
          .industry(MATERIALS)
          .addLink(MINING)
          .addLinks(SPHERICAL, ANODE)
          .addAllLinks(List.of(BATTERY))
          .build();

  @Test
  void attributes() {
    assertThat(CHAIN.id()).isEqualTo(GRAPHITE);
    assertThat(CHAIN.name()).isEqualTo("Graphite");
    assertThat(CHAIN.industry()).isEqualTo(MATERIALS);
    assertThat(CHAIN.links()).containsExactly(MINING, SPHERICAL, ANODE, BATTERY);
  }

  @Test
  void linkLookUp() {
    assertThat(CHAIN.link(ChainLinkId.of("anode"))).contains(ANODE);
    assertThat(CHAIN.link(ChainLinkId.of("cathode"))).isEmpty();
  }

  @Test
  void containsTellsMembership() {
    assertThat(CHAIN.contains(ChainLinkId.of("battery"))).isTrue();
    assertThat(CHAIN.contains(ChainLinkId.of("cathode"))).isFalse();
  }

  @Test
  void positionCountsFromUpstream() {
    assertThat(CHAIN.position(MINING.id())).isZero();
    assertThat(CHAIN.position(ANODE.id())).isEqualTo(2);
    assertThat(CHAIN.position(BATTERY.id())).isEqualTo(3);
  }

  @Test
  void upstreamOfInChainOrder() {
    assertThat(CHAIN.upstreamOf(ANODE.id())).containsExactly(MINING, SPHERICAL);
    assertThat(CHAIN.upstreamOf(MINING.id())).isEmpty();
  }

  @Test
  void downstreamOfInChainOrder() {
    assertThat(CHAIN.downstreamOf(SPHERICAL.id())).containsExactly(ANODE, BATTERY);
    assertThat(CHAIN.downstreamOf(BATTERY.id())).isEmpty();
  }

  @Test
  void unknownLinkIsRejected() {
    ChainLinkId cathode = ChainLinkId.of("cathode");
    String message = "Industrial chain 'graphite' has no link 'cathode'";
    assertThatThrownBy(() -> CHAIN.position(cathode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> CHAIN.upstreamOf(cathode)).hasMessage(message);
    assertThatThrownBy(() -> CHAIN.downstreamOf(cathode)).hasMessage(message);
  }

  @Test
  void chainWithoutLinks() {
    IndustrialChain empty =
        IndustrialChain.builder().id(GRAPHITE).name("Graphite").industry(MATERIALS).build();

    assertThat(empty.links()).isEmpty();
    assertThat(empty.contains(MINING.id())).isFalse();
  }

  @Test
  void rejectsDuplicateLinkId() {
    ChainLink again = ChainLink.of(ANODE.id(), "Anode again");
    IndustrialChain.Builder builder =
        IndustrialChain.builder().id(GRAPHITE).name("Graphite").industry(MATERIALS);
    builder.addLinks(MINING, ANODE, BATTERY, again);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Industrial chain 'graphite' must have unique link ids, but 'anode' occurs more than once");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(
            () -> IndustrialChain.builder().id(GRAPHITE).name("").industry(MATERIALS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Industrial chain 'graphite' must have a non-blank 'name', but was ''");
  }

  @Test
  void rejectsMissingAttribute() {
    assertThatThrownBy(() -> IndustrialChain.builder().id(GRAPHITE).name("Graphite").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("industry");
  }

  @Test
  void rejectsSettingAttributeTwice() {
    assertThatThrownBy(() -> IndustrialChain.builder().id(GRAPHITE).id(GRAPHITE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }

  @Test
  void toStringShowsLinks() {
    IndustrialChain chain =
        IndustrialChain.builder()
            .id(GRAPHITE)
            .name("Graphite")
            .industry(MATERIALS)
            .addLink(MINING)
            .build();

    assertThat(chain.toString())
        .isEqualTo(
            "IndustrialChain{id=graphite, name=Graphite, industry=new-materials,"
                + " links=[ChainLink{id=mining, name=Graphite mining}]}");
  }

  @Test
  void equality() {
    IndustrialChain.Builder base =
        IndustrialChain.builder().id(GRAPHITE).name("Graphite").industry(MATERIALS);
    new EqualsTester()
        .addEqualityGroup(
            CHAIN,
            IndustrialChain.builder()
                .id(ChainId.of("graphite"))
                .name("Graphite")
                .industry(MATERIALS)
                .addLinks(MINING, SPHERICAL, ANODE, BATTERY)
                .build())
        .addEqualityGroup(
            IndustrialChain.builder()
                .id(GRAPHITE)
                .name("Graphite")
                .industry(MATERIALS)
                .addLinks(SPHERICAL, MINING, ANODE, BATTERY)
                .build())
        .addEqualityGroup(base.build())
        .addEqualityGroup(
            IndustrialChain.builder()
                .id(ChainId.of("coal"))
                .name("Graphite")
                .industry(MATERIALS)
                .build())
        .addEqualityGroup(
            IndustrialChain.builder().id(GRAPHITE).name("Coal").industry(MATERIALS).build())
        .addEqualityGroup(
            IndustrialChain.builder()
                .id(GRAPHITE)
                .name("Graphite")
                .industry(IndustryId.of("coal"))
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ChainLinkId.class, MINING.id())
            .setDefault(ChainLink.class, MINING);
    tester.testAllPublicStaticMethods(IndustrialChain.class);
    tester.testAllPublicInstanceMethods(CHAIN);
    tester.testAllPublicInstanceMethods(IndustrialChain.builder());
  }
}
