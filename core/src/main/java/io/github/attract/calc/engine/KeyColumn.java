package io.github.attract.calc.engine;

import com.google.common.collect.ImmutableList;
import io.github.attract.project.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dimension laid out as int codes: code {@code i < keys.size()} is {@code keys.get(i)} (keys in
 * natural order), code {@code keys.size()} is the "unclassified" group. A single-valued column has
 * one code per row; a multi-valued one has a compressed list per row ({@code offsets}, {@code
 * codes}) with at least one entry, so the kernel never branches on "no key".
 */
public final class KeyColumn<K extends Comparable<?>> {
  public final ImmutableList<K> keys;
  public final int cardinality;
  public final int unclassified;
  public final boolean multi;

  /** Single-valued: the code of each row. Multi-valued: the codes of all rows, row after row. */
  public final int[] codes;

  /** Multi-valued only: row {@code r} has the codes {@code codes[offsets[r] .. offsets[r+1])}. */
  public final int @Nullable [] offsets;

  private KeyColumn(ImmutableList<K> keys, boolean multi, int[] codes, int @Nullable [] offsets) {
    this.keys = keys;
    this.cardinality = keys.size() + 1;
    this.unclassified = keys.size();
    this.multi = multi;
    this.codes = codes;
    this.offsets = offsets;
  }

  /** Extracts the keys of one project into {@code out}; none means unclassified. */
  public interface Extractor<K> {
    void keys(Project project, List<K> out);
  }

  /**
   * Builds a column by scanning the projects once: each key gets a provisional code from a hash map
   * as it is met, then the distinct keys are sorted and the codes remapped, so the cost per row is
   * one hash look-up per key. Keys that compare equal share a code, as in a sorted set.
   *
   * @param projects the rows
   * @param multi whether a project may have several keys
   * @param extractor the keys of a project
   */
  public static <K extends Comparable<?>> KeyColumn<K> build(
      List<Project> projects, boolean multi, Extractor<K> extractor) {
    int n = projects.size();
    Map<K, Integer> provisional = new HashMap<>();
    List<K> seen = new ArrayList<>();
    List<K> scratch = new ArrayList<>(4);
    int[] offsets = new int[n + 1];
    int[] prov = new int[Math.max(n, 16)];
    int e = 0;
    for (int r = 0; r < n; r++) {
      offsets[r] = e;
      scratch.clear();
      extractor.keys(projects.get(r), scratch);
      if (!multi && scratch.size() > 1) {
        throw new IllegalStateException("single-valued dimension gave " + scratch);
      }
      int first = e;
      for (K k : scratch) {
        Integer c = provisional.get(k);
        if (c == null) {
          c = seen.size();
          provisional.put(k, c);
          seen.add(k);
        }
        boolean repeated = false;
        for (int i = first; i < e; i++) {
          repeated |= prov[i] == c; // a project counts once per key
        }
        if (!repeated) {
          if (e == prov.length) {
            prov = Arrays.copyOf(prov, prov.length * 2);
          }
          prov[e++] = c;
        }
      }
      if (e == first) {
        if (e == prov.length) {
          prov = Arrays.copyOf(prov, prov.length * 2);
        }
        prov[e++] = -1; // unclassified
      }
    }
    offsets[n] = e;
    Integer[] order = new Integer[seen.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> compareKeys(seen.get(a), seen.get(b)));
    int[] remap = new int[seen.size()];
    ImmutableList.Builder<K> keys = ImmutableList.builder();
    int distinct = 0;
    K previous = null;
    for (Integer i : order) {
      K k = seen.get(i);
      if (previous == null || compareKeys(previous, k) != 0) {
        keys.add(k);
        distinct++;
        previous = k;
      }
      remap[i] = distinct - 1;
    }
    int unclassified = distinct;
    int[] codes = new int[e];
    for (int i = 0; i < e; i++) {
      codes[i] = prov[i] < 0 ? unclassified : remap[prov[i]];
    }
    if (!multi) {
      return new KeyColumn<>(keys.build(), false, codes, null);
    }
    if (distinct < seen.size()) {
      // keys that compare equal may now repeat within a row: keep each once
      int w = 0;
      for (int r = 0; r < n; r++) {
        int from = offsets[r];
        int to = offsets[r + 1];
        offsets[r] = w;
        for (int i = from; i < to; i++) {
          boolean repeated = false;
          for (int j = offsets[r]; j < w; j++) {
            repeated |= codes[j] == codes[i];
          }
          if (!repeated) {
            codes[w++] = codes[i];
          }
        }
      }
      offsets[n] = w;
      codes = Arrays.copyOf(codes, w);
    }
    return new KeyColumn<>(keys.build(), true, codes, offsets);
  }

  /** Returns the number of codes of a row (1 for a single-valued column). */
  public int count(int row) {
    int[] off = offsets;
    return off == null ? 1 : off[row + 1] - off[row];
  }

  /** Returns the first index into {@link #codes} of a row. */
  public int start(int row) {
    int[] off = offsets;
    return off == null ? row : off[row];
  }

  /** Returns an estimate of the bytes held, for the bounded cache of question columns. */
  public long bytes() {
    int[] off = offsets;
    return 4L * codes.length + (off == null ? 0 : 4L * off.length) + 64;
  }

