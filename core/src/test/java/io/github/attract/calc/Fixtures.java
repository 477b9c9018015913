package io.github.attract.calc;

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
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
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

/**
 * A small portfolio whose every total is computed by hand in the tests.
 *
 * <pre>
 * p1 coal-mining  baoqing(county) i-bj       CNY 100,000,000.00  signed 01-10, started 03-01
 * p2 wind         sys(city)       i-gd,i-bj  CNY 1,050,000,000   signed 02-01 .. operating 10-01
 * p3 materials    sys(city)       i-none     (no total)          lead 01-05; chain graphite/anode
 * p4 coal         hl(province)    -          USD 5,000,000.00    signed 2022-06-01
 * </pre>
 */
final class Fixtures {
  static final IndustryId COAL = IndustryId.of("coal");
  static final IndustryId COAL_MINING = IndustryId.of("coal-mining");
  static final IndustryId POWER = IndustryId.of("power");
  static final IndustryId WIND = IndustryId.of("wind");
  static final IndustryId MATERIALS = IndustryId.of("materials");

  static final RegionId CN = RegionId.of("cn");
  static final RegionId HL = RegionId.of("cn-hl");
  static final RegionId SYS = RegionId.of("cn-hl-sys");
  static final RegionId BAOQING = RegionId.of("cn-hl-sys-baoqing");
  static final RegionId BJ = RegionId.of("cn-bj");
  static final RegionId GD = RegionId.of("cn-gd");
  static final RegionId GBA = RegionId.of("gba");
  static final RegionId JJJ = RegionId.of("jjj");

  static final InvestorId I_BJ = InvestorId.of("i-bj");
  static final InvestorId I_GD = InvestorId.of("i-gd");
  static final InvestorId I_NONE = InvestorId.of("i-none");

  static final FocusAreaId DIGITAL = FocusAreaId.of("digital");
  static final FocusAreaId GREEN = FocusAreaId.of("green");

  static final ChainId GRAPHITE = ChainId.of("graphite");
  static final ChainLinkRef ANODE = ChainLinkRef.of(GRAPHITE, ChainLinkId.of("anode"));

