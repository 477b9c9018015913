package io.github.attract.project;

import java.io.Serializable;
import java.time.Year;
import java.util.Comparator;
import java.util.Objects;

/**
 * A designation of a project for a year: a key-project level or a construction batch, e.g. "a
 * provincial-level key project of 2023" or "the 2023 spring-start batch".
 *
 * <pre>{@code
 * Designation d = Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023));
 * d.toString();   // "provincial-key 2023"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Designation implements Comparable<Designation>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Designation> ORDER =
      Comparator.comparing(Designation::kind).thenComparing(Designation::year);

  private final DesignationKind kind;
  private final Year year;

  private Designation(DesignationKind kind, Year year) {
    this.kind = kind;
    this.year = year;
  }

  /**
   * Returns a designation.
   *
   * @param kind the kind
   * @param year the year it applies to
   * @return the designation
   */
  public static Designation of(DesignationKind kind, Year year) {
    return new Designation(
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(year, "year"));
  }

  /**
   * Parses the form that {@link #toString()} writes, e.g. {@code "spring-start 2023"}.
   *
   * @param text the text
   * @return the designation
   * @throws IllegalArgumentException if the text is not a kind code, a space and a year
   */
  public static Designation parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException(
          "Designation text must be a kind, a space and a year, but was '" + text + "'");
    }
    try {
      return of(
          DesignationKind.ofCode(text.substring(0, space)),
          Year.of(Integer.parseInt(text.substring(space + 1))));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Designation text must be a kind, a space and a year, but was '" + text + "'", e);
    }
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public DesignationKind kind() {
    return kind;
  }

  /**
   * Returns the year the designation applies to.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Orders by kind, then year.
   *
   * @param other the other designation
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Designation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Designation that && that.kind == kind && that.year.equals(year);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + year.hashCode();
  }

  /**
   * Returns the kind code, a space and the year: {@code "provincial-key 2023"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind.code() + " " + year;
  }
}
