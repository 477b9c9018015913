package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.EqualsTester;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectTest {
  private static final ProjectId ID = ProjectId.of("sys-fengfan");
  private static final YearMonth MARCH = YearMonth.of(2023, 3);
  private static final YearMonth APRIL = YearMonth.of(2023, 4);
  private static final YearMonth MAY = YearMonth.of(2023, 5);

  private static Money cny(long major) {
    return Money.ofMajor(Currencies.CNY, major);
  }

  private static Money usd(long major) {
    return Money.ofMajor(Currencies.USD, major);
  }

  private static Project.Builder minimal() {
    return project(ID, "Fengfan energy storage equipment", "cn-hl-sys", "new-materials");
  }

  private static Project.Builder named(String name) {
    return project(ID, name, "cn-hl-sys", "new-materials");
  }

  private static Project.Builder project(
      ProjectId id, String name, String region, String industry) {
    return Project.builder()
        .id(id)
        .name(name)
        .location(RegionId.of(region))
        .industry(IndustryId.of(industry));
  }

  private static Phase phase(String id, Money investment) {
    return Phase.builder().id(PhaseId.of(id)).name("Phase " + id).investment(investment).build();
  }

  private static ProgressReport report(YearMonth month, Money completed) {
    return ProgressReport.builder().month(month).completedInvestment(completed).build();
  }

  private static ProgressReport report(YearMonth month, Money completed, Money funds) {
    return ProgressReport.builder()
        .month(month)
        .completedInvestment(completed)
        .fundsInPlace(funds)
        .build();
  }

  private static Project fengfan() {
    return minimal()
        .addInvestor(InvestorId.of("fengfan"))
        .chainLink(ChainLinkRef.of(ChainId.of("storage"), ChainLinkId.of("equipment")))
        .addFocusArea(FocusAreaId.of("key-industries"))
        .addDesignation(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)))
        .addDesignation(Designation.of(DesignationKind.SPRING_START, Year.of(2023)))
        .totalInvestment(cny(1_050_000_000L))
        .totalInvestmentProvenance(Provenance.REPORTED)
        .addPhase(phase("phase-1", cny(600_000_000L)))
        .statusHistory(
            StatusHistory.empty()
                .then(LocalDate.of(2023, 2, 10), Status.SIGNED)
                .then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
        .addCapacity(
            DesignedCapacity.of("battery storage equipment", Quantity.parse("6000000 kW/a")))
        .expectedOutcomes(
            ExpectedOutcomes.builder()
                .annualRevenue(cny(1_500_000_000L))
                .annualProfit(cny(250_000_000L))
                .annualTax(cny(100_000_000L))
                .jobs(300)
                .build())
        .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(300_000_000L)))
        .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny(500_000_000L)))
        .addProgressReport(report(MARCH, cny(0), cny(100_000_000L)))
        .addProgressReport(report(APRIL, cny(20_000_000L), cny(150_000_000L)))
        .addProgressReport(report(YearMonth.of(2023, 6), cny(120_000_000L), cny(150_000_000L)))
        .description("Completion expected in December 2025")
        .build();
  }

  // ------------------------------------------------------------------ builder and defaults

  @Test
  void minimalProjectDefaults() {
    Project p = minimal().build();
    assertThat(p.id()).isEqualTo(ID);
    assertThat(p.name()).isEqualTo("Fengfan energy storage equipment");
    assertThat(p.location()).isEqualTo(RegionId.of("cn-hl-sys"));
    assertThat(p.industry()).isEqualTo(IndustryId.of("new-materials"));
    assertThat(p.investors()).isEmpty();
    assertThat(p.chainLink()).isEmpty();
    assertThat(p.focusAreas()).isEmpty();
    assertThat(p.designations()).isEmpty();
    assertThat(p.currency()).isEqualTo(Currencies.CNY);
    assertThat(p.totalInvestment()).isEmpty();
    assertThat(p.totalInvestmentProvenance()).isEqualTo(Provenance.REPORTED);
    assertThat(p.phases()).isEmpty();
    assertThat(p.statusHistory()).isEqualTo(StatusHistory.empty());
    assertThat(p.capacities()).isEmpty();
    assertThat(p.expectedOutcomes()).isEmpty();
    assertThat(p.annualPlans()).isEmpty();
    assertThat(p.progressReports()).isEmpty();
    assertThat(p.description()).isEmpty();
  }

  @Test
  void everyAttribute() {
    Project p = fengfan();
    assertThat(p.investors()).containsExactly(InvestorId.of("fengfan"));
    assertThat(p.chainLink())
        .contains(ChainLinkRef.of(ChainId.of("storage"), ChainLinkId.of("equipment")));
    assertThat(p.focusAreas()).containsExactly(FocusAreaId.of("key-industries"));
    assertThat(p.designations())
        .containsExactly(
            Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)),
            Designation.of(DesignationKind.SPRING_START, Year.of(2023)));
    assertThat(p.totalInvestment()).contains(cny(1_050_000_000L));
    assertThat(p.phases()).extracting(Phase::id).containsExactly(PhaseId.of("phase-1"));
    assertThat(p.statusHistory().current()).contains(Status.UNDER_CONSTRUCTION);
    assertThat(p.capacities())
        .containsExactly(
            DesignedCapacity.of("battery storage equipment", Quantity.parse("6000000 kW/a")));
    assertThat(p.expectedOutcomes().orElseThrow().jobs()).hasValue(300);
    assertThat(p.annualPlans())
        .extracting(AnnualPlan::year)
        .containsExactly(Year.of(2023), Year.of(2024));
    assertThat(p.progressReports()).hasSize(3);
    assertThat(p.description()).contains("Completion expected in December 2025");
  }

  @Test
  void collectionAddersAndOptionalSetters() {
    Project p =
        minimal()
            .addAllInvestors(List.of(InvestorId.of("a"), InvestorId.of("b")))
            .addAllFocusAreas(List.of(FocusAreaId.of("f1"), FocusAreaId.of("f2")))
            .addAllDesignations(List.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
            .addAllPhases(List.of(phase("p1", cny(1)), phase("p2", cny(2))))
            .addAllCapacities(List.of(DesignedCapacity.of("coke", Quantity.parse("1500000 t/a"))))
            .addAllAnnualPlans(List.of(AnnualPlan.of(Year.of(2023), cny(1))))
            .addAllProgressReports(List.of(report(MARCH, cny(1))))
            .chainLink(Optional.empty())
            .totalInvestment(Optional.of(cny(10)))
            .expectedOutcomes(Optional.empty())
            .description(Optional.empty())
            .build();
    assertThat(p.investors()).containsExactly(InvestorId.of("a"), InvestorId.of("b"));
    assertThat(p.focusAreas()).containsExactly(FocusAreaId.of("f1"), FocusAreaId.of("f2"));
    assertThat(p.phases()).hasSize(2);
    assertThat(p.totalInvestment()).contains(cny(10));
    assertThat(p.description()).isEmpty();
  }

  @Test
  void repeatedFocusAreasAndDesignationsCollapse() {
    Designation d = Designation.of(DesignationKind.CITY_KEY, Year.of(2023));
    Project p =
        minimal()
            .addFocusArea(FocusAreaId.of("f"))
            .addFocusArea(FocusAreaId.of("f"))
            .addDesignation(d)
            .addDesignation(d)
            .build();
    assertThat(p.focusAreas()).containsExactly(FocusAreaId.of("f"));
    assertThat(p.designations()).containsExactly(d);
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> Project.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("name")
        .hasMessageContaining("location")
        .hasMessageContaining("industry");
  }

  @Test
  void aProjectInAnotherCurrency() {
    Project p =
        minimal()
            .currency(Currencies.USD)
            .totalInvestment(usd(100))
            .addPhase(phase("p1", usd(60)))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), usd(50)))
            .addProgressReport(report(MARCH, usd(10), usd(20)))
            .expectedOutcomes(ExpectedOutcomes.builder().annualRevenue(usd(5)).build())
            .build();
    assertThat(p.currency()).isEqualTo(Currencies.USD);
    assertThat(p.completedInvestmentAsOf(MARCH)).isEqualTo(usd(10));
    assertThat(p.completedInvestmentAsOf(MARCH.minusMonths(1)))
        .isEqualTo(Money.zero(Currencies.USD));
  }

  // ------------------------------------------------------------------ derived methods

  @Test
  void statusOnDelegatesToTheHistory() {
    Project p = fengfan();
    assertThat(p.statusOn(LocalDate.of(2023, 2, 9))).isEmpty();
    assertThat(p.statusOn(LocalDate.of(2023, 2, 10))).contains(Status.SIGNED);
    assertThat(p.statusOn(LocalDate.of(2023, 4, 6))).contains(Status.SIGNED);
    assertThat(p.statusOn(LocalDate.of(2023, 4, 7))).contains(Status.UNDER_CONSTRUCTION);
    assertThat(minimal().build().statusOn(LocalDate.of(2023, 4, 7))).isEmpty();
  }

  @Test
  void annualPlanOfAYear() {
    Project p = fengfan();
    assertThat(p.annualPlan(Year.of(2023)))
        .contains(AnnualPlan.of(Year.of(2023), cny(300_000_000L)));
    assertThat(p.annualPlan(Year.of(2024)))
        .contains(AnnualPlan.of(Year.of(2024), cny(500_000_000L)));
    assertThat(p.annualPlan(Year.of(2022))).isEmpty();
    assertThat(p.annualPlan(Year.of(2025))).isEmpty();
  }

  @Test
  void progressAsOfIsTheLatestReportOfTheMonthOrBefore() {
    Project p = fengfan();
    assertThat(p.progressAsOf(YearMonth.of(2023, 2))).isEmpty();
    assertThat(p.progressAsOf(MARCH).orElseThrow().month()).isEqualTo(MARCH);
    assertThat(p.progressAsOf(APRIL).orElseThrow().month()).isEqualTo(APRIL);
    assertThat(p.progressAsOf(MAY).orElseThrow().month()).isEqualTo(APRIL);
    assertThat(p.progressAsOf(YearMonth.of(2030, 1)).orElseThrow().month())
        .isEqualTo(YearMonth.of(2023, 6));
  }

  @Test
  void completedInvestmentAsOfIsZeroBeforeTheFirstReport() {
    Project p = fengfan();
    assertThat(p.completedInvestmentAsOf(YearMonth.of(2023, 2))).isEqualTo(cny(0));
    assertThat(p.completedInvestmentAsOf(MARCH)).isEqualTo(cny(0));
    assertThat(p.completedInvestmentAsOf(MAY)).isEqualTo(cny(20_000_000L));
    assertThat(p.completedInvestmentAsOf(YearMonth.of(2024, 1))).isEqualTo(cny(120_000_000L));
    assertThat(minimal().build().completedInvestmentAsOf(MAY)).isEqualTo(cny(0));
  }

  @Test
  void isDesignatedNeedsKindAndYear() {
    Project p = fengfan();
    assertThat(p.isDesignated(DesignationKind.PROVINCIAL_KEY, Year.of(2023))).isTrue();
    assertThat(p.isDesignated(DesignationKind.SPRING_START, Year.of(2023))).isTrue();
    assertThat(p.isDesignated(DesignationKind.PROVINCIAL_KEY, Year.of(2024))).isFalse();
    assertThat(p.isDesignated(DesignationKind.CITY_KEY, Year.of(2023))).isFalse();
  }

  // ------------------------------------------------------------------ rules

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> named(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Project 'sys-fengfan' 'name' must not be blank, but was ' '");
    assertThatThrownBy(() -> named("Fengfan ").build())
        .hasMessage(
            "Project 'sys-fengfan' 'name' must not start or end with white space, but was"
                + " 'Fengfan '");
  }

  @Test
  void investorsMustBeDistinct() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addInvestor(InvestorId.of("a"))
                    .addInvestor(InvestorId.of("b"))
                    .addInvestor(InvestorId.of("a"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Project 'sys-fengfan' 'investors' must be distinct, but were [a, b, a]");
  }

  @Test
  void totalInvestmentIsNonNegativeInTheProjectsCurrency() {
    assertThatThrownBy(() -> minimal().totalInvestment(Money.of("CNY", "-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'totalInvestment' must not be negative, but was CNY -1.00");
    assertThatThrownBy(() -> minimal().totalInvestment(usd(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'totalInvestment' must be in the project's currency CNY, but"
                + " was USD 1.00");
    assertThatThrownBy(() -> minimal().currency(Currencies.EUR).totalInvestment(cny(1)).build())
        .hasMessage(
            "Project 'sys-fengfan' 'totalInvestment' must be in the project's currency EUR, but"
                + " was CNY 1.00");
    assertThat(minimal().totalInvestment(cny(0)).build().totalInvestment()).contains(cny(0));
  }

  @Test
  void phaseIdsMustBeUnique() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addPhase(phase("phase-1", cny(1)))
                    .addPhase(phase("phase-1", cny(2)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Project 'sys-fengfan' phase ids must be unique, but 'phase-1' repeats");
  }

  @Test
  void phaseInvestmentsAreInTheProjectsCurrency() {
    assertThatThrownBy(() -> minimal().addPhase(phase("phase-1", usd(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'phases[phase-1].investment' must be in the project's currency"
                + " CNY, but was USD 1.00");
  }

  @Test
  void phaseInvestmentsMustNotExceedTheTotal() {
    assertThatThrownBy(
            () ->
                minimal()
                    .totalInvestment(cny(17_700_000_000L))
                    .addPhase(phase("phase-1", cny(10_000_000_000L)))
                    .addPhase(phase("phase-2", cny(7_700_000_001L)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' phase investments sum to CNY 17700000001.00, more than its"
                + " 'totalInvestment' CNY 17700000000.00");
  }

  @Test
  void annualPlansMustNotExceedTheTotal() {
    assertThatThrownBy(
            () ->
                minimal()
                    .totalInvestment(cny(1_050_000_000L))
                    .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(600_000_000L)))
                    .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny(450_000_001L)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' annual plans sum to CNY 1050000001.00, more than its"
                + " 'totalInvestment' CNY 1050000000.00");
    assertThat(
            minimal()
                .totalInvestment(cny(1_050_000_000L))
                .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(600_000_000L)))
                .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny(450_000_000L)))
                .build()
                .annualPlans())
        .hasSize(2);
  }

  @Test
  void phaseInvestmentsMayReachTheTotalOrGoWithoutOne() {
    Project exact =
        minimal()
            .totalInvestment(cny(10))
            .addPhase(phase("a", cny(4)))
            .addPhase(phase("b", cny(6)))
            .addPhase(Phase.builder().id(PhaseId.of("c")).name("Unpriced").build())
            .build();
    assertThat(exact.phases()).hasSize(3);
    Project noTotal = minimal().addPhase(phase("a", cny(1_000_000))).build();
    assertThat(noTotal.phases()).hasSize(1);
  }

  @Test
  void phaseSumsBeyondLongMinorUnitsAreExact() {
    Money huge = Money.ofMinor(Currencies.CNY, Long.MAX_VALUE);
    assertThatThrownBy(
            () ->
                minimal()
                    .totalInvestment(huge)
                    .addPhase(phase("a", huge))
                    .addPhase(phase("b", Money.ofMinor(Currencies.CNY, 1)))
                    .build())
        .hasMessage(
            "Project 'sys-fengfan' phase investments sum to CNY 92233720368547758.08, more than"
                + " its 'totalInvestment' CNY 92233720368547758.07");
  }

  @Test
  void annualPlansAreInTheProjectsCurrency() {
    assertThatThrownBy(() -> minimal().addAnnualPlan(AnnualPlan.of(Year.of(2023), usd(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'annualPlans[2023].planned' must be in the project's currency"
                + " CNY, but was USD 1.00");
  }

  @Test
  void annualPlansAscendInDistinctYears() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(1)))
                    .addAnnualPlan(AnnualPlan.of(Year.of(2022), cny(1)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'annualPlans' must be in ascending, distinct years, but 2022"
                + " follows 2023");
    assertThatThrownBy(
            () ->
                minimal()
                    .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(1)))
                    .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(2)))
                    .build())
        .hasMessage(
            "Project 'sys-fengfan' 'annualPlans' must be in ascending, distinct years, but 2023"
                + " follows 2023");
  }

  @Test
  void annualPlansMayLeaveGapsBetweenYears() {
    Project p =
        minimal()
            .addAnnualPlan(AnnualPlan.of(Year.of(2021), cny(1)))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(1)))
            .build();
    assertThat(p.annualPlan(Year.of(2022))).isEmpty();
  }

  @Test
  void progressIsInTheProjectsCurrency() {
    assertThatThrownBy(() -> minimal().addProgressReport(report(MARCH, usd(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports[2023-03].completedInvestment' must be in the"
                + " project's currency CNY, but was USD 1.00");
  }

  @Test
  void progressMonthsAscendAndAreDistinct() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addProgressReport(report(APRIL, cny(1)))
                    .addProgressReport(report(MARCH, cny(1)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports' must be in ascending, distinct months, but"
                + " 2023-03 follows 2023-04");
    assertThatThrownBy(
            () ->
                minimal()
                    .addProgressReport(report(MARCH, cny(1)))
                    .addProgressReport(report(MARCH, cny(2)))
                    .build())
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports' must be in ascending, distinct months, but"
                + " 2023-03 follows 2023-03");
  }

  @Test
  void completedInvestmentIsCumulative() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addProgressReport(report(MARCH, cny(2)))
                    .addProgressReport(report(APRIL, cny(1)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports[2023-04].completedInvestment' is cumulative"
                + " and must not decrease, but CNY 1.00 < CNY 2.00 of 2023-03");
    assertThat(
            minimal()
                .addProgressReport(report(MARCH, cny(2)))
                .addProgressReport(report(APRIL, cny(2)))
                .build()
                .progressReports())
        .hasSize(2);
  }

  @Test
  void fundsInPlaceAreCumulative() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addProgressReport(report(MARCH, cny(1), cny(5)))
                    .addProgressReport(report(APRIL, cny(1), cny(4)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports[2023-04].fundsInPlace' is cumulative and must"
                + " not decrease, but CNY 4.00 < CNY 5.00 of 2023-03");
  }

  @Test
  void fundsInPlaceAreCumulativeAcrossMonthsThatDoNotStateThem() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addProgressReport(report(MARCH, cny(1), cny(5)))
                    .addProgressReport(report(APRIL, cny(2)))
                    .addProgressReport(report(MAY, cny(3), cny(4)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports[2023-05].fundsInPlace' is cumulative and must"
                + " not decrease, but CNY 4.00 < CNY 5.00 of 2023-03");
    assertThat(
            minimal()
                .addProgressReport(report(MARCH, cny(1), cny(5)))
                .addProgressReport(report(APRIL, cny(2)))
                .addProgressReport(report(MAY, cny(3), cny(5)))
                .build()
                .progressReports())
        .hasSize(3);
  }

  @Test
  void progressMustNotExceedTheTotal() {
    Project overrun =
        minimal().totalInvestment(cny(10)).addProgressReport(report(MARCH, cny(11))).build();
    assertThat(overrun.violations())
        .extracting(Violation::rule, Violation::severity, v -> v.path().orElseThrow())
        .containsExactly(
            tuple(
                Violation.Rule.COST_OVERRUN,
                Violation.Severity.WARNING,
                "progressReports[2023-03].completedInvestment"));
    assertThat(overrun.violations().get(0).message())
        .isEqualTo(
            "Project 'sys-fengfan' 'progressReports[2023-03].completedInvestment' CNY 11.00"
                + " exceeds 'totalInvestment' CNY 10.00 (cost overrun)");
    assertThatThrownBy(
            () ->
                minimal()
                    .totalInvestment(cny(10))
                    .addProgressReport(report(MARCH, cny(1), cny(11)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'progressReports[2023-03].fundsInPlace' must not exceed"
                + " 'totalInvestment' CNY 10.00, but was CNY 11.00");
    assertThat(
            minimal()
                .totalInvestment(cny(10))
                .addProgressReport(report(MARCH, cny(10), cny(10)))
                .build()
                .progressReports())
        .hasSize(1);
    assertThat(
            minimal().addProgressReport(report(MARCH, cny(11), cny(99))).build().progressReports())
        .hasSize(1);
  }

  @Test
  void expectedOutcomesAreInTheProjectsCurrency() {
    assertThatThrownBy(
            () ->
                minimal()
                    .expectedOutcomes(ExpectedOutcomes.builder().annualRevenue(usd(1)).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'sys-fengfan' 'expectedOutcomes.annualRevenue' must be in the project's"
                + " currency CNY, but was USD 1.00");
    assertThatThrownBy(
            () ->
                minimal()
                    .expectedOutcomes(ExpectedOutcomes.builder().annualProfit(usd(1)).build())
                    .build())
        .hasMessage(
            "Project 'sys-fengfan' 'expectedOutcomes.annualProfit' must be in the project's"
                + " currency CNY, but was USD 1.00");
    assertThatThrownBy(
            () ->
                minimal()
                    .expectedOutcomes(ExpectedOutcomes.builder().annualTax(usd(1)).build())
                    .build())
        .hasMessage(
            "Project 'sys-fengfan' 'expectedOutcomes.annualTax' must be in the project's"
                + " currency CNY, but was USD 1.00");
  }

  // ------------------------------------------------------------------ value semantics

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(fengfan(), fengfan())
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(
            project(
                    ProjectId.of("other"),
                    "Fengfan energy storage equipment",
                    "cn-hl-sys",
                    "new-materials")
                .build())
        .addEqualityGroup(named("Other").build())
        .addEqualityGroup(
            project(ID, "Fengfan energy storage equipment", "cn", "new-materials").build())
        .addEqualityGroup(
            project(ID, "Fengfan energy storage equipment", "cn-hl-sys", "coal").build())
        .addEqualityGroup(minimal().addInvestor(InvestorId.of("a")).build())
        .addEqualityGroup(
            minimal().addInvestor(InvestorId.of("a")).addInvestor(InvestorId.of("b")).build())
        .addEqualityGroup(
            minimal().addInvestor(InvestorId.of("b")).addInvestor(InvestorId.of("a")).build())
        .addEqualityGroup(
            minimal().chainLink(ChainLinkRef.of(ChainId.of("c"), ChainLinkId.of("l"))).build())
        .addEqualityGroup(minimal().addFocusArea(FocusAreaId.of("f")).build())
        .addEqualityGroup(
            minimal()
                .addDesignation(Designation.of(DesignationKind.CITY_KEY, Year.of(2023)))
                .build())
        .addEqualityGroup(minimal().currency(Currencies.USD).build())
        .addEqualityGroup(minimal().totalInvestment(cny(1)).build())
        .addEqualityGroup(minimal().totalInvestmentProvenance(Provenance.ESTIMATED).build())
        .addEqualityGroup(minimal().addPhase(phase("a", cny(1))).build())
        .addEqualityGroup(
            minimal()
                .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 1, 1), Status.LEAD))
                .build())
        .addEqualityGroup(
            minimal().addCapacity(DesignedCapacity.of("coke", Quantity.parse("1 t"))).build())
        .addEqualityGroup(minimal().expectedOutcomes(ExpectedOutcomes.builder().build()).build())
        .addEqualityGroup(minimal().addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(1))).build())
        .addEqualityGroup(minimal().addProgressReport(report(MARCH, cny(1))).build())
        .addEqualityGroup(minimal().description("d").build())
        .testEquals();
  }

  @Test
  void toStringNamesTheProject() {
    assertThat(minimal().build().toString())
        .startsWith("Project{id=sys-fengfan, name=Fengfan energy storage equipment");
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Project.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(fengfan());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Project.builder());
  }

  @Test
  void constructionListsEveryErrorWithItsPath() {
    Project.Builder b =
        minimal()
            .totalInvestment(cny(10))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny(6)))
            .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny(7)))
            .addProgressReport(report(MARCH, cny(4)))
            .addProgressReport(report(APRIL, cny(3)));
    // 6 + 7 = 13 > 10; 3 < 4 in April
    assertThat(Project.check(b))
        .extracting(v -> v.path().orElseThrow())
        .containsExactly("annualPlans", "progressReports[2023-04].completedInvestment");
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidProjectException.class)
        .hasMessage(
            "Project 'sys-fengfan' breaks 2 rules:\n"
                + "  Project 'sys-fengfan' annual plans sum to CNY 13.00, more than its"
                + " 'totalInvestment' CNY 10.00\n"
                + "  Project 'sys-fengfan' 'progressReports[2023-04].completedInvestment' is"
                + " cumulative and must not decrease, but CNY 3.00 < CNY 4.00 of 2023-03");
  }

  @Test
  void aMissingAttributeIsOneViolation() {
    assertThat(Project.builder().id(ProjectId.of("x")).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Violation.Rule.MISSING_VALUE));
  }

  @Test
  void statusHistoryProblemsOfTheProjectAndItsPhasesAreListedWithWarnings() {
    StatusHistory backwards =
        StatusHistory.ofUnchecked(
            List.of(
                StatusChange.of(LocalDate.of(2023, 2, 10), Status.SIGNED),
                StatusChange.of(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION),
                StatusChange.of(LocalDate.of(2023, 3, 1), Status.IN_OPERATION),
                StatusChange.of(LocalDate.of(2023, 5, 1), Status.SIGNED)));
    Phase first =
        Phase.builder()
            .id(PhaseId.of("phase-1"))
            .name("first")
            .statusHistory(
                StatusHistory.ofUnchecked(
                    List.of(
                        StatusChange.of(LocalDate.of(2023, 1, 1), Status.CANCELLED),
                        StatusChange.of(LocalDate.of(2023, 1, 2), Status.LEAD))))
            .build();
    java.util.function.Function<StatusHistory, Project.Builder> with =
        h ->
            minimal()
                .totalInvestment(cny(10))
                .addPhase(first)
                .statusHistory(h)
                .addProgressReport(report(MARCH, cny(12)));
    Project.Builder b = with.apply(backwards);
    // [2] 1 Mar < 7 Apr; [3] in operation -> signed goes back; phase-1 [1] leaves a final status;
    // 12 > 10 in March is a cost overrun, a warning
    assertThat(Project.check(b))
        .extracting(v -> v.path().orElseThrow() + " " + v.severity().code())
        .containsExactly(
            "phases[phase-1].statusHistory[1].status error",
            "statusHistory[2].date error",
            "statusHistory[3].status error",
            "progressReports[2023-03].completedInvestment warning");
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidProjectException.class,
            e -> {
              assertThat(e.violations()).hasSize(3).allMatch(Violation::isError);
              assertThat(e.warnings())
                  .singleElement()
                  .satisfies(w -> assertThat(w.rule()).isEqualTo(Violation.Rule.COST_OVERRUN));
            });
    // the first two changes alone are a valid history: its violations go, the others stay
    assertThat(Project.check(with.apply(StatusHistory.of(backwards.changes().subList(0, 2)))))
        .extracting(v -> v.path().orElseThrow())
        .containsExactly(
            "phases[phase-1].statusHistory[1].status",
            "progressReports[2023-03].completedInvestment");
  }
}
