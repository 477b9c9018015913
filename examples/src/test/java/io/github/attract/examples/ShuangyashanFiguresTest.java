package io.github.attract.examples;

import static io.github.attract.examples.ShuangyashanFigures.FENGFAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.Measures;
import io.github.attract.json.PortfolioJson;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.projection.OutcomeYear;
import io.github.attract.taxonomy.IndustryId;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Every figure the source article states comes out of the computation. */
class ShuangyashanFiguresTest {
  static final LocalDate ARTICLE = LocalDate.of(2023, 4, 24);

  static String dataset() throws Exception {
    try (InputStream in =
        ShuangyashanReport.class.getResourceAsStream(ShuangyashanReport.DATASET)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  static Portfolio portfolio() throws Exception {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Portfolio p = ShuangyashanReport.load(new PrintStream(sink, true, StandardCharsets.UTF_8));
    assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("Dataset").contains("all valid");
    return p;
  }

  @Test
  void datasetIsCleanUnderTheLenientReader() throws Exception {
    assertThat(PortfolioJson.reader().readLenient(dataset()).isClean()).isTrue();
  }

  @Test
  void reportedFiguresComeOutOfTheComputation() throws Exception {
    ShuangyashanFigures f = ShuangyashanFigures.compute(portfolio(), ARTICLE);
    assertThat(f.q1Activities()).isEqualTo(208);
    assertThat(f.q1Contracts()).isEqualTo(86);
    assertThat(f.q1ContractValue()).isEqualTo(cny("45600000000.00"));
    assertThat(ShuangyashanReport.money(f.q1ContractValue()))
        .isEqualTo("456亿元 / 45.6 billion yuan");
    assertThat(f.zhongjiaSigningProjects()).isEqualTo(12);
    assertThat(f.zhongjiaSigningDate()).isEqualTo(LocalDate.of(2023, 4, 13));
    assertThat(f.keyProjects()).isEqualTo(201);
    assertThat(f.keyProjectsPlanned()).isEqualTo(cny("16600000000.00"));
    assertThat(f.provincialKeyProjects()).isEqualTo(52);
    assertThat(f.provincialKeyProjectsPlanned()).isEqualTo(cny("11800000000.00"));
    assertThat(f.springStartProjects()).isEqualTo(107);
    assertThat(f.springStartPlanned()).isEqualTo(cny("5800000000.00"));
    assertThat(f.newEnergyIndexProjects()).isEqualTo(9);
    assertThat(f.newEnergyIndex().toString()).isEqualTo("1450000 kW");
    assertThat(f.chainPromotionGroups()).isEqualTo(8);
    assertThat(f.leadingIndustries())
        .containsExactlyInAnyOrder(
            "Coal",
            "Electric power",
            "Steel",
            "Grain processing",
            "New materials",
            "Tourism and health care");
    assertThat(f.chains()).hasSize(4);
    assertThat(String.join(" ", f.chains()))
        .contains("Coal")
        .contains("Food")
        .contains("Digital")
        .contains("Creative");
    assertThat(f.focusAreas()).hasSize(3);
    assertThat(f.keySourceRegions())
        .containsExactlyInAnyOrder(
            "Beijing-Tianjin-Hebei",
            "Yangtze River Economic Belt",
            "Bohai Rim",
            "Guangdong-Hong Kong-Macao Greater Bay Area");
  }

  @Test
  void reconciliationShowsTheRemainderWithoutInventingProjects() throws Exception {
    ShuangyashanFigures f = ShuangyashanFigures.compute(portfolio(), ARTICLE);
    assertThat(f.reconciliations()).hasSize(7);
    assertThat(f.reconciliations())
        .filteredOn(r -> r.figureId().toString().contains("new-energy-index"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(
                        r.line(io.github.attract.promotion.Metric.PROJECTS)
                            .orElseThrow()
                            .remainderCount()
                            .getAsLong())
                    .isEqualTo(6));
  }

  @Test
  void namedProjectsComeOutOfTheData() throws Exception {
    Portfolio p = portfolio();
    assertThat(ShuangyashanFigures.capacity(p, ShuangyashanFigures.GRAPHITE).orElseThrow())
        .hasToString("100000 t/a");
    assertThat(ShuangyashanFigures.investment(p, ShuangyashanFigures.GRAPHITE))
        .contains(cny("3000000000.00"));
    assertThat(ShuangyashanFigures.project(p, ShuangyashanFigures.GRAPHITE).statusOn(ARTICLE))
        .contains(Status.UNDER_CONSTRUCTION);
    Project base = ShuangyashanFigures.project(p, ShuangyashanFigures.NEW_ENERGY_BASE);
    assertThat(base.totalInvestment()).contains(cny("17700000000.00"));
    assertThat(base.phases().get(0).statusHistory().statusOn(ARTICLE))
        .contains(Status.IN_OPERATION);
    Project fengfan = ShuangyashanFigures.project(p, FENGFAN);
    assertThat(fengfan.statusHistory().firstReached(Status.UNDER_CONSTRUCTION))
        .contains(LocalDate.of(2023, 4, 7));
    assertThat(fengfan.totalInvestment()).contains(cny("1050000000.00"));
    assertThat(ShuangyashanFigures.capacity(p, FENGFAN).orElseThrow()).hasToString("6000000 kW/a");
    assertThat(ShuangyashanFigures.completion(p, FENGFAN)).contains(YearMonth.of(2025, 12));
    assertThat(ShuangyashanFigures.investment(p, ShuangyashanFigures.WIND_WATER_FIRE))
        .contains(cny("58330000000.00"));
    assertThat(ShuangyashanFigures.capacity(p, ShuangyashanFigures.HUMIC_ACID).orElseThrow())
        .hasToString("1000 t/a");
    assertThat(ShuangyashanFigures.project(p, ShuangyashanFigures.HUMIC_ACID).statusOn(ARTICLE))
        .contains(Status.IN_OPERATION);
    assertThat(ShuangyashanFigures.capacity(p, ShuangyashanFigures.JIANLONG_40MW).orElseThrow())
        .hasToString("40 MW");
    assertThat(ShuangyashanFigures.project(p, ShuangyashanFigures.JIANLONG_40MW).statusOn(ARTICLE))
        .contains(Status.IN_OPERATION);
    assertThat(p.projects())
        .filteredOn(x -> x.statusOn(ARTICLE).equals(java.util.Optional.of(Status.READY_TO_START)))
        .extracting(Project::name)
        .containsExactlyInAnyOrder(
            "CSSC Wind Power new-energy project",
            "Guoneng Baoqing new-energy project",
            "Guangdong Yudean new-energy project");
    assertThat(p.projects())
        .filteredOn(
            x -> x.statusHistory().changes().stream().anyMatch(c -> c.status() == Status.SUSPENDED))
        .extracting(Project::name)
        .containsExactlyInAnyOrder(
            "Obesa building materials industrial park", "Lianfeng International urban complex");
  }

  @Test
  void fengfanOutlookAndPayback() throws Exception {
    ShuangyashanFigures f = ShuangyashanFigures.compute(portfolio(), ARTICLE);
    var years = Objects.requireNonNull(f.fengfanOutlook().projects().get(FENGFAN)).years();
    assertThat(years.keySet())
        .containsExactly(Year.of(2026), Year.of(2027), Year.of(2028), Year.of(2029), Year.of(2030));
    OutcomeYear full = Objects.requireNonNull(years.get(Year.of(2028)));
    assertThat(full.revenue()).contains(cny("1500000000.00"));
    assertThat(full.profit()).contains(cny("250000000.00"));
    assertThat(full.tax()).contains(cny("100000000.00"));
    assertThat(full.jobs().getAsLong()).isEqualTo(300);
    assertThat(Objects.requireNonNull(years.get(Year.of(2026))).revenue())
        .contains(cny("750000000.00"));
    assertThat(f.fengfanSimplePayback().orElseThrow()).isEqualByComparingTo(new BigDecimal("4.2"));
    assertThat(f.fengfanPayback().orElseThrow()).isEqualByComparingTo(new BigDecimal("6.9"));
  }

  @Test
  void itemizedAggregation() throws Exception {
    ShuangyashanFigures f = ShuangyashanFigures.compute(portfolio(), ARTICLE);
    assertThat(f.itemizedProjects()).isEqualTo(19);
    assertThat(f.itemizedInvestment()).isEqualTo(cny("80080000000.00"));
    assertThat(
            f.byIndustry()
                .totals(IndustryId.of("electric-power"))
                .get(Measures.totalInvestment())
                .toMoney())
        .isEqualTo(cny("77080000000.00"));
    assertThat(f.byIndustry().shares(Measures.totalInvestment()).of(IndustryId.of("new-materials")))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("3.75"));
    assertThat(
            f.byStatus()
                .totals(Status.UNDER_CONSTRUCTION)
                .get(Measures.totalInvestment())
                .toMoney())
        .isEqualTo(cny("21750000000.00"));
  }
}
