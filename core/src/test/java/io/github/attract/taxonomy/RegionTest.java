package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionTest {
  private static final RegionId CN = RegionId.of("cn");
  private static final RegionId GD = RegionId.of("cn-gd");
  private static final RegionId HK = RegionId.of("cn-hk");
  private static final RegionId MO = RegionId.of("cn-mo");
  private static final RegionId GBA = RegionId.of("gba");

  @Test
  void topLevelRegion() {
    Region china = Region.of(CN, "China", RegionKind.COUNTRY);

    assertThat(china.id()).isEqualTo(CN);
    assertThat(china.name()).isEqualTo("China");
    assertThat(china.kind()).isEqualTo(RegionKind.COUNTRY);
    assertThat(china.parent()).isEmpty();
    assertThat(china.members()).isEmpty();
  }

  @Test
  void regionWithParent() {
    Region guangdong = Region.of(GD, "Guangdong", RegionKind.PROVINCE, CN);

    assertThat(guangdong.parent()).contains(CN);
    assertThat(guangdong.toString())
        .isEqualTo("Region{id=cn-gd, name=Guangdong, kind=PROVINCE, parent=cn, members=[]}");
  }

  @Test
  void economicRegionSortsItsMembers() {
    Region gba = Region.economic(GBA, "Greater Bay Area", List.of(MO, GD, HK, GD));

    assertThat(gba.kind()).isEqualTo(RegionKind.ECONOMIC_REGION);
    assertThat(gba.parent()).isEmpty();
    assertThat(gba.members()).containsExactly(GD, HK, MO);
  }

  @Test
  void builderSetsEveryAttribute() {
    Region built =
        Region.builder()
            .id(GBA)
            .name("Greater Bay Area")
            .kind(RegionKind.ECONOMIC_REGION)
            .parent(Optional.empty())
            .addMember(HK)
            .addMembers(MO)
            .addAllMembers(List.of(GD))
            .build();

    assertThat(built).isEqualTo(Region.economic(GBA, "Greater Bay Area", List.of(GD, HK, MO)));
  }

  @Test
  void rejectsEconomicRegionWithoutMembers() {
    assertThatThrownBy(() -> Region.economic(GBA, "Greater Bay Area", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region 'gba' of kind 'economic-region' must have at least one 'member'");
  }

  @Test
  void rejectsEconomicRegionWithParent() {
    assertThatThrownBy(
            () ->
                Region.builder()
                    .id(GBA)
                    .name("Greater Bay Area")
                    .kind(RegionKind.ECONOMIC_REGION)
                    .parent(CN)
                    .addMember(GD)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region 'gba' of kind 'economic-region' must not have a 'parent', but has 'cn'");
  }

  @Test
  void rejectsEconomicRegionThatIsItsOwnMember() {
    assertThatThrownBy(() -> Region.economic(GBA, "Greater Bay Area", List.of(GD, GBA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region 'gba' must not be its own 'member'");
  }

  @Test
  void rejectsMembersOfAdministrativeRegion() {
    assertThatThrownBy(
            () ->
                Region.builder()
                    .id(GD)
                    .name("Guangdong")
                    .kind(RegionKind.PROVINCE)
                    .addMembers(MO, HK)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region 'cn-gd' of kind 'province' must not have 'members', but has [cn-hk, cn-mo]");
  }

  @Test
  void rejectsEconomicKindWithoutMembersThroughOf() {
    assertThatThrownBy(() -> Region.of(GBA, "Greater Bay Area", RegionKind.ECONOMIC_REGION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region 'gba' of kind 'economic-region' must have at least one 'member'");
  }

  @Test
  void rejectsItselfAsParent() {
    assertThatThrownBy(() -> Region.of(GD, "Guangdong", RegionKind.PROVINCE, GD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region 'cn-gd' must not be its own 'parent'");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> Region.of(GD, "", RegionKind.PROVINCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region 'cn-gd' must have a non-blank 'name', but was ''");
  }

  @Test
  void rejectsMissingKind() {
    assertThatThrownBy(() -> Region.builder().id(GD).name("Guangdong").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Region.of(GD, "Guangdong", RegionKind.PROVINCE, CN),
            Region.of(RegionId.of("cn-gd"), "Guangdong", RegionKind.PROVINCE, CN))
        .addEqualityGroup(Region.of(GD, "Guangdong", RegionKind.PROVINCE))
        .addEqualityGroup(Region.of(GD, "Guangdong", RegionKind.CITY, CN))
        .addEqualityGroup(Region.of(GD, "Canton", RegionKind.PROVINCE, CN))
        .addEqualityGroup(Region.of(HK, "Guangdong", RegionKind.PROVINCE, CN))
        .addEqualityGroup(
            Region.economic(GBA, "GBA", List.of(GD, HK)),
            Region.economic(GBA, "GBA", List.of(HK, GD)))
        .addEqualityGroup(Region.economic(GBA, "GBA", List.of(GD, HK, MO)))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RegionId.class, CN)
            .setDefault(String.class, "China")
            .setDefault(RegionKind.class, RegionKind.COUNTRY)
            .setDefault(Iterable.class, List.of(GD));
    tester.testAllPublicStaticMethods(Region.class);
    tester.testAllPublicInstanceMethods(Region.economic(GBA, "GBA", List.of(GD)));
    tester.testAllPublicInstanceMethods(Region.builder());
  }
}
