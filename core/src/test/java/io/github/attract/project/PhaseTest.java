package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseTest {
  private static final PhaseId ONE = PhaseId.of("phase-1");
  private static final Money TWO_BILLION = Money.ofMajor(Currencies.CNY, 2_000_000_000L);

  /** A history dated backwards and going back from construction to a lead: two faults. */
  private static final StatusHistory BACKWARDS =
      StatusHistory.ofUnchecked(
          List.of(
              StatusChange.of(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION),
              StatusChange.of(LocalDate.of(2023, 2, 10), Status.LEAD)));

  private static Phase.Builder minimal() {
    return Phase.builder().id(ONE).name("Wind power equipment manufacturing base");
  }

  @Test
  void defaults() {
    Phase p = minimal().build();
    assertThat(p.id()).isEqualTo(ONE);
    assertThat(p.name()).isEqualTo("Wind power equipment manufacturing base");
    assertThat(p.investment()).isEmpty();
    assertThat(p.plannedPeriod()).isEmpty();
    assertThat(p.actualPeriod()).isEmpty();
    assertThat(p.capacities()).isEmpty();
    assertThat(p.statusHistory()).isEqualTo(StatusHistory.empty());
  }

  @Test
  void everyAttribute() {
    DesignedCapacity turbines = DesignedCapacity.of("wind turbines", Quantity.parse("200 units/a"));
    DesignedCapacity power = DesignedCapacity.of("electricity", Quantity.parse("40 MW"));
    StatusHistory history =
        StatusHistory.empty().then(LocalDate.of(2022, 6, 1), Status.UNDER_CONSTRUCTION);
    Phase p =
        minimal()
            .investment(TWO_BILLION)
            .plannedPeriod(DateRange.parse("2022-06-01/2023-12-31"))
            .actualPeriod(DateRange.parse("2022-06-15/2023-04-24"))
            .addCapacity(turbines)
            .addAllCapacities(List.of(power))
            .statusHistory(history)
            .build();
    assertThat(p.investment()).contains(TWO_BILLION);
    assertThat(p.plannedPeriod()).contains(DateRange.parse("2022-06-01/2023-12-31"));
    assertThat(p.actualPeriod()).contains(DateRange.parse("2022-06-15/2023-04-24"));
    assertThat(p.capacities()).containsExactly(turbines, power);
    assertThat(p.statusHistory()).isEqualTo(history);
  }

  @Test
  void optionalSettersAcceptEmpty() {
    Phase p =
        minimal()
            .investment(Optional.empty())
            .plannedPeriod(Optional.empty())
            .actualPeriod(Optional.empty())
            .build();
    assertThat(p).isEqualTo(minimal().build());
  }

  @Test
  void idAndNameAreRequired() {
    assertThatThrownBy(() -> Phase.builder().name("Phase").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Phase.builder().id(ONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> Phase.builder().id(ONE).name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Phase 'phase-1' 'name' must not be blank, but was ''");
    assertThatThrownBy(() -> Phase.builder().id(ONE).name("Phase 1\n").build())
        .hasMessage(
            "Phase 'phase-1' 'name' must not start or end with white space, but was 'Phase 1\n'");
  }

  @Test
  void investmentMustNotBeNegative() {
    assertThatThrownBy(() -> minimal().investment(Money.of("CNY", "-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Phase 'phase-1' 'investment' must not be negative, but was CNY -0.01");
    assertThat(minimal().investment(Money.zero(Currencies.CNY)).build().investment())
        .contains(Money.zero(Currencies.CNY));
  }

  @Test
  void everyBrokenRuleOfAPhaseIsListedWithItsPath() {
    Phase.Builder b =
        Phase.builder()
            .id(ONE)
            .name(" ")
            .investment(Money.of("CNY", "-1.00"))
            .statusHistory(BACKWARDS);
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidPartException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path().orElseThrow())
                  .containsExactly(
                      "name", "investment", "statusHistory[1].date", "statusHistory[1].status");
              assertThat(e.violations()).allMatch(v -> v.subjectKind().equals("phase"));
              assertThat(e.violations()).allMatch(v -> v.subjectId().equals("phase-1"));
              assertThat(e.violations().get(1).message())
                  .isEqualTo(
                      "Phase 'phase-1' 'investment' must not be negative, but was CNY -1.00");
              assertThat(e.getMessage())
                  .startsWith("Phase 'phase-1' breaks 4 rules:\n  Phase 'phase-1' 'name' must not");
            });
  }

  @Test
  void aPhaseWhoseOnlyFaultIsInItsHistoryBuildsForItsProjectToReport() {
    assertThat(minimal().statusHistory(BACKWARDS).build().statusHistory()).isEqualTo(BACKWARDS);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(
            Phase.builder()
                .id(PhaseId.of("phase-2"))
                .name("Wind power equipment manufacturing base")
                .build())
        .addEqualityGroup(Phase.builder().id(ONE).name("Other").build())
        .addEqualityGroup(minimal().investment(TWO_BILLION).build())
        .addEqualityGroup(minimal().plannedPeriod(DateRange.parse("2022-06-01/2023-12-31")).build())
        .addEqualityGroup(minimal().actualPeriod(DateRange.parse("2022-06-01/2023-12-31")).build())
        .addEqualityGroup(
            minimal().addCapacity(DesignedCapacity.of("coke", Quantity.parse("1 Mt/a"))).build())
        .addEqualityGroup(
            minimal()
                .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 1, 1), Status.LEAD))
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Phase.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Phase.builder());
  }
}
