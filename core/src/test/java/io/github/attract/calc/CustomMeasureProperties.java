package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The laws of money measures of one's own ({@link Measures#money}): a custom measure that returns a
 * built-in figure adds up exactly as the built-in measure, in every row, sequentially and in
 * parallel, beyond {@code long} minor units and across currencies; negative figures add up too.
 */
class CustomMeasureProperties {
  private static final Measure<MultiCurrencyAmount> TOTAL = Measures.totalInvestment();
  private static final Measure<MultiCurrencyAmount> CUSTOM_TOTAL =
      Measures.money("my-total", Project::latestTotalInvestment);
  private static final Measure<MultiCurrencyAmount> NEGATED_TOTAL =
      Measures.money("negated-total", p -> p.latestTotalInvestment().map(Money::negated));

  private static final List<Dimension<?>> DIMENSIONS =
      List.of(
          Dimensions.industry(1),
          Dimensions.statusOn(LocalDate.of(2022, 10, 1)),
          Dimensions.focusArea(),
          Dimensions.investor());

  @Test
  void aCustomMeasureOfABuiltInFigureAddsUpAsTheBuiltInMeasure() {
    Property.forAll(AggregationProperties.PORTFOLIOS)
        .tries(150)
        .check(
            p -> {
              for (Dimension<?> d : DIMENSIONS) {
                sameTotals(p, d, false);
                sameTotals(p, d, true);
              }
            });
  }

  private static <K extends Comparable<?>> void sameTotals(
      Portfolio p, Dimension<K> d, boolean parallel) {
    Aggregation over = parallel ? Aggregation.over(p).parallel() : Aggregation.over(p);
    Breakdown<K> b =
        over.by(d).measuring(Measures.count(), TOTAL, CUSTOM_TOTAL, NEGATED_TOTAL).run();
    for (Row<K> row : b.rows()) {
      Totals t = row.totals();
      assertThat(t.get(CUSTOM_TOTAL)).as("%s %s", d.name(), row.group()).isEqualTo(t.get(TOTAL));
      assertThat(t.get(NEGATED_TOTAL))
          .as("%s %s", d.name(), row.group())
          .isEqualTo(t.get(TOTAL).negated());
    }
    assertThat(b.total().get(CUSTOM_TOTAL)).isEqualTo(b.total().get(TOTAL));
    assertThat(b.total().get(NEGATED_TOTAL)).isEqualTo(b.total().get(TOTAL).negated());
  }

  @Test
  void aCustomMeasureEqualsTheFoldOfItsFigures() {
    Property.forAll(AggregationProperties.PORTFOLIOS)
        .tries(150)
        .check(
            p -> {
              // A figure no built-in measure has: the sum of the phase investments.
              Measure<MultiCurrencyAmount> phases =
                  Measures.money(
                      "phase-investment",
                      x ->
                          x.phases().isEmpty()
                              ? Optional.empty()
                              : Optional.of(
                                  Money.total(
                                      x.currency(),
                                      x.phases().stream()
                                          .map(
                                              ph ->
                                                  ph.investment().orElse(Money.zero(x.currency())))
                                          .toList())));
              MultiCurrencyAmount expected = MultiCurrencyAmount.empty();
              for (Project x : p.projects()) {
                for (var ph : x.phases()) {
                  expected = expected.plus(ph.investment().orElse(Money.zero(x.currency())));
                }
              }
              assertThat(Aggregation.over(p).total(phases).get(phases)).isEqualTo(expected);
            });
  }
}
