package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.DomainTesters;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvestorTest {
  private static final InvestorId FENGFAN = InvestorId.of("fengfan");

  @Test
  void builderWithEverything() {
    Investor i =
        Investor.builder()
            .id(FENGFAN)
            .name("Fengfan Co., Ltd.")
            .origin(RegionId.of("cn-he"))
            .group(InvestorId.of("fengfan-group"))
            .build();
    assertThat(i.id()).isEqualTo(FENGFAN);
    assertThat(i.name()).isEqualTo("Fengfan Co., Ltd.");
    assertThat(i.origin()).contains(RegionId.of("cn-he"));
    assertThat(i.group()).contains(InvestorId.of("fengfan-group"));
  }

  @Test
  void originAndGroupAreOptional() {
    Investor i =
        Investor.builder()
            .id(FENGFAN)
            .name("Fengfan")
            .origin(Optional.empty())
            .group(Optional.empty())
            .build();
    assertThat(i.origin()).isEmpty();
    assertThat(i.group()).isEmpty();
  }

  @Test
  void idAndNameAreRequired() {
    assertThatThrownBy(() -> Investor.builder().name("Fengfan").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Investor.builder().id(FENGFAN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void nameMustNotBeBlankOrPadded() {
    assertThatThrownBy(() -> Investor.builder().id(FENGFAN).name("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Investor 'fengfan' 'name' must not be blank, but was '  '");
    assertThatThrownBy(() -> Investor.builder().id(FENGFAN).name(" Fengfan").build())
        .hasMessage(
            "Investor 'fengfan' 'name' must not start or end with white space, but was ' Fengfan'");
  }

  @Test
  void anInvestorIsNotItsOwnGroup() {
    assertThatThrownBy(() -> Investor.builder().id(FENGFAN).name("Fengfan").group(FENGFAN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Investor 'fengfan' must not be its own group, but 'group' was 'fengfan'");
  }

  @Test
  void equality() {
    Investor base = Investor.builder().id(FENGFAN).name("Fengfan").build();
    new EqualsTester()
        .addEqualityGroup(
            base, Investor.builder().id(InvestorId.of("fengfan")).name("Fengfan").build())
        .addEqualityGroup(Investor.builder().id(InvestorId.of("other")).name("Fengfan").build())
        .addEqualityGroup(Investor.builder().id(FENGFAN).name("Fengfan Co.").build())
        .addEqualityGroup(
            Investor.builder().id(FENGFAN).name("Fengfan").origin(RegionId.of("cn")).build())
        .addEqualityGroup(
            Investor.builder().id(FENGFAN).name("Fengfan").group(InvestorId.of("g")).build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Investor.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(Investor.builder().id(FENGFAN).name("Fengfan").build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Investor.builder());
  }
}
