package io.github.attract.calc;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Histories;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.internal.Checks;
import io.github.attract.portfolio.Lifecycle;
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
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@link Dimension dimensions} of a portfolio, and factories for your own.
 *
 * <pre>{@code
 * Breakdown<IndustryId> byIndustry = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1))
 *     .measuring(Measures.count(), Measures.totalInvestment())
 *     .run();
 * Pivot<IndustryId, Status> grid = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
 *     .run();
 * }</pre>
 *
 * <p>Keys are the domain's own typed values (ids, {@link Status}, {@link Year}, {@link SizeBand}),
 * which are comparable and serializable. A project without a key (no chain link, no status yet on
 * the date, an investor without a known origin, a reference the portfolio does not resolve) lands
 * in the "unclassified" group. Dimensions marked <em>multi-valued</em> put a project in every key
 * it has. Built-in dimensions are values: two made with the same arguments are equal.
 */
public final class Dimensions {
  private Dimensions() {}

  /**
   * Returns the industry as classified, without roll-up.
   *
   * @return the dimension "industry"
   */
  public static Dimension<IndustryId> industry() {
    return new BuiltIn<>(
        "industry",
        false,
        index -> {
          IndustryTaxonomy t = index.portfolio.industries();
          return (p, out) -> {
            if (t.contains(p.industry())) {
              out.add(p.industry());
            }
          };
        });
  }

  /**
   * Returns the industry rolled up to a level of the taxonomy: the ancestor at that level, or the
   * industry itself if it is shallower ({@link IndustryTaxonomy#rollUp}).
   *
   * @param level the level, 1 for the roots
   * @return the dimension "industry(level n)"
   * @throws IllegalArgumentException if the level is below 1
   */
  public static Dimension<IndustryId> industry(int level) {
    if (level < 1) {
      throw new IllegalArgumentException(
          "Dimension 'industry' level must be at least 1, but was " + level);
    }
    return new BuiltIn<>(
        "industry(level " + level + ")",
        false,
        index -> {
          IndustryTaxonomy t = index.portfolio.industries();
          return (p, out) -> {
            if (t.contains(p.industry())) {
              out.add(t.rollUp(p.industry(), level).id());
            }
          };
        });
  }

  /**
   * Returns the industrial chain of the project's chain link; unclassified without a link.
   *
   * @return the dimension "chain"
   */
  public static Dimension<ChainId> chain() {
    return new BuiltIn<>(
        "chain", false, index -> (p, out) -> p.chainLink().ifPresent(l -> out.add(l.chain())));
  }

  /**
   * Returns the chain link (chain and link) the project fills; unclassified without one.
   *
   * @return the dimension "chain-link"
   */
  public static Dimension<ChainLinkRef> chainLink() {
    return new BuiltIn<>(
        "chain-link", false, index -> (p, out) -> p.chainLink().ifPresent(out::add));
  }

  /**
   * Returns the focus areas the project serves. Multi-valued.
   *
   * @return the dimension "focus-area"
   */
  public static Dimension<FocusAreaId> focusArea() {
    return new BuiltIn<>("focus-area", true, index -> (p, out) -> out.addAll(p.focusAreas()));
  }

  /**
   * Returns the latest status of the project's history; unclassified for an empty history.
   *
   * @return the dimension "status"
   */
  public static Dimension<Status> status() {
    return new BuiltIn<>(
        "status", false, index -> (p, out) -> p.statusHistory().current().ifPresent(out::add));
  }

