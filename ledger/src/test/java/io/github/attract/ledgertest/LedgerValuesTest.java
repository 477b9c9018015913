package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.ledger.CellFault;
import io.github.attract.ledger.LedgerColumn;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerNames;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.LedgerWriter;
import io.github.attract.ledger.RejectedRow;
import io.github.attract.ledger.SkippedRow;
import io.github.attract.money.Currencies;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Status;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerValuesTest {
  private static final LedgerMapping MAPPING = LedgerMapping.forYear(Year.of(2023));

  @Test
  void mappingsAreValuesAndCheckTheirArguments() {
    new EqualsTester()
        .addEqualityGroup(MAPPING, LedgerMapping.forYear(Year.of(2023)))
        .addEqualityGroup(LedgerMapping.forYear(Year.of(2024)))
        .addEqualityGroup(MAPPING.withAsOf(YearMonth.of(2023, 6)))
        .addEqualityGroup(MAPPING.withCurrency(Currencies.USD))
        .addEqualityGroup(MAPPING.withDefaultUnit(ReportUnit.YUAN))
        .addEqualityGroup(
            MAPPING.withAlias(LedgerColumn.LOCATION, "县区"),
            MAPPING.withAlias(LedgerColumn.LOCATION, " 县 区 "))
        .addEqualityGroup(MAPPING.withSheet("台账"))
        .addEqualityGroup(MAPPING.withIdPrefix("sys-"))
        .testEquals();
    assertThatThrownBy(() -> MAPPING.withAsOf(YearMonth.of(2024, 1)))
        .hasMessage("Ledger mapping 'asOf' must be in the ledger's year 2023, but was 2024-01");
    assertThatThrownBy(() -> MAPPING.withAlias(LedgerColumn.LOCATION, "（万元）"))
        .hasMessage("Ledger mapping alias of 'LOCATION' must not be blank, but was '（万元）'");
    assertThat(MAPPING.asOf()).isEqualTo(YearMonth.of(2023, 12));
    assertThat(MAPPING.column("1—6月完成投资（万元）")).contains(LedgerColumn.COMPLETED_YEAR_TO_DATE);
    assertThat(MAPPING.column("2024年计划投资")).contains(LedgerColumn.ANNUAL_PLAN);
    assertThat(MAPPING.column("Total Investment (yuan)")).contains(LedgerColumn.TOTAL_INVESTMENT);
    assertThat(MAPPING.column("备注")).isEmpty();
  }

  @Test
  void resultsAreValuesAndCheckTheirParts() {
    CellFault fault = new CellFault("台账", 3, "B", "建设地点", "某某县", "unknown region '某某县'");
    new EqualsTester()
        .addEqualityGroup(fault, new CellFault("台账", 3, "B", "建设地点", "某某县", "unknown region '某某县'"))
        .addEqualityGroup(new CellFault("台账", 4, "B", "建设地点", "某某县", "unknown region '某某县'"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RejectedRow.of("台账", 3, List.of(fault), List.of("a")),
            RejectedRow.of("台账", 3, List.of(fault), List.of("a")))
        .addEqualityGroup(RejectedRow.of("台账", 3, List.of(fault), List.of("b")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new SkippedRow("台账", 4, SkippedRow.Kind.TOTAL, "合计"),
            new SkippedRow("台账", 4, SkippedRow.Kind.TOTAL, "合计"))
        .addEqualityGroup(new SkippedRow("台账", 4, SkippedRow.Kind.BLANK, ""))
        .testEquals();
    assertThatThrownBy(() -> RejectedRow.of("台账", 3, List.of(), List.of()))
        .hasMessage("Rejected row 3 of '台账' must have a fault");
    assertThatThrownBy(() -> new SkippedRow("台账", 0, SkippedRow.Kind.BLANK, ""))
        .hasMessage("Skipped row 'row' must be at least 1, but was 0");
  }

  @Test
  void readsBackTheLabelsNamesOfStatusesAndLevelsThatTheWriterWrites() {
    for (Labels.Language language : Labels.Language.values()) {
      Labels labels = Labels.fixed(language);
      for (Status s : Status.values()) {
        assertThat(LedgerNames.status(labels.label(s))).as("%s %s", language, s).contains(s);
        assertThat(LedgerNames.status(s.code())).contains(s);
      }
      for (DesignationKind k : DesignationKind.values()) {
        assertThat(LedgerNames.designation(labels.label(k))).as("%s %s", language, k).contains(k);
        assertThat(LedgerNames.designation(k.code())).contains(k);
      }
    }
    // The ledgers' older names are read as well as Labels' names.
    assertThat(LedgerNames.status("停建")).contains(Status.SUSPENDED);
    assertThat(LedgerNames.status("停缓建")).contains(Status.SUSPENDED);
    assertThat(LedgerNames.status("储备")).contains(Status.LEAD);
    assertThat(LedgerNames.status("已取消")).contains(Status.CANCELLED);
    assertThat(LedgerNames.designation("省级重点")).contains(DesignationKind.PROVINCIAL_KEY);
    assertThat(LedgerNames.designation("省级重点项目")).contains(DesignationKind.PROVINCIAL_KEY);
    assertThat(LedgerNames.status("续 建")).contains(Status.UNDER_CONSTRUCTION);
    assertThat(LedgerNames.status("待定")).isEmpty();
    assertThat(LedgerNames.designation("省重点"))
        .isEqualTo(Optional.of(DesignationKind.PROVINCIAL_KEY));
  }

  @Test
  void rejectsNullArguments(@TempDir Path dir) {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Year.class, Year.of(2023))
            .setDefault(YearMonth.class, YearMonth.of(2023, 6))
            .setDefault(Portfolio.class, Ledgers.base())
            .setDefault(Labels.class, Labels.fixed(Labels.Language.CHINESE))
            .setDefault(LedgerMapping.class, MAPPING)
            .setDefault(Path.class, dir.resolve("npt.xlsx"))
            .setDefault(Measure.class, Measures.count())
            .setDefault(
                Breakdown.class, Aggregation.over(Ledgers.base()).by(Dimensions.location()).run())
            .setDefault(
                Pivot.class,
                Aggregation.over(Ledgers.base())
                    .by(Dimensions.location(), Dimensions.industry())
                    .measuring(Measures.count())
                    .run());
    tester.testAllPublicStaticMethods(LedgerMapping.class);
    tester.testAllPublicInstanceMethods(MAPPING);
    tester.testAllPublicStaticMethods(LedgerNames.class);
    tester.testAllPublicStaticMethods(LedgerReader.class);
    tester.testAllPublicInstanceMethods(LedgerReader.of(MAPPING, Ledgers.base()));
    tester.testAllPublicInstanceMethods(LedgerWriter.of(MAPPING));
  }
}
