package io.github.attract.ledger;

import java.util.Objects;

/**
 * A data row of a ledger that is no project by design, and so was skipped: a blank row, a total or
 * subtotal row (合计, 小计, 总计), or the header repeated (as on a printed ledger's every page).
 *
 * <pre>{@code
 * result.skipped().get(0);   // 台账!12 total: 合计
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param sheet the sheet's name; for a CSV ledger, the source's name
 * @param row the row number, from 1
 * @param kind why the row was skipped
 * @param text the text that made it so (the total's label, the first header), empty for a blank row
 */
public record SkippedRow(String sheet, int row, Kind kind, String text) {
  /** Why a row was skipped. */
  public enum Kind {
    /** Every cell is blank. */
    BLANK,
    /** A total or subtotal row: 合计, 小计, 总计, total, subtotal. */
    TOTAL,
    /** The header row again. */
    REPEATED_HEADER
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the row is not positive
   */
  public SkippedRow {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (row < 1) {
      throw new IllegalArgumentException("Skipped row 'row' must be at least 1, but was " + row);
    }
  }

  /**
   * Returns the row's address, kind and text.
   *
   * @return e.g. {@code 台账!12 total: 合计}
   */
  @Override
  public String toString() {
    return sheet + "!" + row + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
  }
}
