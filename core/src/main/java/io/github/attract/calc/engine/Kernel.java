package io.github.attract.calc.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation loop over a {@link ColumnarIndex}: rows are taken in blocks; for each block the
 * cell of every row (or of every row and key, for multi-valued dimensions) is put in a small buffer
 * that stays in the L1 cache, and then each measure runs a tight loop over its primitive column
 * into flat {@code long[]} accumulators indexed by cell. The loop allocates nothing, rounds
 * nothing, converts nothing; overflow is detected on every addition and spilled exactly.
 */
public final class Kernel {
  /** Rows per block: the buffers of a block stay in the L1 cache. */
  public static final int BLOCK = 1024;

  /** The fewest rows worth a task of their own on the parallel path. */
  public static final int MIN_CHUNK = 1 << 15;

  /** What to aggregate: the rows, the dimensions and the measure columns. */
  public static final class Plan {
    public final ColumnarIndex index;
    public final int @Nullable [] selection;
    public final int positions;
    public final @Nullable KeyColumn<?> first;
    public final @Nullable KeyColumn<?> second;
    public final int stride;
    public final int cells;
    public final @Nullable ValueColumn[] columns;
    public final int[] widths;
    public final boolean[] money;
    public final int currencies;
    public final boolean gathered;

    /** Columns added in one pass each, indexed by cell: groups of up to four measure indexes. */
    public final int[][] cellGroups;

    /** Money columns indexed by cell and row currency (several currencies): groups of four. */
    public final int[][] slotGroups;

    /** Columns added one at a time: entry lists, and money that needs its hits counted. */
    public final int[] singles;

    public Plan(
        ColumnarIndex index,
        int @Nullable [] selection,
        @Nullable KeyColumn<?> first,
        @Nullable KeyColumn<?> second,
        @Nullable ValueColumn[] columns,
        boolean[] money) {
      this.index = index;
      this.selection = selection;
      this.positions = selection == null ? index.size : selection.length;
      this.first = first;
      this.second = second;
      this.stride = second == null ? 1 : second.cardinality;
      this.cells = (first == null ? 1 : first.cardinality) * stride;
      this.columns = columns;
      this.money = money;
      this.currencies = index.currencyCount();
      this.widths = new int[columns.length];
      for (int m = 0; m < columns.length; m++) {
        widths[m] = columns[m] == null ? 0 : money[m] ? currencies : 1;
      }
      this.gathered =
          selection != null || (first != null && first.multi) || (second != null && second.multi);
      List<Integer> byCell = new ArrayList<>();
      List<Integer> bySlot = new ArrayList<>();
      List<Integer> alone = new ArrayList<>();
      for (int m = 0; m < columns.length; m++) {
        ValueColumn col = columns[m];
        if (col == null) {
          continue;
        }
        if (col.offsets != null || (money[m] && col.zeros)) {
          alone.add(m);
        } else if (money[m] && currencies > 1) {
          bySlot.add(m);
        } else {
          byCell.add(m);
        }
      }
      this.cellGroups = groups(byCell);
      this.slotGroups = groups(bySlot);
      this.singles = alone.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[][] groups(List<Integer> measures) {
      int[][] out = new int[(measures.size() + 3) / 4][];
      for (int g = 0; g < out.length; g++) {
        int from = g * 4;
        int to = Math.min(measures.size(), from + 4);
        out[g] = measures.subList(from, to).stream().mapToInt(Integer::intValue).toArray();
      }
      return out;
    }

    public Partial empty() {
      return new Partial(cells, widths, money);
    }

    /** Returns the row at a position. */
    public int row(int position) {
      int[] sel = selection;
      return sel == null ? position : sel[position];
    }
  }

  private final Plan plan;
  private final Partial out;
  private int[] cellBuf;
  private int[] rowBuf;
  private int[] slotBuf;
  private final int[] zeroBuf;
  private final long[][] groupValues = new long[4][];
  private final long[][] groupSums = new long[4][];
  private final long[][] gathered = new long[4][];

