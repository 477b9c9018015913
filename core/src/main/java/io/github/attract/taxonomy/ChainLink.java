package io.github.attract.taxonomy;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One link of an {@link IndustrialChain}, e.g. "graphite mining" or "anode material". Its position
 * is its place in the chain's ordered links, upstream first.
 *
 * <pre>{@code
 * ChainLink anode = ChainLink.of(ChainLinkId.of("anode-material"), "Anode material",
 *     "Spherical graphite and anode material for lithium batteries");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChainLink {
  ChainLink() {}

  /**
   * Returns a link without a description.
   *
   * @param id the identifier, unique within its chain
   * @param name the name, not blank and without surrounding white space
   * @return the link
   * @throws IllegalArgumentException if the name is blank or padded with white space
   */
  public static ChainLink of(ChainLinkId id, String name) {
    return ImmutableChainLink.of(id, name);
  }

  /**
   * Returns a link with a description.
   *
   * @param id the identifier, unique within its chain
   * @param name the name, not blank and without surrounding white space
   * @param description what the link covers, not blank and without surrounding white space
   * @return the link
   * @throws IllegalArgumentException if the name or the description is blank or padded with white
   *     space
   */
  public static ChainLink of(ChainLinkId id, String name, String description) {
    return ImmutableChainLink.builder().id(id).name(name).description(description).build();
  }

  /**
   * Returns the identifier, unique within the chain.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract ChainLinkId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the description, if any.
   *
   * @return what the link covers
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    String subject = "Chain link '" + id() + "'";
    Texts.check(subject, "name", name());
    description().ifPresent(d -> Texts.check(subject, "description", d));
  }
}
