package io.github.attract.examples;

import static io.github.attract.examples.ShuangyashanFigures.FENGFAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.Measures;
import io.github.attract.json.PortfolioJson;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Changing one project in a copy of the dataset changes the figures that depend on it, only. */
class ShuangyashanChangeTest {
  static final LocalDate ARTICLE = LocalDate.of(2023, 4, 24);

  @Test
  void doublingFengfansInvestmentMovesOnlyTheFiguresThatDependOnIt() throws Exception {
    String original = ShuangyashanFiguresTest.dataset();
    // Fengfan is the only record with this amount: its total investment and its one phase.
    String changed = original.replace("\"1050000000.00\"", "\"2100000000.00\"");
    assertThat(changed).isNotEqualTo(original);
    Portfolio before = PortfolioJson.reader().read(original);
    Portfolio after = PortfolioJson.reader().read(changed);
    ShuangyashanFigures a = ShuangyashanFigures.compute(before, ARTICLE);
    ShuangyashanFigures b = ShuangyashanFigures.compute(after, ARTICLE);
    Money delta = Money.of("CNY", "1050000000.00");

    assertThat(b.itemizedInvestment()).isEqualTo(a.itemizedInvestment().plus(delta));
    assertThat(investment(b, IndustryId.of("electric-power")))
        .isEqualTo(investment(a, IndustryId.of("electric-power")).plus(delta));
    assertThat(investment(b, IndustryId.of("new-materials")))
        .isEqualTo(investment(a, IndustryId.of("new-materials")));
    assertThat(
            b.byStatus()
                .totals(Status.UNDER_CONSTRUCTION)
                .get(Measures.totalInvestment())
                .toMoney())
        .isEqualTo(
            a.byStatus()
                .totals(Status.UNDER_CONSTRUCTION)
                .get(Measures.totalInvestment())
                .toMoney()
                .plus(delta));
    assertThat(b.fengfanSimplePayback().orElseThrow()).isEqualByComparingTo(new BigDecimal("8.4"));
    assertThat(b.fengfanPayback()).isNotEqualTo(a.fengfanPayback());

    // unaffected: the reported figures, the outcomes, the funnel, the counts
    assertThat(b.keyProjects()).isEqualTo(a.keyProjects());
    assertThat(b.keyProjectsPlanned()).isEqualTo(a.keyProjectsPlanned());
    assertThat(b.q1ContractValue()).isEqualTo(a.q1ContractValue());
    assertThat(b.q1Funnel()).isEqualTo(a.q1Funnel());
    assertThat(b.itemizedProjects()).isEqualTo(a.itemizedProjects());
    assertThat(b.fengfanOutlook().byYear().get(Year.of(2028)))
        .isEqualTo(a.fengfanOutlook().byYear().get(Year.of(2028)));
    assertThat(b.capacity()).isEqualTo(a.capacity());
    assertThat(b.reconciliations()).isEqualTo(a.reconciliations());
    assertThat(after.project(FENGFAN).orElseThrow().totalInvestment())
        .contains(Money.of("CNY", "2100000000.00"));
  }

  private static Money investment(ShuangyashanFigures f, IndustryId industry) {
    return f.byIndustry().totals(industry).get(Measures.totalInvestment()).toMoney();
  }
}
