package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionHierarchyTest {
  private static final RegionId CN = RegionId.of("cn");
  private static final RegionId HL = RegionId.of("cn-hl");
  private static final RegionId SYS = RegionId.of("cn-hl-sys");
  private static final RegionId BAOQING = RegionId.of("cn-hl-sys-baoqing");
  private static final RegionId JIANSHAN = RegionId.of("cn-hl-sys-jianshan");
  private static final RegionId SYS_ZONE = RegionId.of("cn-hl-sys-edz");
  private static final RegionId GD = RegionId.of("cn-gd");
  private static final RegionId SZ = RegionId.of("cn-gd-sz");
  private static final RegionId NANSHAN = RegionId.of("cn-gd-sz-nanshan");
  private static final RegionId HK = RegionId.of("cn-hk");
  private static final RegionId MO = RegionId.of("cn-mo");
  private static final RegionId BJ = RegionId.of("cn-bj");
  private static final RegionId TJ = RegionId.of("cn-tj");
  private static final RegionId HE = RegionId.of("cn-he");
  private static final RegionId LN = RegionId.of("cn-ln");
  private static final RegionId GBA = RegionId.of("greater-bay-area");
  private static final RegionId JJJ = RegionId.of("jing-jin-ji");
  private static final RegionId BOHAI = RegionId.of("bohai-rim");

  private static final List<Region> REGIONS =
      List.of(
          Region.of(CN, "China", RegionKind.COUNTRY),
          Region.of(HL, "Heilongjiang", RegionKind.PROVINCE, CN),
          Region.of(SYS, "Shuangyashan", RegionKind.CITY, HL),
          Region.of(BAOQING, "Baoqing", RegionKind.COUNTY, SYS),
          Region.of(JIANSHAN, "Jianshan", RegionKind.DISTRICT, SYS),
          Region.of(SYS_ZONE, "Shuangyashan EDZ", RegionKind.DEVELOPMENT_ZONE, SYS),
          Region.of(GD, "Guangdong", RegionKind.PROVINCE, CN),
          Region.of(SZ, "Shenzhen", RegionKind.CITY, GD),
          Region.of(NANSHAN, "Nanshan", RegionKind.DISTRICT, SZ),
          Region.of(HK, "Hong Kong", RegionKind.PROVINCE, CN),
          Region.of(MO, "Macao", RegionKind.PROVINCE, CN),
          Region.of(BJ, "Beijing", RegionKind.PROVINCE, CN),
          Region.of(TJ, "Tianjin", RegionKind.PROVINCE, CN),
          Region.of(HE, "Hebei", RegionKind.PROVINCE, CN),
          Region.of(LN, "Liaoning", RegionKind.PROVINCE, CN),
          Region.economic(GBA, "Greater Bay Area", List.of(GD, HK, MO)),
          Region.economic(JJJ, "Beijing-Tianjin-Hebei", List.of(BJ, TJ, HE)),
          Region.economic(BOHAI, "Bohai Rim", List.of(BJ, TJ, HE, LN)));

  private static final RegionHierarchy HIERARCHY = RegionHierarchy.of(REGIONS);

  private static List<String> ids(List<Region> regions) {
    return regions.stream().map(r -> r.id().value()).collect(Collectors.toList());
  }

  private static Region get(RegionId id) {
    return HIERARCHY.region(id).orElseThrow();
  }

  @Test
  void regionsById() {
    assertThat(HIERARCHY.size()).isEqualTo(18);
    assertThat(ids(HIERARCHY.regions()).subList(0, 5))
        .containsExactly("bohai-rim", "cn", "cn-bj", "cn-gd", "cn-gd-sz");
  }

  @Test
  void regionLookUp() {
    assertThat(HIERARCHY.region(SYS)).contains(Region.of(SYS, "Shuangyashan", RegionKind.CITY, HL));
    assertThat(HIERARCHY.region(RegionId.of("cn-sh"))).isEmpty();
  }

  @Test
  void containsTellsMembership() {
    assertThat(HIERARCHY.contains(GBA)).isTrue();
    assertThat(HIERARCHY.contains(RegionId.of("cn-sh"))).isFalse();
  }

  @Test
  void parentOfRegion() {
    assertThat(HIERARCHY.parent(BAOQING)).contains(get(SYS));
    assertThat(HIERARCHY.parent(CN)).isEmpty();
    assertThat(HIERARCHY.parent(GBA)).isEmpty();
  }

  @Test
  void childrenById() {
    assertThat(ids(HIERARCHY.children(SYS)))
        .containsExactly("cn-hl-sys-baoqing", "cn-hl-sys-edz", "cn-hl-sys-jianshan");
    assertThat(HIERARCHY.children(BAOQING)).isEmpty();
  }

  @Test
  void ancestorsFromParentUp() {
    assertThat(ids(HIERARCHY.ancestors(BAOQING))).containsExactly("cn-hl-sys", "cn-hl", "cn");
    assertThat(HIERARCHY.ancestors(CN)).isEmpty();
    assertThat(HIERARCHY.ancestors(GBA)).isEmpty();
  }

  @Test
  void ancestorOfKindFindsTheProvinceOfACounty() {
    assertThat(HIERARCHY.ancestorOfKind(BAOQING, RegionKind.PROVINCE)).contains(get(HL));
    assertThat(HIERARCHY.ancestorOfKind(NANSHAN, RegionKind.CITY)).contains(get(SZ));
    assertThat(HIERARCHY.ancestorOfKind(SYS_ZONE, RegionKind.COUNTRY)).contains(get(CN));
  }

  @Test
  void ancestorOfKindIncludesTheRegionItself() {
    assertThat(HIERARCHY.ancestorOfKind(HL, RegionKind.PROVINCE)).contains(get(HL));
    assertThat(HIERARCHY.ancestorOfKind(GBA, RegionKind.ECONOMIC_REGION)).contains(get(GBA));
  }

  @Test
  void ancestorOfKindIsEmptyWithoutSuchAncestor() {
    assertThat(HIERARCHY.ancestorOfKind(CN, RegionKind.PROVINCE)).isEmpty();
    assertThat(HIERARCHY.ancestorOfKind(BAOQING, RegionKind.DISTRICT)).isEmpty();
    assertThat(HIERARCHY.ancestorOfKind(GBA, RegionKind.COUNTRY)).isEmpty();
  }

  @Test
  void economicRegionsContainDescendantsOfTheirMembers() {
    assertThat(ids(HIERARCHY.economicRegionsContaining(NANSHAN)))
        .containsExactly("greater-bay-area");
    assertThat(ids(HIERARCHY.economicRegionsContaining(HK))).containsExactly("greater-bay-area");
    assertThat(ids(HIERARCHY.economicRegionsContaining(BJ)))
        .containsExactly("bohai-rim", "jing-jin-ji");
    assertThat(HIERARCHY.economicRegionsContaining(BAOQING)).isEmpty();
    assertThat(HIERARCHY.economicRegionsContaining(CN)).isEmpty();
    assertThat(HIERARCHY.economicRegionsContaining(GBA)).isEmpty();
  }

  @Test
  void isWithinAncestorsAndEconomicRegions() {
    assertThat(HIERARCHY.isWithin(NANSHAN, GBA)).isTrue();
    assertThat(HIERARCHY.isWithin(NANSHAN, GD)).isTrue();
    assertThat(HIERARCHY.isWithin(NANSHAN, CN)).isTrue();
    assertThat(HIERARCHY.isWithin(NANSHAN, NANSHAN)).isTrue();
    assertThat(HIERARCHY.isWithin(GBA, GBA)).isTrue();
    assertThat(HIERARCHY.isWithin(TJ, BOHAI)).isTrue();
  }

  @Test
  void isNotWithinOtherRegions() {
    assertThat(HIERARCHY.isWithin(BAOQING, GBA)).isFalse();
    assertThat(HIERARCHY.isWithin(GD, NANSHAN)).isFalse();
    assertThat(HIERARCHY.isWithin(BAOQING, JIANSHAN)).isFalse();
    assertThat(HIERARCHY.isWithin(GBA, CN)).isFalse();
    assertThat(HIERARCHY.isWithin(LN, JJJ)).isFalse();
  }

  @Test
  void queriesRejectUnknownRegion() {
    RegionId shanghai = RegionId.of("cn-sh");
    String message = "Region hierarchy has no region 'cn-sh'";
    assertThatThrownBy(() -> HIERARCHY.parent(shanghai))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.children(shanghai)).hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.ancestors(shanghai)).hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.ancestorOfKind(shanghai, RegionKind.PROVINCE))
        .hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.economicRegionsContaining(shanghai)).hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.isWithin(shanghai, CN)).hasMessage(message);
    assertThatThrownBy(() -> HIERARCHY.isWithin(CN, shanghai)).hasMessage(message);
  }

  private static List<Region> with(Region extra) {
    List<Region> regions = new ArrayList<>(REGIONS);
    regions.add(extra);
    return regions;
  }

  @Test
  void rejectsDuplicateId() {
    assertThatThrownBy(() -> RegionHierarchy.of(with(Region.of(SYS, "Again", RegionKind.CITY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must have unique region ids, but 'cn-hl-sys' occurs more than once");
  }

  @Test
  void rejectsMissingParent() {
    Region pudong =
        Region.of(RegionId.of("cn-sh-pd"), "Pudong", RegionKind.DISTRICT, RegionId.of("cn-sh"));

    assertThatThrownBy(() -> RegionHierarchy.of(with(pudong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must contain the 'parent' of every region, but 'cn-sh-pd' has the"
                + " parent 'cn-sh', which is missing");
  }

  @Test
  void rejectsParentOfSameRank() {
    Region county = Region.of(RegionId.of("x"), "X", RegionKind.COUNTY, JIANSHAN);

    assertThatThrownBy(() -> RegionHierarchy.of(with(county)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must nest a region in a parent of a coarser kind, but 'x' of kind"
                + " 'county' has the parent 'cn-hl-sys-jianshan' of kind 'district'");
  }

  @Test
  void rejectsEconomicRegionAsParent() {
    Region city = Region.of(RegionId.of("x"), "X", RegionKind.CITY, GBA);

    assertThatThrownBy(() -> RegionHierarchy.of(with(city)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must nest a region in a parent of a coarser kind, but 'x' of kind"
                + " 'city' has the parent 'greater-bay-area' of kind 'economic-region'");
  }

  @Test
  void rejectsCycleThroughTheKindRule() {
    List<Region> cycle =
        List.of(
            Region.of(RegionId.of("a"), "A", RegionKind.CITY, RegionId.of("b")),
            Region.of(RegionId.of("b"), "B", RegionKind.PROVINCE, RegionId.of("a")));

    assertThatThrownBy(() -> RegionHierarchy.of(cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must nest a region in a parent of a coarser kind, but 'b' of kind"
                + " 'province' has the parent 'a' of kind 'city'");
  }

  @Test
  void rejectsMissingMember() {
    Region yrd =
        Region.economic(RegionId.of("yrd"), "Yangtze River Delta", List.of(RegionId.of("cn-sh")));

    assertThatThrownBy(() -> RegionHierarchy.of(with(yrd)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must contain every 'member' of an economic region, but 'yrd' has the"
                + " member 'cn-sh', which is missing");
  }

  @Test
  void rejectsEconomicMember() {
    Region north = Region.economic(RegionId.of("north"), "North", List.of(JJJ, LN));

    assertThatThrownBy(() -> RegionHierarchy.of(with(north)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region hierarchy must have only administrative members in economic regions, but"
                + " 'north' has the member 'jing-jin-ji' of kind 'economic-region'");
  }

  @Test
  void rejectsNullElement() {
    List<Region> withNull = new ArrayList<>(REGIONS);
    withNull.add(null);

    assertThatThrownBy(() -> RegionHierarchy.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("region");
  }

  @Test
  void emptyHierarchy() {
    RegionHierarchy empty = RegionHierarchy.of(List.of());

    assertThat(empty.regions()).isEmpty();
    assertThat(empty.toString()).isEqualTo("RegionHierarchy[0 regions]");
  }

  @Test
  void toStringSummarises() {
    assertThat(HIERARCHY.toString()).isEqualTo("RegionHierarchy[18 regions]");
    assertThat(RegionHierarchy.of(REGIONS.subList(0, 1)).toString())
        .isEqualTo("RegionHierarchy[1 region]");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(HIERARCHY, RegionHierarchy.of(Lists.reverse(REGIONS)))
        .addEqualityGroup(RegionHierarchy.of(REGIONS.subList(0, 3)))
        .addEqualityGroup(RegionHierarchy.of(List.of()))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RegionId.class, CN)
            .setDefault(RegionKind.class, RegionKind.PROVINCE);
    tester.testAllPublicStaticMethods(RegionHierarchy.class);
    tester.testAllPublicInstanceMethods(HIERARCHY);
  }
}
