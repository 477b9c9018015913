package io.github.attract.taxonomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An industrial chain (产业链) of one industry: its links in order from upstream to downstream. A link
 * that no project serves is a gap, a "short board" (短板) to target; the calculations find gaps from
 * the ordered {@link #links()}.
 *
 * <pre>{@code
 * IndustrialChain graphite = IndustrialChain.builder()
 *     .id(ChainId.of("graphite"))
 *     .name("Graphite")
 *     .industry(IndustryId.of("new-materials"))
 *     .addLink(ChainLink.of(ChainLinkId.of("mining"), "Graphite mining"))
 *     .addLink(ChainLink.of(ChainLinkId.of("anode"), "Anode material"))
 *     .addLink(ChainLink.of(ChainLinkId.of("battery"), "Batteries"))
 *     .build();
 * graphite.position(ChainLinkId.of("anode"));      // 1
 * graphite.upstreamOf(ChainLinkId.of("anode"));    // [mining]
 * }</pre>
 *
 * <p>Link identifiers are unique within the chain. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndustrialChain {
  IndustrialChain() {}

  /**
   * Returns a new builder. All of {@code id}, {@code name} and {@code industry} are required; links
   * are added in order, upstream first.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableIndustrialChain.builder();
  }

  /** Builds an {@link IndustrialChain}; each attribute is set once, links are added in order. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    Builder id(ChainId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank and without surrounding white space
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the industry the chain belongs to.
     *
     * @param industry the identifier of the industry
     * @return this builder
     */
    Builder industry(IndustryId industry);

    /**
     * Adds a link downstream of those already added.
     *
     * @param link the link
     * @return this builder
     */
    Builder addLink(ChainLink link);

    /**
     * Adds links downstream of those already added, in the given order.
     *
     * @param links the links, upstream first
     * @return this builder
     */
    Builder addLinks(ChainLink... links);

    /**
     * Adds links downstream of those already added, in iteration order.
     *
     * @param links the links, upstream first
     * @return this builder
     */
    Builder addAllLinks(Iterable<? extends ChainLink> links);

    /**
     * Builds the chain.
     *
     * @return the chain
     * @throws IllegalStateException if {@code id}, {@code name} or {@code industry} is not set
     * @throws IllegalArgumentException if the name is blank or two links share an identifier
     */
    IndustrialChain build();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract ChainId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the industry the chain belongs to.
   *
   * @return the industry's identifier
   */
  public abstract IndustryId industry();

  /**
   * Returns the links in order from upstream to downstream.
   *
   * @return the links; may be empty for a chain not yet described
   */
  public abstract ImmutableList<ChainLink> links();

  @Value.Lazy
  ImmutableMap<ChainLinkId, Integer> positions() {
    ImmutableMap.Builder<ChainLinkId, Integer> positions =
        ImmutableMap.builderWithExpectedSize(links().size());
    for (int i = 0; i < links().size(); i++) {
      positions.put(links().get(i).id(), i);
    }
    return positions.buildOrThrow();
  }

  /**
   * Returns the link of an identifier.
   *
   * @param id the link's identifier
   * @return the link, empty if the chain has none of that identifier
   */
  public Optional<ChainLink> link(ChainLinkId id) {
    Integer position = positions().get(Objects.requireNonNull(id, "id"));
    return position == null ? Optional.empty() : Optional.of(links().get(position));
  }

  /**
   * Tells whether the chain has a link of an identifier.
   *
   * @param id the link's identifier
   * @return true if it has one
   */
  public boolean contains(ChainLinkId id) {
    return positions().containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the position of a link: its index in {@link #links()}, 0 for the most upstream link.
   *
   * @param id the link's identifier
   * @return the position, from 0 to {@code links().size() - 1}
   * @throws IllegalArgumentException if the chain has no such link
   */
  public int position(ChainLinkId id) {
    Objects.requireNonNull(id, "id");
    Integer position = positions().get(id);
    if (position == null) {
      throw new IllegalArgumentException(
          "Industrial chain '" + id() + "' has no link '" + id + "'");
    }
    return position;
  }

  /**
   * Returns every link upstream of a link, in chain order (the most upstream first).
   *
   * @param id the link's identifier
   * @return the links before it, empty for the first link
   * @throws IllegalArgumentException if the chain has no such link
   */
  public ImmutableList<ChainLink> upstreamOf(ChainLinkId id) {
    return links().subList(0, position(id));
  }

  /**
   * Returns every link downstream of a link, in chain order (the nearest first).
   *
   * @param id the link's identifier
   * @return the links after it, empty for the last link
   * @throws IllegalArgumentException if the chain has no such link
   */
  public ImmutableList<ChainLink> downstreamOf(ChainLinkId id) {
    return links().subList(position(id) + 1, links().size());
  }

  @Value.Check
  void check() {
    Texts.check("Industrial chain '" + id() + "'", "name", name());
    Set<ChainLinkId> seen = new HashSet<>();
    for (ChainLink link : links()) {
      if (!seen.add(link.id())) {
        throw new IllegalArgumentException(
            "Industrial chain '"
                + id()
                + "' must have unique link ids, but '"
                + link.id()
                + "' occurs more than once");
      }
    }
  }
}
