package io.github.attract.calc.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure laid out as {@code long}s: money as minor units, counts as themselves, decimals as
 * unscaled values at the column's {@link #scale}. Every figure of the domain is non-negative, so a
 * non-negative entry is the value itself and two negative markers say the rest without a second
 * array: {@link #ABSENT} (the project has no such figure) and {@link #SIDE} (the value does not fit
 * a {@code long}; it sits, exact, in the side table and the kernel adds it separately). The kernel
 * masks markers to zero without a branch: {@code v & ~(v >> 63)}.
 *
 * <p>A column has one entry per row, or (when {@link #offsets} is set) a list per row: the contract
 * values of a project's signings, each with its own currency.
 */
public final class ValueColumn {
  public static final long ABSENT = -1;
  public static final long SIDE = -2;

  /** Unscaled values or markers, one per row or per entry. */
  public final long[] values;

  /** Entry lists per row, or null for one entry per row. */
  public final int @Nullable [] offsets;

  /**
   * The currency index of each entry, or null: then a money entry is in its project's currency
   * ({@link ColumnarIndex#rowCurrency}).
   */
  public final int @Nullable [] currencies;

  /** The scale of the unscaled values (decimals); 0 for money minor units and counts. */
  public final int scale;

  /**
   * Whether some present inline value is zero. If not, a cell's sum is positive exactly when a
   * present value reached it, and the kernel need not count hits to know which currencies took
   * part.
   */
  public final boolean zeros;

  /** The side table, ascending by row: values that do not fit a {@code long}. */
  public final int[] sideRows;

  public final int[] sideCurrencies;
  public final BigInteger[] sideValues;

  private ValueColumn(Builder b, int[] sideRows, int[] sideCurrencies, BigInteger[] sideValues) {
    this.values = b.values;
    this.offsets = b.offsets;
    this.currencies = b.currencies;
    this.scale = b.scale;
    this.zeros = b.zeros;
    this.sideRows = sideRows;
    this.sideCurrencies = sideCurrencies;
    this.sideValues = sideValues;
  }

  private ValueColumn(
      long[] values, boolean zeros, int[] sideRows, int[] sideCurrencies, BigInteger[] sideValues) {
    this(values, zeros, sideRows, sideCurrencies, sideValues, 0);
  }

  private ValueColumn(
      long[] values,
      boolean zeros,
      int[] sideRows,
      int[] sideCurrencies,
      BigInteger[] sideValues,
      int scale) {
    this.values = values;
    this.offsets = null;
    this.currencies = null;
    this.scale = scale;
    this.zeros = zeros;
    this.sideRows = sideRows;
    this.sideCurrencies = sideCurrencies;
    this.sideValues = sideValues;
  }

  /**
   * Returns a money column of one entry per row in the row's currency, from filled values.
   *
   * @param values minor units or markers, one per row; kept, not copied
   * @param zeros whether some present value is zero
   * @param rowCurrency the currency index of each row, or null for one currency
   * @param sideRows the rows marked {@link #SIDE}, ascending
   * @param sideValues their exact minor units
   */
  public static ValueColumn ofRows(
      long[] values,
      boolean zeros,
      int @Nullable [] rowCurrency,
      List<Integer> sideRows,
      List<BigInteger> sideValues) {
    int s = sideRows.size();
    int[] rows = new int[s];
    int[] cur = new int[s];
    BigInteger[] vals = new BigInteger[s];
    for (int i = 0; i < s; i++) {
      rows[i] = sideRows.get(i);
      cur[i] = rowCurrency == null ? 0 : rowCurrency[rows[i]];
      vals[i] = sideValues.get(i);
    }
    return new ValueColumn(values, zeros, rows, cur, vals);
  }

  /**
   * Returns this column of one value per row with the rows whose code is not in {@code mask} (a bit
   * per code; a negative code is never in it) made absent: the figures of some provenances only.
   */
  public ValueColumn masked(byte[] codes, int mask) {
    if (offsets != null) {
      throw new IllegalStateException("Only a column of one value per row can be masked");
    }
    long[] out = new long[values.length];
    boolean anyZero = false;
    for (int r = 0; r < out.length; r++) {
      int c = codes[r];
      boolean keep = c >= 0 && ((mask >>> c) & 1) != 0;
      out[r] = keep ? values[r] : ABSENT;
      anyZero |= keep && values[r] == 0;
    }
    int kept = 0;
    for (int row : sideRows) {
      kept += codes[row] >= 0 && ((mask >>> codes[row]) & 1) != 0 ? 1 : 0;
    }
    int[] rows = new int[kept];
    int[] cur = new int[kept];
    BigInteger[] vals = new BigInteger[kept];
    int i = 0;
    for (int s = 0; s < sideRows.length; s++) {
      int row = sideRows[s];
      if (codes[row] >= 0 && ((mask >>> codes[row]) & 1) != 0) {
        rows[i] = row;
        cur[i] = sideCurrencies[s];
        vals[i++] = sideValues[s];
      }
    }
    return new ValueColumn(out, anyZero, rows, cur, vals, scale);
  }

  /** Returns an estimate of the bytes held, for the bounded cache of question columns. */
  public long bytes() {
    int[] off = offsets;
    int[] cur = currencies;
    return 8L * values.length
        + (off == null ? 0 : 4L * off.length)
        + (cur == null ? 0 : 4L * cur.length)
        + 48L * sideRows.length
        + 64;
  }

  /** Fills a column row by row; not thread-safe. */
  public static final class Builder {
    public final long[] values;
    public final int @Nullable [] offsets;
    public final int @Nullable [] currencies;
    public final int scale;
    public boolean zeros;
    private final List<Integer> sideRows = new ArrayList<>();
    private final List<Integer> sideCurrencies = new ArrayList<>();
    private final List<BigInteger> sideValues = new ArrayList<>();

    /** A column of one value per row, absent unless set. */
    public Builder(int rows, int scale) {
      this.values = new long[rows];
      java.util.Arrays.fill(values, ABSENT);
      this.offsets = null;
      this.currencies = null;
      this.scale = scale;
    }

    /** A column of entry lists: {@code offsets} has {@code rows + 1} elements. */
    public Builder(int[] offsets) {
      int entries = offsets[offsets.length - 1];
      this.values = new long[entries];
      java.util.Arrays.fill(values, ABSENT);
      this.offsets = offsets;
      this.currencies = new int[entries];
      this.scale = 0;
    }

    /**
     * Sets an entry.
     *
     * @param entry the row, or the entry index of an entry list
     * @param row the row the entry belongs to
     * @param currency the currency index (money), or 0
     * @param unscaled the exact unscaled value
     */
    public void set(int entry, int row, int currency, BigInteger unscaled) {
      int[] cur = currencies;
      if (cur != null) {
        cur[entry] = currency;
      }
      if (unscaled.signum() >= 0 && unscaled.bitLength() < Long.SIZE) {
        set(entry, row, currency, unscaled.longValue());
      } else {
        values[entry] = SIDE;
        sideRows.add(row);
        sideCurrencies.add(currency);
        sideValues.add(unscaled);
      }
    }

    /** Sets an entry of a value that fits; negative values go to the side table. */
    public void set(int entry, int row, int currency, long unscaled) {
      int[] cur = currencies;
      if (cur != null) {
        cur[entry] = currency;
      }
      if (unscaled < 0) {
        values[entry] = SIDE;
        sideRows.add(row);
        sideCurrencies.add(currency);
        sideValues.add(BigInteger.valueOf(unscaled));
        return;
      }
      values[entry] = unscaled;
      zeros |= unscaled == 0;
    }

    public ValueColumn build() {
      int s = sideRows.size();
      int[] rows = new int[s];
      int[] cur = new int[s];
      BigInteger[] vals = new BigInteger[s];
      for (int i = 0; i < s; i++) {
        rows[i] = sideRows.get(i);
        cur[i] = sideCurrencies.get(i);
        vals[i] = sideValues.get(i);
      }
      return new ValueColumn(this, rows, cur, vals);
    }
  }
}