  /**
   * Returns the status in force at the end of a day; unclassified if the history starts later.
   *
   * @param date the as-of day
   * @return the dimension "status-on(date)"
   */
  public static Dimension<Status> statusOn(LocalDate date) {
    return new StatusOn(Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the designations (key-project level or batch, with year). Multi-valued.
   *
   * @return the dimension "designation"
   */
  public static Dimension<Designation> designation() {
    return new BuiltIn<>("designation", true, index -> (p, out) -> out.addAll(p.designations()));
  }

  /**
   * Returns the kinds of the designations, of any year. Multi-valued.
   *
   * @return the dimension "designation-kind"
   */
  public static Dimension<DesignationKind> designationKind() {
    return new BuiltIn<>(
        "designation-kind",
        true,
        index ->
            (p, out) -> {
              for (Designation d : p.designations()) {
                out.add(d.kind());
              }
            });
  }

  /**
   * Returns the kinds of the designations of one year, e.g. the provincial-level key projects and
   * the spring-start batch of 2023. Multi-valued.
   *
   * @param year the year of the designations
   * @return the dimension "designation-kind(year)"
   */
  public static Dimension<DesignationKind> designationKind(Year year) {
    Objects.requireNonNull(year, "year");
    return new BuiltIn<>(
        "designation-kind(" + year + ")",
        true,
        index ->
            (p, out) -> {
              for (Designation d : p.designations()) {
                if (d.year().equals(year)) {
                  out.add(d.kind());
                }
              }
            });
  }

  /**
   * Returns where the project is built, as recorded.
   *
   * @return the dimension "location"
   */
  public static Dimension<RegionId> location() {
    return new BuiltIn<>(
        "location",
        false,
        index -> {
          RegionHierarchy regions = index.portfolio.regions();
          return (p, out) -> {
            if (regions.contains(p.location())) {
              out.add(p.location());
            }
          };
        });
  }

  /**
   * Returns the region of a kind that contains the project's location, e.g. its county or city
   * ({@link RegionHierarchy#ancestorOfKind}); unclassified if there is none of that kind.
   *
   * @param kind the kind of region
   * @return the dimension "location(kind)"
   */
  public static Dimension<RegionId> location(RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new BuiltIn<>(
        "location(" + kind.code() + ")",
        false,
        index -> {
          RegionHierarchy regions = index.portfolio.regions();
          return (p, out) -> ofKind(regions, p.location(), kind).ifPresent(out::add);
        });
  }

  /**
   * Returns the origins of the project's investors, the "source regions" of the investment. A
   * project with investors from several regions counts in each. Multi-valued.
   *
   * @return the dimension "source-region"
   */
  public static Dimension<RegionId> sourceRegion() {
    return new BuiltIn<>(
        "source-region", true, index -> (p, out) -> origins(index, p, origin -> out.add(origin)));
  }

  /**
   * Returns the origins of the project's investors rolled up to a kind of region, e.g. the
   * province. Multi-valued.
   *
   * @param kind the kind of region
   * @return the dimension "source-region(kind)"
   */
  public static Dimension<RegionId> sourceRegion(RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new BuiltIn<>(
        "source-region(" + kind.code() + ")",
        true,
        index -> {
          RegionHierarchy regions = index.portfolio.regions();
          return (p, out) ->
              origins(index, p, origin -> ofKind(regions, origin, kind).ifPresent(out::add));
        });
  }

  /**
   * Returns the economic regions (Beijing-Tianjin-Hebei, the Greater Bay Area...) that contain the
   * origins of the project's investors. Multi-valued: economic regions may overlap.
   *
   * @return the dimension "source-economic-region"
   */
  public static Dimension<RegionId> sourceEconomicRegion() {
    return new BuiltIn<>(
        "source-economic-region",
        true,
        index -> {
          RegionHierarchy regions = index.portfolio.regions();
          return (p, out) ->
              origins(
                  index,
                  p,
                  origin -> {
                    if (regions.contains(origin)) {
                      for (Region e : regions.economicRegionsContaining(origin)) {
                        out.add(e.id());
                      }
                    }
                  });
        });
  }

  /**
   * Returns the investors. Multi-valued.
   *
   * @return the dimension "investor"
   */
  public static Dimension<InvestorId> investor() {
    return new BuiltIn<>("investor", true, index -> (p, out) -> out.addAll(p.investors()));
  }

  /**
   * Returns the size band of the total investment, with the field's default bands ({@link
   * SizeBands#defaults()}).
   *
   * @return the dimension "size-band"
   */
  public static Dimension<SizeBand> sizeBand() {
    return sizeBand(SizeBands.defaults());
  }

  /**
   * Returns the size band of the total investment as last revised ({@link
   * Project#latestTotalInvestment()}); unclassified if it is unknown or in another currency than
   * the bands.
   *
   * @param bands the bands
   * @return the dimension "size-band(bands)"
   */
  public static Dimension<SizeBand> sizeBand(SizeBands bands) {
    Objects.requireNonNull(bands, "bands");
    return new BuiltIn<>(
        "size-band(" + bands.bands() + ")",
        false,
        index -> (p, out) -> p.latestTotalInvestment().flatMap(bands::bandOf).ifPresent(out::add));
  }

  /**
   * Returns the year construction started ({@link Lifecycle#started}): the first day the history
   * stood at or beyond {@code UNDER_CONSTRUCTION}.
   *
   * @return the dimension "start-year"
   */
  public static Dimension<Year> startYear() {
    return new BuiltIn<>(
        "start-year",
        false,
        index -> (p, out) -> Lifecycle.started(p).ifPresent(d -> out.add(Year.from(d))));
  }

  /**
   * Returns the year the project was signed ({@link Lifecycle#signed}): the earlier of the earliest
   * signing of the portfolio that itemizes it and the first day its history stood at or beyond
   * {@code SIGNED}. This is the cohort of the contract fulfilment rate.
   *
   * @return the dimension "signing-year"
   */
  public static Dimension<Year> signingYear() {
    return new BuiltIn<>(
        "signing-year",
        false,
        index -> (p, out) -> index.signingDate(p).ifPresent(d -> out.add(Year.from(d))));
  }

  /**
   * Returns where the total investment figure as last revised comes from (reported, estimated,
   * derived; {@link Project#latestTotalInvestmentProvenance()}); unclassified if the project states
   * none.
   *
   * @return the dimension "provenance"
   */
  public static Dimension<Provenance> provenance() {
    return new BuiltIn<>(
        "provenance",
        false,
        index ->
            (p, out) -> {
              if (p.totalInvestment().isPresent()) {
                out.add(p.latestTotalInvestmentProvenance());
              }
            });
  }

  /**
   * Returns a dimension of your own with at most one key per project. It scans the project objects
   * once per aggregation (built-in dimensions read the columnar index instead).
   *
   * <pre>{@code
   * Dimension<Boolean> hasPhases = Dimensions.of("has-phases",
   *     p -> Optional.of(!p.phases().isEmpty()));
   * }</pre>
   *
   * @param name the name, not blank
   * @param key the key of a project, or empty for unclassified; must not return null
   * @param <K> the type of the keys
   * @return the dimension
   * @throws IllegalArgumentException if the name is blank
   */
  public static <K extends Comparable<?>> Dimension<K> of(
      String name, Function<? super Project, Optional<K>> key) {
    Objects.requireNonNull(key, "key");
    Checks.nonBlank("name", name);
    return new Custom<>(
        name,
        false,
        (p, out) -> Objects.requireNonNull(key.apply(p), "key of " + p.id()).ifPresent(out::add));
  }

  /**
   * Returns a multi-valued dimension of your own: a project counts in every key it has, and in the
   * unclassified group if it has none.
   *
   * <pre>{@code
   * Dimension<PhaseId> phases = Dimensions.ofAll("phase",
   *     p -> p.phases().stream().map(Phase::id).toList());
   * }</pre>
   *
   * @param name the name, not blank
   * @param keys the keys of a project; must not return null
   * @param <K> the type of the keys
   * @return the dimension
   * @throws IllegalArgumentException if the name is blank
   */
  public static <K extends Comparable<?>> Dimension<K> ofAll(
      String name, Function<? super Project, ? extends Iterable<? extends K>> keys) {
    Objects.requireNonNull(keys, "keys");
    Checks.nonBlank("name", name);
    return new Custom<>(
        name,
        true,
        (p, out) -> {
          for (K k : Objects.requireNonNull(keys.apply(p), "keys of " + p.id())) {
            out.add(Objects.requireNonNull(k, "key of " + p.id()));
          }
        });
  }

  private static Optional<RegionId> ofKind(RegionHierarchy regions, RegionId id, RegionKind kind) {
    if (!regions.contains(id)) {
      return Optional.empty();
    }
    return regions.ancestorOfKind(id, kind).map(Region::id);
  }

  private static void origins(
      ColumnarIndex index, Project p, java.util.function.Consumer<RegionId> sink) {
    for (InvestorId i : p.investors()) {
      index.portfolio.investor(i).flatMap(inv -> inv.origin()).ifPresent(sink);
    }
  }

  /** A dimension of the library: cached in the index under its name, which states its arguments. */
  private static final class BuiltIn<K extends Comparable<?>> extends Dimension<K> {
    private final String name;
    private final boolean multi;
    private final Function<ColumnarIndex, KeyColumn.Extractor<K>> extractor;

    BuiltIn(String name, boolean multi, Function<ColumnarIndex, KeyColumn.Extractor<K>> extractor) {
      this.name = name;
      this.multi = multi;
      this.extractor = extractor;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean isMultiValued() {
      return multi;
    }

    @Override
    KeyColumn<K> column(ColumnarIndex index) {
      return index.column(
          List.of("dimension", name),
          ColumnarIndex.Layout.KEYS,
          ix -> KeyColumn.build(ix.projects, multi, extractor.apply(ix)));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof BuiltIn<?> that && that.name.equals(name) && that.multi == multi;
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /**
   * The status on a day: one pass over the index's status histories (epoch days and codes), cached
   * as a column of the question; from the objects only if a day does not fit the columns.
   */
  private static final class StatusOn extends Dimension<Status> {
    private final LocalDate date;
    private final String name;

    StatusOn(LocalDate date) {
      this.date = date;
      this.name = "status-on(" + date + ")";
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean isMultiValued() {
      return false;
    }

    @Override
    KeyColumn<Status> column(ColumnarIndex index) {
      return column(index, false);
    }

    @Override
    KeyColumn<Status> column(ColumnarIndex index, boolean parallel) {
      return index.question(
          List.of("dimension", name),
          ColumnarIndex.Layout.KEYS,
          ix -> {
            Optional<Histories.Statuses> h = ix.statuses();
            if (h.isPresent()) {
              return Histories.statusOn(h.get(), date, parallel);
            }
            return KeyColumn.<Status>build(
                ix.projects, false, (p, out) -> p.statusOn(date).ifPresent(out::add));
          });
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof StatusOn that && that.date.equals(date);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /** A dimension of the user: scanned from the objects each time, never cached. */
  private static final class Custom<K extends Comparable<?>> extends Dimension<K> {
    private final String name;
    private final boolean multi;
    private final KeyColumn.Extractor<K> extractor;

    Custom(String name, boolean multi, KeyColumn.Extractor<K> extractor) {
      this.name = name;
      this.multi = multi;
      this.extractor = extractor;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean isMultiValued() {
      return multi;
    }

    @Override
    KeyColumn<K> column(ColumnarIndex index) {
      return KeyColumn.build(index.projects, multi, extractor);
    }
  }
}
