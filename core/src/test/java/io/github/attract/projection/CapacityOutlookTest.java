package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.at;
import static io.github.attract.projection.Fixtures.cny;
import static io.github.attract.projection.Fixtures.fengfan;
import static io.github.attract.projection.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityOutlookTest {
  private static DesignedCapacity cap(String product, String quantity) {
    return DesignedCapacity.of(product, Quantity.parse(quantity));
  }

  private static StatusHistory operatingFrom(LocalDate date) {
    return StatusHistory.empty()
        .then(date.minusYears(1), Status.UNDER_CONSTRUCTION)
        .then(date, Status.IN_OPERATION);
  }

  /** Jianlong: 40 MW connected to the grid in March 2023. */
  private static Project jianlong() {
    return project("jianlong-power")
        .totalInvestment(cny("100.00"))
        .statusHistory(operatingFrom(LocalDate.of(2023, 3, 15)))
        .addCapacity(cap("ultra-high temperature power generation", "40 MW"))
        .build();
  }

  /** Graphite anode: two phases of 50 kt/a, the first planned to end in 2024, the second 2026. */
  private static Project graphite() {
    return project("graphite-anode")
        .totalInvestment(cny("3000000000.00"))
        .addCapacity(cap("graphite anode material", "100000 t/a"))
        .addPhase(
            Phase.builder()
                .id(PhaseId.of("p1"))
                .name("Phase 1")
                .plannedPeriod(DateRange.parse("2023-03-01/2024-12-31"))
                .addCapacity(cap("graphite anode material", "50 kt/a"))
                .build())
        .addPhase(
            Phase.builder()
                .id(PhaseId.of("p2"))
                .name("Phase 2")
                .plannedPeriod(DateRange.parse("2025-01-01/2026-06-30"))
                .addCapacity(cap("graphite anode material", "50000 t/a"))
                .build())
        .build();
  }

  @Test
  void capacityComesOnlineAtTheStartOfOperationAndAccumulates() {
    CapacityOutlook c =
        CapacityOutlook.of(
            List.of(fengfan(), jianlong(), graphite()), Year.of(2024), Year.of(2027));
    assertThat(c.cumulative().get(Dimension.POWER_PER_YEAR))
        .containsExactly(
            entry(Year.of(2024), Quantity.parse("0 kW/a")),
            entry(Year.of(2025), Quantity.parse("0 kW/a")),
            entry(Year.of(2026), Quantity.parse("6000000 kW/a")),
            entry(Year.of(2027), Quantity.parse("6000000 kW/a")));
    // Jianlong came online in 2023, before the window: it is the opening balance
    assertThat(c.beforeWindow()).containsEntry(Dimension.POWER, Quantity.parse("40000 kW"));
    assertThat(at(c.cumulative(), Dimension.POWER).get(Year.of(2024)))
        .isEqualTo(Quantity.parse("40000 kW"));
    assertThat(at(c.added(), Dimension.POWER).get(Year.of(2024))).isEqualTo(Quantity.parse("0 kW"));
    // phase 1 online 2025-01-01, phase 2 on 2026-07-01; the project's own 100000 t/a is not added
    assertThat(c.added().get(Dimension.MASS_PER_YEAR))
        .containsExactly(
            entry(Year.of(2024), Quantity.parse("0 t/a")),
            entry(Year.of(2025), Quantity.parse("50000 t/a")),
            entry(Year.of(2026), Quantity.parse("50000 t/a")),
            entry(Year.of(2027), Quantity.parse("0 t/a")));
    assertThat(at(c.cumulative(), Dimension.MASS_PER_YEAR).get(Year.of(2027)))
        .isEqualTo(Quantity.parse("100000 t/a"));
    assertThat(c.entries())
        .extracting(CapacityOnline::toString)
        .containsExactly(
            "jianlong-power: ultra-high temperature power generation 40 MW online 2023-03-15 (reached)",
            "graphite-anode/p1: graphite anode material 50 kt/a online 2025-01-01 (planned)",
            "sys-fengfan-storage: battery storage equipment 6000000 kW/a online 2026-01-01 (planned)",
            "graphite-anode/p2: graphite anode material 50000 t/a online 2026-07-01 (planned)");
    assertThat(c)
        .hasToString(
            "CapacityOutlook[2024..2027: mass-per-year={2024=0 t/a, 2025=50000 t/a,"
                + " 2026=100000 t/a, 2027=100000 t/a}, power={2024=40000 kW, 2025=40000 kW,"
                + " 2026=40000 kW, 2027=40000 kW}, power-per-year={2024=0 kW/a, 2025=0 kW/a,"
                + " 2026=6000000 kW/a, 2027=6000000 kW/a}]");
  }

  @Test
  void keepsUndatedAndCancelledCapacities() {
    Project lead = project("lead").addCapacity(cap("coking", "1.5 Mt/a")).build();
    Project cancelled =
        project("gone")
            .addPhase(Fixtures.phase("p1", "2023-01-01/2023-12-31"))
            .addCapacity(cap("montan wax", "1000 t"))
            .statusHistory(
                StatusHistory.empty()
                    .then(LocalDate.of(2023, 1, 1), Status.SIGNED)
                    .then(LocalDate.of(2023, 6, 1), Status.CANCELLED))
            .build();
    CapacityOutlook c = CapacityOutlook.of(List.of(lead, cancelled), Year.of(2023), Year.of(2024));
    assertThat(c.undated())
        .extracting(CapacityOnline::projectId)
        .containsExactly(ProjectId.of("lead"));
    assertThat(c.cancelled())
        .extracting(CapacityOnline::projectId)
        .containsExactly(ProjectId.of("gone"));
    assertThat(c.cumulative()).isEmpty();
    assertThat(c.entries()).hasSize(2);
    assertThat(c.cancelled().get(0)).hasToString("gone: montan wax 1000 t cancelled");
    assertThat(c.undated().get(0)).hasToString("lead: coking 1.5 Mt/a undated");
    assertThat(c)
        .hasToString("CapacityOutlook[2023..2024: nothing online; undated 1; cancelled 1]");
  }

  @Test
  void rejectsABackwardWindow() {
    assertThatThrownBy(() -> CapacityOutlook.of(List.of(), Year.of(2025), Year.of(2024)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Capacity outlook 'last' must not be before 'first', but 2025 > 2024");
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(
            CapacityOutlook.of(List.of(fengfan()), Year.of(2023), Year.of(2030)),
            CapacityOutlook.of(List.of(fengfan()), Year.of(2023), Year.of(2030)))
        .addEqualityGroup(CapacityOutlook.of(List.of(fengfan()), Year.of(2023), Year.of(2031)))
        .addEqualityGroup(CapacityOutlook.of(List.of(jianlong()), Year.of(2023), Year.of(2030)))
        .testEquals();
    new NullPointerTester()
        .setDefault(Year.class, Year.of(2023))
        .testAllPublicStaticMethods(CapacityOutlook.class);
    new NullPointerTester().testAllPublicStaticMethods(Milestones.class);
    new NullPointerTester().testAllPublicStaticMethods(Milestone.class);
    new EqualsTester()
        .addEqualityGroup(
            Milestone.of(LocalDate.of(2026, 1, 1), Milestone.Basis.PLANNED),
            Milestone.of(LocalDate.of(2026, 1, 1), Milestone.Basis.PLANNED))
        .addEqualityGroup(Milestone.of(LocalDate.of(2026, 1, 1), Milestone.Basis.REACHED))
        .addEqualityGroup(Milestone.of(LocalDate.of(2026, 1, 2), Milestone.Basis.PLANNED))
        .testEquals();
  }

  @Test
  void milestonesFollowTheStatedRules() {
    assertThat(Milestones.constructionPeriod(fengfan()))
        .contains(DateRange.parse("2023-04-07/2025-12-31"));
    assertThat(Milestones.operationStart(fengfan()))
        .contains(Milestone.of(LocalDate.of(2026, 1, 1), Milestone.Basis.PLANNED));
    assertThat(Milestones.constructionPeriod(jianlong()))
        .contains(DateRange.parse("2022-03-15/2023-03-14"));
    assertThat(Milestones.operationStart(jianlong()))
        .contains(Milestone.of(LocalDate.of(2023, 3, 15), Milestone.Basis.REACHED));
    assertThat(Milestones.constructionPeriod(project("lead").build())).isEmpty();
    assertThat(Milestones.operationStart(project("lead").build())).isEmpty();
  }
}
