package io.github.attract.benchmarks;

/**
 * The primitive-column representation: one array per field, lists as compressed sparse rows (see
 * {@link SyntheticPortfolio}). The fastest layout a hand-written Java program can scan, and so the
 * limit the other variants are held against.
 */
final class Columns {
  final int size;
  final int[] level1OfLeaf;
  final int[] industry;
  final long[] totalFen;
  final int[] statusOffset;
  final int[] statusDay;
  final byte[] status;
  final int[] planOffset;
  final int[] planYear;
  final long[] planFen;
  final int[] progressOffset;
  final int[] progressMonth;
  final long[] progressFen;

  private Columns(SyntheticPortfolio data) {
    this.size = data.size;
    this.level1OfLeaf = SyntheticPortfolio.level1Table();
    this.industry = data.industry.clone();
    this.totalFen = data.totalFen.clone();
    this.statusOffset = data.statusOffset.clone();
    this.statusDay = data.statusDay.clone();
    this.status = data.status.clone();
    this.planOffset = data.planOffset.clone();
    this.planYear = data.planYear.clone();
    this.planFen = data.planFen.clone();
    this.progressOffset = data.progressOffset.clone();
    this.progressMonth = data.progressMonth.clone();
    this.progressFen = data.progressFen.clone();
  }

  /**
   * Copies the columns the breakdown reads out of the data, so they sit together in memory.
   *
   * @param data the synthetic data
   * @return the columns
   */
  static Columns of(SyntheticPortfolio data) {
    return new Columns(data);
  }
}
