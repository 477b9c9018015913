package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.at;
import static io.github.attract.projection.Fixtures.cny;
import static io.github.attract.projection.Fixtures.fengfan;
import static io.github.attract.projection.Fixtures.project;
import static io.github.attract.projection.Fixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeOutlookTest {
  private static final ProjectId FENGFAN = ProjectId.of("sys-fengfan-storage");

  private static Project estimatedPilot() {
    return project("pilot")
        .statusHistory(
            StatusHistory.empty()
                .then(LocalDate.of(2026, 7, 1), Status.UNDER_CONSTRUCTION)
                .then(LocalDate.of(2027, 7, 1), Status.IN_OPERATION))
        .expectedOutcomes(
            ExpectedOutcomes.builder()
                .annualRevenue(cny("10.00"))
                .jobs(5)
                .provenance(Provenance.ESTIMATED)
                .build())
        .build();
  }

  @Test
  void fengfanRampsUpFrom2026() {
    OutcomeOutlook o =
        OutcomeOutlook.of(List.of(fengfan()), RampUp.standard(), Year.of(2023), Year.of(2030));
    ProjectOutcomes f = at(o.projects(), FENGFAN);
    assertThat(f.productionStart()).hasToString("2026-01-01 (planned)");
    assertThat(f.years().keySet())
        .containsExactly(Year.of(2026), Year.of(2027), Year.of(2028), Year.of(2029), Year.of(2030));
    OutcomeYear y2026 = at(f.years(), Year.of(2026));
    assertThat(y2026.revenue()).contains(yuan(750_000_000L));
    assertThat(y2026.profit()).contains(yuan(125_000_000L));
    assertThat(y2026.tax()).contains(yuan(50_000_000L));
    assertThat(y2026.jobs()).hasValue(150);
    assertThat(y2026.provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(y2026)
        .hasToString(
            "2026 (year 1, 0.5): revenue CNY 750000000.00, profit CNY 125000000.00,"
                + " tax CNY 50000000.00, jobs 150, derived");
    OutcomeYear y2027 = at(f.years(), Year.of(2027));
    assertThat(y2027.revenue()).contains(yuan(1_200_000_000L));
    assertThat(y2027.profit()).contains(yuan(200_000_000L));
    assertThat(y2027.tax()).contains(yuan(80_000_000L));
    assertThat(y2027.jobs()).hasValue(240);
    assertThat(y2027.operatingYear()).isEqualTo(2);
    OutcomeYear y2030 = at(f.years(), Year.of(2030));
    assertThat(y2030.revenue()).contains(yuan(1_500_000_000L));
    assertThat(y2030.jobs()).hasValue(300);
    assertThat(y2030.share()).isEqualTo(BigDecimal.ONE);

    assertThat(o.byYear().get(Year.of(2025)))
        .hasToString(
            "2025: 0 projects, revenue [CNY 0.00], profit [CNY 0.00], tax [CNY 0.00], jobs 0, derived");
    assertThat(o.byYear().get(Year.of(2027)))
        .hasToString(
            "2027: 1 project, revenue [CNY 1200000000.00], profit [CNY 200000000.00],"
                + " tax [CNY 80000000.00], jobs 240, derived");
  }

  @Test
  void estimatesStayEstimatesAndJobsRoundHalfEven() {
    OutcomeOutlook o =
        OutcomeOutlook.of(
            List.of(fengfan(), estimatedPilot()), RampUp.standard(), Year.of(2027), Year.of(2028));
    OutcomeYear pilot2027 = at(at(o.projects(), ProjectId.of("pilot")).years(), Year.of(2027));
    assertThat(pilot2027.provenance()).isEqualTo(Provenance.ESTIMATED);
    assertThat(pilot2027.jobs()).hasValue(2); // 5 x 0.5 = 2.5, half-even
    assertThat(pilot2027.profit()).isEmpty();
    assertThat(at(at(o.projects(), ProjectId.of("pilot")).years(), Year.of(2028)).jobs())
        .hasValue(4); // 5 x 0.8
    OutcomeTotals t = at(o.byYear(), Year.of(2027));
    assertThat(t.provenance()).isEqualTo(Provenance.ESTIMATED);
    assertThat(t.revenue()).isEqualTo(MultiCurrencyAmount.of(cny("1200000005.00")));
    assertThat(t.jobs()).isEqualTo(242);
    assertThat(t.projects()).isEqualTo(2);
  }

  @Test
  void takesACustomRampUpAndKeepsUndatedAndCancelledProjects() {
    Project lead =
        project("lead").expectedOutcomes(ExpectedOutcomes.builder().jobs(10).build()).build();
    Project gone =
        project("gone")
            .expectedOutcomes(ExpectedOutcomes.builder().jobs(10).build())
            .statusHistory(
                StatusHistory.empty()
                    .then(LocalDate.of(2023, 1, 1), Status.SIGNED)
                    .then(LocalDate.of(2023, 2, 1), Status.CANCELLED))
            .build();
    RampUp slow = RampUp.of(new BigDecimal("0.25"), new BigDecimal("0.750"));
    OutcomeOutlook o =
        OutcomeOutlook.of(List.of(fengfan(), lead, gone), slow, Year.of(2026), Year.of(2028));
    assertThat(at(at(o.projects(), FENGFAN).years(), Year.of(2026)).tax())
        .contains(yuan(25_000_000L));
    assertThat(at(at(o.projects(), FENGFAN).years(), Year.of(2028)).tax())
        .contains(yuan(75_000_000L));
    assertThat(o.undated()).containsExactly(ProjectId.of("lead"));
    assertThat(o.cancelled()).containsExactly(ProjectId.of("gone"));
    assertThat(o.rampUp()).hasToString("RampUp[0.25, 0.75]");
    assertThat(o.toString()).endsWith("; undated [lead]; cancelled [gone]]");
  }

  @Test
  void rampUpRules() {
    assertThat(RampUp.standard().share(1)).isEqualTo(new BigDecimal("0.5"));
    assertThat(RampUp.standard().share(2)).isEqualTo(new BigDecimal("0.8"));
    assertThat(RampUp.standard().share(9)).isEqualTo(BigDecimal.ONE);
    assertThat(RampUp.none().share(1)).isEqualTo(BigDecimal.ONE);
    assertThat(RampUp.standard()).hasToString("RampUp[0.5, 0.8, 1]");
    assertThatThrownBy(() -> RampUp.of(new BigDecimal("1.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ramp-up 'shares' must each be from 0 to 1, but share 1 was 1.2");
    assertThatThrownBy(RampUp::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ramp-up 'shares' must not be empty");
    assertThatThrownBy(() -> RampUp.standard().share(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ramp-up 'operatingYear' must be at least 1, but was 0");
    assertThatThrownBy(
            () ->
                OutcomeOutlook.of(
                    List.of(fengfan(), fengfan()), RampUp.none(), Year.of(2023), Year.of(2024)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Outcome outlook 'projects' must have distinct ids, but 'sys-fengfan-storage' repeats");
    assertThatThrownBy(
            () -> OutcomeOutlook.of(List.of(), RampUp.none(), Year.of(2024), Year.of(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Outcome outlook 'last' must not be before 'first', but 2024 > 2023");
  }

  @Test
  void areValues() {
    List<Project> one = List.of(fengfan());
    new EqualsTester()
        .addEqualityGroup(
            OutcomeOutlook.of(one, RampUp.standard(), Year.of(2023), Year.of(2030)),
            OutcomeOutlook.of(one, RampUp.standard(), Year.of(2023), Year.of(2030)))
        .addEqualityGroup(OutcomeOutlook.of(one, RampUp.none(), Year.of(2023), Year.of(2030)))
        .addEqualityGroup(OutcomeOutlook.of(one, RampUp.standard(), Year.of(2024), Year.of(2030)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RampUp.standard(),
            RampUp.of(new BigDecimal("0.50"), new BigDecimal("0.8"), new BigDecimal("1.00")))
        .addEqualityGroup(RampUp.none())
        .testEquals();
    new NullPointerTester()
        .setDefault(Year.class, Year.of(2023))
        .setDefault(RampUp.class, RampUp.none())
        .testAllPublicStaticMethods(OutcomeOutlook.class);
    new NullPointerTester().testAllPublicStaticMethods(RampUp.class);
  }
}
