package io.github.attract.portfolio;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.attract.internal.Memo;
import io.github.attract.internal.MemoOwner;
import io.github.attract.internal.RowEdits;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Violation;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One ledger of investment promotion: the taxonomies it classifies by (industries, chains, focus
 * areas, regions), the investors, the projects, and the promotion work (activities, signings,
 * targets, reported figures). Every id is unique within its kind and every reference resolves.
 *
 * <pre>{@code
 * Portfolio.Builder b = Portfolio.builder()
 *     .industries(IndustryTaxonomy.of("city", industries))
 *     .regions(RegionHierarchy.of(regions))
 *     .addAllInvestors(investors)
 *     .addAllProjects(projects);
 * List<Violation> problems = b.violations();   // every broken rule at once, never throws
 * Portfolio portfolio = b.build();             // throws InvalidPortfolioException with all of them
 * }</pre>
 *
 * <p>Entities keep the order they were added in; lookups by id are constant-time. Two portfolios
 * are equal when they hold equal records in the same order. Immutable and thread-safe.
 */
public final class Portfolio implements MemoOwner {
  private final IndustryTaxonomy industries;
  private final RegionHierarchy regions;
  private final ImmutableMap<ChainId, IndustrialChain> chains;
  private final ImmutableMap<FocusAreaId, FocusArea> focusAreas;
  private final ImmutableMap<InvestorId, Investor> investors;
  private final ImmutableMap<ProjectId, Project> projects;
  private final ImmutableMap<ActivityId, PromotionActivity> activities;
  private final ImmutableMap<SigningId, Signing> signings;
  private final ImmutableMap<TargetId, Target> targets;
  private final ImmutableMap<ReportedFigureId, ReportedFigure> reportedFigures;

  /**
   * The columnar index of the aggregation API ({@code io.github.attract.calc}), built on first use
   * and kept: the built-in dimensions as int codes and the money figures as long minor units. It is
   * derived from the fields above and takes no part in {@code equals}. The slot is a generic {@link
   * Memo} so that this class does not depend on calc; calc reaches it through the non-exported
   * {@link MemoOwner} interface: the index is an implementation detail.
   */
  private final Memo columnarIndex = new Memo();

  /**
   * The edits that made this portfolio from one whose columnar index was built, so that its own
   * index is derived from that one; null for a portfolio built from scratch. Not part of {@code
   * equals}.
   */
  private final @Nullable RowEdits indexEdits;

  /**
   * Not API: returns the slot of this portfolio's columnar index, for the calculation engine. Its
   * type lives in a package that is not exported, so module users cannot use it.
   *
   * @return the slot
   */
  @Override
  public Memo columnarIndexSlot() {
    return columnarIndex;
  }

  /**
   * Not API: returns the edits from which the calculation engine derives this portfolio's index.
   *
   * @return the edits, or null
   */
  @Override
  public @Nullable RowEdits columnarIndexEdits() {
    return indexEdits;
  }

  /** An edited copy: everything but the projects is shared, the projects checked already. */
  private Portfolio(
      Portfolio base, ImmutableMap<ProjectId, Project> projects, @Nullable RowEdits indexEdits) {
    this.indexEdits = indexEdits;
    this.industries = base.industries;
    this.regions = base.regions;
    this.chains = base.chains;
    this.focusAreas = base.focusAreas;
    this.investors = base.investors;
    this.projects = projects;
    this.activities = base.activities;
    this.signings = base.signings;
    this.targets = base.targets;
    this.reportedFigures = base.reportedFigures;
  }

