package io.github.attract.taxonomy;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of an {@link IndustryTaxonomy}: an industry with its identifier, its name and, unless it
 * is a root, the identifier of its parent.
 *
 * <pre>{@code
 * Industry coal = Industry.of(IndustryId.of("coal"), "Coal");
 * Industry mining = Industry.of(IndustryId.of("coal-mining"), "Coal mining", coal.id());
 * }</pre>
 *
 * <p>An industry only names its parent; whether the parent exists is checked by the taxonomy that
 * holds it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Industry {
  Industry() {}

  /**
   * Returns a root industry (one without a parent).
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @return the industry
   * @throws IllegalArgumentException if the name is blank or padded with white space
   */
  public static Industry of(IndustryId id, String name) {
    return ImmutableIndustry.of(id, name);
  }

  /**
   * Returns an industry below a parent.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @param parent the identifier of the parent industry, not {@code id} itself
   * @return the industry
   * @throws IllegalArgumentException if the name is blank or padded with white space, or the parent
   *     is the industry itself
   */
  public static Industry of(IndustryId id, String name, IndustryId parent) {
    return ImmutableIndustry.builder().id(id).name(name).parent(parent).build();
  }

  /**
   * Returns the identifier, unique within a taxonomy.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract IndustryId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the identifier of the parent industry, empty for a root.
   *
   * @return the parent's identifier, if any
   */
  public abstract Optional<IndustryId> parent();

  @Value.Check
  void check() {
    Texts.check(subject(), "name", name());
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException(subject() + " must not be its own 'parent'");
    }
  }

  private String subject() {
    return "Industry '" + id() + "'";
  }
}
