package io.github.attract.calc;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The label of a row of a {@link Breakdown} or a row or column of a {@link Pivot}: a key of the
 * dimension, the explicit "unclassified" group of the projects that have no key (they are never
 * dropped), or the "others" group that {@link Breakdown#top} folds the remaining keys into.
 *
 * <p>Groups order keys first, in the keys' natural order, then unclassified, then others.
 *
 * <pre>{@code
 * Group<Status> g = Group.of(Status.SIGNED);
 * g.key();                                  // Optional[signed]
 * Group.<Status>unclassified().toString();  // "(unclassified)"
 * }</pre>
 *
 * <p>Immutable and thread-safe; serializable when the key is.
 *
 * @param <K> the type of the keys
 */
public final class Group<K extends Comparable<?>> implements Comparable<Group<K>>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int KEY = 0;
  private static final int UNCLASSIFIED = 1;
  private static final int OTHERS = 2;

  @SuppressWarnings("rawtypes")
  private static final Group UNCLASSIFIED_GROUP = new Group<>(null, UNCLASSIFIED);

  @SuppressWarnings("rawtypes")
  private static final Group OTHERS_GROUP = new Group<>(null, OTHERS);

  private final @Nullable K key;
  private final int kind;

  private Group(@Nullable K key, int kind) {
    this.key = key;
    this.kind = kind;
  }

  /**
   * Returns the group of a key.
   *
   * @param key the key
   * @param <K> the type of the keys
   * @return the group
   */
  public static <K extends Comparable<?>> Group<K> of(K key) {
    return new Group<>(Objects.requireNonNull(key, "key"), KEY);
  }

  /**
   * Returns the group of the projects that have no key in the dimension.
   *
   * @param <K> the type of the keys
   * @return the unclassified group
   */
  @SuppressWarnings("unchecked")
  public static <K extends Comparable<?>> Group<K> unclassified() {
    return UNCLASSIFIED_GROUP;
  }

  /**
   * Returns the group that {@link Breakdown#top} folds the keys outside the top into.
   *
   * @param <K> the type of the keys
   * @return the others group
   */
  @SuppressWarnings("unchecked")
  public static <K extends Comparable<?>> Group<K> others() {
    return OTHERS_GROUP;
  }

  /**
   * Returns the key.
   *
   * @return the key, or empty for the unclassified and others groups
   */
  public Optional<K> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Tells whether this is the group of a key.
   *
   * @return true for {@link #of}
   */
  public boolean isKey() {
    return kind == KEY;
  }

  /**
   * Tells whether this is the group of the projects without a key.
   *
   * @return true for {@link #unclassified()}
   */
  public boolean isUnclassified() {
    return kind == UNCLASSIFIED;
  }

  /**
   * Tells whether this is the group of the keys outside a top-N.
   *
   * @return true for {@link #others()}
   */
  public boolean isOthers() {
    return kind == OTHERS;
  }

  /**
   * Orders keys by their natural order, then unclassified, then others.
   *
   * @param other the other group
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Group<K> other) {
    if (kind != other.kind) {
      return Integer.compare(kind, other.kind);
    }
    K mine = key;
    K theirs = other.key;
    return mine == null || theirs == null ? 0 : compareKeys(mine, theirs);
  }

  /**
   * Compares two keys of one dimension by their natural order. Keys are declared {@code
   * Comparable<?>} rather than {@code Comparable<? super K>} because the recursive bound defeats
   * Java's type inference when a user-defined dimension is written inline ({@code
   * by(Dimensions.of("x", p -> ...))}); the keys of a dimension are of one type, so the cast holds.
   */
  @SuppressWarnings("unchecked")
  static int compareKeys(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Group<?> that && that.kind == kind && Objects.equals(that.key, key);
  }

  @Override
  public int hashCode() {
    return kind * 31 + Objects.hashCode(key);
  }

  /**
   * Returns the key's text, {@code "(unclassified)"} or {@code "(others)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind == KEY ? String.valueOf(key) : kind == UNCLASSIFIED ? "(unclassified)" : "(others)";
  }

  private Object readResolve() {
    return kind == UNCLASSIFIED ? UNCLASSIFIED_GROUP : kind == OTHERS ? OTHERS_GROUP : this;
  }

  /** Returns the group of a code of a column: a key, or unclassified for {@code unclassified}. */
  static <K extends Comparable<?>> Group<K> ofCode(
      io.github.attract.calc.engine.KeyColumn<K> column, int code) {
    return code == column.unclassified ? Group.unclassified() : Group.of(column.keys.get(code));
  }
}
