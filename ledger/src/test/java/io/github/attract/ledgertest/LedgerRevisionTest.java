package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.ledger.LedgerColumn;
import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Project;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The revised total (调整总投资) column: a revision dated on the ledger's as-of day. */
class LedgerRevisionTest {
  private static final LedgerMapping MAPPING = LedgerMapping.forYear(Year.of(2023));

  private static LedgerImport csv(LedgerMapping mapping, String text) {
    return LedgerReader.of(mapping, Ledgers.base()).readCsv(new StringReader(text), "台账.csv");
  }

  private static Money cny(String amount) {
    return Money.of(Currencies.CNY, new BigDecimal(amount));
  }

  @Test
  void theAliasesNameTheRevisedTotal() {
    assertThat(LedgerColumn.REVISED_TOTAL_INVESTMENT.aliases())
        .contains("调整总投资", "调整后总投资", "revised total investment");
    assertThat(LedgerColumn.REVISED_TOTAL_INVESTMENT.isMoney()).isTrue();
  }

  @Test
  void aRevisedTotalThatDiffersIsARevisionOnTheLastDayOfTheAsOfMonth() {
    LedgerImport result =
        csv(
            MAPPING,
            "项目编号,项目名称,建设地点,所属行业,总投资（万元）,调整后总投资（万元）,1-6月完成投资（万元）\n"
                + "P-1,甲,宝清县,煤炭,100,120,110\n"
                + "P-2,乙,宝清县,煤炭,100,100,50\n"
                + "P-3,丙,宝清县,煤炭,100,,50\n");

    assertThat(result.rejected()).isEmpty();
    assertThat(result.asOf()).isEqualTo(YearMonth.of(2023, 6));
    Project p1 = result.projects().get(0);
    // 100 万元 = CNY 1 000 000, revised to 120 万元 = CNY 1 200 000 as of 2023-06-30
    assertThat(p1.totalInvestment()).contains(cny("1000000"));
    assertThat(p1.totalInvestmentRevisions())
        .containsExactly(InvestmentRevision.of(LocalDate.of(2023, 6, 30), cny("1200000")));
    assertThat(p1.latestTotalInvestment()).contains(cny("1200000"));
    // completed 110 万元 is above the original 100 but within the revised 120: no overrun
    assertThat(p1.violations()).isEmpty();
    // the same figure twice, or none, is no revision
    assertThat(result.projects().get(1).totalInvestmentRevisions()).isEmpty();
    assertThat(result.projects().get(2).totalInvestmentRevisions()).isEmpty();
  }

  @Test
  void withoutAYearToDateHeaderTheMappingsAsOfMonthDatesTheRevision() {
    LedgerImport result =
        csv(
            MAPPING.withAsOf(YearMonth.of(2023, 9)),
            "项目名称,建设地点,所属行业,总投资（万元）,调整总投资（万元）\n甲,宝清县,煤炭,100,90\n");

    assertThat(result.projects().get(0).totalInvestmentRevisions())
        .containsExactly(InvestmentRevision.of(LocalDate.of(2023, 9, 30), cny("900000")));
  }

  @Test
  void aRevisedTotalWithoutAnOriginalRejectsTheRowNamingTheColumn() {
    LedgerImport result =
        csv(MAPPING, "项目名称,建设地点,所属行业,总投资（万元）,revised total investment\n甲,宝清县,煤炭,,90\n");

    assertThat(result.projects()).isEmpty();
    assertThat(result.rejected().stream().map(r -> r.row() + " " + r.column() + " " + r.reason()))
        .containsExactly("2 E '调整总投资' revises '总投资', but the row states no '总投资'");
  }
}
