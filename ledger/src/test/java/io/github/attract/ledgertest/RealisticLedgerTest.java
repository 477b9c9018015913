package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.LedgerWriter;
import io.github.attract.ledger.RejectedRow;
import io.github.attract.ledger.SkippedRow;
import io.github.attract.project.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealisticLedgerTest {
  private static final LedgerMapping MAPPING = LedgerMapping.forYear(Year.of(2023));
  private static final RealisticLedger LEDGER = new RealisticLedger(1_000, 20230424L);

  private static LedgerImport read(byte[] workbook) {
    return LedgerReader.of(MAPPING, Ledgers.base())
        .readXlsx(new ByteArrayInputStream(workbook), "ledger.xlsx");
  }

  @Test
  void givesEveryRowTheOutcomeItsFaultCallsForAtItsLocation() {
    LedgerImport result = read(LEDGER.xlsx());

    Map<Integer, String> actual = new LinkedHashMap<>();
    for (RejectedRow r : result.rejected()) {
      assertThat(r.sheet()).isEqualTo("台账");
      actual.put(r.row(), "reject:" + r.column());
    }
    for (SkippedRow s : result.skipped()) {
      actual.put(s.row(), "skip:" + s.kind());
    }
    Map<Integer, String> expectedFaults = new LinkedHashMap<>(LEDGER.expected);
    expectedFaults.values().removeIf("accept"::equals);
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expectedFaults);
    long accepted = LEDGER.expected.values().stream().filter("accept"::equals).count();
    assertThat(result.projects()).hasSize((int) accepted);
    assertThat(result.rowsIn()).isEqualTo(LEDGER.expected.size());
    assertThat(result.asOf()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(result.rejected()).hasSizeGreaterThan(40);
    assertThat(result.skipped()).hasSizeGreaterThan(15);
  }

  @Test
  void reportsTheReasonOfEachKindOfFault() {
    LedgerImport result = read(LEDGER.xlsx());
    Map<String, String> firstReasonByColumn = new LinkedHashMap<>();
    for (RejectedRow r : result.rejected()) {
      firstReasonByColumn.putIfAbsent(r.column(), r.faults().get(0).header() + ": " + r.reason());
    }
    assertThat(firstReasonByColumn.get("D")).isEqualTo("建设地点: unknown region '某某县'");
    assertThat(firstReasonByColumn.get("K"))
        .isEqualTo("总投资: '总投资' must be a number of 万元 or an amount such as 10.5亿元, but was '约500'");
    assertThat(firstReasonByColumn.get("H"))
        .isEqualTo("开工时间: '开工时间' is no day of the calendar: '2023.13.5'");
    assertThat(firstReasonByColumn.get("G")).isEqualTo("项目状态: unknown status '待定'");
    assertThat(firstReasonByColumn.get("B"))
        .isEqualTo("项目编号: project id 'SYS-2023-0000' repeats the id of row 5");
    // Completed investment above the total is a cost overrun: kept, with a warning.
    assertThat(firstReasonByColumn).doesNotContainKey("M");
    assertThat(
            result.portfolio().projects().stream()
                .flatMap(p -> p.violations().stream())
                .filter(v -> v.rule() == Violation.Rule.COST_OVERRUN))
        .isNotEmpty();
  }

  @Test
  void roundTripsLedgerToPortfolioToLedger() {
    LedgerImport first = read(LEDGER.xlsx());
    LedgerWriter writer = LedgerWriter.of(MAPPING.withAsOf(first.asOf()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeProjects(first.portfolio(), out);

    LedgerImport second = read(out.toByteArray());

    assertThat(second.isClean()).isTrue();
    assertThat(second.skipped()).isEmpty();
    assertThat(second.asOf()).isEqualTo(first.asOf());
    assertThat(second.projects()).isEqualTo(first.projects());
    assertThat(second.portfolio()).isEqualTo(first.portfolio());

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    writer.writeProjects(second.portfolio(), again);
    assertThat(read(again.toByteArray()).portfolio()).isEqualTo(first.portfolio());
  }
}
