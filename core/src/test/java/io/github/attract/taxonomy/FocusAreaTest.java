package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class FocusAreaTest {
  private static final FocusAreaId DIGITAL = FocusAreaId.of("digital-economy");

  @Test
  void focusAreaWithoutDescription() {
    FocusArea area = FocusArea.of(DIGITAL, "Digital economy");

    assertThat(area.id()).isEqualTo(DIGITAL);
    assertThat(area.name()).isEqualTo("Digital economy");
    assertThat(area.description()).isEmpty();
    assertThat(area.toString()).isEqualTo("FocusArea{id=digital-economy, name=Digital economy}");
  }

  @Test
  void focusAreaWithDescription() {
    FocusArea area = FocusArea.of(DIGITAL, "Digital economy", "One of the four economies");

    assertThat(area.description()).contains("One of the four economies");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> FocusArea.of(DIGITAL, "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Focus area 'digital-economy' must have a non-blank 'name', but was '\t'");
  }

  @Test
  void rejectsBlankDescription() {
    assertThatThrownBy(() -> FocusArea.of(DIGITAL, "Digital economy", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Focus area 'digital-economy' must have a non-blank 'description', but was ' '");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            FocusArea.of(DIGITAL, "Digital"),
            FocusArea.of(FocusAreaId.of("digital-economy"), "Digital"))
        .addEqualityGroup(FocusArea.of(DIGITAL, "Digital", "d"))
        .addEqualityGroup(FocusArea.of(DIGITAL, "Bio"))
        .addEqualityGroup(FocusArea.of(FocusAreaId.of("bio-economy"), "Digital"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(FocusAreaId.class, DIGITAL)
            .setDefault(String.class, "a");
    tester.testAllPublicStaticMethods(FocusArea.class);
    tester.testAllPublicInstanceMethods(FocusArea.of(DIGITAL, "Digital", "d"));
  }
}