  private Kernel(Plan plan, Partial out, int buffer) {
    this.plan = plan;
    this.out = out;
    this.cellBuf = new int[buffer];
    this.rowBuf = new int[buffer];
    this.slotBuf = new int[buffer];
    this.zeroBuf = new int[buffer];
  }

  /**
   * Aggregates the rows at positions {@code [from, to)} of a plan.
   *
   * @return fresh accumulators
   */
  public static Partial run(Plan plan, int from, int to) {
    Kernel k = new Kernel(plan, plan.empty(), BLOCK);
    k.range(from, to);
    return k.out;
  }

  /** Returns the number of chunks a parallel pass over {@code n} rows is split into. */
  public static int chunks(int n) {
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    return Math.max(1, Math.min(threads * 2, n / MIN_CHUNK));
  }

  /** Aggregates all positions of a plan, on the common fork/join pool when it has many rows. */
  public static Partial runParallel(Plan plan) {
    return runParallel(plan, MIN_CHUNK, ForkJoinPool.getCommonPoolParallelism() + 1);
  }

  /**
   * Aggregates all positions of a plan in chunks of at least {@code minChunk} positions, at most
   * twice as many as the threads.
   */
  public static Partial runParallel(Plan plan, int minChunk, int threads) {
    int chunks = Math.max(1, Math.min(threads * 2, plan.positions / minChunk));
    if (chunks == 1) {
      return run(plan, 0, plan.positions);
    }
    // invoke() runs the root in the calling thread, which then works alongside the pool. Handing
    // the root to the pool instead (pool.invoke) lets a worker take all of it while the caller
    // only waits: with one pool worker on two cores, some queries then ran on one thread.
    return new Chunk(plan, 0, plan.positions, chunks).invoke();
  }

  /** Splits the positions in halves until a part is one chunk, then combines the partials. */
  private static final class Chunk extends RecursiveTask<Partial> {
    private static final long serialVersionUID = 1L;
    private final transient Plan plan;
    private final int from;
    private final int to;
    private final int chunks;

    public Chunk(Plan plan, int from, int to, int chunks) {
      this.plan = plan;
      this.from = from;
      this.to = to;
      this.chunks = chunks;
    }

    @Override
    protected Partial compute() {
      if (chunks <= 1) {
        return run(plan, from, to);
      }
      int half = chunks / 2;
      int mid = from + (int) ((long) (to - from) * half / chunks);
      Chunk left = new Chunk(plan, from, mid, half);
      left.fork();
      Partial right = new Chunk(plan, mid, to, chunks - half).compute();
      return left.join().combine(right);
    }
  }

  /** Adds one row, e.g. for a collector; slower than a block, but allocation-free. */
  public static void addRow(Plan plan, Partial out, int row) {
    KeyColumn<?> first = plan.first;
    KeyColumn<?> second = plan.second;
    if (first == null) {
      addCell(plan, out, row, 0);
      return;
    }
    int bStart = second == null ? 0 : second.start(row);
    int bCount = second == null ? 1 : second.count(row);
    int aStart = first.start(row);
    for (int a = aStart; a < aStart + first.count(row); a++) {
      int base = first.codes[a] * plan.stride;
      for (int b = bStart; b < bStart + bCount; b++) {
        addCell(plan, out, row, second == null ? base : base + second.codes[b]);
      }
    }
  }

  private void range(int from, int to) {
    for (int pos = from; pos < to; pos += BLOCK) {
      block(pos, Math.min(pos + BLOCK, to));
    }
    sides(from, to);
  }

