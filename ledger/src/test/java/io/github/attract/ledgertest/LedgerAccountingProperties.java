package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.SkippedRow;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accounting law of a ledger import: rows in = accepted + rejected + skipped, always; and each
 * row lands where its kind says, checked against an oracle that knows what each generated row is.
 */
class LedgerAccountingProperties {
  private static final LedgerReader READER =
      LedgerReader.of(LedgerMapping.forYear(Year.of(2023)), Ledgers.base());
  private static final String HEADER = "项目编号,项目名称,建设地点,所属行业,总投资（万元）,项目状态,开工时间";

  /** A kind of data row and what the reader must make of it. */
  enum Kind {
    GOOD("accepted"),
    GOOD_STARTED("accepted"),
    BLANK("skipped"),
    EMPTY_CELLS("skipped"),
    TOTAL("skipped"),
    REPEATED_HEADER("skipped"),
    UNKNOWN_REGION("rejected"),
    UNKNOWN_INDUSTRY("rejected"),
    BAD_MONEY("rejected"),
    NEGATIVE_MONEY("rejected"),
    BAD_STATUS("rejected"),
    BAD_DATE("rejected"),
    NO_NAME("rejected"),
    REPEATED_ID("rejected");

    final String outcome;

    Kind(String outcome) {
      this.outcome = outcome;
    }
  }

  private static final Gen<List<Kind>> LEDGERS = Gens.lists(Gens.elements(Kind.values()), 0, 40);

  private static String line(int i, Kind kind) {
    return switch (kind) {
      case GOOD -> "P" + i + ",项目" + i + ",宝清县,煤炭,100,已签约,";
      case GOOD_STARTED -> "P" + i + ",项目" + i + ",集贤县,电力,\"1,000.5\",在建,2023年4月";
      case BLANK -> "";
      case EMPTY_CELLS -> ",,,,,,";
      case TOTAL -> ",合计,,,100,,";
      case REPEATED_HEADER -> HEADER;
      case UNKNOWN_REGION -> "P" + i + ",项目" + i + ",某某县,煤炭,100,,";
      case UNKNOWN_INDUSTRY -> "P" + i + ",项目" + i + ",宝清县,航天,100,,";
      case BAD_MONEY -> "P" + i + ",项目" + i + ",宝清县,煤炭,约100,,";
      case NEGATIVE_MONEY -> "P" + i + ",项目" + i + ",宝清县,煤炭,-1,,";
      case BAD_STATUS -> "P" + i + ",项目" + i + ",宝清县,煤炭,100,待定,";
      case BAD_DATE -> "P" + i + ",项目" + i + ",宝清县,煤炭,100,在建,2023.2.30";
      case NO_NAME -> "P" + i + ",,宝清县,煤炭,100,,";
      case REPEATED_ID -> "P-0,项目" + i + ",宝清县,煤炭,100,,";
    };
  }

  /** The CSV of a ledger; a first project P-0 makes every REPEATED_ID row a repeat. */
  private static String csv(List<Kind> kinds) {
    StringBuilder s = new StringBuilder(HEADER).append('\n').append("P-0,首个项目,宝清县,煤炭,1,,\n");
    for (int i = 0; i < kinds.size(); i++) {
      s.append(line(i, kinds.get(i))).append('\n');
    }
    return s.toString();
  }

  private static void check(LedgerImport result, List<Kind> kinds) {
    assertThat(result.rowsIn())
        .isEqualTo(result.projects().size() + result.rejected().size() + result.skipped().size())
        .isEqualTo(kinds.size() + 1);
    assertThat(result.projects()).hasSize(1 + count(kinds, "accepted"));
    assertThat(result.rejected()).hasSize(count(kinds, "rejected"));
    assertThat(result.skipped()).hasSize(count(kinds, "skipped"));
    List<Integer> rows = new ArrayList<>();
    result.rejected().forEach(r -> rows.add(r.row()));
    result.skipped().forEach(r -> rows.add(r.row()));
    for (int i = 0; i < kinds.size(); i++) {
      // Header is row 1 and P-0 row 2, so the i-th generated row is row i + 3.
      assertThat(rows.contains(i + 3)).isEqualTo(!kinds.get(i).outcome.equals("accepted"));
    }
    assertThat(result.skipped().stream().filter(s -> s.kind() == SkippedRow.Kind.TOTAL).count())
        .isEqualTo(kinds.stream().filter(k -> k == Kind.TOTAL).count());
  }

  private static int count(List<Kind> kinds, String outcome) {
    return (int) kinds.stream().filter(k -> k.outcome.equals(outcome)).count();
  }

  @Test
  void everyCsvRowIsAcceptedRejectedOrSkippedWhereItsKindSays() {
    Property.forAll(LEDGERS)
        .check(kinds -> check(READER.readCsv(new StringReader(csv(kinds)), "台账.csv"), kinds));
  }

  @Test
  void everyWorkbookRowIsAcceptedRejectedOrSkippedWhereItsKindSays() {
    // Workbooks are slower to write than CSV; fewer tries cover the same row kinds.
    Property.forAll(LEDGERS)
        .tries(40)
        .check(
            kinds -> {
              List<List<?>> rows = new ArrayList<>();
              for (String line : csv(kinds).split("\n", -1)) {
                rows.add(line.replace(",", "").isEmpty() ? null : cells(line));
              }
              // A workbook holds no row after its last non-blank one: trailing blanks are no rows.
              List<Kind> held = new ArrayList<>(kinds);
              while (!held.isEmpty()
                  && (held.get(held.size() - 1) == Kind.BLANK
                      || held.get(held.size() - 1) == Kind.EMPTY_CELLS)) {
                held.remove(held.size() - 1);
              }
              byte[] workbook = Ledgers.xlsx("台账", rows);
              check(READER.readXlsx(new ByteArrayInputStream(workbook), "t.xlsx"), held);
            });
  }

  /** The cells of one CSV line of this test (quotes only around "1,000.5"). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.replace("\"1,000.5\"", "1000.5").split(",", -1)) {
      cells.add(cell.isEmpty() ? null : cell);
    }
    return cells;
  }
}
