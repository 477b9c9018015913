package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndustryTest {
  private static final IndustryId COAL = IndustryId.of("coal");
  private static final IndustryId MINING = IndustryId.of("coal-mining");

  @Test
  void rootHasNoParent() {
    Industry coal = Industry.of(COAL, "Coal");

    assertThat(coal.id()).isEqualTo(COAL);
    assertThat(coal.name()).isEqualTo("Coal");
    assertThat(coal.parent()).isEmpty();
  }

  @Test
  void childNamesItsParent() {
    Industry mining = Industry.of(MINING, "Coal mining", COAL);

    assertThat(mining.id()).isEqualTo(MINING);
    assertThat(mining.name()).isEqualTo("Coal mining");
    assertThat(mining.parent()).isEqualTo(Optional.of(COAL));
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> Industry.of(COAL, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Industry 'coal' must have a non-blank 'name', but was ' '");
  }

  @Test
  void rejectsPaddedName() {
    assertThatThrownBy(() -> Industry.of(COAL, "Coal "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Industry 'coal' must have a 'name' without leading or trailing white space,"
                + " but was 'Coal '");
  }

  @Test
  void rejectsItselfAsParent() {
    assertThatThrownBy(() -> Industry.of(COAL, "Coal", COAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Industry 'coal' must not be its own 'parent'");
  }

  @Test
  void toStringShowsAttributes() {
    assertThat(Industry.of(MINING, "Coal mining", COAL).toString())
        .isEqualTo("Industry{id=coal-mining, name=Coal mining, parent=coal}");
    assertThat(Industry.of(COAL, "Coal").toString()).isEqualTo("Industry{id=coal, name=Coal}");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Industry.of(COAL, "Coal"), Industry.of(IndustryId.of("coal"), "Coal"))
        .addEqualityGroup(Industry.of(COAL, "Coal industry"))
        .addEqualityGroup(Industry.of(MINING, "Coal"))
        .addEqualityGroup(Industry.of(MINING, "Coal", COAL))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(IndustryId.class, COAL).setDefault(String.class, "Coal");
    tester.testAllPublicStaticMethods(Industry.class);
    tester.testAllPublicInstanceMethods(Industry.of(MINING, "Coal mining", COAL));
  }
}
