package io.github.attract.testing;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The ids that generated projects, investors and promotion records may reference, and the money
 * they are drawn in: the industries, regions, investors, chain links, focus areas, projects and
 * activities of the portfolio under construction, the currencies of projects and whether amounts
 * are ordinary or huge (near {@link Long#MAX_VALUE} minor units).
 *
 * <pre>{@code
 * ProjectContext ctx = ProjectContext.of(
 *         List.of(IndustryId.of("coal")), List.of(RegionId.of("cn-hl-sys")))
 *     .withInvestors(List.of(InvestorId.of("jianlong")));
 * Gen<Project> projects = DomainGens.projects(ctx);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectContext {
  private final ImmutableList<IndustryId> industries;
  private final ImmutableList<RegionId> locations;
  private final ImmutableList<RegionId> regions;
  private final ImmutableList<InvestorId> investors;
  private final ImmutableList<ChainLinkRef> chainLinks;
  private final ImmutableList<FocusAreaId> focusAreas;
  private final ImmutableList<ProjectId> projects;
  private final ImmutableList<ActivityId> activities;
  private final ImmutableList<Currency> currencies;
  private final boolean hugeAmounts;

  private ProjectContext(
      ImmutableList<IndustryId> industries,
      ImmutableList<RegionId> locations,
      ImmutableList<RegionId> regions,
      ImmutableList<InvestorId> investors,
      ImmutableList<ChainLinkRef> chainLinks,
      ImmutableList<FocusAreaId> focusAreas,
      ImmutableList<ProjectId> projects,
      ImmutableList<ActivityId> activities,
      ImmutableList<Currency> currencies,
      boolean hugeAmounts) {
    if (industries.isEmpty() || locations.isEmpty() || currencies.isEmpty()) {
      throw new IllegalArgumentException(
          "Project context needs at least one industry, location and currency, but had "
              + industries
              + ", "
              + locations
              + ", "
              + currencies);
    }
    this.industries = industries;
    this.locations = locations;
    this.regions = regions;
    this.investors = investors;
    this.chainLinks = chainLinks;
    this.focusAreas = focusAreas;
    this.projects = projects;
    this.activities = activities;
    this.currencies = currencies;
    this.hugeAmounts = hugeAmounts;
  }

  /**
   * Returns a context of industries and regions, with no investors, chain links, focus areas,
   * projects or activities, CNY only and ordinary amounts. Every region serves both as a location
   * and as a region reference.
   *
   * @param industries the industries projects may belong to, at least one
   * @param regions the regions projects may be built in, at least one
   * @return the context
   * @throws IllegalArgumentException if either list is empty
   */
  public static ProjectContext of(List<IndustryId> industries, List<RegionId> regions) {
    ImmutableList<RegionId> r = ImmutableList.copyOf(regions);
    return new ProjectContext(
        ImmutableList.copyOf(industries),
        r,
        r,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(Currencies.CNY),
        false);
  }

  /**
   * Returns the context of everything a portfolio holds: its industries, its administrative regions
   * as locations and all its regions as references, its investors, chain links, focus areas,
   * projects and activities; CNY only and ordinary amounts.
   *
   * @param portfolio a portfolio with at least one industry and one administrative region
   * @return the context
   * @throws IllegalArgumentException if the portfolio has no industry or no administrative region
   */
  public static ProjectContext of(Portfolio portfolio) {
    ImmutableList.Builder<ChainLinkRef> links = ImmutableList.builder();
    for (IndustrialChain chain : portfolio.chains()) {
      for (ChainLink link : chain.links()) {
        links.add(ChainLinkRef.of(chain.id(), link.id()));
      }
    }
    return new ProjectContext(
        portfolio.industries().industries().stream()
            .map(Industry::id)
            .collect(ImmutableList.toImmutableList()),
        portfolio.regions().regions().stream()
            .filter(r -> r.kind().isAdministrative())
            .map(Region::id)
            .collect(ImmutableList.toImmutableList()),
        portfolio.regions().regions().stream()
            .map(Region::id)
            .collect(ImmutableList.toImmutableList()),
        portfolio.investors().stream().map(Investor::id).collect(ImmutableList.toImmutableList()),
        links.build(),
        portfolio.focusAreas().stream().map(FocusArea::id).collect(ImmutableList.toImmutableList()),
        portfolio.projects().stream().map(Project::id).collect(ImmutableList.toImmutableList()),
        portfolio.activities().stream()
            .map(PromotionActivity::id)
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.of(Currencies.CNY),
        false);
  }

  /**
   * Returns a copy with other locations and region references.
   *
   * @param locations the regions projects may be built in, at least one
   * @param regions the regions that origins, activities and scopes may reference
   * @return the copy
   */
  public ProjectContext withRegions(List<RegionId> locations, List<RegionId> regions) {
    return new ProjectContext(
        industries,
        ImmutableList.copyOf(locations),
        ImmutableList.copyOf(regions),
        investors,
        chainLinks,
        focusAreas,
        projects,
        activities,
        currencies,
        hugeAmounts);
  }

  /**
   * Returns a copy with other investors.
   *
   * @param investors the investors that may be referenced
   * @return the copy
   */
  public ProjectContext withInvestors(List<InvestorId> investors) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        ImmutableList.copyOf(investors),
        chainLinks,
        focusAreas,
        projects,
        activities,
        currencies,
        hugeAmounts);
  }

  /**
   * Returns a copy with other chain links.
   *
   * @param chainLinks the chain links projects may fill
   * @return the copy
   */
  public ProjectContext withChainLinks(List<ChainLinkRef> chainLinks) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        investors,
        ImmutableList.copyOf(chainLinks),
        focusAreas,
        projects,
        activities,
        currencies,
        hugeAmounts);
  }

  /**
   * Returns a copy with other focus areas.
   *
   * @param focusAreas the focus areas that may be referenced
   * @return the copy
   */
  public ProjectContext withFocusAreas(List<FocusAreaId> focusAreas) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        investors,
        chainLinks,
        ImmutableList.copyOf(focusAreas),
        projects,
        activities,
        currencies,
        hugeAmounts);
  }

  /**
   * Returns a copy with other projects and activities, for promotion records.
   *
   * @param projects the projects that activities and signings may reference
   * @param activities the activities that signings may reference
   * @return the copy
   */
  public ProjectContext withPromotion(List<ProjectId> projects, List<ActivityId> activities) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        investors,
        chainLinks,
        focusAreas,
        ImmutableList.copyOf(projects),
        ImmutableList.copyOf(activities),
        currencies,
        hugeAmounts);
  }

  /**
   * Returns a copy whose projects and money figures are in one of several currencies; the first one
   * is drawn most often (about three times in four).
   *
   * @param currencies the currencies, at least one
   * @return the copy
   */
  public ProjectContext withCurrencies(List<Currency> currencies) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        investors,
        chainLinks,
        focusAreas,
        projects,
        activities,
        ImmutableList.copyOf(currencies),
        hugeAmounts);
  }

  /**
   * Returns a copy whose free amounts are huge (see {@link DomainGens#hugeMoney}) or ordinary.
   *
   * @param hugeAmounts true for huge amounts
   * @return the copy
   */
  public ProjectContext withHugeAmounts(boolean hugeAmounts) {
    return new ProjectContext(
        industries,
        locations,
        regions,
        investors,
        chainLinks,
        focusAreas,
        projects,
        activities,
        currencies,
        hugeAmounts);
  }

  /**
   * Returns the industries.
   *
   * @return at least one industry
   */
  public ImmutableList<IndustryId> industries() {
    return industries;
  }

  /**
   * Returns the regions projects may be built in.
   *
   * @return at least one region
   */
  public ImmutableList<RegionId> locations() {
    return locations;
  }

  /**
   * Returns the regions origins, activities and scopes may reference.
   *
   * @return the regions, possibly none
   */
  public ImmutableList<RegionId> regions() {
    return regions;
  }

  /**
   * Returns the investors.
   *
   * @return the investors, possibly none
   */
  public ImmutableList<InvestorId> investors() {
    return investors;
  }

  /**
   * Returns the chain links.
   *
   * @return the chain links, possibly none
   */
  public ImmutableList<ChainLinkRef> chainLinks() {
    return chainLinks;
  }

  /**
   * Returns the focus areas.
   *
   * @return the focus areas, possibly none
   */
  public ImmutableList<FocusAreaId> focusAreas() {
    return focusAreas;
  }

  /**
   * Returns the projects promotion records may reference.
   *
   * @return the projects, possibly none
   */
  public ImmutableList<ProjectId> projects() {
    return projects;
  }

  /**
   * Returns the activities signings may reference.
   *
   * @return the activities, possibly none
   */
  public ImmutableList<ActivityId> activities() {
    return activities;
  }

  /**
   * Returns the currencies, the most frequent first.
   *
   * @return at least one currency
   */
  public ImmutableList<Currency> currencies() {
    return currencies;
  }

  /**
   * Tells whether free amounts are huge.
   *
   * @return true if amounts are near {@link Long#MAX_VALUE} minor units
   */
  public boolean hugeAmounts() {
    return hugeAmounts;
  }

  /**
   * Returns a generator of a currency: the first one three times in four, else any.
   *
   * @return the generator
   */
  public Gen<Currency> currency() {
    if (currencies.size() == 1) {
      return Gens.constant(currencies.get(0));
    }
    return source ->
        source.choose(0, 3) < 3
            ? currencies.get(0)
            : currencies.get((int) source.choose(0, currencies.size() - 1));
  }

  /**
   * Returns a generator of free amounts in a currency, ordinary or huge as this context says.
   *
   * @param currency the currency
   * @return the generator
   */
  public Gen<Money> amounts(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return hugeAmounts ? DomainGens.hugeMoney(currency) : DomainGens.money(currency);
  }

  @Override
  public String toString() {
    return "ProjectContext[industries="
        + industries.size()
        + ", locations="
        + locations.size()
        + ", regions="
        + regions.size()
        + ", investors="
        + investors.size()
        + ", chainLinks="
        + chainLinks.size()
        + ", focusAreas="
        + focusAreas.size()
        + ", projects="
        + projects.size()
        + ", activities="
        + activities.size()
        + ", currencies="
        + currencies
        + (hugeAmounts ? ", huge" : "")
        + "]";
  }
}
