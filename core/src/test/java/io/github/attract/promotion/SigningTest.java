package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProjectId;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningTest {
  private static final SigningId ID = SigningId.of("2023-04-13-zhongjia-minyuan");
  private static final LocalDate APR_13 = LocalDate.of(2023, 4, 13);
  private static final InvestorId ZHONGJIA = InvestorId.of("zhongjia-minyuan");

  private static Signing.Builder minimal() {
    return Signing.builder().id(ID).date(APR_13).addInvestor(ZHONGJIA);
  }

  @Test
  void theSeedsSigningOfTwelveUnnamedProjects() {
    Signing s = minimal().projectCount(12).build();
    assertThat(s.id()).isEqualTo(ID);
    assertThat(s.date()).isEqualTo(APR_13);
    assertThat(s.investors()).containsExactly(ZHONGJIA);
    assertThat(s.projects()).isEmpty();
    assertThat(s.projectCount()).isEqualTo(12);
    assertThat(s.unitemizedProjectCount()).isEqualTo(12);
    assertThat(s.contractValue()).isEmpty();
    assertThat(s.activity()).isEmpty();
  }

  @Test
  void projectCountDefaultsToTheItemizedProjects() {
    Signing s =
        minimal()
            .addProject(ProjectId.of("p-1"))
            .addAllProjects(List.of(ProjectId.of("p-2"), ProjectId.of("p-3")))
            .build();
    assertThat(s.projects())
        .containsExactly(ProjectId.of("p-1"), ProjectId.of("p-2"), ProjectId.of("p-3"));
    assertThat(s.projectCount()).isEqualTo(3);
    assertThat(s.unitemizedProjectCount()).isZero();
    assertThat(minimal().build().projectCount()).isZero();
  }

  @Test
  void partlyItemized() {
    Signing s = minimal().addProject(ProjectId.of("p-1")).projectCount(12).build();
    assertThat(s.unitemizedProjectCount()).isEqualTo(11);
  }

  @Test
  void everyOptionalAttribute() {
    Money value = Money.ofMajor(Currencies.CNY, 45_600_000_000L);
    Signing s =
        minimal()
            .addAllInvestors(List.of(InvestorId.of("cssc")))
            .contractValue(value)
            .activity(ActivityId.of("fair"))
            .build();
    assertThat(s.investors()).containsExactly(ZHONGJIA, InvestorId.of("cssc"));
    assertThat(s.contractValue()).contains(value);
    assertThat(s.activity()).contains(ActivityId.of("fair"));
    Signing none = minimal().contractValue(Optional.empty()).activity(Optional.empty()).build();
    assertThat(none.contractValue()).isEmpty();
    assertThat(none.activity()).isEmpty();
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> Signing.builder().addInvestor(ZHONGJIA).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("date");
  }

  @Test
  void atLeastOneInvestor() {
    assertThatThrownBy(() -> Signing.builder().id(ID).date(APR_13).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Signing '2023-04-13-zhongjia-minyuan' must name at least one investor");
  }

  @Test
  void investorsAreDistinct() {
    assertThatThrownBy(() -> minimal().addInvestor(ZHONGJIA).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Signing '2023-04-13-zhongjia-minyuan' 'investors' must be distinct, but were"
                + " [zhongjia-minyuan, zhongjia-minyuan]");
  }

  @Test
  void projectsAreDistinct() {
    assertThatThrownBy(
            () -> minimal().addProject(ProjectId.of("p-1")).addProject(ProjectId.of("p-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Signing '2023-04-13-zhongjia-minyuan' 'projects' must be distinct, but were [p-1,"
                + " p-1]");
  }

  @Test
  void projectCountCoversTheItemizedProjects() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addProject(ProjectId.of("p-1"))
                    .addProject(ProjectId.of("p-2"))
                    .projectCount(1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Signing '2023-04-13-zhongjia-minyuan' 'projectCount' must be at least the 2 itemized"
                + " projects, but was 1");
    assertThatThrownBy(() -> minimal().projectCount(-1).build())
        .hasMessage(
            "Signing '2023-04-13-zhongjia-minyuan' 'projectCount' must be at least the 0 itemized"
                + " projects, but was -1");
  }

  @Test
  void contractValueMustNotBeNegative() {
    assertThatThrownBy(() -> minimal().contractValue(Money.of("CNY", "-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Signing '2023-04-13-zhongjia-minyuan' 'contractValue' must not be negative, but was"
                + " CNY -0.01");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().projectCount(0).build())
        .addEqualityGroup(minimal().projectCount(12).build())
        .addEqualityGroup(
            Signing.builder().id(SigningId.of("x")).date(APR_13).addInvestor(ZHONGJIA).build())
        .addEqualityGroup(
            Signing.builder().id(ID).date(APR_13.plusDays(1)).addInvestor(ZHONGJIA).build())
        .addEqualityGroup(minimal().addInvestor(InvestorId.of("cssc")).build())
        .addEqualityGroup(minimal().addProject(ProjectId.of("p-1")).build())
        .addEqualityGroup(minimal().contractValue(Money.ofMajor(Currencies.CNY, 1)).build())
        .addEqualityGroup(minimal().activity(ActivityId.of("a")).build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Signing.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Signing.builder());
  }
}
