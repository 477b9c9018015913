package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
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
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.DomainTesters;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PortfolioTest {
  // ------------------------------------------------------------------ a small valid portfolio

  static final IndustryId COAL = IndustryId.of("coal");
  static final IndustryId COAL_MINING = IndustryId.of("coal.mining");
  static final IndustryId POWER = IndustryId.of("power");
  static final RegionId CN = RegionId.of("cn");
  static final RegionId HL = RegionId.of("cn-hl");
  static final RegionId SYS = RegionId.of("cn-hl-sys");
  static final RegionId BAOQING = RegionId.of("cn-hl-sys-baoqing");
  static final RegionId NORTHEAST = RegionId.of("northeast");
  static final ChainId GRAPHITE = ChainId.of("graphite");
  static final FocusAreaId KEY = FocusAreaId.of("key-industries");
  static final InvestorId JIANLONG = InvestorId.of("jianlong");
  static final InvestorId JIANLONG_STEEL = InvestorId.of("jianlong-steel");
  static final ProjectId P1 = ProjectId.of("p1");
  static final ProjectId P2 = ProjectId.of("p2");
  static final Designation PROVINCIAL_2023 =
      Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023));
  static final LocalDate APR_7 = LocalDate.of(2023, 4, 7);
  static final DateRange Y2023 = DateRange.ofYear(Year.of(2023));

  static final IndustryTaxonomy INDUSTRIES =
      IndustryTaxonomy.of(
          "city",
          List.of(
              Industry.of(COAL, "Coal"),
              Industry.of(COAL_MINING, "Coal mining", COAL),
              Industry.of(POWER, "Electric power")));
  static final RegionHierarchy REGIONS =
      RegionHierarchy.of(
          List.of(
              Region.of(CN, "China", RegionKind.COUNTRY),
              Region.of(HL, "Heilongjiang", RegionKind.PROVINCE, CN),
              Region.of(SYS, "Shuangyashan", RegionKind.CITY, HL),
              Region.of(BAOQING, "Baoqing", RegionKind.COUNTY, SYS),
              Region.economic(NORTHEAST, "Northeast", List.of(HL))));
  static final IndustrialChain CHAIN =
      IndustrialChain.builder()
          .id(GRAPHITE)
          .name("Graphite")
          .industry(COAL)
          .addLink(ChainLink.of(ChainLinkId.of("mining"), "Mining"))
          .addLink(ChainLink.of(ChainLinkId.of("anode"), "Anode material"))
          .build();
  static final FocusArea FOCUS = FocusArea.of(KEY, "Key industries");

  static Investor investor(InvestorId id) {
    return Investor.builder().id(id).name("Investor " + id).build();
  }

  static Project.Builder project(ProjectId id, RegionId location, IndustryId industry) {
    return Project.builder().id(id).name("Project " + id).location(location).industry(industry);
  }

  static final Project PROJECT_1 =
      project(P1, BAOQING, COAL_MINING)
          .addInvestor(JIANLONG)
          .chainLink(ChainLinkRef.of(GRAPHITE, ChainLinkId.of("anode")))
          .addFocusArea(KEY)
          .addDesignation(PROVINCIAL_2023)
          .totalInvestment(Money.ofMajor(Currencies.CNY, 3_000_000_000L))
          .statusHistory(
              StatusHistory.empty()
                  .then(LocalDate.of(2023, 2, 1), Status.SIGNED)
                  .then(APR_7, Status.UNDER_CONSTRUCTION))
          .build();
  static final Project PROJECT_2 = project(P2, SYS, POWER).build();

  static final PromotionActivity ACTIVITY =
      PromotionActivity.builder()
          .id(ActivityId.of("a1"))
          .date(LocalDate.of(2023, 3, 1))
          .kind(ActivityKind.OUTBOUND_VISIT)
          .title("Visit")
          .addRegion(HL)
          .addCounterpart(JIANLONG)
          .addResultingProject(P1)
          .build();
  static final Signing SIGNING =
      Signing.builder()
          .id(SigningId.of("s1"))
          .date(LocalDate.of(2023, 3, 2))
          .addInvestor(JIANLONG)
          .addProject(P1)
          .activity(ActivityId.of("a1"))
          .build();
  static final Target TARGET = target("t1", Scope.of(PROVINCIAL_2023));
  static final ReportedFigure FIGURE = figure("f1", Scope.builder().region(SYS).build());

  static Target target(String id, Scope scope) {
    return Target.builder()
        .id(TargetId.of(id))
        .name("Target " + id)
        .period(Y2023)
        .scope(scope)
        .value(MetricValue.ofCount(Metric.PROJECTS, 52))
        .build();
  }

  static ReportedFigure figure(String id, Scope scope) {
    return ReportedFigure.builder()
        .id(ReportedFigureId.of(id))
        .source("Report " + id)
        .period(Y2023)
        .scope(scope)
        .addValue(MetricValue.ofCount(Metric.PROJECTS, 201))
        .build();
  }

  static Portfolio.Builder valid() {
    return Portfolio.builder()
        .industries(INDUSTRIES)
        .regions(REGIONS)
        .addChain(CHAIN)
        .addFocusArea(FOCUS)
        .addInvestor(Investor.builder().id(JIANLONG).name("Jianlong Group").origin(HL).build())
        .addInvestor(
            Investor.builder().id(JIANLONG_STEEL).name("Jianlong Steel").group(JIANLONG).build())
        .addProject(PROJECT_1)
        .addProject(PROJECT_2)
        .addActivity(ACTIVITY)
        .addSigning(SIGNING)
        .addTarget(TARGET)
        .addReportedFigure(FIGURE);
  }

  // ------------------------------------------------------------------ accessors and lookups

  @Test
  void anEmptyPortfolio() {
    Portfolio empty = Portfolio.builder().build();
    assertThat(empty.industries().size()).isZero();
    assertThat(empty.industries().scheme()).isEqualTo("none");
    assertThat(empty.regions().size()).isZero();
    assertThat(empty.chains()).isEmpty();
    assertThat(empty.focusAreas()).isEmpty();
    assertThat(empty.investors()).isEmpty();
    assertThat(empty.projects()).isEmpty();
    assertThat(empty.activities()).isEmpty();
    assertThat(empty.signings()).isEmpty();
    assertThat(empty.targets()).isEmpty();
    assertThat(empty.reportedFigures()).isEmpty();
    assertThat(Portfolio.builder().violations()).isEmpty();
    assertThat(empty)
        .hasToString(
            "Portfolio[industries=0, regions=0, chains=0, focusAreas=0, investors=0, projects=0,"
                + " activities=0, signings=0, targets=0, reportedFigures=0]");
  }

  @Test
  void holdsEverythingInInsertionOrder() {
    Portfolio p = valid().build();
    assertThat(p.industries()).isEqualTo(INDUSTRIES);
    assertThat(p.regions()).isEqualTo(REGIONS);
    assertThat(p.chains()).containsExactly(CHAIN);
    assertThat(p.focusAreas()).containsExactly(FOCUS);
    assertThat(p.investors()).extracting(Investor::id).containsExactly(JIANLONG, JIANLONG_STEEL);
    assertThat(p.projects()).containsExactly(PROJECT_1, PROJECT_2);
    assertThat(p.activities()).containsExactly(ACTIVITY);
    assertThat(p.signings()).containsExactly(SIGNING);
    assertThat(p.targets()).containsExactly(TARGET);
    assertThat(p.reportedFigures()).containsExactly(FIGURE);
    assertThat(p)
        .hasToString(
            "Portfolio[industries=3, regions=5, chains=1, focusAreas=1, investors=2, projects=2,"
                + " activities=1, signings=1, targets=1, reportedFigures=1]");
  }

  @Test
  void lookupsById() {
    Portfolio p = valid().build();
    assertThat(p.project(P2)).contains(PROJECT_2);
    assertThat(p.project(ProjectId.of("p3"))).isEmpty();
    assertThat(p.investor(JIANLONG_STEEL).orElseThrow().group()).contains(JIANLONG);
    assertThat(p.investor(InvestorId.of("x"))).isEmpty();
    assertThat(p.chain(GRAPHITE)).contains(CHAIN);
    assertThat(p.chain(ChainId.of("x"))).isEmpty();
    assertThat(p.focusArea(KEY)).contains(FOCUS);
    assertThat(p.focusArea(FocusAreaId.of("x"))).isEmpty();
    assertThat(p.activity(ActivityId.of("a1"))).contains(ACTIVITY);
    assertThat(p.activity(ActivityId.of("x"))).isEmpty();
    assertThat(p.signing(SigningId.of("s1"))).contains(SIGNING);
    assertThat(p.signing(SigningId.of("x"))).isEmpty();
    assertThat(p.target(TargetId.of("t1"))).contains(TARGET);
    assertThat(p.target(TargetId.of("x"))).isEmpty();
    assertThat(p.reportedFigure(ReportedFigureId.of("f1"))).contains(FIGURE);
    assertThat(p.reportedFigure(ReportedFigureId.of("x"))).isEmpty();
  }

  // ------------------------------------------------------------------ scopes

  @Test
  void everyProjectIsInTheScopeOfAll() {
    Portfolio p = valid().build();
    assertThat(p.isInScope(PROJECT_1, Scope.all(), APR_7)).isTrue();
    assertThat(p.isInScope(PROJECT_2, Scope.all(), APR_7)).isTrue();
    assertThat(p.projectsIn(Scope.all(), APR_7)).containsExactly(PROJECT_1, PROJECT_2);
  }

  @Test
  void aDesignationScope() {
    Portfolio p = valid().build();
    assertThat(p.projectsIn(Scope.of(PROVINCIAL_2023), APR_7)).containsExactly(PROJECT_1);
    Scope lastYear = Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2022)));
    assertThat(p.projectsIn(lastYear, APR_7)).isEmpty();
  }

  @Test
  void aRegionScopeIncludesSubregionsAndEconomicRegions() {
    Portfolio p = valid().build();
    assertThat(p.projectsIn(Scope.builder().region(BAOQING).build(), APR_7))
        .containsExactly(PROJECT_1);
    assertThat(p.projectsIn(Scope.builder().region(SYS).build(), APR_7))
        .containsExactly(PROJECT_1, PROJECT_2);
    assertThat(p.projectsIn(Scope.builder().region(CN).build(), APR_7))
        .containsExactly(PROJECT_1, PROJECT_2);
    assertThat(p.projectsIn(Scope.builder().region(NORTHEAST).build(), APR_7))
        .containsExactly(PROJECT_1, PROJECT_2);
  }

  @Test
  void anIndustryScopeIncludesSubindustries() {
    Portfolio p = valid().build();
    assertThat(p.projectsIn(Scope.builder().industry(COAL).build(), APR_7))
        .containsExactly(PROJECT_1);
    assertThat(p.projectsIn(Scope.builder().industry(COAL_MINING).build(), APR_7))
        .containsExactly(PROJECT_1);
    assertThat(p.projectsIn(Scope.builder().industry(POWER).build(), APR_7))
        .containsExactly(PROJECT_2);
  }

  @Test
  void aFocusAreaScope() {
    Portfolio p = valid().build();
    assertThat(p.projectsIn(Scope.builder().focusArea(KEY).build(), APR_7))
        .containsExactly(PROJECT_1);
  }

  @Test
  void aStatusScopeDependsOnTheDay() {
    Portfolio p = valid().build();
    Scope started = Scope.builder().status(Status.UNDER_CONSTRUCTION).build();
    Scope signed = Scope.builder().status(Status.SIGNED).build();
    assertThat(p.projectsIn(started, APR_7)).containsExactly(PROJECT_1);
    assertThat(p.projectsIn(started, APR_7.minusDays(1))).isEmpty();
    assertThat(p.projectsIn(signed, APR_7.minusDays(1))).containsExactly(PROJECT_1);
    assertThat(p.projectsIn(signed, LocalDate.of(2023, 1, 31))).isEmpty();
  }

  @Test
  void everyConditionMustHold() {
    Portfolio p = valid().build();
    Scope both = Scope.builder().designation(PROVINCIAL_2023).industry(POWER).build();
    assertThat(p.projectsIn(both, APR_7)).isEmpty();
    Scope all =
        Scope.builder()
            .designation(PROVINCIAL_2023)
            .region(SYS)
            .industry(COAL)
            .focusArea(KEY)
            .status(Status.UNDER_CONSTRUCTION)
            .build();
    assertThat(p.projectsIn(all, APR_7)).containsExactly(PROJECT_1);
  }

  @Test
  void aScopeOfAnUnknownRegionOrIndustryIsAnError() {
    Portfolio p = valid().build();
    assertThatThrownBy(
            () -> p.isInScope(PROJECT_1, Scope.builder().region(RegionId.of("x")).build(), APR_7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Region hierarchy has no region 'x'");
    assertThatThrownBy(
            () ->
                p.isInScope(PROJECT_1, Scope.builder().industry(IndustryId.of("x")).build(), APR_7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Industry taxonomy 'city' has no industry 'x'");
  }

  // ------------------------------------------------------------------ value semantics

  @Test
  void toBuilderRebuildsAnEqualPortfolio() {
    Portfolio p = valid().build();
    assertThat(p.toBuilder().violations()).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    Portfolio more =
        p.toBuilder().addProject(project(ProjectId.of("p3"), SYS, POWER).build()).build();
    assertThat(more.projects()).hasSize(3);
    assertThat(p.projects()).hasSize(2);
  }

  @Test
  void theBuilderCanBeReusedAndChangedAfterBuilding() {
    Portfolio.Builder b = valid();
    Portfolio first = b.build();
    b.addProject(project(ProjectId.of("p3"), SYS, POWER).build());
    assertThat(first.projects()).hasSize(2);
    assertThat(b.build().projects()).hasSize(3);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(valid().build(), valid().build(), valid().build().toBuilder().build())
        .addEqualityGroup(Portfolio.builder().build(), Portfolio.builder().build())
        .addEqualityGroup(
            valid().addProject(project(ProjectId.of("p3"), SYS, POWER).build()).build())
        .addEqualityGroup(valid().addInvestor(investor(InvestorId.of("i3"))).build())
        .addEqualityGroup(valid().addFocusArea(FocusArea.of(FocusAreaId.of("f2"), "F2")).build())
        .addEqualityGroup(valid().addTarget(target("t2", Scope.all())).build())
        .addEqualityGroup(valid().addReportedFigure(figure("f2", Scope.all())).build())
        .addEqualityGroup(Portfolio.builder().industries(INDUSTRIES).build())
        .addEqualityGroup(Portfolio.builder().regions(REGIONS).build())
        .testEquals();
  }

  @Test
  void equalityFollowsThePortfolioOrder() {
    Portfolio a =
        Portfolio.builder()
            .regions(REGIONS)
            .industries(INDUSTRIES)
            .addProject(PROJECT_2)
            .addProject(project(P1, SYS, POWER).build())
            .build();
    Portfolio b =
        Portfolio.builder()
            .regions(REGIONS)
            .industries(INDUSTRIES)
            .addProject(project(P1, SYS, POWER).build())
            .addProject(PROJECT_2)
            .build();
    assertThat(a).isNotEqualTo(b);
    assertThat(a.projects()).extracting(Project::id).containsExactly(P2, P1);
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Portfolio.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(valid().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Portfolio.builder());
  }

  // ------------------------------------------------------------------ bulk validation

  private static Violation duplicate(String kind, String id) {
    return Violation.of(
        Violation.Rule.DUPLICATE_ID, kind, id, "id '" + id + "' is used by more than one " + kind);
  }

  private static Violation unresolved(
      String kind, String id, String field, String ref, String what) {
    return Violation.of(
        Violation.Rule.UNRESOLVED_REFERENCE,
        kind,
        id,
        "'" + field + "' '" + ref + "' is not " + what + " of the portfolio");
  }

  /** Each case breaks the valid portfolio in one way and names the one violation it causes. */
  static Stream<Arguments> brokenPortfolios() {
    RegionId nowhere = RegionId.of("nowhere");
    IndustryId noIndustry = IndustryId.of("no-industry");
    InvestorId nobody = InvestorId.of("nobody");
    ProjectId noProject = ProjectId.of("no-project");
    FocusAreaId noFocus = FocusAreaId.of("no-focus");
    return Stream.of(
        broken("duplicate chain", b -> b.addChain(CHAIN), duplicate("chain", "graphite")),
        broken(
            "duplicate focus area",
            b -> b.addFocusArea(FocusArea.of(KEY, "Again")),
            duplicate("focus-area", "key-industries")),
        broken(
            "duplicate investor",
            b -> b.addInvestor(investor(JIANLONG)),
            duplicate("investor", "jianlong")),
        broken("duplicate project", b -> b.addProject(PROJECT_2), duplicate("project", "p2")),
        broken("duplicate activity", b -> b.addActivity(ACTIVITY), duplicate("activity", "a1")),
        broken("duplicate signing", b -> b.addSigning(SIGNING), duplicate("signing", "s1")),
        broken(
            "duplicate target",
            b -> b.addTarget(target("t1", Scope.all())),
            duplicate("target", "t1")),
        broken(
            "duplicate reported figure",
            b -> b.addReportedFigure(figure("f1", Scope.all())),
            duplicate("reported-figure", "f1")),
        broken(
            "chain industry",
            b ->
                b.addChain(
                    IndustrialChain.builder()
                        .id(ChainId.of("c2"))
                        .name("C2")
                        .industry(noIndustry)
                        .build()),
            unresolved("chain", "c2", "industry", "no-industry", "an industry")),
        broken(
            "investor origin",
            b ->
                b.addInvestor(
                    Investor.builder().id(InvestorId.of("i9")).name("I").origin(nowhere).build()),
            unresolved("investor", "i9", "origin", "nowhere", "a region")),
        broken(
            "investor group",
            b ->
                b.addInvestor(
                    Investor.builder().id(InvestorId.of("i9")).name("I").group(nobody).build()),
            unresolved("investor", "i9", "group", "nobody", "an investor")),
        broken(
            "project investor",
            b -> b.addProject(project(ProjectId.of("p9"), SYS, POWER).addInvestor(nobody).build()),
            unresolved("project", "p9", "investors", "nobody", "an investor")),
        broken(
            "project location",
            b -> b.addProject(project(ProjectId.of("p9"), nowhere, POWER).build()),
            unresolved("project", "p9", "location", "nowhere", "a region")),
        broken(
            "project industry",
            b -> b.addProject(project(ProjectId.of("p9"), SYS, noIndustry).build()),
            unresolved("project", "p9", "industry", "no-industry", "an industry")),
        broken(
            "project chain",
            b ->
                b.addProject(
                    project(ProjectId.of("p9"), SYS, POWER)
                        .chainLink(ChainLinkRef.of(ChainId.of("no-chain"), ChainLinkId.of("anode")))
                        .build()),
            unresolved("project", "p9", "chainLink", "no-chain/anode", "a link of a chain")),
        broken(
            "project chain link",
            b ->
                b.addProject(
                    project(ProjectId.of("p9"), SYS, POWER)
                        .chainLink(ChainLinkRef.of(GRAPHITE, ChainLinkId.of("no-link")))
                        .build()),
            unresolved("project", "p9", "chainLink", "graphite/no-link", "a link of a chain")),
        broken(
            "project focus area",
            b ->
                b.addProject(project(ProjectId.of("p9"), SYS, POWER).addFocusArea(noFocus).build()),
            unresolved("project", "p9", "focusAreas", "no-focus", "a focus area")),
        broken(
            "activity region",
            b -> b.addActivity(activity("a9").addRegion(nowhere).build()),
            unresolved("activity", "a9", "regions", "nowhere", "a region")),
        broken(
            "activity counterpart",
            b -> b.addActivity(activity("a9").addCounterpart(nobody).build()),
            unresolved("activity", "a9", "counterparts", "nobody", "an investor")),
        broken(
            "activity resulting project",
            b -> b.addActivity(activity("a9").addResultingProject(noProject).build()),
            unresolved("activity", "a9", "resultingProjects", "no-project", "a project")),
        broken(
            "signing investor",
            b -> b.addSigning(signing("s9").addInvestor(nobody).build()),
            unresolved("signing", "s9", "investors", "nobody", "an investor")),
        broken(
            "signing project",
            b -> b.addSigning(signing("s9").addInvestor(JIANLONG).addProject(noProject).build()),
            unresolved("signing", "s9", "projects", "no-project", "a project")),
        broken(
            "signing activity",
            b ->
                b.addSigning(
                    signing("s9")
                        .addInvestor(JIANLONG)
                        .activity(ActivityId.of("no-activity"))
                        .build()),
            unresolved("signing", "s9", "activity", "no-activity", "an activity")),
        broken(
            "target region",
            b -> b.addTarget(target("t9", Scope.builder().region(nowhere).build())),
            unresolved("target", "t9", "scope.region", "nowhere", "a region")),
        broken(
            "target industry",
            b -> b.addTarget(target("t9", Scope.builder().industry(noIndustry).build())),
            unresolved("target", "t9", "scope.industry", "no-industry", "an industry")),
        broken(
            "target focus area",
            b -> b.addTarget(target("t9", Scope.builder().focusArea(noFocus).build())),
            unresolved("target", "t9", "scope.focusArea", "no-focus", "a focus area")),
        broken(
            "reported figure region",
            b -> b.addReportedFigure(figure("f9", Scope.builder().region(nowhere).build())),
            unresolved("reported-figure", "f9", "scope.region", "nowhere", "a region")),
        broken(
            "reported figure industry",
            b -> b.addReportedFigure(figure("f9", Scope.builder().industry(noIndustry).build())),
            unresolved("reported-figure", "f9", "scope.industry", "no-industry", "an industry")),
        broken(
            "reported figure focus area",
            b -> b.addReportedFigure(figure("f9", Scope.builder().focusArea(noFocus).build())),
            unresolved("reported-figure", "f9", "scope.focusArea", "no-focus", "a focus area")));
  }

  private static Arguments broken(
      String name, UnaryOperator<Portfolio.Builder> breaker, Violation expected) {
    return Arguments.of(name, breaker, expected);
  }

  private static PromotionActivity.Builder activity(String id) {
    return PromotionActivity.builder()
        .id(ActivityId.of(id))
        .date(APR_7)
        .kind(ActivityKind.CONFERENCE)
        .title("Activity " + id);
  }

  private static Signing.Builder signing(String id) {
    return Signing.builder().id(SigningId.of(id)).date(APR_7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPortfolios")
  void eachBrokenRuleIsReportedAlone(
      String name, UnaryOperator<Portfolio.Builder> breaker, Violation expected) {
    Portfolio.Builder b = breaker.apply(valid());
    assertThat(b.violations()).containsExactly(expected);
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidPortfolioException.class,
            e -> assertThat(e.violations()).containsExactly(expected))
        .hasMessage("Portfolio breaks 1 rule(s):\n  " + expected);
  }

  @Test
  void everyViolationIsReportedAtOnceAndSorted() {
    Portfolio.Builder b = valid();
    List<Violation> expected = new ArrayList<>();
    brokenPortfolios()
        .forEach(
            args -> {
              @SuppressWarnings("unchecked")
              UnaryOperator<Portfolio.Builder> breaker =
                  (UnaryOperator<Portfolio.Builder>) args.get()[1];
              assertThat(breaker.apply(b)).isSameAs(b);
              expected.add((Violation) args.get()[2]);
            });
    // The cases reuse the ids p9, i9, a9, s9, t9 and f9: each reuse is one more duplicate.
    expected.add(duplicate("investor", "i9"));
    for (int i = 0; i < 5; i++) {
      expected.add(duplicate("project", "p9"));
    }
    expected.add(duplicate("activity", "a9"));
    expected.add(duplicate("activity", "a9"));
    expected.add(duplicate("signing", "s9"));
    expected.add(duplicate("signing", "s9"));
    expected.add(duplicate("target", "t9"));
    expected.add(duplicate("target", "t9"));
    expected.add(duplicate("reported-figure", "f9"));
    expected.add(duplicate("reported-figure", "f9"));
    List<Violation> sorted = new ArrayList<>(expected);
    sorted.sort(null);

    assertThat(b.violations()).hasSize(29 + 14).containsExactlyElementsOf(sorted);
    assertThat(b.violations()).isSorted();
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidPortfolioException.class,
            e -> assertThat(e.violations()).containsExactlyElementsOf(sorted))
        .hasMessageStartingWith("Portfolio breaks 43 rule(s):\n  " + sorted.get(0))
        .hasMessageEndingWith("\n  ... and 23 more");
  }

  @Test
  void violationsDoNotDependOnTheOrderOfTheRecords() {
    Portfolio.Builder forward =
        valid()
            .addProject(project(ProjectId.of("z"), RegionId.of("r2"), POWER).build())
            .addProject(project(ProjectId.of("a"), RegionId.of("r1"), POWER).build());
    Portfolio.Builder backward =
        valid()
            .addProject(project(ProjectId.of("a"), RegionId.of("r1"), POWER).build())
            .addProject(project(ProjectId.of("z"), RegionId.of("r2"), POWER).build());
    assertThat(forward.violations())
        .isEqualTo(backward.violations())
        .containsExactly(
            unresolved("project", "a", "location", "r1", "a region"),
            unresolved("project", "z", "location", "r2", "a region"));
  }
}
