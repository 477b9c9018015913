package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.taxonomy.IndustryId;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Totals split by provenance, checked against figures summed by hand on a portfolio of five
 * projects, one per provenance of their figures and one with none.
 *
 * <pre>
 * project  industry     total (prov.)     plan 2023 (prov.)  completed as of 2023-03 (prov.)
 * a        coal-mining  100 reported       40 reported        10 reported
 * b        coal-mining  200 estimated      50 estimated       30 estimated
 * c        wind         300 derived        60 derived         20 derived (February's 5 was reported)
 * d        wind         400 itemized       70 itemized        none
 * e        wind         none               none               none
 * </pre>
 */
class ProvenanceTotalsTest {
  private static final YearMonth MARCH = YearMonth.of(2023, 3);
  private static final Year Y2023 = Year.of(2023);

  private static final Measure<MultiCurrencyAmount> TOTAL = Measures.totalInvestment();
  private static final Measure<MultiCurrencyAmount> PLAN = Measures.annualPlannedInvestment(Y2023);
  private static final Measure<MultiCurrencyAmount> DONE = Measures.completedInvestment(MARCH);

  private static Project.Builder project(String id, IndustryId industry) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name(id)
        .location(Fixtures.SYS)
        .industry(industry);
  }

  private static ProgressReport report(YearMonth month, String completed, Provenance p) {
    return ProgressReport.builder()
        .month(month)
        .completedInvestment(cny(completed))
        .provenance(p)
        .build();
  }

  private static Project figures(String id, IndustryId industry, int hundreds, Provenance p) {
    return project(id, industry)
        .totalInvestment(cny(hundreds + "00"))
        .totalInvestmentProvenance(p)
        .addAnnualPlan(AnnualPlan.of(Y2023, cny(String.valueOf(30 + hundreds * 10)), p))
        .build();
  }

  private static Portfolio portfolio() {
    Project a =
        project("a", Fixtures.COAL_MINING)
            .totalInvestment(cny("100"))
            .addAnnualPlan(AnnualPlan.of(Y2023, cny("40")))
            .addProgressReport(report(MARCH, "10", Provenance.REPORTED))
            .build();
    Project b =
        project("b", Fixtures.COAL_MINING)
            .totalInvestment(cny("200"))
            .totalInvestmentProvenance(Provenance.ESTIMATED)
            .addAnnualPlan(AnnualPlan.of(Y2023, cny("50"), Provenance.ESTIMATED))
            .addProgressReport(report(MARCH, "30", Provenance.ESTIMATED))
            .build();
    Project c =
        project("c", Fixtures.WIND)
            .totalInvestment(cny("300"))
            .totalInvestmentProvenance(Provenance.DERIVED)
            .addAnnualPlan(AnnualPlan.of(Y2023, cny("60"), Provenance.DERIVED))
            .addProgressReport(report(YearMonth.of(2023, 2), "5", Provenance.REPORTED))
            .addProgressReport(report(MARCH, "20", Provenance.DERIVED))
            .build();
    Project d = figures("d", Fixtures.WIND, 4, Provenance.ITEMIZED);
    Project e = project("e", Fixtures.WIND).build();
    return Fixtures.base()
        .addProject(a)
        .addProject(b)
        .addProject(c)
        .addProject(d)
        .addProject(e)
        .build();
  }

  private static Breakdown<?> byIndustry() {
    List<Measure<?>> all = new ArrayList<>();
    for (Measure<MultiCurrencyAmount> m : List.of(TOTAL, PLAN, DONE)) {
      all.add(m);
      all.addAll(Measures.provenanceParts(m)); // reportedOnly() is the first of them
    }
    all.add(TOTAL.only(Provenance.REPORTED, Provenance.ITEMIZED));
    return Aggregation.over(portfolio())
        .by(Dimensions.industry(1))
        .measuring(all.toArray(new Measure<?>[0]))
        .run();
  }

  /** The amount in yuan; "0" is no figure at all, the empty amount. */
  private static MultiCurrencyAmount yuan(String amount) {
    return amount.equals("0") ? MultiCurrencyAmount.empty() : MultiCurrencyAmount.of(cny(amount));
  }

  private static void assertParts(
      Map<Provenance, MultiCurrencyAmount> parts,
      String reported,
      String estimated,
      String derived,
      String itemized) {
    assertThat(parts.get(Provenance.REPORTED)).as("reported").isEqualTo(yuan(reported));
    assertThat(parts.get(Provenance.ESTIMATED)).as("estimated").isEqualTo(yuan(estimated));
    assertThat(parts.get(Provenance.DERIVED)).as("derived").isEqualTo(yuan(derived));
    assertThat(parts.get(Provenance.ITEMIZED)).as("itemized").isEqualTo(yuan(itemized));
  }

  @Test
  void theGrandTotalSplitsIntoItsHandSummedParts() {
    Totals total = byIndustry().total();
    // 100 + 200 + 300 + 400 = 1000; e has no total and adds nothing
    assertThat(total.get(TOTAL)).isEqualTo(yuan("1000"));
    assertParts(total.byProvenance(TOTAL), "100", "200", "300", "400");
    // 40 + 50 + 60 + 70 = 220
    assertThat(total.get(PLAN)).isEqualTo(yuan("220"));
    assertParts(total.byProvenance(PLAN), "40", "50", "60", "70");
    // the latest report as of March counts, with its provenance: 10 + 30 + 20 = 60
    assertThat(total.get(DONE)).isEqualTo(yuan("60"));
    assertParts(total.byProvenance(DONE), "10", "30", "20", "0");
  }

  @Test
  void aMeasureOfReportedFiguresOnlyGivesTheReportedSum() {
    Totals total = byIndustry().total();
    assertThat(total.get(TOTAL.reportedOnly())).isEqualTo(yuan("100"));
    assertThat(total.get(PLAN.reportedOnly())).isEqualTo(yuan("40"));
    // c's reported February figure is not its figure as of March: only a's 10 is reported
    assertThat(total.get(DONE.reportedOnly())).isEqualTo(yuan("10"));
    assertThat(total.get(TOTAL.only(Provenance.REPORTED, Provenance.ITEMIZED)))
        .isEqualTo(yuan("500"));
  }

  @Test
  void eachGroupSplitsIntoItsOwnParts() {
    Breakdown<?> b = byIndustry();
    Map<String, Totals> byKey = new java.util.TreeMap<>();
    for (Row<?> r : b.rows()) {
      byKey.put(String.valueOf(r.group()), r.totals());
    }
    assertThat(byKey).hasSize(2);
    Totals coal =
        byKey.entrySet().stream()
            .filter(x -> x.getKey().contains("coal"))
            .findFirst()
            .orElseThrow()
            .getValue();
    Totals power =
        byKey.entrySet().stream()
            .filter(x -> x.getKey().contains("power"))
            .findFirst()
            .orElseThrow()
            .getValue();
    // coal: a + b; power: c + d + e
    assertThat(coal.get(TOTAL)).isEqualTo(yuan("300"));
    assertParts(coal.byProvenance(TOTAL), "100", "200", "0", "0");
    assertThat(power.get(TOTAL)).isEqualTo(yuan("700"));
    assertParts(power.byProvenance(TOTAL), "0", "0", "300", "400");
    assertParts(power.byProvenance(DONE), "0", "0", "20", "0");
    assertThat(power.get(PLAN.reportedOnly())).isEqualTo(yuan("0"));
    assertThat(power.count()).isEqualTo(3);
  }

  @Test
  void figuresBeyondALongKeepOrDropWithTheirProvenanceExactly() {
    // 10^20 yuan is 10^22 fen, past a long: such totals sit in the side table of their column
    Project x =
        project("x", Fixtures.COAL_MINING).totalInvestment(cny("100000000000000000000")).build();
    Project y =
        project("y", Fixtures.WIND)
            .totalInvestment(cny("200000000000000000000"))
            .totalInvestmentProvenance(Provenance.ESTIMATED)
            .build();
    Project z = project("z", Fixtures.WIND).totalInvestment(cny("5")).build();
    List<Measure<?>> all = new ArrayList<>(List.of(TOTAL));
    all.addAll(Measures.provenanceParts(TOTAL));
    Totals total =
        Aggregation.over(Fixtures.base().addProject(x).addProject(y).addProject(z).build())
            .by(Dimensions.industry(1))
            .measuring(all.toArray(new Measure<?>[0]))
            .run()
            .total();
    assertThat(total.get(TOTAL)).isEqualTo(yuan("300000000000000000005"));
    assertThat(total.get(TOTAL.reportedOnly())).isEqualTo(yuan("100000000000000000005"));
    assertParts(
        total.byProvenance(TOTAL), "100000000000000000005", "200000000000000000000", "0", "0");
  }
}
