package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A dimension laid out as int codes: code {@code i < keys.size()} is {@code keys.get(i)} (keys in
 * natural order), code {@code keys.size()} is the "unclassified" group. A single-valued column has
 * one code per row; a multi-valued one has a compressed list per row ({@code offsets}, {@code
 * codes}) with at least one entry, so the kernel never branches on "no key".
 */
final class KeyColumn<K extends Comparable<?>> {
  final ImmutableList<K> keys;
  final int cardinality;
  final int unclassified;
  final boolean multi;

  /** Single-valued: the code of each row. Multi-valued: the codes of all rows, row after row. */
  final int[] codes;

  /** Multi-valued only: row {@code r} has the codes {@code codes[offsets[r] .. offsets[r+1])}. */
  final int @Nullable [] offsets;

  private KeyColumn(ImmutableList<K> keys, boolean multi, int[] codes, int @Nullable [] offsets) {
    this.keys = keys;
    this.cardinality = keys.size() + 1;
    this.unclassified = keys.size();
    this.multi = multi;
    this.codes = codes;
    this.offsets = offsets;
  }

  /** Extracts the keys of one project into {@code out}; none means unclassified. */
  interface Extractor<K> {
    void keys(Project project, List<K> out);
  }

  /**
   * Builds a column by scanning the projects once.
   *
   * @param projects the rows
   * @param multi whether a project may have several keys
   * @param extractor the keys of a project
   */
  static <K extends Comparable<?>> KeyColumn<K> build(
      List<Project> projects, boolean multi, Extractor<K> extractor) {
    int n = projects.size();
    Object[] perRow = new Object[n];
    TreeSet<K> distinct = new TreeSet<>();
    List<K> scratch = new ArrayList<>(4);
    int entries = 0;
    for (int r = 0; r < n; r++) {
      scratch.clear();
      extractor.keys(projects.get(r), scratch);
      if (scratch.isEmpty()) {
        entries++;
        continue;
      }
      if (!multi && scratch.size() > 1) {
        throw new IllegalStateException("single-valued dimension gave " + scratch);
      }
      if (scratch.size() == 1) {
        perRow[r] = scratch.get(0);
        distinct.add(scratch.get(0));
        entries++;
      } else {
        TreeSet<K> own = new TreeSet<>(scratch); // a project counts once per key
        perRow[r] = ImmutableList.copyOf(own);
        distinct.addAll(own);
        entries += own.size();
      }
    }
    ImmutableList<K> keys = ImmutableList.copyOf(distinct);
    Map<K, Integer> codeOf = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      codeOf.put(keys.get(i), i);
    }
    int unclassified = keys.size();
    if (!multi) {
      int[] codes = new int[n];
      for (int r = 0; r < n; r++) {
        Object k = perRow[r];
        codes[r] = k == null ? unclassified : code(codeOf, k);
      }
      return new KeyColumn<>(keys, false, codes, null);
    }
    int[] offsets = new int[n + 1];
    int[] codes = new int[entries];
    int e = 0;
    for (int r = 0; r < n; r++) {
      offsets[r] = e;
      Object k = perRow[r];
      if (k == null) {
        codes[e++] = unclassified;
      } else if (k instanceof ImmutableList<?> list) {
        for (Object each : list) {
          codes[e++] = code(codeOf, each);
        }
      } else {
        codes[e++] = code(codeOf, k);
      }
    }
    offsets[n] = e;
    return new KeyColumn<>(keys, true, codes, offsets);
  }

  private static int code(Map<?, Integer> codeOf, Object key) {
    Integer code = codeOf.get(key);
    if (code == null) {
      throw new IllegalStateException("no code for " + key);
    }
    return code;
  }

  /** Returns the group of a code. */
  Group<K> group(int code) {
    return code == unclassified ? Group.unclassified() : Group.of(keys.get(code));
  }

  /** Returns the number of codes of a row (1 for a single-valued column). */
  int count(int row) {
    int[] off = offsets;
    return off == null ? 1 : off[row + 1] - off[row];
  }

  /** Returns the first index into {@link #codes} of a row. */
  int start(int row) {
    int[] off = offsets;
    return off == null ? row : off[row];
  }

  /** Returns an estimate of the memory held, for the column cache. */
  int weight() {
    int[] off = offsets;
    return codes.length + (off == null ? 0 : off.length) + 16;
  }
}