  /**
   * Returns a single-valued column of codes already computed: {@code codes[r]} is an index into
   * {@code keys}, or {@code keys.size()} for unclassified.
   *
   * @param keys the keys in natural order, distinct
   * @param codes one code per row; kept, not copied
   */
  public static <K extends Comparable<?>> KeyColumn<K> ofCodes(ImmutableList<K> keys, int[] codes) {
    return new KeyColumn<>(keys, false, codes, null);
  }

  /**
   * Returns this column after an edit of its rows: the codes of the rows kept, remapped only if the
   * keys changed (a key met first in the new rows, or one met last in the removed rows), and those
   * of the new rows, taken from a column over the new rows alone. A row replaced in place that
   * keeps its codes gives this column itself. The result equals the column built from scratch over
   * the edited rows.
   *
   * @param fresh the column over the inserted rows only, of the same dimension
   * @param edit the edit
   */
  KeyColumn<K> spliced(KeyColumn<K> fresh, Splice edit) {
    if (fresh.multi != multi) {
      throw new IllegalArgumentException("Column of multi=" + fresh.multi + " for multi=" + multi);
    }
    int[] off = offsets;
    int start = off == null ? edit.from : off[edit.from];
    int end = off == null ? edit.from + edit.removed : off[edit.from + edit.removed];
    // the codes of the fresh rows, in this column's keys where they hold them
    int[] freshCode = new int[fresh.cardinality];
    List<K> added = new ArrayList<>();
    for (int i = 0; i < fresh.keys.size(); i++) {
      K k = fresh.keys.get(i);
      int at = find(keys, k);
      freshCode[i] = at;
      if (at < 0) {
        added.add(k);
      }
    }
    freshCode[fresh.unclassified] = unclassified;
    // keys whose only rows were removed
    boolean[] gone = null;
    for (int e = start; e < end; e++) {
      int c = codes[e];
      if (c == unclassified || (gone != null && gone[c]) || heldByFresh(c, freshCode)) {
        continue;
      }
      if (!heldOutside(c, start, end)) {
        if (gone == null) {
          gone = new boolean[cardinality];
        }
        gone[c] = true;
      }
    }
    if (added.isEmpty() && gone == null) {
      return splicedSameKeys(fresh, freshCode, edit, keys);
    }
    // new keys: the old ones left, and the added ones, in natural order
    List<K> merged = new ArrayList<>(keys.size() + added.size());
    for (int c = 0; c < keys.size(); c++) {
      if (gone == null || !gone[c]) {
        merged.add(keys.get(c));
      }
    }
    merged.addAll(added);
    merged.sort(KeyColumn::compareKeys);
    ImmutableList<K> newKeys = ImmutableList.copyOf(merged);
    int[] remap = new int[cardinality];
    for (int c = 0; c < keys.size(); c++) {
      remap[c] = gone != null && gone[c] ? -1 : find(newKeys, keys.get(c));
    }
    remap[unclassified] = newKeys.size();
    int[] freshMapped = new int[fresh.cardinality];
    for (int i = 0; i < fresh.keys.size(); i++) {
      freshMapped[i] = find(newKeys, fresh.keys.get(i));
    }
    freshMapped[fresh.unclassified] = newKeys.size();
    int[] remapped = new int[codes.length];
    for (int e = 0; e < codes.length; e++) {
      remapped[e] = remap[codes[e]];
    }
    return new KeyColumn<>(newKeys, multi, remapped, offsets)
        .splicedSameKeys(fresh, freshMapped, edit, newKeys);
  }

  /**
   * Splices when this column's keys are those of the result; {@code freshCode} maps fresh codes.
   */
  private KeyColumn<K> splicedSameKeys(
      KeyColumn<K> fresh, int[] freshCode, Splice edit, ImmutableList<K> resultKeys) {
    int[] mapped = new int[fresh.codes.length];
    for (int e = 0; e < mapped.length; e++) {
      mapped[e] = freshCode[fresh.codes[e]];
    }
    int[] off = offsets;
    if (off == null) {
      if (edit.inPlace() && edit.inserted == 1) {
        if (codes[edit.from] == mapped[0]) {
          return this;
        }
        int[] out = codes.clone();
        out[edit.from] = mapped[0];
        return new KeyColumn<>(resultKeys, false, out, null);
      }
      return new KeyColumn<>(resultKeys, false, edit.rows(codes, mapped), null);
    }
    int[] freshOff = java.util.Objects.requireNonNull(fresh.offsets, "offsets");
    return new KeyColumn<>(
        resultKeys, true, edit.entries(codes, off, mapped), edit.offsets(off, freshOff));
  }

  private static boolean heldByFresh(int code, int[] freshCode) {
    for (int f : freshCode) {
      if (f == code) {
        return true;
      }
    }
    return false;
  }

  private boolean heldOutside(int code, int start, int end) {
    int[] c = codes;
    for (int e = 0; e < start; e++) {
      if (c[e] == code) {
        return true;
      }
    }
    for (int e = end; e < c.length; e++) {
      if (c[e] == code) {
        return true;
      }
    }
    return false;
  }

  /** Returns the code of a key in sorted keys, or -1 if none compares equal. */
  private static <K> int find(List<K> sorted, K key) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compareKeys(sorted.get(mid), key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Compares two keys of one dimension by their natural order (they are of one type). */
  @SuppressWarnings("unchecked")
  private static int compareKeys(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
