package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.taxonomy.IndustryId;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  @Test
  void breaksDownByIndustryAtLevelOne() {
    Breakdown<IndustryId> b =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    System.out.println(b);
    assertThat(b.keys()).containsExactly(COAL, MATERIALS, POWER);
    assertThat(b.totals(COAL).count()).isEqualTo(2);
    assertThat(b.totals(COAL).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("100000000"), usd("5000000")));
    assertThat(b.total().count()).isEqualTo(4);
  }
}
