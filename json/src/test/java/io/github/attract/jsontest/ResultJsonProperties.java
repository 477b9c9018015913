package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Group;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.calc.Row;
import io.github.attract.calc.Totals;
import io.github.attract.json.ResultJson;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the result JSON: every written result validates against the schema, every row and total
 * reads back to the exact totals (several currencies and sums beyond {@code long} included), in row
 * order, and every key carries its label.
 */
class ResultJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(0, 25),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  @Test
  void breakdownJsonHoldsTheExactTotalsOfEveryRowInOrder() {
    Property.forAll(PORTFOLIOS, Gens.booleans())
        .tries(150)
        .check(
            (p, chinese) -> {
              Breakdown<IndustryId> b =
                  Aggregation.over(p)
                      .by(Dimensions.industry(1))
                      .measuring(
                          Measures.count(),
                          Measures.totalInvestment(),
                          Measures.completedInvestment(YearMonth.of(2024, 6)))
                      .run();
              Labels labels = chinese ? Labels.chinese(p) : Labels.english(p);
              String json = ResultJson.writer().withLabels(labels).write(b);
              Schemas.assertValid(ResultJsonTest.RESULT, json);
              JsonNode root = read(json);
              assertThat(root.get("rows")).hasSize(b.rows().size());
              for (int i = 0; i < b.rows().size(); i++) {
                Row<IndustryId> row = b.rows().get(i);
                JsonNode r = root.get("rows").get(i);
                assertGroup(r, row.group(), labels);
                assertTotals(r, row.totals());
              }
              assertTotals(root.get("total"), b.total());
            });
  }

  @Test
  void pivotJsonHoldsEveryCellUnderItsColumn() {
    Property.forAll(PORTFOLIOS)
        .tries(100)
        .check(
            p -> {
              Pivot<IndustryId, Status> grid =
                  Aggregation.over(p)
                      .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2024, 6, 30)))
                      .measuring(Measures.count(), Measures.totalInvestment())
                      .run();
              String json = ResultJson.writer().write(grid);
              Schemas.assertValid(ResultJsonTest.RESULT, json);
              JsonNode root = read(json);
              List<Group<Status>> columns = grid.columnGroups();
              assertThat(root.get("columns")).hasSize(columns.size());
              for (int c = 0; c < columns.size(); c++) {
                assertTotals(root.get("columns").get(c), grid.columnTotal(columns.get(c)));
              }
              List<Group<IndustryId>> rows = grid.rowGroups();
              for (int r = 0; r < rows.size(); r++) {
                JsonNode row = root.get("rows").get(r);
                assertTotals(row, grid.rowTotal(rows.get(r)));
                for (int c = 0; c < columns.size(); c++) {
                  assertTotals(row.get("cells").get(c), grid.cell(rows.get(r), columns.get(c)));
                }
              }
              assertTotals(root.get("total"), grid.total());
            });
  }

  private static void assertGroup(JsonNode node, Group<?> group, Labels labels) {
    if (group.key().isPresent()) {
      assertThat(node.get("key").asText()).isEqualTo(group.key().get().toString());
      assertThat(node.get("label").asText()).isEqualTo(labels.label(group.key().get()));
    } else {
      assertThat(node.get("group").asText())
          .isEqualTo(group.isUnclassified() ? "unclassified" : "others");
    }
  }

  private static void assertTotals(JsonNode node, Totals totals) {
    assertThat(node.get("count").asLong()).isEqualTo(totals.count());
    assertThat(node.get("values").size()).isEqualTo(totals.measures().size() - 1);
    for (var m : totals.measures()) {
      if (m.equals(Measures.count())) {
        continue;
      }
      List<Money> amounts = new ArrayList<>();
      node.get("values").get(m.name()).forEach(t -> amounts.add(Money.parse(t.asText())));
      assertThat(MultiCurrencyAmount.of(amounts.toArray(new Money[0]))).isEqualTo(totals.get(m));
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
