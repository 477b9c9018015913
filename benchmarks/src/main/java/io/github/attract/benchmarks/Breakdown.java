package io.github.attract.benchmarks;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The answer to {@link Question} in one comparable form: for each (level-1 industry, status) slot
 * the count and three sums in minor units (fen). Every variant converts its own result into this
 * form once, outside the timed code, so that {@link #requireSame} can compare it with the oracle.
 *
 * <p>Mutable while a variant fills it; compared by value.
 */
final class Breakdown {
  private final int industries;
  private final long[] count;
  private final long[] total;
  private final long[] planned;
  private final long[] completed;

  /**
   * Returns an empty breakdown.
   *
   * @param industries the number of level-1 industries
   */
  Breakdown(int industries) {
    this.industries = industries;
    int slots = industries * Question.STATUS_SLOTS;
    this.count = new long[slots];
    this.total = new long[slots];
    this.planned = new long[slots];
    this.completed = new long[slots];
  }

  /**
   * Returns the slot of an industry and a status index.
   *
   * @param industry the level-1 industry index
   * @param status the status index, {@link Question#NO_STATUS} for none
   * @return the slot
   */
  static int slot(int industry, int status) {
    return industry * Question.STATUS_SLOTS + status;
  }

  /**
   * Adds one group's figures; used by variants that produce grouped rows.
   *
   * @param industry the level-1 industry index
   * @param status the status index
   * @param n the number of projects
   * @param totalFen the total investment in fen
   * @param plannedFen the planned investment in fen
   * @param completedFen the completed investment in fen
   */
  void add(int industry, int status, long n, long totalFen, long plannedFen, long completedFen) {
    int s = slot(industry, status);
    count[s] = Math.addExact(count[s], n);
    total[s] = Math.addExact(total[s], totalFen);
    planned[s] = Math.addExact(planned[s], plannedFen);
    completed[s] = Math.addExact(completed[s], completedFen);
  }

  /**
   * Adds one group's figures given as exact decimal amounts in yuan.
   *
   * @param industry the level-1 industry index
   * @param status the status index
   * @param n the number of projects
   * @param totalYuan the total investment
   * @param plannedYuan the planned investment
   * @param completedYuan the completed investment
   * @throws ArithmeticException if an amount has more than two decimal places
   */
  void add(
      int industry,
      int status,
      long n,
      BigDecimal totalYuan,
      BigDecimal plannedYuan,
      BigDecimal completedYuan) {
    add(industry, status, n, fen(totalYuan), fen(plannedYuan), fen(completedYuan));
  }

  /**
   * Returns an amount in yuan as fen, exactly.
   *
   * @param yuan the amount
   * @return the amount in fen
   * @throws ArithmeticException if the amount has more than two decimal places or does not fit
   */
  static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  /**
   * Returns the number of projects counted, over all slots.
   *
   * @return the count
   */
  long projects() {
    long n = 0;
    for (long c : count) {
      n += c;
    }
    return n;
  }

  /**
   * Returns the number of non-empty slots.
   *
   * @return the number of groups with at least one project
   */
  int groups() {
    int n = 0;
    for (long c : count) {
      if (c > 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the sum of completed investment over all slots, in fen.
   *
   * @return the grand total of completed investment
   */
  long completedFen() {
    long n = 0;
    for (long c : completed) {
      n = Math.addExact(n, c);
    }
    return n;
  }

  /**
   * Checks that a variant's answer equals the oracle's, slot by slot.
   *
   * @param expected the oracle's answer
   * @param actual the variant's answer
   * @param variant the variant's name, for the message
   * @throws IllegalStateException naming the first slot that differs
   */
  static void requireSame(Breakdown expected, Breakdown actual, String variant) {
    if (expected.industries != actual.industries) {
      throw new IllegalStateException(
          "Variant '"
              + variant
              + "' must answer for "
              + expected.industries
              + " industries, but answered for "
              + actual.industries);
    }
    for (int s = 0; s < expected.count.length; s++) {
      if (expected.count[s] != actual.count[s]
          || expected.total[s] != actual.total[s]
          || expected.planned[s] != actual.planned[s]
          || expected.completed[s] != actual.completed[s]) {
        throw new IllegalStateException(
            "Variant '"
                + variant
                + "' must return the oracle's sums, but differs in "
                + label(s)
                + ": expected "
                + expected.row(s)
                + ", was "
                + actual.row(s));
      }
    }
  }

  private static String label(int s) {
    int status = s % Question.STATUS_SLOTS;
    return "industry "
        + s / Question.STATUS_SLOTS
        + " x '"
        + (status == Question.NO_STATUS ? "none" : Question.status(status).code())
        + "'";
  }

  private String row(int s) {
    return "[count="
        + count[s]
        + ", total="
        + total[s]
        + ", planned="
        + planned[s]
        + ", completed="
        + completed[s]
        + "]";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Breakdown other
        && other.industries == industries
        && Arrays.equals(other.count, count)
        && Arrays.equals(other.total, total)
        && Arrays.equals(other.planned, planned)
        && Arrays.equals(other.completed, completed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(total) * 31 + Arrays.hashCode(completed);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Breakdown[");
    for (int s = 0; s < count.length; s++) {
      if (count[s] > 0) {
        b.append(label(s)).append('=').append(row(s)).append("; ");
      }
    }
    return b.append(']').toString();
  }
}
