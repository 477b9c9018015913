package io.github.attract.projection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated point of a project's life as the projections use it, with how the date is known: reached
 * (from the status history) or planned (from a planned period).
 *
 * <pre>{@code
 * Milestone m = Milestone.of(LocalDate.of(2026, 1, 1), Milestone.Basis.PLANNED);
 * m.toString();   // "2026-01-01 (planned)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Milestone implements Comparable<Milestone> {
  /** How the date of a milestone is known. */
  public enum Basis {
    /** The status history records that the milestone was reached on this date. */
    REACHED("reached"),
    /** The date follows from a planned period; the milestone has not been reached yet. */
    PLANNED("planned");

    private final String code;

    Basis(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lower-case code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    @Override
    public String toString() {
      return code;
    }
  }

  private final LocalDate date;
  private final Basis basis;

  private Milestone(LocalDate date, Basis basis) {
    this.date = date;
    this.basis = basis;
  }

  /**
   * Returns a milestone.
   *
   * @param date the date
   * @param basis how the date is known
   * @return the milestone
   */
  public static Milestone of(LocalDate date, Basis basis) {
    return new Milestone(
        Objects.requireNonNull(date, "date"), Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Returns the date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns how the date is known.
   *
   * @return the basis
   */
  public Basis basis() {
    return basis;
  }

  /**
   * Orders by date, then reached before planned.
   *
   * @param other the other milestone
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Milestone other) {
    int c = date.compareTo(other.date);
    return c != 0 ? c : basis.compareTo(other.basis);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Milestone that && that.date.equals(date) && that.basis == basis;
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + basis.hashCode();
  }

  /**
   * Returns the date and the basis: {@code "2026-01-01 (planned)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return date + " (" + basis + ")";
  }
}