  private void block(int pos, int hi) {
    int[] idx;
    int idxOff;
    int @Nullable [] rows;
    int n;
    KeyColumn<?> first = plan.first;
    KeyColumn<?> second = plan.second;
    if (!plan.gathered) {
      rows = null;
      n = hi - pos;
      if (first == null) {
        idx = zeroBuf;
        idxOff = 0;
      } else if (second == null) {
        idx = first.codes;
        idxOff = pos;
      } else {
        int[] a = first.codes;
        int[] b = second.codes;
        int stride = plan.stride;
        int[] cell = cellBuf;
        for (int j = 0; j < n; j++) {
          cell[j] = a[pos + j] * stride + b[pos + j];
        }
        idx = cell;
        idxOff = 0;
      }
    } else {
      n = gather(pos, hi);
      idx = cellBuf;
      idxOff = 0;
      rows = rowBuf;
    }
    pass(idx, idxOff, rows, pos, n);
  }

  /** Computes the slot (cell and row currency) of each entry of a block into the slot buffer. */
  private void slots(
      int[] idx, int idxOff, int @Nullable [] rows, int pos, int n, int[] rowCurrency) {
    int c = plan.currencies;
    for (int j = 0; j < n; j++) {
      int row = rows == null ? pos + j : rows[j];
      slotBuf[j] = idx[idxOff + j] * c + rowCurrency[row];
    }
  }

  /**
   * Adds a block: the count and the value columns in groups of up to four per pass (the count with
   * the first group, or alone), then the columns that need one pass each (entry lists, money whose
   * zeros must be counted as hits).
   */
  private void pass(int[] idx, int idxOff, int @Nullable [] rows, int pos, int n) {
    long[] count = out.count;
    boolean counted = false;
    for (int[] group : plan.cellGroups) {
      fused(group, idx, idxOff, rows, pos, n, counted ? null : count);
      counted = true;
    }
    if (!counted) {
      for (int j = 0; j < n; j++) {
        count[idx[idxOff + j]]++;
      }
    }
    int[] rowCurrency = plan.index.rowCurrency;
    boolean slotted = false;
    if (plan.slotGroups.length > 0 && rowCurrency != null) {
      slots(idx, idxOff, rows, pos, n, rowCurrency);
      slotted = true;
      for (int[] group : plan.slotGroups) {
        fused(group, slotBuf, 0, rows, pos, n, null);
      }
    }
    for (int m : plan.singles) {
      ValueColumn col = java.util.Objects.requireNonNull(plan.columns[m]);
      if (col.offsets != null) {
        entries(m, col, idx, idxOff, rows, pos, n);
      } else if (rowCurrency != null) {
        if (!slotted) {
          slots(idx, idxOff, rows, pos, n, rowCurrency);
          slotted = true;
        }
        values(m, col.values, slotBuf, 0, rows, pos, n, out.sums(m), out.hits(m));
      } else {
        values(m, col.values, idx, idxOff, rows, pos, n, out.sums(m), out.hits(m));
      }
    }
  }

  /**
   * Adds a group of up to four value columns in one pass over the block, as a hand-written loop
   * would: the updates of one row to different accumulators are independent, so the processor
   * overlaps them instead of waiting on one accumulator at a time when consecutive rows fall in the
   * same cell. Rows of a gathered block ({@code rows} not null) are first copied into buffers, so
   * one loop per group size serves both cases; the count, if given, is one more accumulator of the
   * same loop (the test of {@code count} is invariant, so the compiler hoists it out of the loop).
   */
  private void fused(
      int[] group,
      int[] idx,
      int idxOff,
      int @Nullable [] rows,
      int rowOff,
      int n,
      long @Nullable [] count) {
    @Nullable ValueColumn[] cols = plan.columns;
    long[][] v = groupValues;
    long[][] s = groupSums;
    int off = rows == null ? rowOff : 0;
    for (int g = 0; g < group.length; g++) {
      long[] col = java.util.Objects.requireNonNull(cols[group[g]]).values;
      if (rows == null) {
        v[g] = col;
      } else {
        long[] buf = gatherBuffer(g, n);
        for (int j = 0; j < n; j++) {
          buf[j] = col[rows[j]];
        }
        v[g] = buf;
      }
      s[g] = out.sums(group[g]);
    }
    switch (group.length) {
      case 1 -> fused1(idx, idxOff, off, n, count, group, v[0], s[0]);
      case 2 -> fused2(idx, idxOff, off, n, count, group, v[0], s[0], v[1], s[1]);
      case 3 -> fused3(idx, idxOff, off, n, count, group, v[0], s[0], v[1], s[1], v[2], s[2]);
      default ->
          fused4(idx, idxOff, off, n, count, group, v[0], s[0], v[1], s[1], v[2], s[2], v[3], s[3]);
    }
  }

