package io.github.attract.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A data row of a ledger that did not become a project: where it is, every fault found in it, and
 * the row's cells as text so that nothing is lost.
 *
 * <pre>{@code
 * for (RejectedRow r : result.rejected()) {
 *   r.row();                 // 17
 *   r.faults().get(0);       // 台账!G17 (建设地点) '某某县': unknown region '某某县'
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param sheet the sheet's name; for a CSV ledger, the source's name
 * @param row the row number, from 1
 * @param faults the faults, at least one, in the order they were found
 * @param cells the row's cells as text, from column A
 */
public record RejectedRow(
    String sheet, int row, ImmutableList<CellFault> faults, ImmutableList<String> cells) {
  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if there is no fault
   */
  public RejectedRow {
    Objects.requireNonNull(sheet, "sheet");
    faults = ImmutableList.copyOf(faults);
    cells = ImmutableList.copyOf(cells);
    if (faults.isEmpty()) {
      throw new IllegalArgumentException(
          "Rejected row " + row + " of '" + sheet + "' must have a fault");
    }
  }

  /**
   * Returns a rejected row.
   *
   * @param sheet the sheet's name
   * @param row the row number
   * @param faults the faults, at least one
   * @param cells the row's cells as text
   * @return the rejected row
   */
  public static RejectedRow of(String sheet, int row, List<CellFault> faults, List<String> cells) {
    return new RejectedRow(sheet, row, ImmutableList.copyOf(faults), ImmutableList.copyOf(cells));
  }

  /**
   * Returns the column of the first fault.
   *
   * @return the column's letters, e.g. {@code "G"}
   */
  public String column() {
    return faults.get(0).column();
  }

  /**
   * Returns the reason of the first fault.
   *
   * @return the reason
   */
  public String reason() {
    return faults.get(0).reason();
  }
}
