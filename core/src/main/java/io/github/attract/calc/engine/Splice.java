package io.github.attract.calc.engine;

import java.lang.reflect.Array;
import org.jspecify.annotations.Nullable;

/**
 * One edit of a column's rows: rows {@code [from, from + removed)} of the old column give way to
 * {@code inserted} new rows, whose values come from a column over those rows only. A replacement
 * removes and inserts one row at its position, an append inserts one after the last, a removal
 * removes one. Entries of lists per row (compressed sparse rows: {@code offsets[r]} to {@code
 * offsets[r + 1]}) move with their rows; everything outside the edited rows is copied, never
 * recomputed.
 */
final class Splice {
  final int from;
  final int removed;
  final int inserted;

  /** The number of rows before the edit. */
  final int rows;

  Splice(int rows, int from, int removed, int inserted) {
    if (from < 0 || removed < 0 || inserted < 0 || from + removed > rows) {
      throw new IllegalArgumentException(
          "Splice of rows ["
              + from
              + ", "
              + (from + removed)
              + ") of "
              + rows
              + " rows is out of range");
    }
    this.rows = rows;
    this.from = from;
    this.removed = removed;
    this.inserted = inserted;
  }

  /** Returns the number of rows after the edit. */
  int rowsAfter() {
    return rows - removed + inserted;
  }

  /** The row an old row moves to; only for rows not removed. */
  int moved(int row) {
    return row < from ? row : row - removed + inserted;
  }

  /** Whether this edit replaces one row by one row in place. */
  boolean inPlace() {
    return removed == inserted;
  }

  /**
   * Returns the offsets after the edit.
   *
   * @param old the offsets before, {@code rows + 1} of them
   * @param fresh the offsets of the inserted rows, {@code inserted + 1} of them, from 0
   */
  int[] offsets(int[] old, int[] fresh) {
    int[] out = new int[rowsAfter() + 1];
    System.arraycopy(old, 0, out, 0, from + 1);
    int start = old[from];
    for (int i = 1; i <= inserted; i++) {
      out[from + i] = start + fresh[i];
    }
    int delta = start + fresh[inserted] - old[from + removed];
    for (int j = from + removed + 1, k = from + inserted + 1; j < old.length; j++, k++) {
      out[k] = old[j] + delta;
    }
    return out;
  }

  /**
   * Returns an array of one entry per row after the edit (any primitive or object array).
   *
   * @param old the entries before
   * @param fresh the entries of the inserted rows
   */
  <A> A rows(A old, A fresh) {
    return entries(old, from, from + removed, fresh);
  }

  /**
   * Returns an array of entries after the edit, lists per row.
   *
   * @param old the entries before
   * @param oldOffsets the offsets of {@code old}
   * @param fresh the entries of the inserted rows
   */
  <A> A entries(A old, int[] oldOffsets, A fresh) {
    return entries(old, oldOffsets[from], oldOffsets[from + removed], fresh);
  }

  /** Replaces {@code old[start, end)} by all of {@code fresh}. */
  @SuppressWarnings("unchecked")
  private static <A> A entries(A old, int start, int end, A fresh) {
    int oldLength = Array.getLength(old);
    int freshLength = Array.getLength(fresh);
    int length = oldLength - (end - start) + freshLength;
    Object out = Array.newInstance(old.getClass().getComponentType(), length);
    System.arraycopy(old, 0, out, 0, start);
    System.arraycopy(fresh, 0, out, start, freshLength);
    System.arraycopy(old, end, out, start + freshLength, oldLength - end);
    return (A) out;
  }

  /**
   * Returns a column of one byte per row after the edit: the old one itself when a row replaced in
   * place kept its value.
   */
  byte[] bytes(byte[] old, byte[] fresh) {
    if (inPlace() && inserted == 1 && old[from] == fresh[0]) {
      return old;
    }
    if (inPlace() && inserted == 1) {
      byte[] out = old.clone();
      out[from] = fresh[0];
      return out;
    }
    return rows(old, fresh);
  }

  /** Whether an int array is known to be null on both sides, or on neither. */
  static boolean sameShape(int @Nullable [] a, int @Nullable [] b) {
    return (a == null) == (b == null);
  }
}
