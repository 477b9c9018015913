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

  private ValueColumn(
      long[] values,
      int @Nullable [] offsets,
      int @Nullable [] currencies,
      int scale,
      boolean zeros,
      int[] sideRows,
      int[] sideCurrencies,
      BigInteger[] sideValues) {
    this.values = values;
    this.offsets = offsets;
    this.currencies = currencies;
    this.scale = scale;
    this.zeros = zeros;
    this.sideRows = sideRows;
    this.sideCurrencies = sideCurrencies;
    this.sideValues = sideValues;
  }

  /**
   * Returns this column after an edit of its rows, or null if it cannot be patched (the new rows
   * have another scale): the entries of the rows kept are copied, those of the new rows taken from
   * a column over the new rows alone, and the side table keeps its ascending rows. A row replaced
   * in place that keeps its value gives this column itself. Aggregating the result gives what the
   * column built from scratch gives; only {@link #zeros} may stay set where a fresh build would
   * clear it, which costs the kernel a count of hits, never a different sum.
   *
   * @param fresh the column over the inserted rows only, of the same measure
   * @param edit the edit
   */
  @Nullable ValueColumn spliced(ValueColumn fresh, Splice edit) {
    if (fresh.scale != scale
        || !Splice.sameShape(fresh.offsets, offsets)
        || !Splice.sameShape(fresh.currencies, currencies)) {
      return null;
    }
    int[] off = offsets;
    boolean sideTouched = fresh.sideRows.length > 0;
    for (int row : sideRows) {
      sideTouched |= row >= edit.from && row < edit.from + edit.removed;
    }
    if (off == null
        && edit.inPlace()
        && edit.inserted == 1
        && !sideTouched
        && values[edit.from] == fresh.values[0]) {
      return this;
    }
    long[] v;
    int[] newOffsets = null;
    int[] cur = currencies;
    if (off == null) {
      if (edit.inPlace() && edit.inserted == 1) {
        v = values.clone();
        v[edit.from] = fresh.values[0];
      } else {
        v = edit.rows(values, fresh.values);
      }
    } else {
      int[] freshOff = java.util.Objects.requireNonNull(fresh.offsets, "offsets");
      v = edit.entries(values, off, fresh.values);
      newOffsets = edit.offsets(off, freshOff);
      if (cur != null) {
        cur = edit.entries(cur, off, java.util.Objects.requireNonNull(fresh.currencies, "cur"));
      }
    }
    int[] rows;
    int[] rowCur;
    BigInteger[] vals;
    if (!sideTouched && edit.inPlace()) {
      rows = sideRows;
      rowCur = sideCurrencies;
      vals = sideValues;
    } else {
      List<Integer> r = new ArrayList<>();
      List<Integer> c = new ArrayList<>();
      List<BigInteger> x = new ArrayList<>();
      int s = 0;
      for (; s < sideRows.length && sideRows[s] < edit.from; s++) {
        r.add(sideRows[s]);
        c.add(sideCurrencies[s]);
        x.add(sideValues[s]);
      }
      while (s < sideRows.length && sideRows[s] < edit.from + edit.removed) {
        s++; // a removed row's exact value goes with it
      }
      for (int f = 0; f < fresh.sideRows.length; f++) {
        r.add(edit.from + fresh.sideRows[f]);
        c.add(fresh.sideCurrencies[f]);
        x.add(fresh.sideValues[f]);
      }
      for (; s < sideRows.length; s++) {
        r.add(edit.moved(sideRows[s]));
        c.add(sideCurrencies[s]);
        x.add(sideValues[s]);
      }
      rows = r.stream().mapToInt(Integer::intValue).toArray();
      rowCur = c.stream().mapToInt(Integer::intValue).toArray();
      vals = x.toArray(new BigInteger[0]);
    }
    return new ValueColumn(v, newOffsets, cur, scale, zeros || fresh.zeros, rows, rowCur, vals);
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
