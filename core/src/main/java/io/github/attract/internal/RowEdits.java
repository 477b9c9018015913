package io.github.attract.internal;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The edits of single rows that lead from an object whose columnar index was built to an edited
 * copy of it: replace the row at a position, append a row, or remove the row at a position, each
 * position counted in the rows as they stood before that edit. The edited copy keeps these beside
 * its state so that its index can be derived from the built one, patching the columns, instead of
 * being built from scratch; it takes no part in the owner's {@code equals}.
 *
 * <p>The base index is held until the derived index has been built ({@link #take()}); a chain of
 * edits without a query in between grows one edit at a time, up to {@link #MAX_EDITS}, after which
 * the index is built from scratch again.
 */
public final class RowEdits {
  /** At most this many edits are chained; beyond that a fresh index is as cheap. */
  public static final int MAX_EDITS = 16;

  /** What an edit does to the rows. */
  public enum Kind {
    /** The row at the position is replaced by a row of the same id. */
    REPLACE,
    /** A row is appended after the last. */
    APPEND,
    /** The row at the position is removed; the rows after it move up by one. */
    REMOVE
  }

  /**
   * One edit.
   *
   * @param kind what it does
   * @param row the position it changes, counted before the edit ({@code size} for an append)
   * @param value the new row's source object (a project), or null for a removal
   */
  public record Edit(Kind kind, int row, @Nullable Object value) {
    /** Checks the parts. */
    public Edit {
      Objects.requireNonNull(kind, "kind");
      if ((value == null) != (kind == Kind.REMOVE)) {
        throw new IllegalArgumentException("Edit '" + kind + "' has value " + value);
      }
    }
  }

  private volatile @Nullable Object base;
  private final ImmutableList<Edit> edits;

  private RowEdits(Object base, ImmutableList<Edit> edits) {
    this.base = base;
    this.edits = edits;
  }

  /**
   * Returns the edits of an object made from {@code owner} by one edit, or null when its index is
   * to be built from scratch: {@code owner}'s index is neither built nor derivable, or the chain is
   * full.
   *
   * @param owner the object edited
   * @param edit the edit
   * @return the edits of the edited object, or null
   */
  public static @Nullable RowEdits after(MemoOwner owner, Edit edit) {
    Object built = owner.columnarIndexSlot().peek();
    if (built != null) {
      return new RowEdits(built, ImmutableList.of(edit));
    }
    RowEdits before = owner.columnarIndexEdits();
    if (before == null) {
      return null;
    }
    Object base = before.base;
    if (base == null || before.edits.size() >= MAX_EDITS) {
      return null;
    }
    return new RowEdits(base, ImmutableList.<Edit>builder().addAll(before.edits).add(edit).build());
  }

  /**
   * Returns the built index the edits start from, and lets go of it: it is needed once, to derive
   * the edited object's index.
   *
   * @return the base index, or null if it was taken already
   */
  public @Nullable Object take() {
    Object b = base;
    base = null;
    return b;
  }

  /**
   * Returns the edits, in the order they were made.
   *
   * @return the edits
   */
  public ImmutableList<Edit> edits() {
    return edits;
  }
}
