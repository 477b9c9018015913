package io.github.attract.promotion;

import io.github.attract.internal.Ids;
import java.io.Serializable;

/**
 * The identifier of a reported figure.
 *
 * <pre>{@code
 * ReportedFigureId id = ReportedFigureId.of("2023-key-projects");
 * }</pre>
 *
 * <p>An identifier is 1 to 128 characters without control characters or surrounding white space; it
 * compares by its text. Immutable and thread-safe.
 */
public final class ReportedFigureId implements Comparable<ReportedFigureId>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private ReportedFigureId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier of a text.
   *
   * @param value the text
   * @return the identifier
   * @throws IllegalArgumentException if the text is empty, longer than 128 characters, padded with
   *     white space or contains control characters
   */
  public static ReportedFigureId of(String value) {
    return new ReportedFigureId(Ids.check("ReportedFigureId", value));
  }

  /**
   * Returns the text.
   *
   * @return the text of the identifier
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ReportedFigureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportedFigureId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text.
   *
   * @return the text of the identifier
   */
  @Override
  public String toString() {
    return value;
  }
}
