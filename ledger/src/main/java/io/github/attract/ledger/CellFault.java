package io.github.attract.ledger;

import java.util.Objects;

/**
 * One bad or unkept value of a ledger: where it is (sheet, row, column and the column's header),
 * the value as it stood in the cell, and why it was not taken.
 *
 * <pre>{@code
 * CellFault f = result.rejected().get(0).faults().get(0);
 * f.toString();   // 台账!G17 (建设地点) '某某县': unknown region '某某县'
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param sheet the sheet's name; for a CSV ledger, the source's name
 * @param row the row number as a spreadsheet shows it, from 1 (for CSV, the record number)
 * @param column the column's letters as a spreadsheet shows them, e.g. {@code "G"}
 * @param header the column's header text as the ledger has it
 * @param value the cell's text, empty for a blank cell
 * @param reason why the value was not taken
 */
public record CellFault(
    String sheet, int row, String column, String header, String value, String reason) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the row is not positive
   */
  public CellFault {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (row < 1) {
      throw new IllegalArgumentException("Cell fault 'row' must be at least 1, but was " + row);
    }
  }

  /**
   * Returns the cell's address and the reason.
   *
   * @return e.g. {@code 台账!G17 (建设地点) '某某县': unknown region '某某县'}
   */
  @Override
  public String toString() {
    return sheet + "!" + column + row + " (" + header + ") '" + value + "': " + reason;
  }
}
