package io.github.attract.taxonomy;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A reference to one link of one industrial chain, e.g. {@code graphite/anode-material}: where a
 * project sits on a chain.
 *
 * <pre>{@code
 * ChainLinkRef ref = ChainLinkRef.of(ChainId.of("graphite"), ChainLinkId.of("anode-material"));
 * ChainLinkRef.parse(ref.toString()).equals(ref);   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChainLinkRef implements Comparable<ChainLinkRef>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<ChainLinkRef> ORDER =
      Comparator.comparing(ChainLinkRef::chain).thenComparing(ChainLinkRef::link);

  private final ChainId chain;
  private final ChainLinkId link;

  private ChainLinkRef(ChainId chain, ChainLinkId link) {
    this.chain = chain;
    this.link = link;
  }

  /**
   * Returns a reference to a link of a chain.
   *
   * @param chain the chain
   * @param link the link within the chain
   * @return the reference
   */
  public static ChainLinkRef of(ChainId chain, ChainLinkId link) {
    return new ChainLinkRef(
        Objects.requireNonNull(chain, "chain"), Objects.requireNonNull(link, "link"));
  }

  /**
   * Parses the form that {@link #toString()} writes: the chain id, a slash and the link id.
   *
   * @param text the text
   * @return the reference
   * @throws IllegalArgumentException if the text does not have exactly one slash between two ids
   */
  public static ChainLinkRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
      throw new IllegalArgumentException(
          "Chain link reference must be 'chain/link', but was '" + text + "'");
    }
    return of(ChainId.of(text.substring(0, slash)), ChainLinkId.of(text.substring(slash + 1)));
  }

  /**
   * Returns the chain.
   *
   * @return the chain id
   */
  public ChainId chain() {
    return chain;
  }

  /**
   * Returns the link within the chain.
   *
   * @return the link id
   */
  public ChainLinkId link() {
    return link;
  }

  /**
   * Orders by chain, then link id.
   *
   * @param other the other reference
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ChainLinkRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ChainLinkRef that && that.chain.equals(chain) && that.link.equals(link);
  }

  @Override
  public int hashCode() {
    return chain.hashCode() * 31 + link.hashCode();
  }

  /**
   * Returns the chain id, a slash and the link id: {@code "graphite/anode-material"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return chain + "/" + link;
  }
}
