package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.testing.DomainTesters;
import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DesignationTest {
  private static final Year Y2023 = Year.of(2023);

  @Test
  void accessorsAndText() {
    Designation d = Designation.of(DesignationKind.PROVINCIAL_KEY, Y2023);
    assertThat(d.kind()).isEqualTo(DesignationKind.PROVINCIAL_KEY);
    assertThat(d.year()).isEqualTo(Y2023);
    assertThat(d).hasToString("provincial-key 2023");
  }

  @ParameterizedTest
  @EnumSource(DesignationKind.class)
  void parseIsTheInverseOfToString(DesignationKind kind) {
    Designation d = Designation.of(kind, Y2023);
    assertThat(Designation.parse(d.toString())).isEqualTo(d);
  }

  @Test
  void parsesTheSpringBatch() {
    assertThat(Designation.parse("spring-start 2023"))
        .isEqualTo(Designation.of(DesignationKind.SPRING_START, Y2023));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "provincial-key", " provincial-key 2023", "provincial-key 20x3"})
  void parseRejectsMalformedText(String text) {
    assertThatThrownBy(() -> Designation.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Designation text must be a kind, a space and a year, but was '" + text + "'");
  }

  @Test
  void parseRejectsUnknownKinds() {
    assertThatThrownBy(() -> Designation.parse("town-key 2023"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown designation kind 'town-key'");
  }

  @Test
  void ordersByKindThenYear() {
    Designation cityKey2024 = Designation.of(DesignationKind.CITY_KEY, Year.of(2024));
    Designation cityKey2023 = Designation.of(DesignationKind.CITY_KEY, Y2023);
    Designation provincial2025 = Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2025));
    Designation spring2022 = Designation.of(DesignationKind.SPRING_START, Year.of(2022));
    assertThat(new TreeSet<>(List.of(spring2022, cityKey2024, provincial2025, cityKey2023)))
        .containsExactly(provincial2025, cityKey2023, cityKey2024, spring2022);
    assertThat(cityKey2023.compareTo(Designation.of(DesignationKind.CITY_KEY, Y2023))).isZero();
  }

  @Test
  void kindCodes() {
    assertThat(Stream.of(DesignationKind.values()).map(DesignationKind::code))
        .containsExactly(
            "national-key",
            "provincial-key",
            "city-key",
            "county-key",
            "spring-start",
            "concentrated-start");
    for (DesignationKind k : DesignationKind.values()) {
      assertThat(DesignationKind.ofCode(k.code())).isSameAs(k);
      assertThat(k).hasToString(k.code());
    }
    assertThatThrownBy(() -> DesignationKind.ofCode("PROVINCIAL_KEY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown designation kind 'PROVINCIAL_KEY'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Designation.of(DesignationKind.CITY_KEY, Y2023),
            Designation.of(DesignationKind.CITY_KEY, Year.of(2023)),
            Designation.parse("city-key 2023"))
        .addEqualityGroup(Designation.of(DesignationKind.CITY_KEY, Year.of(2024)))
        .addEqualityGroup(Designation.of(DesignationKind.COUNTY_KEY, Y2023))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Designation.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(Designation.of(DesignationKind.CITY_KEY, Y2023));
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(DesignationKind.class);
  }
}
