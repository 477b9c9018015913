package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProjectId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionActivityTest {
  private static final ActivityId ID = ActivityId.of("2023-04-13-zhongjia");
  private static final LocalDate APR_13 = LocalDate.of(2023, 4, 13);

  private static PromotionActivity.Builder titled(String title) {
    return PromotionActivity.builder()
        .id(ID)
        .date(APR_13)
        .kind(ActivityKind.SIGNING_CEREMONY)
        .title(title);
  }

  private static PromotionActivity.Builder minimal() {
    return titled("Signing with Zhongjia Minyuan");
  }

  @Test
  void minimalActivity() {
    PromotionActivity a = minimal().build();
    assertThat(a.id()).isEqualTo(ID);
    assertThat(a.date()).isEqualTo(APR_13);
    assertThat(a.kind()).isEqualTo(ActivityKind.SIGNING_CEREMONY);
    assertThat(a.title()).isEqualTo("Signing with Zhongjia Minyuan");
    assertThat(a.leadOfficialLevel()).isEmpty();
    assertThat(a.regions()).isEmpty();
    assertThat(a.counterparts()).isEmpty();
    assertThat(a.resultingProjects()).isEmpty();
  }

  @Test
  void everyAttribute() {
    PromotionActivity a =
        minimal()
            .leadOfficialLevel(OfficialLevel.CITY)
            .addRegion(RegionId.of("cn-bj"))
            .addAllRegions(List.of(RegionId.of("cn-tj"), RegionId.of("cn-bj")))
            .addCounterpart(InvestorId.of("zhongjia-minyuan"))
            .addAllCounterparts(List.of(InvestorId.of("cssc")))
            .addResultingProject(ProjectId.of("p-1"))
            .addAllResultingProjects(List.of(ProjectId.of("p-2")))
            .build();
    assertThat(a.leadOfficialLevel()).contains(OfficialLevel.CITY);
    assertThat(a.regions()).containsExactly(RegionId.of("cn-bj"), RegionId.of("cn-tj"));
    assertThat(a.counterparts())
        .containsExactly(InvestorId.of("zhongjia-minyuan"), InvestorId.of("cssc"));
    assertThat(a.resultingProjects()).containsExactly(ProjectId.of("p-1"), ProjectId.of("p-2"));
    assertThat(minimal().leadOfficialLevel(Optional.empty()).build().leadOfficialLevel()).isEmpty();
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> PromotionActivity.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("date")
        .hasMessageContaining("kind")
        .hasMessageContaining("title");
  }

  @Test
  void titleMustNotBeBlank() {
    assertThatThrownBy(() -> titled("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Promotion activity '2023-04-13-zhongjia' 'title' must not be blank, but was ''");
    assertThatThrownBy(() -> titled(" Fair").build())
        .hasMessage(
            "Promotion activity '2023-04-13-zhongjia' 'title' must not start or end with white"
                + " space, but was ' Fair'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(titled("Other").build())
        .addEqualityGroup(
            PromotionActivity.builder()
                .id(ActivityId.of("other"))
                .date(APR_13)
                .kind(ActivityKind.SIGNING_CEREMONY)
                .title("Signing with Zhongjia Minyuan")
                .build())
        .addEqualityGroup(
            PromotionActivity.builder()
                .id(ID)
                .date(APR_13.plusDays(1))
                .kind(ActivityKind.SIGNING_CEREMONY)
                .title("Signing with Zhongjia Minyuan")
                .build())
        .addEqualityGroup(
            PromotionActivity.builder()
                .id(ID)
                .date(APR_13)
                .kind(ActivityKind.FAIR)
                .title("Signing with Zhongjia Minyuan")
                .build())
        .addEqualityGroup(minimal().leadOfficialLevel(OfficialLevel.PROVINCIAL).build())
        .addEqualityGroup(minimal().addRegion(RegionId.of("cn")).build())
        .addEqualityGroup(minimal().addCounterpart(InvestorId.of("i")).build())
        .addEqualityGroup(minimal().addResultingProject(ProjectId.of("p")).build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(PromotionActivity.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(PromotionActivity.builder());
  }
}
