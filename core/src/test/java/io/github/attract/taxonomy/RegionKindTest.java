package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegionKindTest {
  @Test
  void codesAreStableLowerCase() {
    assertThat(Arrays.stream(RegionKind.values()).map(RegionKind::code))
        .containsExactly(
            "country",
            "province",
            "city",
            "county",
            "district",
            "development-zone",
            "economic-region");
  }

  @Test
  void ofCodeInvertsCode() {
    for (RegionKind kind : RegionKind.values()) {
      assertThat(RegionKind.ofCode(kind.code())).isSameAs(kind);
    }
  }

  @Test
  void ofCodeRejectsUnknownCode() {
    assertThatThrownBy(() -> RegionKind.ofCode("CITY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown region kind 'CITY'");
  }

  @Test
  void onlyEconomicRegionIsNotAdministrative() {
    assertThat(Arrays.stream(RegionKind.values()).filter(k -> !k.isAdministrative()))
        .containsExactly(RegionKind.ECONOMIC_REGION);
  }

  @Test
  void coarserKinds() {
    assertThat(RegionKind.COUNTRY.isCoarserThan(RegionKind.PROVINCE)).isTrue();
    assertThat(RegionKind.PROVINCE.isCoarserThan(RegionKind.CITY)).isTrue();
    assertThat(RegionKind.PROVINCE.isCoarserThan(RegionKind.COUNTY)).isTrue();
    assertThat(RegionKind.CITY.isCoarserThan(RegionKind.DISTRICT)).isTrue();
    assertThat(RegionKind.COUNTY.isCoarserThan(RegionKind.DEVELOPMENT_ZONE)).isTrue();
    assertThat(RegionKind.DISTRICT.isCoarserThan(RegionKind.DEVELOPMENT_ZONE)).isTrue();
  }

  @Test
  void notCoarserKinds() {
    assertThat(RegionKind.CITY.isCoarserThan(RegionKind.CITY)).isFalse();
    assertThat(RegionKind.COUNTY.isCoarserThan(RegionKind.DISTRICT)).isFalse();
    assertThat(RegionKind.DISTRICT.isCoarserThan(RegionKind.COUNTY)).isFalse();
    assertThat(RegionKind.CITY.isCoarserThan(RegionKind.PROVINCE)).isFalse();
    assertThat(RegionKind.ECONOMIC_REGION.isCoarserThan(RegionKind.PROVINCE)).isFalse();
    assertThat(RegionKind.COUNTRY.isCoarserThan(RegionKind.ECONOMIC_REGION)).isFalse();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RegionKind.class);
    tester.testAllPublicInstanceMethods(RegionKind.CITY);
  }
}
