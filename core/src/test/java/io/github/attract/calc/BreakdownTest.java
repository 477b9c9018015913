package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Currencies;
import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakdownTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  private Breakdown<IndustryId> byIndustry() {
    return Aggregation.over(portfolio)
        .by(Dimensions.industry(1))
        .measuring(Measures.count(), Measures.totalInvestment())
        .run();
  }

  @Test
  void rowsInKeyOrderWithTotalsAndAGrandTotal() {
    Breakdown<IndustryId> b = byIndustry();
    assertThat(b.dimension()).isEqualTo("industry(level 1)");
    assertThat(b.isAdditive()).isTrue();
    assertThat(b.isMergeable()).isTrue();
    assertThat(b.keys()).containsExactly(COAL, MATERIALS, POWER);
    assertThat(b.totals(COAL).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("100000000"), usd("5000000")));
    assertThat(b.totals(MATERIALS).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.empty());
    assertThat(b.totals(WIND)).isEqualTo(Totals.empty(b.measures()));
    assertThat(b.row(Group.of(WIND))).isEmpty();
    assertThat(b.total().count()).isEqualTo(4);
    assertThat(b.total().get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000"), usd("5000000")));
  }

  @Test
  void readableTable() {
    assertThat(byIndustry().toString())
        .isEqualTo(
            """
            Breakdown by industry(level 1)
            industry(level 1) | projects |                   total-investment
            -----------------------------------------------------------------
            coal              |        2 |  CNY 100000000.00 + USD 5000000.00
            materials         |        1 |                                  -
            power             |        1 |                  CNY 1050000000.00
            total             |        4 | CNY 1150000000.00 + USD 5000000.00""");
  }

  @Test
  void multiValuedRowsAreNotAdditiveButTheTotalCountsEachProjectOnce() {
    Breakdown<FocusAreaId> b =
        Aggregation.over(portfolio)
            .by(Dimensions.focusArea())
            .measuring(Measures.count(), Measures.annualPlannedInvestment(java.time.Year.of(2023)))
            .run();
    assertThat(b.isAdditive()).isFalse();
    long rowSum = b.rows().stream().mapToLong(Row::count).sum();
    assertThat(rowSum).isEqualTo(5);
    assertThat(b.total().count()).isEqualTo(4);
    // p1 (30M) is green; p2 (300M) is green and digital: counted in both rows, once in the total
    assertThat(b.totals(GREEN).get(Measures.annualPlannedInvestment(java.time.Year.of(2023))))
        .isEqualTo(MultiCurrencyAmount.of(cny("330000000")));
    assertThat(b.totals(DIGITAL).get(Measures.annualPlannedInvestment(java.time.Year.of(2023))))
        .isEqualTo(MultiCurrencyAmount.of(cny("300000000")));
    assertThat(b.total().get(Measures.annualPlannedInvestment(java.time.Year.of(2023))))
        .isEqualTo(MultiCurrencyAmount.of(cny("330000000")));
    assertThat(b.toString())
        .endsWith(
            "(rows are not additive: a project counts in every focus-area it has; the total"
                + " counts it once)");
  }

  @Test
  void sharesByCountAddUpToExactlyAHundred() {
    Shares<IndustryId> s = byIndustry().shares(Measures.count());
    assertThat(s.percentages())
        .containsExactly(
            Map.entry(Group.of(COAL), new BigDecimal("50.00")),
            Map.entry(Group.of(MATERIALS), new BigDecimal("25.00")),
            Map.entry(Group.of(POWER), new BigDecimal("25.00")));
    assertThat(s.of(COAL)).contains(new BigDecimal("50.00"));
    assertThat(s.of(WIND)).isEmpty();
    assertThat(s.toString())
        .isEqualTo("shares of count: coal 50.00 %, materials 25.00 %, power 25.00 %");
  }

  @Test
  void sharesUseTheLargestRemainder() {
    // CNY only: coal 100M, materials 0, power 1050M of 1150M:
    // 8.6956.. -> 8.69 (rest .5652), 0 -> 0.00, 91.3043.. -> 91.30 (rest .4347); 0.01 missing
    // goes to coal, the largest remainder
    Shares<IndustryId> s = byIndustry().shares(Measures.totalInvestment(), Currencies.CNY, 2);
    assertThat(s.percentages().values())
        .containsExactly(new BigDecimal("8.70"), new BigDecimal("0.00"), new BigDecimal("91.30"));
    assertThat(byIndustry().shares(Measures.totalInvestment(), Currencies.CNY, 0).percentages())
        .containsValues(new BigDecimal("9"), new BigDecimal("0"), new BigDecimal("91"));
  }

  @Test
  void tiesGoToTheEarlierRow() {
    Breakdown<String> thirds =
        Aggregation.over(portfolio)
            .where(p -> !p.id().equals(P4))
            .by(Dimensions.of("id", p -> Optional.of(p.id().value())))
            .measuring(Measures.count())
            .run();
    assertThat(thirds.shares(Measures.count()).percentages().values())
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    assertThat(thirds.shares(Measures.count(), 1).percentages().values())
        .containsExactly(new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3"));
  }

  @Test
  void sharesOfMixedCurrenciesNeedACurrency() {
    assertThatThrownBy(() -> byIndustry().shares(Measures.totalInvestment()))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: CNY/USD");
  }

  @Test
  void sharesOfNothingAreUndefined() {
    Breakdown<IndustryId> b =
        Aggregation.over(portfolio)
            .where(p -> p.id().equals(P3))
            .by(Dimensions.industry(1))
            .measuring(Measures.expectedJobs())
            .run();
    Shares<IndustryId> s = b.shares(Measures.expectedJobs());
    assertThat(s.isDefined()).isFalse();
    assertThat(s.percentages()).isEmpty();
    assertThat(s.toString())
        .isEqualTo("shares of expected-jobs: undefined (the rows add up to zero)");
  }

  @Test
  void sharesCheckTheirArguments() {
    assertThatThrownBy(() -> byIndustry().shares(Measures.expectedJobs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measure 'expected-jobs' was not measured; the measures are [count, total-investment]");
    assertThatThrownBy(() -> byIndustry().shares(Measures.count(), 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shares 'scale' must be from 0 to 10, but was 11");
  }

  @Test
  void topNFoldsTheRestIntoOthersAndKeepsUnclassified() {
    Breakdown<Status> b =
        Aggregation.over(portfolio)
            .by(Dimensions.statusOn(LocalDate.of(2023, 2, 25)))
            .measuring(Measures.count(), Measures.expectedJobs())
            .run();
    // signed: p1 (100 jobs), p4 (0); ready-to-start: p2 (300); lead: p3 (0)
    Breakdown<Status> top = b.top(1, Measures.expectedJobs());
    assertThat(top.rows())
        .extracting(r -> r.group().toString())
        .containsExactly("ready-to-start", "(others)");
    assertThat(top.totals(Group.others()).count()).isEqualTo(3);
    assertThat(top.totals(Group.others()).get(Measures.expectedJobs())).isEqualTo(100L);
    assertThat(top.total()).isEqualTo(b.total());
    assertThat(top.isMergeable()).isFalse();
    assertThat(b.top(2, Measures.count()).keys()).containsExactly(Status.SIGNED, Status.LEAD);
    assertThat(b.top(5, Measures.count()).rows()).hasSize(3);
    assertThat(top.toString())
        .startsWith("Breakdown by status-on(2023-02-25) (top 1 by expected-jobs)");
    assertThatThrownBy(() -> b.top(-1, Measures.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Top 'n' must not be negative, but was -1");
  }

  @Test
  void topKeepsUnclassifiedLast() {
    Breakdown<IndustryId> chains =
        Aggregation.over(portfolio).by(Dimensions.industry(1)).run().top(1, Measures.count());
    assertThat(chains.rows())
        .extracting(r -> r.group().toString())
        .containsExactly("coal", "(others)");
    Breakdown<io.github.attract.taxonomy.ChainId> c =
        Aggregation.over(portfolio).by(Dimensions.chain()).run().top(0, Measures.count());
    assertThat(c.rows())
        .extracting(r -> r.group().toString())
        .containsExactly("(others)", "(unclassified)");
  }

  @Test
  void filterKeepsRowsAndTheWholeTotal() {
    Breakdown<IndustryId> b = byIndustry().filter(r -> r.count() >= 2);
    assertThat(b.keys()).containsExactly(COAL);
    assertThat(b.total().count()).isEqualTo(4);
    assertThat(b.isMergeable()).isFalse();
  }

  @Test
  void combinesWithTheBreakdownOfOtherProjects() {
    BreakdownQuery<IndustryId> q =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment());
    Breakdown<IndustryId> parts =
        q.of(portfolio.projects().get(0))
            .combinedWith(q.of(portfolio.projects().get(1)))
            .combinedWith(
                q.of(portfolio.projects().get(2)).combinedWith(q.of(portfolio.projects().get(3))));
    assertThat(parts).isEqualTo(q.run());
    assertThat(q.empty().combinedWith(parts)).isEqualTo(parts);
    assertThat(parts.combinedWith(q.empty())).isEqualTo(parts);
  }

  @Test
  void refusesToCombineDifferentOrCutBreakdowns() {
    Breakdown<IndustryId> b = byIndustry();
    Breakdown<IndustryId> other =
        Aggregation.over(portfolio).by(Dimensions.industry(2)).measuring(Measures.count()).run();
    assertThatThrownBy(() -> b.combinedWith(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Breakdowns must have the same dimension and measures to combine, but 'by industry(level"
                + " 1)' of [count, total-investment] differs from 'by industry(level 2)' of [count]");
    assertThatThrownBy(() -> b.combinedWith(b.top(1, Measures.count())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Breakdown by 'industry(level 1)' was cut (top 1 by count) and no longer merges; merge"
                + " first, then cut");
  }

  @Test
  void convertsForPresentationWithAnExplicitTable() {
    ExchangeRateTable rates =
        ExchangeRateTable.of(
            ExchangeRate.builder()
                .from(Currencies.USD)
                .to(Currencies.CNY)
                .rate(new BigDecimal("7.1234"))
                .date(LocalDate.of(2023, 1, 1))
                .build());
    Breakdown<IndustryId> cny =
        byIndustry()
            .convertedTo(Currencies.CNY, rates, LocalDate.of(2023, 6, 30), RoundingMode.HALF_EVEN);
    assertThat(cny.totals(COAL).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("135617000.00")));
    assertThat(cny.total().get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1185617000.00")));
    assertThat(cny.shares(Measures.totalInvestment()).percentages().values())
        .containsExactly(new BigDecimal("11.44"), new BigDecimal("0.00"), new BigDecimal("88.56"));
    assertThat(cny.isMergeable()).isFalse();
  }

  @Test
  void isSerializable() throws Exception {
    Breakdown<IndustryId> b = byIndustry();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(b);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object back = in.readObject();
      assertThat(back).isEqualTo(b);
      @SuppressWarnings("unchecked")
      Breakdown<IndustryId> typed = (Breakdown<IndustryId>) back;
      assertThat(typed.combinedWith(b).total().count()).isEqualTo(8);
      assertThat(typed.totals(Group.unclassified())).isEqualTo(Totals.empty(b.measures()));
    }
    assertThat(List.of(b)).hasSize(1);
  }
}
