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

  /** Compares two keys of one dimension by their natural order (they are of one type). */
  @SuppressWarnings("unchecked")
  private static int compareKeys(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
