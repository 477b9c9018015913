package io.github.attract.calc.engine;

import java.io.Serializable;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The flat accumulators of one kernel run: per cell (a key code, or a pair of codes of a pivot) a
 * project count and, per measure, one {@code long} sum per currency (money) or one sum (counts and
 * decimals). A sum that would overflow is moved, exact, to {@link #spill} as a {@link BigInteger}
 * and restarts at zero, so sums near {@code Long.MAX_VALUE} stay exact. {@link #hits} counts the
 * present money figures of a cell and currency, which says which currencies took part even when
 * their sum is zero.
 *
 * <p>Mutable and not thread-safe: each thread fills its own and {@link #combine} merges them,
 * exactly, so any split gives the same result.
 */
public final class Partial implements Serializable {
  private static final long serialVersionUID = 1L;

  public final int cells;
  public final long[] count;
  public final long[][] sums;
  public final long[][] hits;
  public final BigInteger[][] spill;
  private final int[] widths;
  private final boolean[] money;

  /**
   * Returns empty accumulators.
   *
   * @param cells the number of cells
   * @param widths per measure: 0 for a count (no column), the number of currencies for money, 1 for
   *     other sums
   * @param money per measure: whether it is money (then hits are counted)
   */
  public Partial(int cells, int[] widths, boolean[] money) {
    this.cells = cells;
    this.count = new long[cells];
    this.widths = widths;
    this.money = money;
    int m = widths.length;
    this.sums = new long[m][];
    this.hits = new long[m][];
    this.spill = new BigInteger[m][];
    for (int i = 0; i < m; i++) {
      if (widths[i] > 0) {
        sums[i] = new long[cells * widths[i]];
        if (money[i]) {
          hits[i] = new long[cells * widths[i]];
        }
      }
    }
  }

  public int width(int measure) {
    return widths[measure];
  }

  public long[] sums(int measure) {
    long[] s = sums[measure];
    if (s == null) {
      throw new IllegalStateException("measure " + measure + " has no sums");
    }
    return s;
  }

  public long @Nullable [] hits(int measure) {
    return hits[measure];
  }

  /** Moves a sum that would overflow, and the value that made it overflow, to the spill. */
  public void overflow(int measure, int slot, long value) {
    long[] s = sums(measure);
    BigInteger carried = BigInteger.valueOf(s[slot]).add(BigInteger.valueOf(value));
    s[slot] = 0;
    addSpill(measure, slot, carried);
  }

  /** Adds an exact value to the spill of a slot. */
  public void addSpill(int measure, int slot, BigInteger value) {
    BigInteger[] sp = spill[measure];
    if (sp == null) {
      sp = new BigInteger[cells * widths[measure]];
      spill[measure] = sp;
    }
    BigInteger old = sp[slot];
    sp[slot] = old == null ? value : old.add(value);
  }

  /** Adds a value to a slot with overflow detection; both the sum and the value are >= 0. */
  public void add(int measure, int slot, long value) {
    long[] s = sums(measure);
    long r = s[slot] + value;
    if (r < 0) {
      overflow(measure, slot, value);
    } else {
      s[slot] = r;
    }
  }

  /** Returns the exact sum of a slot. */
  public BigInteger exact(int measure, int slot) {
    long v = sums(measure)[slot];
    BigInteger[] sp = spill[measure];
    BigInteger extra = sp == null ? null : sp[slot];
    BigInteger base = BigInteger.valueOf(v);
    return extra == null ? base : base.add(extra);
  }

  /** Tells whether a slot received any present value (or, without hit counts, any value). */
  public boolean present(int measure, int slot) {
    long[] h = hits[measure];
    if (h != null && h[slot] > 0) {
      return true;
    }
    BigInteger[] sp = spill[measure];
    return sums(measure)[slot] != 0 || (sp != null && sp[slot] != null);
  }

  /**
   * Returns the accumulators rolled up onto fewer cells, exactly: cell {@code c} is added to cell
   * {@code map.applyAsInt(c)} of the result. Used to derive the totals of an additive dimension
   * (and the row and column totals of a pivot) from its cells instead of a second pass.
   *
   * @param targetCells the number of cells of the result
   * @param map the target cell of each cell
   * @return new accumulators
   */
  public Partial project(int targetCells, java.util.function.IntUnaryOperator map) {
    Partial out = new Partial(targetCells, widths, money);
    for (int c = 0; c < cells; c++) {
      int t = map.applyAsInt(c);
      out.count[t] = Math.addExact(out.count[t], count[c]);
      for (int m = 0; m < widths.length; m++) {
        long[] s = sums[m];
        if (s == null) {
          continue;
        }
        int w = widths[m];
        long[] h = hits[m];
        long[] oh = out.hits[m];
        BigInteger[] sp = spill[m];
        for (int i = 0; i < w; i++) {
          int from = c * w + i;
          int to = t * w + i;
          if (s[from] >= 0) {
            out.add(m, to, s[from]);
          } else {
            out.addSpill(m, to, BigInteger.valueOf(s[from]));
          }
          if (h != null && oh != null) {
            oh[to] += h[from];
          }
          if (sp != null && sp[from] != null) {
            out.addSpill(m, to, sp[from]);
          }
        }
      }
    }
    return out;
  }

  /**
   * Adds another partial into this one, exactly.
   *
   * @param other accumulators of the same plan
   * @return this
   */
  public Partial combine(Partial other) {
    for (int c = 0; c < cells; c++) {
      count[c] = Math.addExact(count[c], other.count[c]);
    }
    for (int m = 0; m < widths.length; m++) {
      long[] mine = sums[m];
      long[] theirs = other.sums[m];
      if (mine == null || theirs == null) {
        continue;
      }
      for (int k = 0; k < mine.length; k++) {
        long r = mine[k] + theirs[k];
        if (((mine[k] ^ r) & (theirs[k] ^ r)) < 0) {
          addSpill(m, k, BigInteger.valueOf(mine[k]).add(BigInteger.valueOf(theirs[k])));
          mine[k] = 0;
        } else {
          mine[k] = r;
        }
      }
      long[] h = hits[m];
      long[] oh = other.hits[m];
      if (h != null && oh != null) {
        for (int k = 0; k < h.length; k++) {
          h[k] += oh[k];
        }
      }
      BigInteger[] osp = other.spill[m];
      if (osp != null) {
        for (int k = 0; k < osp.length; k++) {
          if (osp[k] != null) {
            addSpill(m, k, osp[k]);
          }
        }
      }
    }
    return this;
  }
}