  private Portfolio(Builder b) {
    this.indexEdits = null;
    this.industries = b.industries;
    this.regions = b.regions;
    this.chains = index(b.chains, IndustrialChain::id);
    this.focusAreas = index(b.focusAreas, FocusArea::id);
    this.investors = index(b.investors, Investor::id);
    this.projects = index(b.projects, Project::id);
    this.activities = index(b.activities, PromotionActivity::id);
    this.signings = index(b.signings, Signing::id);
    this.targets = index(b.targets, Target::id);
    this.reportedFigures = index(b.reportedFigures, ReportedFigure::id);
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> id) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
    for (V v : values) {
      map.put(id.apply(v), v);
    }
    return map.buildOrThrow();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding everything this portfolio holds, to derive a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return toBuilderWithoutProjects().addAllProjects(projects.values());
  }

  /**
   * Returns this portfolio with a project put in: a project whose id this portfolio holds replaces
   * it in its place, any other is added last. The result is checked like a newly built portfolio,
   * so the project's references must resolve.
   *
   * <pre>{@code
   * Portfolio may = portfolio.withProject(
   *     portfolio.project(id).orElseThrow().withProgressReport(mayReport));
   * }</pre>
   *
   * <p><b>Cost.</b> An edit checks only what it can break: the new project's own rules and its
   * references (every other rule held for this portfolio and still holds), then copies the id index
   * of the projects; the other entities are shared. If this portfolio's columnar index has been
   * built (it answered an aggregation; an edit never builds it), the edited portfolio's index is
   * derived from it on its first aggregation: the new project is laid out alone and spliced into
   * each column built so far (dimension codes, whose dictionaries gain or lose a key as needed,
   * money figures, status histories, plans and progress reports), so no other project is read
   * again; a column in which a replaced project kept its value is shared, the others copied (a copy
   * of primitives, linear but small). Edits without an aggregation in between chain up to sixteen.
   * An edit that brings in a new currency, or removes the last project of one, and edits of a
   * portfolio never aggregated, build the index from scratch on first use, as a new portfolio does.
   * Either way the answers are those of the portfolio built from scratch with the same projects.
   * Measured on a quiet two-core machine (benchmarks/RESULTS.md, "Editing one project"), an edit of
   * one project and the aggregation after it took 0.10 s at 100,000 projects against 0.52 s for a
   * rebuild and the same aggregation, and 0.95 s against 4.1 s at a million. For many edits at
   * once, collect them in {@link #toBuilder()} and build once.
   *
   * @param project the new or replacing project
   * @return the edited portfolio
   * @throws InvalidPortfolioException with every violation, if the edited portfolio breaks a rule
   */
  public Portfolio withProject(Project project) {
    Objects.requireNonNull(project, "project");
    int replaced = -1;
    int row = 0;
    ImmutableMap.Builder<ProjectId, Project> edited =
        ImmutableMap.builderWithExpectedSize(projects.size() + 1);
    for (Project p : projects.values()) {
      if (p.id().equals(project.id())) {
        edited.put(project.id(), project);
        replaced = row;
      } else {
        edited.put(p.id(), p);
      }
      row++;
    }
    if (replaced < 0) {
      edited.put(project.id(), project);
    }
    if (hasErrors(project)) {
      // the full check, for the exception to list every violation as building would
      Builder b = toBuilderWithoutProjects().addAllProjects(edited.buildOrThrow().values());
      return b.build();
    }
    RowEdits.Edit edit =
        replaced < 0
            ? new RowEdits.Edit(RowEdits.Kind.APPEND, projects.size(), project)
            : new RowEdits.Edit(RowEdits.Kind.REPLACE, replaced, project);
    return new Portfolio(this, edited.buildOrThrow(), RowEdits.after(this, edit));
  }

  /**
   * Tells whether a project breaks a rule of this portfolio: one of its own errors or an unresolved
   * reference. Every other rule holds for this portfolio and stays true when a project is put in:
   * ids stay unique (a project of a held id replaces it) and no reference to a project is lost.
   */
  private boolean hasErrors(Project project) {
    Builder alone =
        builder()
            .industries(industries)
            .regions(regions)
            .addAllChains(chains.values())
            .addAllFocusAreas(focusAreas.values())
            .addAllInvestors(investors.values())
            .addProject(project);
    return alone.violations().stream().anyMatch(Violation::isError);
  }

  /**
   * Returns this portfolio without a project; the others keep their order. The result is checked
   * like a newly built portfolio, so no activity or signing may still refer to the project; only
   * those references are looked at, since nothing else can break. The columnar index is derived as
   * for {@link #withProject}, the project's row taken out of every column built so far.
   *
   * @param id the id of the project to remove
   * @return the edited portfolio
   * @throws IllegalArgumentException if this portfolio has no project of that id
   * @throws InvalidPortfolioException with every violation, if a record still refers to the project
   */
  public Portfolio withoutProject(ProjectId id) {
    Objects.requireNonNull(id, "id");
    if (!projects.containsKey(id)) {
      throw new IllegalArgumentException(
          "Portfolio has no project '"
              + id
              + "' to remove; it holds "
              + projects.size()
              + " projects");
    }
    int removed = -1;
    int row = 0;
    ImmutableMap.Builder<ProjectId, Project> edited =
        ImmutableMap.builderWithExpectedSize(projects.size());
    for (Project p : projects.values()) {
      if (p.id().equals(id)) {
        removed = row;
      } else {
        edited.put(p.id(), p);
      }
      row++;
    }
    boolean referred =
        activities.values().stream().anyMatch(a -> a.resultingProjects().contains(id))
            || signings.values().stream().anyMatch(s -> s.projects().contains(id));
    if (referred) {
      // the full check, for the exception to list every violation as building would
      return toBuilderWithoutProjects().addAllProjects(edited.buildOrThrow().values()).build();
    }
    return new Portfolio(
        this,
        edited.buildOrThrow(),
        RowEdits.after(this, new RowEdits.Edit(RowEdits.Kind.REMOVE, removed, null)));
  }

  private Builder toBuilderWithoutProjects() {
    return builder()
        .industries(industries)
        .regions(regions)
        .addAllChains(chains.values())
        .addAllFocusAreas(focusAreas.values())
        .addAllInvestors(investors.values())
        .addAllActivities(activities.values())
        .addAllSignings(signings.values())
        .addAllTargets(targets.values())
        .addAllReportedFigures(reportedFigures.values());
  }

  /**
   * Returns the industry taxonomy.
   *
   * @return the taxonomy
   */
  public IndustryTaxonomy industries() {
    return industries;
  }

  /**
   * Returns the regions.
   *
   * @return the region hierarchy
   */
  public RegionHierarchy regions() {
    return regions;
  }

  /**
   * Returns the industrial chains in the order added.
   *
   * @return the chains
   */
  public ImmutableList<IndustrialChain> chains() {
    return chains.values().asList();
  }

  /**
   * Returns the focus areas in the order added.
   *
   * @return the focus areas
   */
  public ImmutableList<FocusArea> focusAreas() {
    return focusAreas.values().asList();
  }

  /**
   * Returns the investors in the order added.
   *
   * @return the investors
   */
  public ImmutableList<Investor> investors() {
    return investors.values().asList();
  }

  /**
   * Returns the projects in the order added.
   *
   * @return the projects
   */
  public ImmutableList<Project> projects() {
    return projects.values().asList();
  }

  /**
   * Returns the promotion activities in the order added.
   *
   * @return the activities
   */
  public ImmutableList<PromotionActivity> activities() {
    return activities.values().asList();
  }

  /**
   * Returns the signings in the order added.
   *
   * @return the signings
   */
  public ImmutableList<Signing> signings() {
    return signings.values().asList();
  }

  /**
   * Returns the targets in the order added.
   *
   * @return the targets
   */
  public ImmutableList<Target> targets() {
    return targets.values().asList();
  }

  /**
   * Returns the reported figures in the order added.
   *
   * @return the reported figures
   */
  public ImmutableList<ReportedFigure> reportedFigures() {
    return reportedFigures.values().asList();
  }

  /**
   * Returns a project by id.
   *
   * @param id the id
   * @return the project, if held
   */
  public Optional<Project> project(ProjectId id) {
    return Optional.ofNullable(projects.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an investor by id.
   *
   * @param id the id
   * @return the investor, if held
   */
  public Optional<Investor> investor(InvestorId id) {
    return Optional.ofNullable(investors.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an industrial chain by id.
   *
   * @param id the id
   * @return the chain, if held
   */
  public Optional<IndustrialChain> chain(ChainId id) {
    return Optional.ofNullable(chains.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a focus area by id.
   *
   * @param id the id
   * @return the focus area, if held
   */
  public Optional<FocusArea> focusArea(FocusAreaId id) {
    return Optional.ofNullable(focusAreas.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a promotion activity by id.
   *
   * @param id the id
   * @return the activity, if held
   */
  public Optional<PromotionActivity> activity(ActivityId id) {
    return Optional.ofNullable(activities.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a signing by id.
   *
   * @param id the id
   * @return the signing, if held
   */
  public Optional<Signing> signing(SigningId id) {
    return Optional.ofNullable(signings.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a target by id.
   *
   * @param id the id
   * @return the target, if held
   */
  public Optional<Target> target(TargetId id) {
    return Optional.ofNullable(targets.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a reported figure by id.
   *
   * @param id the id
   * @return the figure, if held
   */
  public Optional<ReportedFigure> reportedFigure(ReportedFigureId id) {
    return Optional.ofNullable(reportedFigures.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Tells whether a project falls in a scope on a day: it carries the scope's designation, lies in
   * or under its region, belongs to or under its industry, serves its focus area and stands at its
   * status on that day.
   *
   * @param project a project of this portfolio
   * @param scope the scope
   * @param asOf the day on which a status condition is evaluated
   * @return true if every condition of the scope holds
   * @throws IllegalArgumentException if the scope names a region or industry and the project's
   *     location or industry is not one of this portfolio
   */
  public boolean isInScope(Project project, Scope scope, LocalDate asOf) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    if (scope.designation().isPresent()
        && !project.designations().contains(scope.designation().get())) {
      return false;
    }
    if (scope.region().isPresent() && !regions.isWithin(project.location(), scope.region().get())) {
      return false;
    }
    if (scope.industry().isPresent()
        && !industries.isWithin(project.industry(), scope.industry().get())) {
      return false;
    }
    if (scope.status().isPresent() && !project.statusOn(asOf).equals(scope.status())) {
      return false;
    }
    return scope.focusArea().isEmpty() || project.focusAreas().contains(scope.focusArea().get());
  }

  /**
   * Returns the projects in a scope on a day, in portfolio order.
   *
   * @param scope the scope
   * @param asOf the day on which a status condition is evaluated
   * @return the projects for which {@link #isInScope} holds
   */
  public ImmutableList<Project> projectsIn(Scope scope, LocalDate asOf) {
    ImmutableList.Builder<Project> in = ImmutableList.builder();
    for (Project p : projects.values()) {
      if (isInScope(p, scope, asOf)) {
        in.add(p);
      }
    }
    return in.build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Portfolio that
        && that.industries.equals(industries)
        && that.regions.equals(regions)
        && that.chains().equals(chains())
        && that.focusAreas().equals(focusAreas())
        && that.investors().equals(investors())
        && that.projects().equals(projects())
        && that.activities().equals(activities())
        && that.signings().equals(signings())
        && that.targets().equals(targets())
        && that.reportedFigures().equals(reportedFigures());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        industries,
        regions,
        chains(),
        focusAreas(),
        investors(),
        projects(),
        activities(),
        signings(),
        targets(),
        reportedFigures());
  }

  /**
   * Returns a one-line summary of what the portfolio holds.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Portfolio[industries="
        + industries.size()
        + ", regions="
        + regions.size()
        + ", chains="
        + chains.size()
        + ", focusAreas="
        + focusAreas.size()
        + ", investors="
        + investors.size()
        + ", projects="
        + projects.size()
        + ", activities="
        + activities.size()
        + ", signings="
        + signings.size()
        + ", targets="
        + targets.size()
        + ", reportedFigures="
        + reportedFigures.size()
        + "]";
  }

  /**
   * Collects the parts of a {@link Portfolio} and checks them together. Not thread-safe; use it
   * from one thread and throw it away.
   */
  public static final class Builder {
    private IndustryTaxonomy industries = IndustryTaxonomy.of("none", List.of());
    private RegionHierarchy regions = RegionHierarchy.of(List.of());
    private final List<IndustrialChain> chains = new ArrayList<>();
    private final List<FocusArea> focusAreas = new ArrayList<>();
    private final List<Investor> investors = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<PromotionActivity> activities = new ArrayList<>();
    private final List<Signing> signings = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<ReportedFigure> reportedFigures = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the industry taxonomy; an empty one unless set.
     *
     * @param industries the taxonomy
     * @return this builder
     */
    public Builder industries(IndustryTaxonomy industries) {
      this.industries = Objects.requireNonNull(industries, "industries");
      return this;
    }

    /**
     * Sets the regions; none unless set.
     *
     * @param regions the region hierarchy
     * @return this builder
     */
    public Builder regions(RegionHierarchy regions) {
      this.regions = Objects.requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Adds an industrial chain.
     *
     * @param chain the chain
     * @return this builder
     */
    public Builder addChain(IndustrialChain chain) {
      chains.add(Objects.requireNonNull(chain, "chain"));
      return this;
    }

    /**
     * Adds industrial chains.
     *
     * @param chains the chains
     * @return this builder
     */
    public Builder addAllChains(Iterable<? extends IndustrialChain> chains) {
      chains.forEach(this::addChain);
      return this;
    }

    /**
     * Adds a focus area.
     *
     * @param focusArea the focus area
     * @return this builder
     */
    public Builder addFocusArea(FocusArea focusArea) {
      focusAreas.add(Objects.requireNonNull(focusArea, "focusArea"));
      return this;
    }

    /**
     * Adds focus areas.
     *
     * @param focusAreas the focus areas
     * @return this builder
     */
    public Builder addAllFocusAreas(Iterable<? extends FocusArea> focusAreas) {
      focusAreas.forEach(this::addFocusArea);
      return this;
    }

    /**
     * Adds an investor.
     *
     * @param investor the investor
     * @return this builder
     */
    public Builder addInvestor(Investor investor) {
      investors.add(Objects.requireNonNull(investor, "investor"));
      return this;
    }

    /**
     * Adds investors.
     *
     * @param investors the investors
     * @return this builder
     */
    public Builder addAllInvestors(Iterable<? extends Investor> investors) {
      investors.forEach(this::addInvestor);
      return this;
    }

    /**
     * Adds a project.
     *
     * @param project the project
     * @return this builder
     */
    public Builder addProject(Project project) {
      projects.add(Objects.requireNonNull(project, "project"));
      return this;
    }

    /**
     * Adds projects.
     *
     * @param projects the projects
     * @return this builder
     */
    public Builder addAllProjects(Iterable<? extends Project> projects) {
      projects.forEach(this::addProject);
      return this;
    }

    /**
     * Adds a promotion activity.
     *
     * @param activity the activity
     * @return this builder
     */
    public Builder addActivity(PromotionActivity activity) {
      activities.add(Objects.requireNonNull(activity, "activity"));
      return this;
    }

    /**
     * Adds promotion activities.
     *
     * @param activities the activities
     * @return this builder
     */
    public Builder addAllActivities(Iterable<? extends PromotionActivity> activities) {
      activities.forEach(this::addActivity);
      return this;
    }

    /**
     * Adds a signing.
     *
     * @param signing the signing
     * @return this builder
     */
    public Builder addSigning(Signing signing) {
      signings.add(Objects.requireNonNull(signing, "signing"));
      return this;
    }

    /**
     * Adds signings.
     *
     * @param signings the signings
     * @return this builder
     */
    public Builder addAllSignings(Iterable<? extends Signing> signings) {
      signings.forEach(this::addSigning);
      return this;
    }

    /**
     * Adds a target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder addTarget(Target target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Adds targets.
     *
     * @param targets the targets
     * @return this builder
     */
    public Builder addAllTargets(Iterable<? extends Target> targets) {
      targets.forEach(this::addTarget);
      return this;
    }

    /**
     * Adds a reported figure.
     *
     * @param figure the figure
     * @return this builder
     */
    public Builder addReportedFigure(ReportedFigure figure) {
      reportedFigures.add(Objects.requireNonNull(figure, "figure"));
      return this;
    }

    /**
     * Adds reported figures.
     *
     * @param figures the figures
     * @return this builder
     */
    public Builder addAllReportedFigures(Iterable<? extends ReportedFigure> figures) {
      figures.forEach(this::addReportedFigure);
      return this;
    }

    /**
     * Checks every rule across the parts collected so far and returns every violation; never
     * throws. Rules: ids are unique within each kind of entity; every reference (investors,
     * regions, industries, chains and their links, focus areas, projects, activities) resolves;
     * investors' group memberships form no cycle. Each project's own warnings (such as a cost
     * overrun) are included with the project's id and field path; they do not stop {@link
     * #build()}.
     *
     * @return the violations, sorted by subject; no error if the portfolio is valid
     */
    public ImmutableList<Violation> violations() {
      List<Violation> found = new ArrayList<>();
      Map<ChainId, IndustrialChain> chainIndex =
          unique(chains, IndustrialChain::id, "chain", found);
      Map<FocusAreaId, FocusArea> focusIndex =
          unique(focusAreas, FocusArea::id, "focus-area", found);
      Map<InvestorId, Investor> investorIndex = unique(investors, Investor::id, "investor", found);
      Map<ProjectId, Project> projectIndex = unique(projects, Project::id, "project", found);
      Map<ActivityId, PromotionActivity> activityIndex =
          unique(activities, PromotionActivity::id, "activity", found);
      unique(signings, Signing::id, "signing", found);
      unique(targets, Target::id, "target", found);
      unique(reportedFigures, ReportedFigure::id, "reported-figure", found);

      Refs refs = new Refs(found);
      for (IndustrialChain c : chains) {
        refs.industry("chain", c.id().value(), "industry", c.industry());
      }
      for (Investor i : investors) {
        String id = i.id().value();
        i.origin().ifPresent(r -> refs.region("investor", id, "origin", r));
        i.group()
            .ifPresent(
                g ->
                    refs.check(
                        investorIndex.containsKey(g), "investor", id, "group", g, "an investor"));
      }
      groupCycles(investorIndex, found);
      for (Project p : projects) {
        String id = p.id().value();
        found.addAll(p.violations());
        for (InvestorId i : p.investors()) {
          refs.check(investorIndex.containsKey(i), "project", id, "investors", i, "an investor");
        }
        refs.region("project", id, "location", p.location());
        refs.industry("project", id, "industry", p.industry());
        if (p.chainLink().isPresent()) {
          ChainLinkRef link = p.chainLink().get();
          IndustrialChain chain = chainIndex.get(link.chain());
          refs.check(
              chain != null && chain.contains(link.link()),
              "project",
              id,
              "chainLink",
              link,
              "a link of a chain");
        }
        for (FocusAreaId f : p.focusAreas()) {
          refs.check(focusIndex.containsKey(f), "project", id, "focusAreas", f, "a focus area");
        }
      }
      for (PromotionActivity a : activities) {
        String id = a.id().value();
        a.regions().forEach(r -> refs.region("activity", id, "regions", r));
        for (InvestorId i : a.counterparts()) {
          refs.check(
              investorIndex.containsKey(i), "activity", id, "counterparts", i, "an investor");
        }
        for (ProjectId p : a.resultingProjects()) {
          refs.check(
              projectIndex.containsKey(p), "activity", id, "resultingProjects", p, "a project");
        }
      }
      for (Signing s : signings) {
        String id = s.id().value();
        for (InvestorId i : s.investors()) {
          refs.check(investorIndex.containsKey(i), "signing", id, "investors", i, "an investor");
        }
        for (ProjectId p : s.projects()) {
          refs.check(projectIndex.containsKey(p), "signing", id, "projects", p, "a project");
        }
        s.activity()
            .ifPresent(
                a ->
                    refs.check(
                        activityIndex.containsKey(a), "signing", id, "activity", a, "an activity"));
      }
      for (Target t : targets) {
        refs.scope("target", t.id().value(), t.scope(), focusIndex);
      }
      for (ReportedFigure f : reportedFigures) {
        refs.scope("reported-figure", f.id().value(), f.scope(), focusIndex);
      }
      Collections.sort(found);
      return ImmutableList.copyOf(found);
    }

    /**
     * Builds the portfolio.
     *
     * @return the portfolio
     * @throws InvalidPortfolioException with every violation, if {@link #violations()} finds an
     *     error; warnings never throw
     */
    public Portfolio build() {
      ImmutableList<Violation> violations = violations();
      if (violations.stream().anyMatch(Violation::isError)) {
        throw new InvalidPortfolioException(violations);
      }
      return new Portfolio(this);
    }

    /**
     * Reports every cycle of group memberships once, starting from its smallest id. Linear in the
     * number of investors: each investor is walked once; a walk stops at an investor seen before,
     * and only when that one was seen on the same walk has the walk closed a cycle.
     */
    private static void groupCycles(
        Map<InvestorId, Investor> investorIndex, List<Violation> found) {
      Map<InvestorId, Integer> walkOf = new HashMap<>();
      Map<InvestorId, Integer> positionOf = new HashMap<>();
      int walk = 0;
      for (Investor start : investorIndex.values()) {
        if (walkOf.containsKey(start.id())) {
          continue;
        }
        walk++;
        List<InvestorId> path = new ArrayList<>();
        Investor current = start;
        while (current != null && !walkOf.containsKey(current.id())) {
          walkOf.put(current.id(), walk);
          positionOf.put(current.id(), path.size());
          path.add(current.id());
          current = current.group().map(investorIndex::get).orElse(null);
        }
        if (current != null && walkOf.getOrDefault(current.id(), 0) == walk) {
          List<InvestorId> cycle =
              path.subList(positionOf.getOrDefault(current.id(), 0), path.size());
          int first = cycle.indexOf(Collections.min(cycle));
          StringBuilder chain = new StringBuilder();
          for (int k = 0; k <= cycle.size(); k++) {
            chain.append(k == 0 ? "'" : " -> '").append(cycle.get((first + k) % cycle.size()));
            chain.append('\'');
          }
          found.add(
              Violation.of(
                  Violation.Rule.GROUP_CYCLE,
                  "investor",
                  cycle.get(first).value(),
                  "'group' memberships form a cycle: " + chain));
        }
      }
    }

    private static <K, V> Map<K, V> unique(
        List<V> values, Function<V, K> id, String kind, List<Violation> found) {
      Map<K, V> index = new LinkedHashMap<>();
      for (V v : values) {
        K key = id.apply(v);
        if (index.putIfAbsent(key, v) != null) {
          found.add(
              Violation.of(
                  Violation.Rule.DUPLICATE_ID,
                  kind,
                  key.toString(),
                  "id '" + key + "' is used by more than one " + kind));
        }
      }
      return index;
    }

    /** Checks references and records what does not resolve. */
    private final class Refs {
      private final List<Violation> found;

      Refs(List<Violation> found) {
        this.found = found;
      }

      void check(boolean resolves, String kind, String id, String field, Object ref, String what) {
        if (!resolves) {
          found.add(
              Violation.of(
                  Violation.Rule.UNRESOLVED_REFERENCE,
                  kind,
                  id,
                  "'" + field + "' '" + ref + "' is not " + what + " of the portfolio"));
        }
      }

      void region(String kind, String id, String field, RegionId region) {
        check(regions.contains(region), kind, id, field, region, "a region");
      }

      void industry(String kind, String id, String field, IndustryId industry) {
        check(industries.contains(industry), kind, id, field, industry, "an industry");
      }

      void scope(String kind, String id, Scope scope, Map<FocusAreaId, FocusArea> focusIndex) {
        scope.region().ifPresent(r -> region(kind, id, "scope.region", r));
        scope.industry().ifPresent(i -> industry(kind, id, "scope.industry", i));
        scope
            .focusArea()
            .ifPresent(
                f ->
                    check(
                        focusIndex.containsKey(f), kind, id, "scope.focusArea", f, "a focus area"));
      }
    }
  }
}
