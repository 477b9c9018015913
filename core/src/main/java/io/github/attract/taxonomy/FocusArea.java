package io.github.attract.taxonomy;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic tag of the promotion plan that projects and activities carry, such as the seed's
 * "three focuses": key industries, the "four economies" and key source regions.
 *
 * <pre>{@code
 * FocusArea digital = FocusArea.of(FocusAreaId.of("digital-economy"), "Digital economy",
 *     "One of Heilongjiang's four economies of 2023");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FocusArea {
  FocusArea() {}

  /**
   * Returns a focus area without a description.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @return the focus area
   * @throws IllegalArgumentException if the name is blank or padded with white space
   */
  public static FocusArea of(FocusAreaId id, String name) {
    return ImmutableFocusArea.of(id, name);
  }

  /**
   * Returns a focus area with a description.
   *
   * @param id the identifier
   * @param name the name, not blank and without surrounding white space
   * @param description what the focus covers, not blank and without surrounding white space
   * @return the focus area
   * @throws IllegalArgumentException if the name or the description is blank or padded with white
   *     space
   */
  public static FocusArea of(FocusAreaId id, String name, String description) {
    return ImmutableFocusArea.builder().id(id).name(name).description(description).build();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract FocusAreaId id();

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
   * @return what the focus covers
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    String subject = "Focus area '" + id() + "'";
    Texts.check(subject, "name", name());
    description().ifPresent(d -> Texts.check(subject, "description", d));
  }
}