  private long[] gatherBuffer(int g, int n) {
    long[] buf = gathered[g];
    if (buf == null || buf.length < n) {
      buf = new long[Math.max(n, BLOCK)];
      gathered[g] = buf;
    }
    return buf;
  }

  /**
   * The masked, checked add of the hot loops: markers (absent, side) are masked to zero without a
   * branch; the overflow test is one predictable branch, since sums and values are never negative.
   */
  private void add(int m, long[] sum, int k, long raw) {
    long v = raw & ~(raw >> 63);
    long r = sum[k] + v;
    if (r < 0) {
      out.overflow(m, k, v);
    } else {
      sum[k] = r;
    }
  }

  private void fused1(
      int[] idx,
      int idxOff,
      int off,
      int n,
      long @Nullable [] count,
      int[] m,
      long[] v0,
      long[] s0) {
    for (int j = 0; j < n; j++) {
      int k = idx[idxOff + j];
      if (count != null) {
        count[k]++;
      }
      add(m[0], s0, k, v0[off + j]);
    }
  }

  private void fused2(
      int[] idx,
      int idxOff,
      int off,
      int n,
      long @Nullable [] count,
      int[] m,
      long[] v0,
      long[] s0,
      long[] v1,
      long[] s1) {
    for (int j = 0; j < n; j++) {
      int k = idx[idxOff + j];
      if (count != null) {
        count[k]++;
      }
      int i = off + j;
      add(m[0], s0, k, v0[i]);
      add(m[1], s1, k, v1[i]);
    }
  }

  private void fused3(
      int[] idx,
      int idxOff,
      int off,
      int n,
      long @Nullable [] count,
      int[] m,
      long[] v0,
      long[] s0,
      long[] v1,
      long[] s1,
      long[] v2,
      long[] s2) {
    for (int j = 0; j < n; j++) {
      int k = idx[idxOff + j];
      if (count != null) {
        count[k]++;
      }
      int i = off + j;
      add(m[0], s0, k, v0[i]);
      add(m[1], s1, k, v1[i]);
      add(m[2], s2, k, v2[i]);
    }
  }

  private void fused4(
      int[] idx,
      int idxOff,
      int off,
      int n,
      long @Nullable [] count,
      int[] m,
      long[] v0,
      long[] s0,
      long[] v1,
      long[] s1,
      long[] v2,
      long[] s2,
      long[] v3,
      long[] s3) {
    for (int j = 0; j < n; j++) {
      int k = idx[idxOff + j];
      if (count != null) {
        count[k]++;
      }
      int i = off + j;
      add(m[0], s0, k, v0[i]);
      add(m[1], s1, k, v1[i]);
      add(m[2], s2, k, v2[i]);
      add(m[3], s3, k, v3[i]);
    }
  }

