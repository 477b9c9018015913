package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ChainLinkTest {
  private static final ChainLinkId ANODE = ChainLinkId.of("anode");

  @Test
  void linkWithoutDescription() {
    ChainLink link = ChainLink.of(ANODE, "Anode material");

    assertThat(link.id()).isEqualTo(ANODE);
    assertThat(link.name()).isEqualTo("Anode material");
    assertThat(link.description()).isEmpty();
  }

  @Test
  void linkWithDescription() {
    ChainLink link = ChainLink.of(ANODE, "Anode material", "Spherical graphite for batteries");

    assertThat(link.description()).contains("Spherical graphite for batteries");
    assertThat(link.toString())
        .isEqualTo(
            "ChainLink{id=anode, name=Anode material, description=Spherical graphite for batteries}");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> ChainLink.of(ANODE, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chain link 'anode' must have a non-blank 'name', but was ''");
  }

  @Test
  void rejectsPaddedDescription() {
    assertThatThrownBy(() -> ChainLink.of(ANODE, "Anode", " x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Chain link 'anode' must have a 'description' without leading or trailing white space,"
                + " but was ' x'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ChainLink.of(ANODE, "Anode"), ChainLink.of(ChainLinkId.of("anode"), "Anode"))
        .addEqualityGroup(ChainLink.of(ANODE, "Anode", "d"))
        .addEqualityGroup(ChainLink.of(ANODE, "Anode", "e"))
        .addEqualityGroup(ChainLink.of(ANODE, "Cathode"))
        .addEqualityGroup(ChainLink.of(ChainLinkId.of("cathode"), "Anode"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ChainLinkId.class, ANODE).setDefault(String.class, "a");
    tester.testAllPublicStaticMethods(ChainLink.class);
    tester.testAllPublicInstanceMethods(ChainLink.of(ANODE, "Anode", "d"));
  }
}
