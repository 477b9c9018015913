package io.github.attract.spark;

import io.github.attract.calc.Dimension;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.SizeBand;
import io.github.attract.calc.SizeBands;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A serializable description of a {@link Dimension}: what an executor needs to make the dimension
 * again. The built-ins mirror {@link Dimensions} and make exactly the dimension of the same name;
 * {@link #of} and {@link #ofAll} take functions that Spark can serialize.
 *
 * <pre>{@code
 * QueryDimension<IndustryId> industry = QueryDimension.industry(1);
 * QueryDimension<String> initial = QueryDimension.of("initial",
 *     p -> Optional.of(p.name().substring(0, 1)));
 * industry.dimension().equals(Dimensions.industry(1));   // true
 * }</pre>
 *
 * <p>{@link Dimensions#signingYear()} has no counterpart: it reads the portfolio's signings, which
 * reference projects and so are not reference data an executor holds. Immutable, thread-safe and
 * serializable.
 *
 * @param <K> the type of the keys: comparable and serializable
 */
public final class QueryDimension<K extends Comparable<?>> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Makes the dimension; a serializable lambda over serializable arguments. */
  private interface Factory<K extends Comparable<?>> extends Serializable {
    Dimension<K> make();
  }

  private final Factory<K> factory;
  private final String name;

  private QueryDimension(Factory<K> factory) {
    this.factory = factory;
    this.name = factory.make().name();
  }

  /**
   * Returns the dimension, made afresh from the description.
   *
   * @return the dimension, equal to the one of {@link Dimensions} for a built-in
   */
  public Dimension<K> dimension() {
    return factory.make();
  }

  /**
   * Returns the name of the dimension, e.g. {@code "industry(level 1)"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Mirrors {@link Dimensions#industry()}.
   *
   * @return the description
   */
  public static QueryDimension<IndustryId> industry() {
    return new QueryDimension<>(Dimensions::industry);
  }

  /**
   * Mirrors {@link Dimensions#industry(int)}.
   *
   * @param level the level, 1 for the roots
   * @return the description
   * @throws IllegalArgumentException if the level is below 1
   */
  public static QueryDimension<IndustryId> industry(int level) {
    return new QueryDimension<>(() -> Dimensions.industry(level));
  }

  /**
   * Mirrors {@link Dimensions#chain()}.
   *
   * @return the description
   */
  public static QueryDimension<ChainId> chain() {
    return new QueryDimension<>(Dimensions::chain);
  }

  /**
   * Mirrors {@link Dimensions#chainLink()}.
   *
   * @return the description
   */
  public static QueryDimension<ChainLinkRef> chainLink() {
    return new QueryDimension<>(Dimensions::chainLink);
  }

  /**
   * Mirrors {@link Dimensions#focusArea()}: multi-valued.
   *
   * @return the description
   */
  public static QueryDimension<FocusAreaId> focusArea() {
    return new QueryDimension<>(Dimensions::focusArea);
  }

  /**
   * Mirrors {@link Dimensions#status()}.
   *
   * @return the description
   */
  public static QueryDimension<Status> status() {
    return new QueryDimension<>(Dimensions::status);
  }

  /**
   * Mirrors {@link Dimensions#statusOn(LocalDate)}.
   *
   * @param date the as-of day
   * @return the description
   */
  public static QueryDimension<Status> statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new QueryDimension<>(() -> Dimensions.statusOn(date));
  }

  /**
   * Mirrors {@link Dimensions#designation()}: multi-valued.
   *
   * @return the description
   */
  public static QueryDimension<Designation> designation() {
    return new QueryDimension<>(Dimensions::designation);
  }

  /**
   * Mirrors {@link Dimensions#designationKind()}: multi-valued.
   *
   * @return the description
   */
  public static QueryDimension<DesignationKind> designationKind() {
    return new QueryDimension<>(Dimensions::designationKind);
  }

  /**
   * Mirrors {@link Dimensions#designationKind(Year)}: multi-valued.
   *
   * @param year the year of the designations
   * @return the description
   */
  public static QueryDimension<DesignationKind> designationKind(Year year) {
    Objects.requireNonNull(year, "year");
    return new QueryDimension<>(() -> Dimensions.designationKind(year));
  }

  /**
   * Mirrors {@link Dimensions#location()}.
   *
   * @return the description
   */
  public static QueryDimension<RegionId> location() {
    return new QueryDimension<>(Dimensions::location);
  }

  /**
   * Mirrors {@link Dimensions#location(RegionKind)}.
   *
   * @param kind the kind of region to roll up to
   * @return the description
   */
  public static QueryDimension<RegionId> location(RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new QueryDimension<>(() -> Dimensions.location(kind));
  }

  /**
   * Mirrors {@link Dimensions#sourceRegion()}: multi-valued, read from the broadcast investors.
   *
   * @return the description
   */
  public static QueryDimension<RegionId> sourceRegion() {
    return new QueryDimension<>(Dimensions::sourceRegion);
  }

  /**
   * Mirrors {@link Dimensions#sourceRegion(RegionKind)}: multi-valued.
   *
   * @param kind the kind of region to roll up to
   * @return the description
   */
  public static QueryDimension<RegionId> sourceRegion(RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new QueryDimension<>(() -> Dimensions.sourceRegion(kind));
  }

  /**
   * Mirrors {@link Dimensions#sourceEconomicRegion()}: multi-valued.
   *
   * @return the description
   */
  public static QueryDimension<RegionId> sourceEconomicRegion() {
    return new QueryDimension<>(Dimensions::sourceEconomicRegion);
  }

  /**
   * Mirrors {@link Dimensions#investor()}: multi-valued.
   *
   * @return the description
   */
  public static QueryDimension<InvestorId> investor() {
    return new QueryDimension<>(Dimensions::investor);
  }

  /**
   * Mirrors {@link Dimensions#sizeBand()}.
   *
   * @return the description
   */
  public static QueryDimension<SizeBand> sizeBand() {
    return new QueryDimension<>(Dimensions::sizeBand);
  }

  /**
   * Mirrors {@link Dimensions#sizeBand(SizeBands)}.
   *
   * @param bands the bands
   * @return the description
   */
  public static QueryDimension<SizeBand> sizeBand(SizeBands bands) {
    Objects.requireNonNull(bands, "bands");
    return new QueryDimension<>(() -> Dimensions.sizeBand(bands));
  }

  /**
   * Mirrors {@link Dimensions#startYear()}.
   *
   * @return the description
   */
  public static QueryDimension<Year> startYear() {
    return new QueryDimension<>(Dimensions::startYear);
  }

  /**
   * Mirrors {@link Dimensions#provenance()}.
   *
   * @return the description
   */
  public static QueryDimension<Provenance> provenance() {
    return new QueryDimension<>(Dimensions::provenance);
  }

  /**
   * Describes a dimension of your own with at most one key per project, like {@link Dimensions#of}.
   * The function is serialized at once, so one that captures something unserializable fails here,
   * before any job runs.
   *
   * @param name the name, not blank
   * @param key the key of a project, or empty for unclassified; the keys must be serializable
   * @param <K> the type of the keys
   * @return the description
   * @throws IllegalArgumentException if the name is blank or the function is not serializable
   */
  public static <K extends Comparable<?>> QueryDimension<K> of(
      String name, SerializableFunction<? super Project, Optional<K>> key) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Serialization.requireSerializable("Dimension '" + name + "'", key);
    return new QueryDimension<>(() -> Dimensions.of(name, key));
  }

  /**
   * Describes a multi-valued dimension of your own, like {@link Dimensions#ofAll}. The function is
   * serialized at once, so one that captures something unserializable fails here.
   *
   * @param name the name, not blank
   * @param keys the keys of a project; the keys must be serializable
   * @param <K> the type of the keys
   * @return the description
   * @throws IllegalArgumentException if the name is blank or the function is not serializable
   */
  public static <K extends Comparable<?>> QueryDimension<K> ofAll(
      String name, SerializableFunction<? super Project, ? extends Iterable<? extends K>> keys) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keys, "keys");
    Serialization.requireSerializable("Dimension '" + name + "'", keys);
    return new QueryDimension<>(() -> Dimensions.ofAll(name, keys));
  }

  /**
   * Returns the name of the dimension.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
