package io.github.attract.internal;

import org.jspecify.annotations.Nullable;

/**
 * An object that keeps data derived from it in a {@link Memo} slot, for a non-exported package to
 * read. {@code Portfolio} implements it for its columnar index, and {@code
 * io.github.attract.calc.engine} reads the slot through it: the dependency runs from the engine to
 * the portfolio and from both to this package, never back, and no registry or other global state is
 * involved. This package is not exported, so module users can neither name this type nor use the
 * slot.
 */
public interface MemoOwner {
  /**
   * Returns the slot that holds the columnar index derived from this object.
   *
   * @return the slot, the same on every call
   */
  Memo columnarIndexSlot();

  /**
   * Returns the edits that made this object from one whose columnar index was built, so that its
   * own index can be derived from that one instead of built from scratch.
   *
   * @return the edits, or null if the index must be built from scratch
   */
  default @Nullable RowEdits columnarIndexEdits() {
    return null;
  }
}
