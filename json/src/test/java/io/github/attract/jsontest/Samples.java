package io.github.attract.jsontest;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.OfficialLevel;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
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
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** A small hand-built portfolio from the seed's facts that uses every part of the format. */
final class Samples {
  private Samples() {}

  static final IndustryId ENERGY = IndustryId.of("energy");
  static final IndustryId STORAGE = IndustryId.of("energy-storage");
  static final IndustryId MATERIALS = IndustryId.of("new-materials");
  static final RegionId CN = RegionId.of("cn");
  static final RegionId HL = RegionId.of("cn-hl");
  static final RegionId SYS = RegionId.of("cn-hl-sys");
  static final RegionId BJ = RegionId.of("cn-bj");
  static final RegionId JJJ = RegionId.of("jing-jin-ji");
  static final InvestorId FENGFAN = InvestorId.of("fengfan");
  static final InvestorId ZHONGJIA = InvestorId.of("zhongjia-minyuan");
  static final ProjectId STORAGE_PROJECT = ProjectId.of("sys-fengfan-storage");
  static final ProjectId ANODE_PROJECT = ProjectId.of("sys-graphite-anode");

  static Money cny(long yuan) {
    return Money.ofMajor(Currencies.CNY, yuan);
  }

  static IndustryTaxonomy industries() {
    return IndustryTaxonomy.of(
        "shuangyashan-leading-industries",
        List.of(
            Industry.of(ENERGY, "Electric power"),
            Industry.of(STORAGE, "Energy storage equipment", ENERGY),
            Industry.of(MATERIALS, "New materials")));
  }

  static RegionHierarchy regions() {
    return RegionHierarchy.of(
        List.of(
            Region.of(CN, "China", RegionKind.COUNTRY),
            Region.of(HL, "Heilongjiang", RegionKind.PROVINCE, CN),
            Region.of(SYS, "Shuangyashan", RegionKind.CITY, HL),
            Region.of(BJ, "Beijing", RegionKind.PROVINCE, CN),
            Region.economic(JJJ, "Beijing-Tianjin-Hebei", List.of(BJ))));
  }

  static IndustrialChain graphiteChain() {
    return IndustrialChain.builder()
        .id(ChainId.of("graphite"))
        .name("Graphite")
        .industry(MATERIALS)
        .addLink(ChainLink.of(ChainLinkId.of("mining"), "Graphite mining"))
        .addLink(
            ChainLink.of(
                ChainLinkId.of("anode"),
                "Anode material",
                "Spherical graphite and anode material for lithium batteries"))
        .build();
  }

