package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Provenance;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts of a measure by provenance add up to its total in every group, a restricted measure
 * read from the columns equals the same restriction read from the objects, and the reported part
 * never exceeds the total.
 */
class ProvenancePartsProperties {
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(DomainGens.portfolios(0, 30), DomainGens.multiCurrencyPortfolios());

  private static List<Measures.MoneyFigure> figures(YearMonth month, Year year) {
    return List.of(
        (Measures.MoneyFigure) Measures.totalInvestment(),
        (Measures.MoneyFigure) Measures.annualPlannedInvestment(year),
        (Measures.MoneyFigure) Measures.completedInvestment(month),
        (Measures.MoneyFigure) Measures.completedInvestmentYearToDate(month),
        (Measures.MoneyFigure) Measures.fundsInPlace(month),
        (Measures.MoneyFigure) Measures.fundsInPlaceYearToDate(month),
        (Measures.MoneyFigure) Measures.expectedRevenue());
  }

  @Test
  void partsAddUpAndColumnsAgreeWithObjects() {
    Property.forAll(
            Gens.combine(
                PORTFOLIOS,
                Gens.ints(2018, 2026),
                Gens.ints(1, 12),
                (p, y, m) -> new Object[] {p, y, m}))
        .tries(100)
        .check(
            c -> {
              Portfolio portfolio = (Portfolio) c[0];
              int y = (Integer) c[1];
              YearMonth month = YearMonth.of(y, (Integer) c[2]);
              List<Measures.MoneyFigure> figures = figures(month, Year.of(y));
              List<Measure<?>> all = new ArrayList<>();
              List<Measure<MultiCurrencyAmount>> oracles = new ArrayList<>();
              for (Measures.MoneyFigure f : figures) {
                all.add(f);
                all.addAll(Measures.provenanceParts(f));
                Measure<MultiCurrencyAmount> oracle =
                    Measures.money(
                        f.name() + "-reported-objects",
                        p -> f.provenanceOf(p) == Provenance.REPORTED ? f.of(p) : Optional.empty());
                oracles.add(oracle);
                all.add(oracle);
              }
              for (Dimension<?> d : List.of(Dimensions.industry(1), Dimensions.focusArea())) {
                Breakdown<?> b =
                    Aggregation.over(portfolio)
                        .by(d)
                        .measuring(all.toArray(new Measure<?>[0]))
                        .run();
                List<Totals> totals = new ArrayList<>();
                totals.add(b.total());
                for (Row<?> r : b.rows()) {
                  totals.add(r.totals());
                }
                for (Totals t : totals) {
                  for (int i = 0; i < figures.size(); i++) {
                    Measures.MoneyFigure f = figures.get(i);
                    MultiCurrencyAmount sum = MultiCurrencyAmount.empty();
                    for (MultiCurrencyAmount part : t.byProvenance(f).values()) {
                      sum = sum.combinedWith(part);
                    }
                    assertThat(sum).as("parts of %s", f).isEqualTo(t.get(f));
                    assertThat(t.get(f.reportedOnly()))
                        .as("reported %s", f)
                        .isEqualTo(t.get(oracles.get(i)));
                  }
                }
              }
            });
  }
}
