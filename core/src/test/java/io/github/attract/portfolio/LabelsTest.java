package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.portfolio.Labels.Language;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LabelsTest {
  static Portfolio portfolio() {
    return Portfolio.builder()
        .industries(
            IndustryTaxonomy.of(
                "city",
                List.of(
                    Industry.of(IndustryId.of("electric-power"), "电力"),
                    Industry.of(
                        IndustryId.of("energy-storage"), "储能", IndustryId.of("electric-power")))))
        .regions(
            RegionHierarchy.of(List.of(Region.of(RegionId.of("sys"), "双鸭山市", RegionKind.CITY))))
        .addChain(
            IndustrialChain.builder()
                .id(ChainId.of("storage"))
                .name("储能产业链")
                .industry(IndustryId.of("energy-storage"))
                .addLink(ChainLink.of(ChainLinkId.of("cells"), "电芯"))
                .build())
        .addFocusArea(FocusArea.of(FocusAreaId.of("four-economies"), "四个经济"))
        .addInvestor(Investor.builder().id(InvestorId.of("fengfan")).name("风帆公司").build())
        .addProject(
            Project.builder()
                .id(ProjectId.of("fengfan-storage"))
                .name("风帆储能装备制造项目")
                .location(RegionId.of("sys"))
                .industry(IndustryId.of("energy-storage"))
                .build())
        .build();
  }

  @Test
  void idsGetThePortfoliosNames() {
    Labels zh = Labels.chinese(portfolio());
    assertThat(zh.label(IndustryId.of("electric-power"))).isEqualTo("电力");
    assertThat(zh.label(RegionId.of("sys"))).isEqualTo("双鸭山市");
    assertThat(zh.label(ChainId.of("storage"))).isEqualTo("储能产业链");
    assertThat(zh.label(ChainLinkRef.of(ChainId.of("storage"), ChainLinkId.of("cells"))))
        .isEqualTo("储能产业链 / 电芯");
    assertThat(zh.label(FocusAreaId.of("four-economies"))).isEqualTo("四个经济");
    assertThat(zh.label(InvestorId.of("fengfan"))).isEqualTo("风帆公司");
    assertThat(zh.label(ProjectId.of("fengfan-storage"))).isEqualTo("风帆储能装备制造项目");
    assertThat(Labels.english(portfolio()).label(IndustryId.of("electric-power")))
        .as("names from the data are the data's own")
        .isEqualTo("电力");
  }

  @Test
  void unknownKeysAreLabelledWithTheirText() {
    Labels zh = Labels.chinese(portfolio());
    assertThat(zh.label(IndustryId.of("coal"))).isEqualTo("coal");
    assertThat(zh.name(IndustryId.of("coal"))).isEmpty();
    assertThat(zh.label("large")).isEqualTo("large");
    assertThat(zh.with("large", "大项目").label("large")).isEqualTo("大项目");
    assertThat(
            zh.with(IndustryId.of("electric-power"), "电力热力").label(IndustryId.of("electric-power")))
        .isEqualTo("电力热力");
  }

  @Test
  void statusesAndDesignationsHaveFixedBilingualNames() {
    Labels zh = Labels.fixed(Language.CHINESE);
    Labels en = Labels.fixed(Language.ENGLISH);
    assertThat(zh.label(Status.UNDER_CONSTRUCTION)).isEqualTo("在建");
    assertThat(en.label(Status.UNDER_CONSTRUCTION)).isEqualTo("under construction");
    assertThat(zh.label(Status.IN_OPERATION)).isEqualTo("已投产");
    assertThat(zh.label(DesignationKind.PROVINCIAL_KEY)).isEqualTo("省级重点项目");
    assertThat(en.label(DesignationKind.PROVINCIAL_KEY)).isEqualTo("provincial key project");
    assertThat(zh.label(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
        .isEqualTo("2023年市级重点项目");
    assertThat(en.label(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
        .isEqualTo("city key project 2023");
    assertThat(zh.label(RegionKind.DEVELOPMENT_ZONE)).isEqualTo("开发区");
    assertThat(zh.label(Provenance.ESTIMATED)).isEqualTo("估算");
    assertThat(zh.label(Year.of(2023))).isEqualTo("2023年");
    assertThat(en.label(Year.of(2023))).isEqualTo("2023");
    assertThat(List.of(zh.unclassified(), zh.others(), zh.total()))
        .containsExactly("未分类", "其他", "合计");
    assertThat(List.of(en.unclassified(), en.others(), en.total()))
        .containsExactly("(unclassified)", "(others)", "total");
  }

  @Test
  void everyConstantHasANameInBothLanguagesAndTheNamesDiffer() {
    for (Language l : Language.values()) {
      Labels labels = Labels.fixed(l);
      for (Status s : Status.values()) {
        assertThat(labels.name(s)).isPresent();
      }
      for (DesignationKind k : DesignationKind.values()) {
        assertThat(labels.name(k)).isPresent();
      }
      for (RegionKind k : RegionKind.values()) {
        assertThat(labels.name(k)).isPresent();
      }
      for (Provenance p : Provenance.values()) {
        assertThat(labels.name(p)).isPresent();
      }
    }
    Labels zh = Labels.fixed(Language.CHINESE);
    assertThat(Arrays.stream(Status.values()).map(zh::label).distinct().count())
        .isEqualTo(Status.values().length);
  }

  @Test
  void labelServesAsAFunction() {
    Function<Object, String> labeller = Labels.chinese(portfolio())::label;
    assertThat(labeller.apply(Status.SIGNED)).isEqualTo("已签约");
    assertThat(labeller.apply(RegionId.of("sys"))).isEqualTo("双鸭山市");
  }

  @Test
  void blankNamesAreRejected() {
    assertThatThrownBy(() -> Labels.fixed(Language.ENGLISH).with("large", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Labels 'name' of 'large' must not be blank, but was ' '");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Labels.chinese(portfolio()), Labels.chinese(portfolio()))
        .addEqualityGroup(Labels.english(portfolio()))
        .addEqualityGroup(Labels.fixed(Language.CHINESE))
        .addEqualityGroup(Labels.fixed(Language.CHINESE).with("a", "b"))
        .testEquals();
    new NullPointerTester()
        .setDefault(Portfolio.class, portfolio())
        .testAllPublicStaticMethods(Labels.class);
    new NullPointerTester().testAllPublicInstanceMethods(Labels.fixed(Language.ENGLISH));
    assertThat(Labels.chinese(portfolio()).toString()).isEqualTo("Labels[zh, 8 names]");
  }
}