  static final Designation PROVINCIAL_2023 =
      Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023));
  static final Designation SPRING_2023 =
      Designation.of(DesignationKind.SPRING_START, Year.of(2023));
  static final Designation CITY_2022 = Designation.of(DesignationKind.CITY_KEY, Year.of(2022));

  static final ProjectId P1 = ProjectId.of("p1");
  static final ProjectId P2 = ProjectId.of("p2");
  static final ProjectId P3 = ProjectId.of("p3");
  static final ProjectId P4 = ProjectId.of("p4");

  private Fixtures() {}

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  static Project p1() {
    return Project.builder()
        .id(P1)
        .name("Coal mine")
        .addInvestor(I_BJ)
        .location(BAOQING)
        .industry(COAL_MINING)
        .addFocusArea(GREEN)
        .addDesignation(PROVINCIAL_2023)
        .addDesignation(CITY_2022)
        .totalInvestment(cny("100000000.00"))
        .statusHistory(
            StatusHistory.empty()
                .then(LocalDate.of(2023, 1, 10), Status.SIGNED)
                .then(LocalDate.of(2023, 3, 1), Status.UNDER_CONSTRUCTION))
        .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("30000000")))
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2023, 1))
                .completedInvestment(cny("5000000"))
                .fundsInPlace(cny("10000000"))
                .build())
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2023, 3))
                .completedInvestment(cny("12000000"))
                .fundsInPlace(cny("20000000"))
                .build())
        .expectedOutcomes(
            ExpectedOutcomes.builder()
                .annualRevenue(cny("50000000"))
                .annualProfit(cny("10000000"))
                .annualTax(cny("5000000"))
                .jobs(100)
                .build())
        .addCapacity(DesignedCapacity.of("coal", Quantity.parse("100000 t/a")))
        .build();
  }

  static Project p2() {
    return Project.builder()
        .id(P2)
        .name("Wind farm")
        .addInvestor(I_GD)
        .addInvestor(I_BJ)
        .location(SYS)
        .industry(WIND)
        .addFocusArea(GREEN)
        .addFocusArea(DIGITAL)
        .addDesignation(PROVINCIAL_2023)
        .addDesignation(SPRING_2023)
        .totalInvestment(cny("1050000000"))
        .totalInvestmentProvenance(Provenance.ESTIMATED)
        .statusHistory(
            StatusHistory.empty()
                .then(LocalDate.of(2023, 2, 1), Status.SIGNED)
                .then(LocalDate.of(2023, 2, 20), Status.READY_TO_START)
                .then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION)
                .then(LocalDate.of(2023, 10, 1), Status.IN_OPERATION))
        .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("300000000")))
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2022, 12))
                .completedInvestment(cny("0"))
                .build())
        .addProgressReport(
            ProgressReport.builder()
                .month(YearMonth.of(2023, 4))
                .completedInvestment(cny("100000000"))
                .fundsInPlace(cny("150000000"))
                .build())
        .expectedOutcomes(ExpectedOutcomes.builder().jobs(300).build())
        .addCapacity(DesignedCapacity.of("power", Quantity.parse("40 MW")))
        .build();
  }

  static Project p3() {
    return Project.builder()
        .id(P3)
        .name("Anode plant")
        .addInvestor(I_NONE)
        .location(SYS)
        .industry(MATERIALS)
        .chainLink(ANODE)
        .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 1, 5), Status.LEAD))
        .addPhase(
            Phase.builder()
                .id(PhaseId.of("phase-1"))
                .name("First line")
                .plannedPeriod(DateRange.of(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 6, 30)))
                .addCapacity(DesignedCapacity.of("anode", Quantity.parse("1000 t/a")))
                .addCapacity(DesignedCapacity.of("power", Quantity.parse("1.5 kW")))
                .build())
        .build();
  }

  static Project p4() {
    return Project.builder()
        .id(P4)
        .name("Coal trade")
        .location(HL)
        .industry(COAL)
        .currency(Currencies.USD)
        .totalInvestment(usd("5000000"))
        .statusHistory(StatusHistory.empty().then(LocalDate.of(2022, 6, 1), Status.SIGNED))
        .build();
  }

  static Portfolio.Builder base() {
    return Portfolio.builder()
        .industries(
            IndustryTaxonomy.of(
                "city",
                List.of(
                    Industry.of(COAL, "Coal"),
                    Industry.of(COAL_MINING, "Coal mining", COAL),
                    Industry.of(POWER, "Power"),
                    Industry.of(WIND, "Wind power", POWER),
                    Industry.of(MATERIALS, "New materials"))))
        .regions(
            RegionHierarchy.of(
                List.of(
                    Region.of(CN, "China", RegionKind.COUNTRY),
                    Region.of(HL, "Heilongjiang", RegionKind.PROVINCE, CN),
                    Region.of(SYS, "Shuangyashan", RegionKind.CITY, HL),
                    Region.of(BAOQING, "Baoqing", RegionKind.COUNTY, SYS),
                    Region.of(BJ, "Beijing", RegionKind.PROVINCE, CN),
                    Region.of(GD, "Guangdong", RegionKind.PROVINCE, CN),
                    Region.economic(GBA, "Greater Bay Area", List.of(GD)),
                    Region.economic(JJJ, "Beijing-Tianjin-Hebei", List.of(BJ)))))
        .addFocusArea(FocusArea.of(DIGITAL, "Digital economy"))
        .addFocusArea(FocusArea.of(GREEN, "Green"))
        .addChain(
            IndustrialChain.builder()
                .id(GRAPHITE)
                .name("Graphite")
                .industry(MATERIALS)
                .addLink(ChainLink.of(ChainLinkId.of("mining"), "Mining"))
                .addLink(ChainLink.of(ChainLinkId.of("anode"), "Anode"))
                .build())
        .addInvestor(Investor.builder().id(I_BJ).name("Beijing Co").origin(BJ).build())
        .addInvestor(Investor.builder().id(I_GD).name("Guangdong Co").origin(GD).build())
        .addInvestor(Investor.builder().id(I_NONE).name("Unknown Co").build());
  }

  static Portfolio portfolio() {
    return base()
        .addProject(p1())
        .addProject(p2())
        .addProject(p3())
        .addProject(p4())
        .addSigning(
            Signing.builder()
                .id(SigningId.of("s1"))
                .date(LocalDate.of(2023, 1, 10))
                .addInvestor(I_BJ)
                .addProject(P1)
                .contractValue(cny("120000000"))
                .build())
        .addSigning(
            Signing.builder()
                .id(SigningId.of("s2"))
                .date(LocalDate.of(2023, 2, 1))
                .addInvestor(I_GD)
                .addProject(P2)
                .projectCount(3)
                .contractValue(cny("1000000000.01"))
                .build())
        .addActivity(activity("a1", LocalDate.of(2023, 1, 5)))
        .addActivity(activity("a2", LocalDate.of(2023, 2, 15)))
        .addActivity(activity("a3", LocalDate.of(2023, 5, 1)))
        .build();
  }

  static PromotionActivity activity(String id, LocalDate date) {
    return PromotionActivity.builder()
        .id(ActivityId.of(id))
        .date(date)
        .kind(ActivityKind.OUTBOUND_VISIT)
        .title("Visit " + id)
        .build();
  }
}
