package io.github.attract.json;

import com.google.common.collect.ImmutableList;
import io.github.attract.portfolio.Portfolio;
import java.util.Objects;

/**
 * What the lenient reader made of a portfolio document: a valid portfolio of the records it
 * accepted, every record it rejected (with where, why and its JSON), and warnings about what it
 * ignored.
 *
 * <p>Nothing is lost: {@link #recordsRead()} is the number of records in the document and always
 * equals {@link #acceptedCount()} plus {@code rejected().size()}.
 *
 * <pre>{@code
 * PortfolioReadResult result = PortfolioJson.reader().readLenient(path);
 * Portfolio good = result.portfolio();
 * result.rejected().forEach(r -> log.warn(r.toString()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PortfolioReadResult {
  private final Portfolio portfolio;
  private final ImmutableList<RejectedRecord> rejected;
  private final ImmutableList<ReadWarning> warnings;
  private final long warningCount;
  private final int recordsRead;

  private PortfolioReadResult(
      Portfolio portfolio,
      ImmutableList<RejectedRecord> rejected,
      ImmutableList<ReadWarning> warnings,
      long warningCount,
      int recordsRead) {
    this.portfolio = portfolio;
    this.rejected = rejected;
    this.warnings = warnings;
    this.warningCount = warningCount;
    this.recordsRead = recordsRead;
  }

  /**
   * Returns a result.
   *
   * @param portfolio the portfolio of the accepted records
   * @param rejected the rejected records, in document order
   * @param warnings the warnings, in document order
   * @param recordsRead the number of records in the document
   * @return the result
   * @throws IllegalArgumentException if the accepted and rejected records do not add up to the
   *     records read
   */
  public static PortfolioReadResult of(
      Portfolio portfolio,
      Iterable<RejectedRecord> rejected,
      Iterable<ReadWarning> warnings,
      int recordsRead) {
    ImmutableList<ReadWarning> kept = ImmutableList.copyOf(warnings);
    return of(portfolio, rejected, kept, kept.size(), recordsRead);
  }

  /**
   * Returns a result whose warnings were capped: it keeps some of them and counts all.
   *
   * @param portfolio the portfolio of the accepted records
   * @param rejected the rejected records, in document order
   * @param warnings the warnings kept, the first ones in document order
   * @param warningCount the number of warnings, kept or not
   * @param recordsRead the number of records in the document
   * @return the result
   * @throws IllegalArgumentException if the accepted and rejected records do not add up to the
   *     records read, or fewer warnings are counted than kept
   */
  public static PortfolioReadResult of(
      Portfolio portfolio,
      Iterable<RejectedRecord> rejected,
      Iterable<ReadWarning> warnings,
      long warningCount,
      int recordsRead) {
    Objects.requireNonNull(portfolio, "portfolio");
    PortfolioReadResult result =
        new PortfolioReadResult(
            portfolio,
            ImmutableList.copyOf(rejected),
            ImmutableList.copyOf(warnings),
            warningCount,
            recordsRead);
    if (warningCount < result.warnings.size()) {
      throw new IllegalArgumentException(
          "Portfolio read result 'warningCount' must be at least the "
              + result.warnings.size()
              + " warnings kept, but was "
              + warningCount);
    }
    if (result.acceptedCount() + result.rejected.size() != recordsRead) {
      throw new IllegalArgumentException(
          "Portfolio read result must account for every record, but "
              + result.acceptedCount()
              + " accepted + "
              + result.rejected.size()
              + " rejected != "
              + recordsRead
              + " read");
    }
    return result;
  }

  /**
   * Returns the portfolio of the accepted records; it satisfies every rule of a portfolio.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Returns the rejected records.
   *
   * @return the rejected records: first those rejected on their own, in document order, then those
   *     rejected because a reference did not resolve
   */
  public ImmutableList<RejectedRecord> rejected() {
    return rejected;
  }

  /**
   * Returns the warnings, such as ignored unknown properties; a reader keeps at most its {@link
   * PortfolioReader#maxWarnings()} and counts the rest in {@link #warningCount()}.
   *
   * @return the first warnings in document order
   */
  public ImmutableList<ReadWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the number of warnings, including those beyond the reader's cap that were counted but
   * not kept.
   *
   * @return the number of warnings, at least {@code warnings().size()}
   */
  public long warningCount() {
    return warningCount;
  }

  /**
   * Tells whether warnings were counted but not kept, because there were more than the cap.
   *
   * @return true if {@link #warningCount()} is greater than {@code warnings().size()}
   */
  public boolean warningsTruncated() {
    return warningCount > warnings.size();
  }

  /**
   * Returns the number of records in the document: industries, regions, chains, focus areas,
   * investors, projects, activities, signings, targets and reported figures.
   *
   * @return the number of records read
   */
  public int recordsRead() {
    return recordsRead;
  }

  /**
   * Returns the number of records in the portfolio.
   *
   * @return the number of accepted records
   */
  public int acceptedCount() {
    return countRecords(portfolio);
  }

  /**
   * Tells whether every record was accepted and nothing was ignored.
   *
   * @return true if there is no rejected record and no warning
   */
  public boolean isClean() {
    return rejected.isEmpty() && warningCount == 0;
  }

  static int countRecords(Portfolio p) {
    return p.industries().size()
        + p.regions().size()
        + p.chains().size()
        + p.focusAreas().size()
        + p.investors().size()
        + p.projects().size()
        + p.activities().size()
        + p.signings().size()
        + p.targets().size()
        + p.reportedFigures().size();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PortfolioReadResult that
        && that.portfolio.equals(portfolio)
        && that.rejected.equals(rejected)
        && that.warnings.equals(warnings)
        && that.warningCount == warningCount
        && that.recordsRead == recordsRead;
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, rejected, warnings, warningCount, recordsRead);
  }

  /**
   * Returns a summary, e.g. {@code PortfolioReadResult[read 120, accepted 118, rejected 2, 1
   * warning(s)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PortfolioReadResult[read "
        + recordsRead
        + ", accepted "
        + acceptedCount()
        + ", rejected "
        + rejected.size()
        + ", "
        + warningCount
        + " warning(s)]";
  }
}
