package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class PivotTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  private Pivot<IndustryId, Status> industryByStatus() {
    return Aggregation.over(portfolio).by(Dimensions.industry(1), Dimensions.status()).run();
  }

  @Test
  void cellsAndRowAndColumnTotals() {
    Pivot<IndustryId, Status> p = industryByStatus();
    assertThat(p.rowDimension()).isEqualTo("industry(level 1)");
    assertThat(p.columnDimension()).isEqualTo("status");
    assertThat(p.rowGroups()).containsExactly(Group.of(COAL), Group.of(MATERIALS), Group.of(POWER));
    assertThat(p.columnGroups())
        .containsExactly(
            Group.of(Status.LEAD),
            Group.of(Status.SIGNED),
            Group.of(Status.UNDER_CONSTRUCTION),
            Group.of(Status.IN_OPERATION));
    assertThat(p.cell(COAL, Status.SIGNED).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(usd("5000000")));
    assertThat(p.cell(COAL, Status.UNDER_CONSTRUCTION).count()).isEqualTo(1);
    assertThat(p.cell(COAL, Status.LEAD)).isEqualTo(Totals.empty(p.measures()));
    assertThat(p.rowTotal(COAL).count()).isEqualTo(2);
    assertThat(p.rowTotal(COAL).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("100000000"), usd("5000000")));
    assertThat(p.columnTotal(Status.SIGNED).count()).isEqualTo(1);
    assertThat(p.columnTotal(Status.COMPLETED)).isEqualTo(Totals.empty(p.measures()));
    assertThat(p.rowTotal(WIND)).isEqualTo(Totals.empty(p.measures()));
    assertThat(p.total().count()).isEqualTo(4);
    assertThat(p.areRowsAdditive()).isTrue();
    assertThat(p.areColumnsAdditive()).isTrue();
  }

  @Test
  void readableGrids() {
    assertThat(industryByStatus().toString())
        .startsWith(
            """
            Pivot of industry(level 1) x status

            projects
            industry(level 1) \\ status | lead | signed | under-construction | in-operation | total
            --------------------------------------------------------------------------------------
            coal                       |    0 |      1 |                  1 |            0 |     2
            materials                  |    1 |      0 |                  0 |            0 |     1
            power                      |    0 |      0 |                  0 |            1 |     1
            total                      |    1 |      1 |                  1 |            1 |     4

            total-investment
            """);
  }

  @Test
  void multiValuedColumnsKeepRowTotalsExact() {
    Pivot<RegionId, FocusAreaId> p =
        Aggregation.over(portfolio)
            .by(
                Dimensions.location(io.github.attract.taxonomy.RegionKind.CITY),
                Dimensions.focusArea())
            .run();
    // sys: p1 (green), p2 (green, digital), p3 (none): cells add up to 4, the row holds 3
    assertThat(p.cell(SYS, GREEN).count()).isEqualTo(2);
    assertThat(p.cell(SYS, DIGITAL).count()).isEqualTo(1);
    assertThat(p.cell(Group.of(SYS), Group.unclassified()).count()).isEqualTo(1);
    assertThat(p.rowTotal(SYS).count()).isEqualTo(3);
    assertThat(p.rowTotal(SYS).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000")));
    assertThat(p.columnTotal(GREEN).count()).isEqualTo(2);
    assertThat(p.total().count()).isEqualTo(4);
    assertThat(p.areColumnsAdditive()).isFalse();
    assertThat(p.areRowsAdditive()).isTrue();
  }

  @Test
  void bothMultiValued() {
    Pivot<FocusAreaId, io.github.attract.project.Designation> p =
        Aggregation.over(portfolio).by(Dimensions.focusArea(), Dimensions.designation()).run();
    assertThat(p.cell(GREEN, PROVINCIAL_2023).count()).isEqualTo(2);
    assertThat(p.rowTotal(GREEN).count()).isEqualTo(2);
    assertThat(p.columnTotal(PROVINCIAL_2023).count()).isEqualTo(2);
    assertThat(p.total().count()).isEqualTo(4);
  }

  @Test
  void mergesAndCollects() {
    PivotQuery<IndustryId, Status> q =
        Aggregation.over(portfolio).by(Dimensions.industry(1), Dimensions.status());
    Pivot<IndustryId, Status> merged = q.empty();
    for (Project project : portfolio.projects()) {
      merged = merged.combinedWith(q.of(project));
    }
    assertThat(merged).isEqualTo(q.run());
    assertThat(portfolio.projects().parallelStream().collect(q.collector())).isEqualTo(q.run());
    assertThatThrownBy(
            () ->
                q.run()
                    .combinedWith(
                        Aggregation.over(portfolio)
                            .by(Dimensions.industry(2), Dimensions.status())
                            .run()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Pivots must have the same dimensions and measures to combine, but 'industry(level 1)"
                + " x status'");
  }

  @Test
  void convertsForPresentation() {
    io.github.attract.money.ExchangeRateTable rates =
        io.github.attract.money.ExchangeRateTable.of(
            io.github.attract.money.ExchangeRate.parse("USD/CNY 7.1234 on 2023-01-01"));
    Pivot<IndustryId, Status> cny =
        industryByStatus()
            .convertedTo(
                io.github.attract.money.Currencies.CNY,
                rates,
                java.time.LocalDate.of(2023, 6, 30),
                java.math.RoundingMode.HALF_EVEN);
    assertThat(cny.cell(COAL, Status.SIGNED).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("35617000.00")));
    assertThat(cny.rowTotal(COAL).get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("135617000.00")));
    assertThat(cny.total().get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1185617000.00")));
    assertThat(cny.isMergeable()).isFalse();
    assertThat(industryByStatus().isMergeable()).isTrue();
    assertThatThrownBy(() -> cny.combinedWith(industryByStatus()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Pivot of 'industry(level 1) x status' was converted to CNY at the rates of 2023-06-30"
                + " and no longer merges; merge first, then convert");
  }

  @Test
  void isSerializable() throws Exception {
    Pivot<IndustryId, Status> p = industryByStatus();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(p);
    }
  }
}
