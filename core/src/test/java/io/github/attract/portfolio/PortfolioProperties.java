package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Violation;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.ProjectContext;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PortfolioProperties {
  @Test
  void generatedPortfoliosAlwaysBuildAndHaveNoViolations() {
    Property.forAll(DomainGens.portfolios())
        .tries(200)
        .check(p -> assertThat(p.toBuilder().violations()).isEmpty());
  }

  @Test
  void multiCurrencyAndHugePortfoliosAreValidToo() {
    Property.forAll(DomainGens.multiCurrencyPortfolios(), DomainGens.portfoliosWithHugeAmounts())
        .tries(50)
        .check(
            (multi, huge) -> {
              assertThat(multi.toBuilder().violations()).isEmpty();
              assertThat(huge.toBuilder().violations()).isEmpty();
              for (Project p : huge.projects()) {
                p.totalInvestment()
                    .ifPresent(
                        t -> assertThat(t.minorUnitsExact()).isGreaterThan(Long.MAX_VALUE / 2));
              }
            });
  }

  @Test
  void portfoliosOverArbitraryTaxonomiesAreValid() {
    Property.forAll(
            DomainGens.portfolios(
                DomainGens.PortfolioShape.standard()
                    .withProjects(0, 30)
                    .withArbitraryTaxonomies(true)
                    .withMultiCurrency(true)))
        .tries(100)
        .check(p -> assertThat(p.toBuilder().violations()).isEmpty());
  }

  @Test
  void toBuilderBuildsAnEqualPortfolio() {
    Property.forAll(DomainGens.portfolios(0, 30))
        .tries(100)
        .check(
            p -> {
              Portfolio again = p.toBuilder().build();
              assertThat(again).isEqualTo(p).hasSameHashCodeAs(p).hasToString(p.toString());
              assertThat(again.projects()).containsExactlyElementsOf(p.projects());
            });
  }

  @Test
  void everyRecordIsFoundByItsId() {
    Property.forAll(DomainGens.portfolios(0, 30))
        .tries(100)
        .check(
            p -> {
              p.projects().forEach(x -> assertThat(p.project(x.id())).containsSame(x));
              p.investors().forEach(x -> assertThat(p.investor(x.id())).containsSame(x));
              p.chains().forEach(x -> assertThat(p.chain(x.id())).containsSame(x));
              p.focusAreas().forEach(x -> assertThat(p.focusArea(x.id())).containsSame(x));
              p.activities().forEach(x -> assertThat(p.activity(x.id())).containsSame(x));
              p.signings().forEach(x -> assertThat(p.signing(x.id())).containsSame(x));
              p.targets().forEach(x -> assertThat(p.target(x.id())).containsSame(x));
              p.reportedFigures()
                  .forEach(x -> assertThat(p.reportedFigure(x.id())).containsSame(x));
              assertThat(p.project(ProjectId.of("absent"))).isEmpty();
            });
  }

  // ------------------------------------------------------------------ scopes against an oracle

  private static boolean naiveRegionWithin(Portfolio p, RegionId id, RegionId container) {
    Set<RegionId> self = new HashSet<>();
    Optional<RegionId> current = Optional.of(id);
    while (current.isPresent()) {
      self.add(current.get());
      current = p.regions().region(current.get()).orElseThrow().parent();
    }
    if (self.contains(container)) {
      return true;
    }
    Region c = p.regions().region(container).orElseThrow();
    return c.kind() == RegionKind.ECONOMIC_REGION && c.members().stream().anyMatch(self::contains);
  }

  private static boolean naiveIndustryWithin(Portfolio p, IndustryId id, IndustryId ancestor) {
    Optional<IndustryId> current = Optional.of(id);
    while (current.isPresent()) {
      if (current.get().equals(ancestor)) {
        return true;
      }
      current = p.industries().industry(current.get()).orElseThrow().parent();
    }
    return false;
  }

  private static boolean naiveInScope(Portfolio p, Project x, Scope s, LocalDate day) {
    return s.designation().map(d -> x.designations().contains(d)).orElse(true)
        && s.region().map(r -> naiveRegionWithin(p, x.location(), r)).orElse(true)
        && s.industry().map(i -> naiveIndustryWithin(p, x.industry(), i)).orElse(true)
        && s.focusArea().map(f -> x.focusAreas().contains(f)).orElse(true)
        && s.status().map(st -> x.statusOn(day).equals(Optional.of(st))).orElse(true);
  }

  /** A portfolio, scopes over its ids and an as-of day. */
  private record ScopeCase(Portfolio portfolio, List<Scope> scopes, LocalDate day) {}

  @Test
  void projectsInAScopeAgreeWithANaiveOracle() {
    Gen<ScopeCase> cases =
        Gens.oneOf(
                DomainGens.portfolios(0, 40),
                DomainGens.portfolios(
                    DomainGens.PortfolioShape.standard()
                        .withProjects(0, 40)
                        .withArbitraryTaxonomies(true)))
            .flatMap(
                p ->
                    Gens.combine(
                        Gens.lists(DomainGens.scopes(ProjectContext.of(p)), 1, 5),
                        DomainGens.dates(),
                        (scopes, day) -> new ScopeCase(p, scopes, day)));
    Property.forAll(cases)
        .tries(150)
        .check(
            c -> {
              Portfolio p = c.portfolio();
              List<Scope> scopes = c.scopes();
              LocalDate day = c.day();
              for (Scope s : scopes) {
                List<Project> expected = new ArrayList<>();
                for (Project x : p.projects()) {
                  if (naiveInScope(p, x, s, day)) {
                    expected.add(x);
                  }
                }
                assertThat(p.projectsIn(s, day)).containsExactlyElementsOf(expected);
              }
              assertThat(p.projectsIn(Scope.all(), day)).isEqualTo(p.projects());
            });
  }

  // ------------------------------------------------------------------ planted violations

  /** A planted breakage: what it adds to a builder and the one violation it must cause. */
  private record Plant(String name, UnaryOperator<Portfolio.Builder> apply, Violation expected) {
    @Override
    public String toString() {
      return name + " -> " + expected;
    }
  }

  /** A valid portfolio and the breakages planted in it. */
  private record PlantCase(Portfolio portfolio, List<Plant> plants) {}

  private static Violation duplicate(String kind, Object id) {
    return Violation.of(
        Violation.Rule.DUPLICATE_ID,
        kind,
        id.toString(),
        "id '" + id + "' is used by more than one " + kind);
  }

  private static Violation unresolved(
      String kind, String id, String field, Object ref, String what) {
    return Violation.of(
        Violation.Rule.UNRESOLVED_REFERENCE,
        kind,
        id,
        "'" + field + "' '" + ref + "' is not " + what + " of the portfolio");
  }

  private static final int PLANT_KINDS = 28;

  /**
   * Returns the plant of a kind, numbered {@code n} so that its ids are fresh ({@code planted-n})
   * and its dangling references unique ({@code missing-n}); a kind the portfolio cannot host (a
   * duplicate of a record it does not have, a signing without any investor) falls back to a project
   * in a missing region.
   */
  private static Plant plant(Portfolio p, int kind, int n, int pick) {
    String id = "planted-" + n;
    String missing = "missing-" + n;
    IndustryId industry = p.industries().industries().get(0).id();
    RegionId region = p.regions().regions().get(0).id();
    Optional<InvestorId> someInvestor =
        p.investors().isEmpty()
            ? Optional.empty()
            : Optional.of(p.investors().get(pick % p.investors().size()).id());
    Project.Builder project =
        Project.builder().id(ProjectId.of(id)).name("Planted").location(region).industry(industry);
    PromotionActivity.Builder activity =
        PromotionActivity.builder()
            .id(ActivityId.of(id))
            .date(LocalDate.of(2023, 4, 13))
            .kind(ActivityKind.FAIR)
            .title("Planted");
    Signing.Builder signing =
        Signing.builder().id(SigningId.of(id)).date(LocalDate.of(2023, 4, 13));
    switch (kind) {
      case 0:
        if (!p.projects().isEmpty()) {
          Project x = p.projects().get(pick % p.projects().size());
          return new Plant("duplicate project", b -> b.addProject(x), duplicate("project", x.id()));
        }
        break;
      case 1:
        if (!p.investors().isEmpty()) {
          Investor x = p.investors().get(pick % p.investors().size());
          return new Plant(
              "duplicate investor", b -> b.addInvestor(x), duplicate("investor", x.id()));
        }
        break;
      case 2:
        if (!p.activities().isEmpty()) {
          PromotionActivity x = p.activities().get(pick % p.activities().size());
          return new Plant(
              "duplicate activity", b -> b.addActivity(x), duplicate("activity", x.id()));
        }
        break;
      case 3:
        if (!p.signings().isEmpty()) {
          Signing x = p.signings().get(pick % p.signings().size());
          return new Plant("duplicate signing", b -> b.addSigning(x), duplicate("signing", x.id()));
        }
        break;
      case 4:
        if (!p.targets().isEmpty()) {
          Target x = p.targets().get(pick % p.targets().size());
          return new Plant("duplicate target", b -> b.addTarget(x), duplicate("target", x.id()));
        }
        break;
      case 5:
        if (!p.reportedFigures().isEmpty()) {
          ReportedFigure x = p.reportedFigures().get(pick % p.reportedFigures().size());
          return new Plant(
              "duplicate figure",
              b -> b.addReportedFigure(x),
              duplicate("reported-figure", x.id()));
        }
        break;
      case 6:
        if (!p.chains().isEmpty()) {
          IndustrialChain x = p.chains().get(pick % p.chains().size());
          return new Plant("duplicate chain", b -> b.addChain(x), duplicate("chain", x.id()));
        }
        break;
      case 7:
        if (!p.focusAreas().isEmpty()) {
          FocusArea x = p.focusAreas().get(pick % p.focusAreas().size());
          return new Plant(
              "duplicate focus area", b -> b.addFocusArea(x), duplicate("focus-area", x.id()));
        }
        break;
      case 9:
        {
          Project x =
              Project.builder()
                  .id(ProjectId.of(id))
                  .name("Planted")
                  .location(region)
                  .industry(IndustryId.of(missing))
                  .build();
          return new Plant(
              "project industry",
              b -> b.addProject(x),
              unresolved("project", id, "industry", missing, "an industry"));
        }
      case 10:
        {
          Project x = project.addInvestor(InvestorId.of(missing)).build();
          return new Plant(
              "project investor",
              b -> b.addProject(x),
              unresolved("project", id, "investors", missing, "an investor"));
        }
      case 11:
        {
          Project x = project.addFocusArea(FocusAreaId.of(missing)).build();
          return new Plant(
              "project focus area",
              b -> b.addProject(x),
              unresolved("project", id, "focusAreas", missing, "a focus area"));
        }
      case 12:
        {
          ChainLinkRef link = ChainLinkRef.of(ChainId.of(missing), ChainLinkId.of("link"));
          Project x = project.chainLink(link).build();
          return new Plant(
              "project chain link",
              b -> b.addProject(x),
              unresolved("project", id, "chainLink", link, "a link of a chain"));
        }
      case 13:
        {
          Investor x =
              Investor.builder()
                  .id(InvestorId.of(id))
                  .name("Planted")
                  .origin(RegionId.of(missing))
                  .build();
          return new Plant(
              "investor origin",
              b -> b.addInvestor(x),
              unresolved("investor", id, "origin", missing, "a region"));
        }
      case 14:
        {
          Investor x =
              Investor.builder()
                  .id(InvestorId.of(id))
                  .name("Planted")
                  .group(InvestorId.of(missing))
                  .build();
          return new Plant(
              "investor group",
              b -> b.addInvestor(x),
              unresolved("investor", id, "group", missing, "an investor"));
        }
      case 15:
        {
          PromotionActivity x = activity.addRegion(RegionId.of(missing)).build();
          return new Plant(
              "activity region",
              b -> b.addActivity(x),
              unresolved("activity", id, "regions", missing, "a region"));
        }
      case 16:
        {
          PromotionActivity x = activity.addCounterpart(InvestorId.of(missing)).build();
          return new Plant(
              "activity counterpart",
              b -> b.addActivity(x),
              unresolved("activity", id, "counterparts", missing, "an investor"));
        }
      case 17:
        {
          PromotionActivity x = activity.addResultingProject(ProjectId.of(missing)).build();
          return new Plant(
              "activity project",
              b -> b.addActivity(x),
              unresolved("activity", id, "resultingProjects", missing, "a project"));
        }
      case 18:
        {
          Signing x = signing.addInvestor(InvestorId.of(missing)).build();
          return new Plant(
              "signing investor",
              b -> b.addSigning(x),
              unresolved("signing", id, "investors", missing, "an investor"));
        }
      case 19:
        if (someInvestor.isPresent()) {
          Signing x =
              signing.addInvestor(someInvestor.get()).addProject(ProjectId.of(missing)).build();
          return new Plant(
              "signing project",
              b -> b.addSigning(x),
              unresolved("signing", id, "projects", missing, "a project"));
        }
        break;
      case 20:
        if (someInvestor.isPresent()) {
          Signing x =
              signing.addInvestor(someInvestor.get()).activity(ActivityId.of(missing)).build();
          return new Plant(
              "signing activity",
              b -> b.addSigning(x),
              unresolved("signing", id, "activity", missing, "an activity"));
        }
        break;
      case 21:
      case 22:
      case 23:
      case 24:
      case 25:
      case 26:
        {
          boolean isTarget = kind <= 23;
          int part = (kind - 21) % 3;
          Scope scope =
              part == 0
                  ? Scope.builder().region(RegionId.of(missing)).build()
                  : part == 1
                      ? Scope.builder().industry(IndustryId.of(missing)).build()
                      : Scope.builder().focusArea(FocusAreaId.of(missing)).build();
          String field =
              part == 0 ? "scope.region" : part == 1 ? "scope.industry" : "scope.focusArea";
          String what = part == 0 ? "a region" : part == 1 ? "an industry" : "a focus area";
          DateRange period = DateRange.ofYear(Year.of(2023));
          MetricValue value = MetricValue.ofCount(Metric.PROJECTS, 1);
          if (isTarget) {
            Target x =
                Target.builder()
                    .id(TargetId.of(id))
                    .name("Planted")
                    .period(period)
                    .scope(scope)
                    .value(value)
                    .build();
            return new Plant(
                "target " + field,
                b -> b.addTarget(x),
                unresolved("target", id, field, missing, what));
          }
          ReportedFigure x =
              ReportedFigure.builder()
                  .id(ReportedFigureId.of(id))
                  .source("Planted")
                  .period(period)
                  .scope(scope)
                  .addValue(value)
                  .build();
          return new Plant(
              "figure " + field,
              b -> b.addReportedFigure(x),
              unresolved("reported-figure", id, field, missing, what));
        }
      case 27:
        {
          IndustrialChain x =
              IndustrialChain.builder()
                  .id(ChainId.of(id))
                  .name("Planted")
                  .industry(IndustryId.of(missing))
                  .build();
          return new Plant(
              "chain industry",
              b -> b.addChain(x),
              unresolved("chain", id, "industry", missing, "an industry"));
        }
      default:
        break;
    }
    Project x =
        Project.builder()
            .id(ProjectId.of(id))
            .name("Planted")
            .location(RegionId.of(missing))
            .industry(industry)
            .build();
    return new Plant(
        "project location",
        b -> b.addProject(x),
        unresolved("project", id, "location", missing, "a region"));
  }

  private static Gen<List<Plant>> plants(Portfolio p) {
    return Gens.lists(
            Gens.combine(Gens.ints(0, PLANT_KINDS - 1), Gens.ints(0, 1000), List::of), 1, 12)
        .map(
            choices -> {
              List<Plant> plants = new ArrayList<>();
              for (int n = 0; n < choices.size(); n++) {
                plants.add(plant(p, choices.get(n).get(0), n, choices.get(n).get(1)));
              }
              return plants;
            });
  }

  @Test
  void everyPlantedViolationIsReportedAndNothingElse() {
    Gen<PlantCase> cases =
        DomainGens.portfolios(0, 20)
            .flatMap(p -> plants(p).map(plants -> new PlantCase(p, plants)));
    Property.forAll(cases)
        .tries(300)
        .check(
            c -> {
              Portfolio p = c.portfolio();
              List<Plant> plants = c.plants();
              Portfolio.Builder b = p.toBuilder();
              List<Violation> expected = new ArrayList<>();
              for (Plant plant : plants) {
                assertThat(plant.apply().apply(b)).isSameAs(b);
                expected.add(plant.expected());
              }
              expected.sort(null);
              assertThat(b.violations()).containsExactlyElementsOf(expected);
              assertThatThrownBy(b::build)
                  .isInstanceOfSatisfying(
                      InvalidPortfolioException.class,
                      e -> assertThat(e.violations()).containsExactlyElementsOf(expected))
                  .hasMessageStartingWith(
                      "Portfolio breaks " + expected.size() + " rule(s):\n  " + expected.get(0));
            });
  }

  @Test
  void aPortfolioWithEveryKindOfRecordHostsEveryKindOfPlant() {
    Portfolio rich = PortfolioTest.valid().build();
    List<String> names = new ArrayList<>();
    for (int kind = 0; kind < PLANT_KINDS; kind++) {
      names.add(plant(rich, kind, kind, 0).name());
    }
    assertThat(names).doesNotHaveDuplicates().hasSize(PLANT_KINDS);
  }

  @Test
  void industriesOfGeneratedPortfoliosHaveTwoOrThreeLevels() {
    Property.forAll(DomainGens.portfolios(0, 5))
        .tries(100)
        .check(
            p -> {
              assertThat(p.industries().depth()).isBetween(2, 3);
              for (Industry i : p.industries().industries()) {
                assertThat(p.industries().level(i.id())).isBetween(1, 3);
              }
            });
  }
}
