package io.github.attract.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A slot that computes its value once, on first use, and keeps it: double-checked locking on a
 * volatile field, so that concurrent first callers compute it once and every caller sees the fully
 * built value. Used for derived data that an immutable object keeps beside its state (the columnar
 * index of a portfolio); it takes no part in the owner's {@code equals}.
 */
public final class Memo {
  private volatile @Nullable Object value;

  /** Returns an empty slot. */
  public Memo() {}

  /**
   * Returns the value, computing it on first use.
   *
   * @param compute computes the value; called at most once per slot, under a lock
   * @return the value
   */
  public Object get(Supplier<?> compute) {
    Object v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "computed value");
          value = v;
        }
      }
    }
    return v;
  }

  /**
   * Returns the value if it has been computed, without computing it.
   *
   * @return the value, or null before the first {@link #get}
   */
  public @Nullable Object peek() {
    return value;
  }
}