  static Project storageProject() {
    return Project.builder()
        .id(STORAGE_PROJECT)
        .name("Fengfan energy storage equipment project")
        .addInvestor(FENGFAN)
        .location(SYS)
        .industry(STORAGE)
        .addFocusArea(FocusAreaId.of("key-industries"))
        .addDesignation(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)))
        .addDesignation(Designation.of(DesignationKind.SPRING_START, Year.of(2023)))
        .totalInvestment(Money.of("CNY", "1050000000"))
        .addPhase(
            Phase.builder()
                .id(PhaseId.of("phase-1"))
                .name("Battery storage equipment line")
                .investment(cny(600_000_000L))
                .plannedPeriod(DateRange.of(LocalDate.of(2023, 4, 7), LocalDate.of(2025, 12, 31)))
                .actualPeriod(DateRange.of(LocalDate.of(2023, 4, 7), LocalDate.of(2023, 6, 30)))
                .addCapacity(
                    DesignedCapacity.of("battery storage equipment", Quantity.parse("6 GW/a")))
                .statusHistory(
                    StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
                .build())
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
        .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny(450_000_000L), Provenance.ESTIMATED))
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2023, 4))
                .completedInvestment(Money.of("CNY", "52000000.50"))
                .fundsInPlace(cny(80_000_000L))
                .build())
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2023, 5))
                .completedInvestment(cny(95_000_000L))
                .provenance(Provenance.ESTIMATED)
                .build())
        .description("Started 7 April 2023; completion planned for December 2025.")
        .build();
  }

  static Project anodeProject() {
    return Project.builder()
        .id(ANODE_PROJECT)
        .name("Natural graphite anode material project")
        .addInvestor(ZHONGJIA)
        .location(SYS)
        .industry(MATERIALS)
        .chainLink(ChainLinkRef.of(ChainId.of("graphite"), ChainLinkId.of("anode")))
        .totalInvestment(cny(3_000_000_000L))
        .totalInvestmentProvenance(Provenance.ESTIMATED)
        .statusHistory(
            StatusHistory.empty().then(LocalDate.of(2023, 3, 20), Status.UNDER_CONSTRUCTION))
        .addCapacity(DesignedCapacity.of("graphite anode material", Quantity.parse("100000 t/a")))
        .build();
  }

  static Project leadProject() {
    return Project.builder()
        .id(ProjectId.of("lead-usd-1"))
        .name("Cold-chain logistics lead")
        .location(SYS)
        .industry(ENERGY)
        .currency(Currencies.USD)
        .build();
  }

  static Portfolio portfolio() {
    return Portfolio.builder()
        .industries(industries())
        .regions(regions())
        .addChain(graphiteChain())
        .addFocusArea(FocusArea.of(FocusAreaId.of("key-industries"), "Key industries"))
        .addFocusArea(
            FocusArea.of(
                FocusAreaId.of("digital-economy"),
                "Digital economy",
                "One of Heilongjiang's four economies of 2023"))
        .addInvestor(
            Investor.builder().id(ZHONGJIA).name("Zhongjia Minyuan Industrial Group").build())
        .addInvestor(
            Investor.builder()
                .id(FENGFAN)
                .name("Fengfan Co., Ltd.")
                .origin(BJ)
                .group(ZHONGJIA)
                .build())
        .addProject(storageProject())
        .addProject(anodeProject())
        .addProject(leadProject())
        .addActivity(
            PromotionActivity.builder()
                .id(ActivityId.of("2023-04-13-zhongjia"))
                .date(LocalDate.of(2023, 4, 13))
                .kind(ActivityKind.SIGNING_CEREMONY)
                .title("Signing with Zhongjia Minyuan Industrial Group")
                .leadOfficialLevel(OfficialLevel.CITY)
                .addRegion(JJJ)
                .addCounterpart(ZHONGJIA)
                .addResultingProject(ANODE_PROJECT)
                .build())
        .addSigning(
            Signing.builder()
                .id(SigningId.of("zhongjia-2023-04-13"))
                .date(LocalDate.of(2023, 4, 13))
                .addInvestor(ZHONGJIA)
                .addProject(ANODE_PROJECT)
                .projectCount(12)
                .contractValue(cny(3_000_000_000L))
                .activity(ActivityId.of("2023-04-13-zhongjia"))
                .build())
        .addTarget(
            Target.builder()
                .id(TargetId.of("2023-contract-value"))
                .name("Contract value 2023")
                .period(DateRange.ofYear(Year.of(2023)))
                .value(MetricValue.ofMoney(Metric.CONTRACT_VALUE, cny(60_000_000_000L)))
                .build())
        .addTarget(
            Target.builder()
                .id(TargetId.of("2023-provincial-starts"))
                .name("Provincial key projects started in 2023")
                .period(DateRange.ofYear(Year.of(2023)))
                .scope(Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023))))
                .value(MetricValue.ofCount(Metric.STARTED_PROJECTS, 52))
                .build())
        .addReportedFigure(
            ReportedFigure.builder()
                .id(ReportedFigureId.of("2023-key-projects"))
                .source("Shuangyashan Daily, 24 April 2023")
                .period(DateRange.ofYear(Year.of(2023)))
                .scope(
                    Scope.builder()
                        .designation(Designation.of(DesignationKind.CITY_KEY, Year.of(2023)))
                        .region(SYS)
                        .industry(ENERGY)
                        .focusArea(FocusAreaId.of("key-industries"))
                        .build())
                .addValue(MetricValue.ofCount(Metric.PROJECTS, 201))
                .addValue(
                    MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT, cny(16_600_000_000L)))
                .description("Key construction projects reserved for 2023")
                .build())
        .addReportedFigure(
            ReportedFigure.builder()
                .id(ReportedFigureId.of("2023-new-energy-index"))
                .source("Shuangyashan Daily, 24 April 2023")
                .period(DateRange.ofYear(Year.of(2023)))
                .scope(Scope.builder().status(Status.READY_TO_START).build())
                .addValue(MetricValue.ofCount(Metric.PROJECTS, 9))
                .addValue(
                    MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1450000 kW")))
                .build())
        .build();
  }
}