  /**
   * The hot loop: adds {@code n} values to their slots. Markers (absent, side) are masked to zero
   * without a branch; the overflow test is one predictable branch, since sums and values are never
   * negative.
   */
  private void values(
      int m,
      long[] col,
      int[] idx,
      int idxOff,
      int @Nullable [] rows,
      int rowOff,
      int n,
      long[] sum,
      long @Nullable [] hits) {
    if (rows == null) {
      if (hits == null) {
        for (int j = 0; j < n; j++) {
          long raw = col[rowOff + j];
          long v = raw & ~(raw >> 63);
          int k = idx[idxOff + j];
          long r = sum[k] + v;
          if (r < 0) {
            out.overflow(m, k, v);
          } else {
            sum[k] = r;
          }
        }
      } else {
        for (int j = 0; j < n; j++) {
          long raw = col[rowOff + j];
          long v = raw & ~(raw >> 63);
          int k = idx[idxOff + j];
          hits[k] += (raw >>> 63) ^ 1;
          long r = sum[k] + v;
          if (r < 0) {
            out.overflow(m, k, v);
          } else {
            sum[k] = r;
          }
        }
      }
    } else {
      for (int j = 0; j < n; j++) {
        long raw = col[rows[j]];
        long v = raw & ~(raw >> 63);
        int k = idx[idxOff + j];
        if (hits != null) {
          hits[k] += (raw >>> 63) ^ 1;
        }
        long r = sum[k] + v;
        if (r < 0) {
          out.overflow(m, k, v);
        } else {
          sum[k] = r;
        }
      }
    }
  }

  /**
   * Adds the entry lists of a column (contract values: several per project, each in its currency).
   */
  private void entries(
      int m, ValueColumn col, int[] idx, int idxOff, int @Nullable [] rows, int rowOff, int n) {
    int[] off = java.util.Objects.requireNonNull(col.offsets);
    int[] cur = java.util.Objects.requireNonNull(col.currencies);
    long[] values = col.values;
    long[] sum = out.sums(m);
    long[] hits = java.util.Objects.requireNonNull(out.hits(m));
    int c = plan.currencies;
    for (int j = 0; j < n; j++) {
      int row = rows == null ? rowOff + j : rows[j];
      int base = idx[idxOff + j] * c;
      for (int e = off[row]; e < off[row + 1]; e++) {
        long raw = values[e];
        long v = raw & ~(raw >> 63);
        int k = base + cur[e];
        hits[k] += (raw >>> 63) ^ 1;
        long r = sum[k] + v;
        if (r < 0) {
          out.overflow(m, k, v);
        } else {
          sum[k] = r;
        }
      }
    }
  }

  /**
   * Puts the (cell, row) pairs of the positions {@code [pos, hi)} into the buffers: one pair per
   * row and key of a multi-valued dimension (per pair of keys in a pivot).
   *
   * @return the number of pairs
   */
  private int gather(int pos, int hi) {
    KeyColumn<?> first = plan.first;
    KeyColumn<?> second = plan.second;
    int[] sel = plan.selection;
    boolean multi = (first != null && first.multi) || (second != null && second.multi);
    if (!multi) {
      // a selection of rows, single-valued keys: one entry per row
      int n = hi - pos;
      int[] cell = cellBuf;
      int[] rows = rowBuf;
      int[] a = first == null ? null : first.codes;
      int[] b = second == null ? null : second.codes;
      int stride = plan.stride;
      for (int j = 0; j < n; j++) {
        int row = sel == null ? pos + j : sel[pos + j];
        rows[j] = row;
        cell[j] = (a == null ? 0 : a[row] * stride) + (b == null ? 0 : b[row]);
      }
      return n;
    }
    if (second == null && first != null) {
      // one multi-valued dimension: one entry per row and key
      int[] off = java.util.Objects.requireNonNull(first.offsets);
      int[] codes = first.codes;
      if (sel == null) {
        ensure(off[hi] - off[pos]);
      }
      int n = 0;
      for (int q = pos; q < hi; q++) {
        int row = sel == null ? q : sel[q];
        int from = off[row];
        int to = off[row + 1];
        if (sel != null) {
          ensure(n + to - from);
        }
        for (int e = from; e < to; e++) {
          cellBuf[n] = codes[e];
          rowBuf[n++] = row;
        }
      }
      return n;
    }
    int n = 0;
    for (int q = pos; q < hi; q++) {
      int row = plan.row(q);
      if (first == null) {
        ensure(n + 1);
        cellBuf[n] = 0;
        rowBuf[n++] = row;
        continue;
      }
      int aStart = first.start(row);
      int aCount = first.count(row);
      int bStart = second == null ? 0 : second.start(row);
      int bCount = second == null ? 1 : second.count(row);
      ensure(n + aCount * bCount);
      for (int a = aStart; a < aStart + aCount; a++) {
        int base = first.codes[a] * plan.stride;
        for (int b = bStart; b < bStart + bCount; b++) {
          cellBuf[n] = second == null ? base : base + second.codes[b];
          rowBuf[n++] = row;
        }
      }
    }
    return n;
  }

