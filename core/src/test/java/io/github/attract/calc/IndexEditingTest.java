package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.IndustryId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the index of an edited portfolio, derived from the index of the queried original. */
class IndexEditingTest {
  private static final Measure<MultiCurrencyAmount> TOTAL = Measures.totalInvestment();

  private static Project windPark(String id, String total) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name("Wind park " + id)
        .location(SYS)
        .industry(WIND)
        .totalInvestment(cny(total))
        .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 3, 1), Status.SIGNED))
        .build();
  }

  private static Breakdown<IndustryId> byIndustry(Portfolio p) {
    return Aggregation.over(p).by(Dimensions.industry()).measuring(Measures.count(), TOTAL).run();
  }

  @Test
  void anAddedProjectIsAppendedToTheColumnsOfTheQueriedPortfolio() {
    Portfolio p = portfolio();
    Row<IndustryId> wind = byIndustry(p).row(Group.of(WIND)).orElseThrow();
    assertThat(wind.count()).isEqualTo(1);
    assertThat(wind.get(TOTAL)).isEqualTo(MultiCurrencyAmount.of(cny("1050000000")));

    Portfolio edited = p.withProject(windPark("p5", "40000000"));
    Row<IndustryId> after = byIndustry(edited).row(Group.of(WIND)).orElseThrow();
    // 1,050,000,000 + 40,000,000
    assertThat(after.count()).isEqualTo(2);
    assertThat(after.get(TOTAL)).isEqualTo(MultiCurrencyAmount.of(cny("1090000000")));
    ColumnarIndex index = ColumnarIndex.of(edited);
    assertThat(index.isDerived()).isTrue();
    assertThat(index.carriedColumns()).isEqualTo(2); // the industry column and total investment
    assertThat(byIndustry(edited)).isEqualTo(byIndustry(edited.toBuilder().build()));
  }

  @Test
  void aReplacedProjectThatKeepsItsIndustrySharesTheIndustryColumn() {
    Portfolio p = portfolio().withProject(windPark("p5", "40000000"));
    byIndustry(p);
    Portfolio edited = p.withProject(windPark("p5", "60000000"));
    KeyColumn<IndustryId> before = Dimensions.industry().column(ColumnarIndex.of(p));
    KeyColumn<IndustryId> after = Dimensions.industry().column(ColumnarIndex.of(edited));
    assertThat(after).isSameAs(before);
    assertThat(byIndustry(edited).row(Group.of(WIND)).orElseThrow().get(TOTAL))
        .isEqualTo(MultiCurrencyAmount.of(cny("1110000000"))); // 1,050,000,000 + 60,000,000
  }

  @Test
  void aRemovedProjectTakesAKeyOnlyItHeldOutOfTheDictionary() {
    Portfolio p = portfolio().withProject(windPark("p5", "40000000"));
    byIndustry(p);
    Portfolio edited = p.withoutProject(P3); // the only project in materials
    KeyColumn<IndustryId> column = Dimensions.industry().column(ColumnarIndex.of(edited));
    assertThat(ColumnarIndex.of(edited).isDerived()).isTrue();
    assertThat(column.keys).doesNotContain(MATERIALS).contains(WIND, COAL, COAL_MINING);
    assertThat(byIndustry(edited).row(Group.of(MATERIALS))).isEmpty();
    assertThat(byIndustry(edited)).isEqualTo(byIndustry(edited.toBuilder().build()));
  }

  @Test
  void anUnqueriedPortfolioIsNotIndexedByAnEditAndItsEditBuildsItsOwnIndex() {
    Portfolio p = portfolio();
    Portfolio edited = p.withProject(windPark("p5", "40000000"));
    assertThat(ColumnarIndex.of(edited).isDerived()).isFalse();
    assertThat(p.columnarIndexSlot().peek()).isNull();
  }
}
