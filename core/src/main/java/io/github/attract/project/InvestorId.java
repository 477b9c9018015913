package io.github.attract.project;

import io.github.attract.internal.Ids;
import java.io.Serializable;

/**
 * The identifier of an investor.
 *
 * <pre>{@code
 * InvestorId id = InvestorId.of("jianlong-group");
 * }</pre>
 *
 * <p>An identifier is 1 to 128 characters without control characters or surrounding white space; it
 * compares by its text. Immutable and thread-safe.
 */
public final class InvestorId implements Comparable<InvestorId>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private InvestorId(String value) {
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
  public static InvestorId of(String value) {
    return new InvestorId(Ids.check("InvestorId", value));
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
  public int compareTo(InvestorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof InvestorId that && that.value.equals(value);
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
