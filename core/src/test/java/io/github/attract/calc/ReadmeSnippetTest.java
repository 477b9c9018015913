package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.time.YearQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The README's "Aggregations" snippet, kept compiling and true. */
class ReadmeSnippetTest {
  @Test
  void readmeSnippet() {
    Portfolio portfolio = Fixtures.portfolio();
    // --- README: Aggregations ---
    Breakdown<IndustryId> byIndustry =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1)) // industries rolled up to level 1
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    System.out.println(byIndustry); // a table, one row per industry, grand total last
    Shares<IndustryId> shares = byIndustry.shares(Measures.count()); // adds up to exactly 100.00

    Pivot<IndustryId, Status> grid =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
            .run();

    Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
    Rate startRate =
        Kpis.startRate(portfolio, ProjectBase.signedIn(Year.of(2023)), LocalDate.of(2023, 12, 31));
    // --- end ---
    assertThat(shares.percentages().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThat(grid.total().count()).isEqualTo(4);
    assertThat(q1.count(FunnelStage.ACTIVITIES)).isEqualTo(2);
    assertThat(startRate).isEqualTo(Rate.of(2, 2));
  }
}
