package io.github.attract.ledger;

import com.google.common.collect.ImmutableList;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Violation;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What reading a ledger gave: the portfolio with the accepted projects, and every row that did not
 * become a project, with its location. Nothing is dropped: every data row below the header is
 * accepted, rejected or skipped, so {@code rowsIn() == projects().size() + rejected().size() +
 * skipped().size()}, which construction checks.
 *
 * <pre>{@code
 * LedgerImport result = LedgerReader.of(mapping, base).read(Path.of("台账.xlsx"));
 * result.portfolio();     // base plus the accepted projects and their new investors
 * result.rejected();      // 台账!G17 (建设地点) '某某县': unknown region '某某县'
 * result.skipped();       // 台账!1012 total: 合计
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param sheet the sheet read; for a CSV ledger, the source's name
 * @param asOf the as-of month of the ledger's figures and statuses
 * @param portfolio the base portfolio with the accepted projects (and the investors they name that
 *     the base did not have)
 * @param projects the accepted projects, in row order
 * @param rejected the rejected rows, in row order
 * @param skipped the skipped rows, in row order
 * @param notes values of accepted rows that the domain does not keep (e.g. a planned start date of
 *     a project not yet started)
 * @param rowsIn the number of data rows below the header
 */
public record LedgerImport(
    String sheet,
    YearMonth asOf,
    Portfolio portfolio,
    ImmutableList<Project> projects,
    ImmutableList<RejectedRow> rejected,
    ImmutableList<SkippedRow> skipped,
    ImmutableList<CellFault> notes,
    int rowsIn) {
  /**
   * Checks the accounting law and copies the lists.
   *
   * @throws IllegalArgumentException if rows in is not accepted + rejected + skipped
   */
  public LedgerImport {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(portfolio, "portfolio");
    projects = ImmutableList.copyOf(projects);
    rejected = ImmutableList.copyOf(rejected);
    skipped = ImmutableList.copyOf(skipped);
    notes = ImmutableList.copyOf(notes);
    long accounted = (long) projects.size() + rejected.size() + skipped.size();
    if (accounted != rowsIn) {
      throw new IllegalArgumentException(
          "Ledger import of '"
              + sheet
              + "' must account for every row, but 'rowsIn' "
              + rowsIn
              + " != "
              + projects.size()
              + " accepted + "
              + rejected.size()
              + " rejected + "
              + skipped.size()
              + " skipped");
    }
  }

  /**
   * Tells whether every data row became a project or was skipped by design.
   *
   * @return true if no row was rejected
   */
  public boolean isClean() {
    return rejected.isEmpty();
  }

  /**
   * Returns the warnings of the accepted projects, such as a cost overrun (completed investment
   * above the total investment): a warning never rejects a row; the project keeps it.
   *
   * @return the warnings in row order, each with its project id and field path
   */
  public ImmutableList<Violation> warnings() {
    return projects.stream()
        .flatMap(p -> p.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the counts.
   *
   * @return e.g. {@code 台账 as of 2023-06: 1000 rows = 960 accepted + 30 rejected + 10 skipped}
   */
  @Override
  public String toString() {
    return sheet
        + " as of "
        + asOf
        + ": "
        + rowsIn
        + " rows = "
        + projects.size()
        + " accepted + "
        + rejected.size()
        + " rejected + "
        + skipped.size()
        + " skipped";
  }
}
