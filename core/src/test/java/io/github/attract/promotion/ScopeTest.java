package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.DomainTesters;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final Designation PROVINCIAL_2023 =
      Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023));

  @Test
  void allHasNoCondition() {
    Scope all = Scope.all();
    assertThat(all.isAll()).isTrue();
    assertThat(all.designation()).isEmpty();
    assertThat(all.region()).isEmpty();
    assertThat(all.industry()).isEmpty();
    assertThat(all.focusArea()).isEmpty();
    assertThat(all.status()).isEmpty();
    assertThat(Scope.builder().build()).isEqualTo(all);
  }

  @Test
  void ofADesignation() {
    Scope s = Scope.of(PROVINCIAL_2023);
    assertThat(s.designation()).contains(PROVINCIAL_2023);
    assertThat(s.isAll()).isFalse();
    assertThat(s).isEqualTo(Scope.builder().designation(PROVINCIAL_2023).build());
  }

  @Test
  void eachConditionMakesItPartial() {
    assertThat(Scope.builder().region(RegionId.of("cn-hl")).build().isAll()).isFalse();
    assertThat(Scope.builder().industry(IndustryId.of("coal")).build().isAll()).isFalse();
    assertThat(Scope.builder().focusArea(FocusAreaId.of("f")).build().isAll()).isFalse();
    assertThat(Scope.builder().status(Status.READY_TO_START).build().isAll()).isFalse();
    Scope nine =
        Scope.builder()
            .designation(Optional.empty())
            .region(Optional.of(RegionId.of("cn-hl-sys")))
            .industry(Optional.empty())
            .focusArea(Optional.empty())
            .status(Optional.of(Status.READY_TO_START))
            .build();
    assertThat(nine.region()).contains(RegionId.of("cn-hl-sys"));
    assertThat(nine.status()).contains(Status.READY_TO_START);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Scope.all(), Scope.builder().build())
        .addEqualityGroup(
            Scope.of(PROVINCIAL_2023), Scope.builder().designation(PROVINCIAL_2023).build())
        .addEqualityGroup(Scope.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
        .addEqualityGroup(Scope.builder().region(RegionId.of("cn")).build())
        .addEqualityGroup(Scope.builder().industry(IndustryId.of("coal")).build())
        .addEqualityGroup(Scope.builder().focusArea(FocusAreaId.of("f")).build())
        .addEqualityGroup(Scope.builder().status(Status.SIGNED).build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Scope.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Scope.all());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Scope.builder());
  }
}
