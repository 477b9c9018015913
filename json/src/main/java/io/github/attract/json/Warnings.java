package io.github.attract.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one read: the first {@code cap} are kept, and every one is counted, so that a
 * document of a million unknown keys costs a counter rather than a million objects.
 */
final class Warnings {
  private final int cap;
  private final List<ReadWarning> kept = new ArrayList<>();
  private long count;

  Warnings(int cap) {
    this.cap = cap;
  }

  void add(ReadWarning warning) {
    count++;
    if (kept.size() < cap) {
      kept.add(warning);
    }
  }

  /** Tells whether a warning added now would be kept, so that callers can skip building it. */
  boolean keepsMore() {
    return kept.size() < cap;
  }

  /** Counts a warning that is not kept, without building it. */
  void countOnly() {
    count++;
  }

  ImmutableList<ReadWarning> kept() {
    return ImmutableList.copyOf(kept);
  }

  long count() {
    return count;
  }
}