  private void ensure(int capacity) {
    if (capacity > cellBuf.length) {
      int size = Math.max(capacity, cellBuf.length * 2);
      cellBuf = Arrays.copyOf(cellBuf, size);
      rowBuf = Arrays.copyOf(rowBuf, size);
      slotBuf = new int[size];
    }
  }

  /** Returns the cells of a row. */
  private List<Integer> cellsOf(int row) {
    KeyColumn<?> first = plan.first;
    KeyColumn<?> second = plan.second;
    List<Integer> cells = new ArrayList<>(2);
    if (first == null) {
      cells.add(0);
      return cells;
    }
    int bStart = second == null ? 0 : second.start(row);
    int bCount = second == null ? 1 : second.count(row);
    for (int a = first.start(row); a < first.start(row) + first.count(row); a++) {
      int base = first.codes[a] * plan.stride;
      for (int b = bStart; b < bStart + bCount; b++) {
        cells.add(second == null ? base : base + second.codes[b]);
      }
    }
    return cells;
  }

  /** Adds the side-table values (those that do not fit a long) of the rows at [from, to). */
  private void sides(int from, int to) {
    int[] sel = plan.selection;
    for (int m = 0; m < plan.columns.length; m++) {
      ValueColumn col = plan.columns[m];
      if (col == null || col.sideRows.length == 0) {
        continue;
      }
      for (int s = 0; s < col.sideRows.length; s++) {
        int row = col.sideRows[s];
        boolean in =
            sel == null ? row >= from && row < to : Arrays.binarySearch(sel, from, to, row) >= 0;
        if (in) {
          for (int cell : cellsOf(row)) {
            side(plan, out, m, col, s, cell);
          }
        }
      }
    }
  }

  private static void side(Plan plan, Partial out, int m, ValueColumn col, int s, int cell) {
    int slot = plan.money[m] ? cell * plan.currencies + col.sideCurrencies[s] : cell;
    out.addSpill(m, slot, col.sideValues[s]);
    long[] hits = out.hits(m);
    if (hits != null) {
      hits[slot]++;
    }
  }

  /** Adds one row to one of its cells. */
  private static void addCell(Plan plan, Partial out, int row, int cell) {
    out.count[cell]++;
    for (int m = 0; m < plan.columns.length; m++) {
      ValueColumn col = plan.columns[m];
      if (col == null) {
        continue;
      }
      int[] off = col.offsets;
      int start = off == null ? row : off[row];
      int end = off == null ? row + 1 : off[row + 1];
      long[] hits = out.hits(m);
      for (int e = start; e < end; e++) {
        long raw = col.values[e];
        if (raw < 0) {
          continue;
        }
        int[] cur = col.currencies;
        int slot =
            plan.money[m]
                ? cell * plan.currencies + (cur == null ? plan.index.currencyOfRow(row) : cur[e])
                : cell;
        out.add(m, slot, raw);
        if (hits != null) {
          hits[slot]++;
        }
      }
      if (col.sideRows.length > 0) {
        int s = lowerBound(col.sideRows, row);
        for (; s < col.sideRows.length && col.sideRows[s] == row; s++) {
          side(plan, out, m, col, s, cell);
        }
      }
    }
  }

  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
