package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.measure.Unit;
import io.github.attract.portfolio.InvalidPortfolioException;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.projection.TargetProgress;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.ProjectContext;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The law of the index of an edited portfolio: after any sequence of edits (replace, add, remove),
 * every aggregation of the edited portfolio equals that of a portfolio built from scratch with the
 * same projects, whether the original's index was built before the edits (then the edited index is
 * derived from it, its columns patched) or not, and whether the portfolios between the edits were
 * queried or not. The original keeps its answers.
 */
class IndexEditingProperties {
  private static final int TRIES = 60;
  private static final LocalDate ON = LocalDate.of(2023, 6, 30);
  private static final YearMonth MONTH = YearMonth.of(2023, 6);
  private static final Year YEAR = Year.of(2023);

  private static final List<Dimension<?>> DIMENSIONS =
      List.of(
          Dimensions.industry(),
          Dimensions.industry(1),
          Dimensions.status(),
          Dimensions.statusOn(ON),
          Dimensions.location(),
          Dimensions.location(RegionKind.CITY),
          Dimensions.sizeBand(),
          Dimensions.startYear(),
          Dimensions.signingYear(),
          Dimensions.provenance(),
          Dimensions.chain(),
          Dimensions.chainLink(),
          Dimensions.focusArea(),
          Dimensions.designation(),
          Dimensions.designationKind(),
          Dimensions.designationKind(YEAR),
          Dimensions.sourceRegion(),
          Dimensions.sourceEconomicRegion(),
          Dimensions.investor());

  private static final List<Measure<?>> MEASURES = measures();

  private static List<Measure<?>> measures() {
    List<Measure<?>> all =
        new ArrayList<>(
            List.of(
                Measures.count(),
                Measures.totalInvestment(),
                Measures.annualPlannedInvestment(YEAR),
                Measures.completedInvestment(MONTH),
                Measures.completedInvestmentYearToDate(MONTH),
                Measures.fundsInPlace(MONTH),
                Measures.fundsInPlaceYearToDate(MONTH),
                Measures.contractValue(),
                Measures.expectedRevenue(),
                Measures.expectedJobs(),
                Measures.capacity(Unit.MEGAWATT)));
    all.addAll(Measures.provenanceParts(Measures.annualPlannedInvestment(YEAR)));
    all.addAll(Measures.provenanceParts(Measures.completedInvestment(MONTH)));
    all.addAll(Measures.provenanceParts(Measures.totalInvestment()));
    return List.copyOf(all);
  }

  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(0, 25),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  /** What an edit does. */
  enum Kind {
    REPLACE,
    ADD,
    REMOVE
  }

  /** One edit: the project put in (replace, add) or the id taken out (remove). */
  record Step(Kind kind, ProjectId id, Project project, boolean queryAfter) {}

  record Case(Portfolio portfolio, boolean queryFirst, List<Step> steps) {}

  @Test
  void everyAggregationOfAnEditedPortfolioEqualsThatOfThePortfolioBuiltWithTheEdits() {
    Property.forAll(cases())
        .tries(TRIES)
        .check(
            c -> {
              Portfolio original = c.portfolio();
              List<Object> before = c.queryFirst() ? answers(original) : null;
              Portfolio edited = original;
              for (Step s : c.steps()) {
                edited = apply(edited, s);
                if (s.queryAfter()) {
                  assertThat(answers(edited)).isEqualTo(answers(rebuilt(edited)));
                }
              }
              Portfolio scratch = rebuilt(edited);
              assertThat(edited).isEqualTo(scratch);
              assertThat(answers(edited)).isEqualTo(answers(scratch));
              assertThat(ColumnarIndex.of(scratch).isDerived()).isFalse();
              if (before != null) {
                assertThat(answers(original)).as("the original is untouched").isEqualTo(before);
              }
            });
  }

  @Test
  void anEditOfAQueriedPortfolioDerivesItsIndexWhenItsCurrenciesStay() {
    Property.forAll(replacements())
        .tries(TRIES)
        .check(
            r -> {
              Portfolio p = r.portfolio();
              answers(p);
              Portfolio edited = p.withProject(r.project());
              ColumnarIndex index = ColumnarIndex.of(edited);
              assertThat(index.isDerived()).isTrue();
              assertThat(index.carriedColumns()).isPositive();
              assertThat(answers(edited)).isEqualTo(answers(rebuilt(edited)));
            });
  }

  private record Replacement(Portfolio portfolio, Project project) {}

  /** A portfolio and a project to replace one of it, in that one's currency. */
  private static Gen<Replacement> replacements() {
    return Gens.combine(DomainGens.portfolios(1, 25), Gens.ints(0, 999), Start2::new)
        .flatMap(
            s -> {
              Project old = s.portfolio().projects().get(s.n() % s.portfolio().projects().size());
              ProjectContext context =
                  ProjectContext.of(s.portfolio()).withCurrencies(List.of(old.currency()));
              return DomainGens.projects(context, old.id())
                  .map(q -> new Replacement(s.portfolio(), q));
            });
  }

  private record Start2(Portfolio portfolio, int n) {}

  private static Portfolio apply(Portfolio p, Step s) {
    try {
      return s.kind() == Kind.REMOVE ? p.withoutProject(s.id()) : p.withProject(s.project());
    } catch (InvalidPortfolioException e) {
      return p; // a removal that a signing or activity forbids: the edit is refused
    }
  }

  /** The portfolio built from scratch with the same records. */
  private static Portfolio rebuilt(Portfolio p) {
    return p.toBuilder().build();
  }

  private static Gen<Case> cases() {
    return Gens.combine(PORTFOLIOS, Gens.booleans(), Gens.ints(1, 4), Start::new)
        .flatMap(
            start ->
                steps(start.portfolio(), ids(start.portfolio()), start.edits(), 0)
                    .map(steps -> new Case(start.portfolio(), start.queryFirst(), steps)));
  }

  private record Start(Portfolio portfolio, boolean queryFirst, int edits) {}

  private static List<ProjectId> ids(Portfolio p) {
    return p.projects().stream().map(Project::id).toList();
  }

  /** Generates edits against the ids as they stand after the edits before. */
  private static Gen<List<Step>> steps(Portfolio p, List<ProjectId> ids, int left, int serial) {
    if (left == 0) {
      return Gens.constant(List.of());
    }
    Gen<Kind> kinds = ids.isEmpty() ? Gens.constant(Kind.ADD) : Gens.elements(Kind.values());
    return Gens.combine(kinds, Gens.ints(0, 999), Gens.booleans(), Pick::new)
        .flatMap(
            pick -> {
              ProjectId id =
                  pick.kind() == Kind.ADD
                      ? ProjectId.of("edit-" + serial)
                      : ids.get(pick.n() % ids.size());
              List<ProjectId> after = new ArrayList<>(ids);
              if (pick.kind() == Kind.ADD) {
                after.add(id);
              } else if (pick.kind() == Kind.REMOVE) {
                after.remove(id);
              }
              return projects(p, id, pick.n())
                  .flatMap(
                      project ->
                          steps(p, after, left - 1, serial + 1)
                              .map(
                                  rest -> {
                                    List<Step> all = new ArrayList<>();
                                    all.add(new Step(pick.kind(), id, project, pick.query()));
                                    all.addAll(rest);
                                    return all;
                                  }));
            });
  }

  private record Pick(Kind kind, int n, boolean query) {}

  /** New projects of the portfolio's context: its currencies, sometimes huge amounts. */
  private static Gen<Project> projects(Portfolio p, ProjectId id, int n) {
    TreeMap<String, Currency> currencies = new TreeMap<>();
    p.projects().forEach(q -> currencies.put(q.currency().getCurrencyCode(), q.currency()));
    ProjectContext context = ProjectContext.of(p).withHugeAmounts(n % 5 == 0);
    if (!currencies.isEmpty() && n % 3 != 0) {
      context = context.withCurrencies(List.copyOf(currencies.values()));
    }
    return DomainGens.projects(context, id);
  }

  /** Everything the engine answers over a portfolio, failures as their messages. */
  static List<Object> answers(Portfolio p) {
    List<Object> out = new ArrayList<>();
    Measure<?>[] measures = MEASURES.toArray(new Measure<?>[0]);
    for (Dimension<?> d : DIMENSIONS) {
      out.add(attempt(() -> Aggregation.over(p).by(d).measuring(measures).run()));
    }
    out.add(
        attempt(
            () ->
                Aggregation.over(p)
                    .by(Dimensions.industry(1), Dimensions.statusOn(ON))
                    .measuring(measures)
                    .run()));
    out.add(
        attempt(
            () ->
                Aggregation.over(p)
                    .by(Dimensions.focusArea(), Dimensions.status())
                    .measuring(Measures.count(), Measures.totalInvestment())
                    .run()));
    out.add(attempt(() -> Aggregation.over(p).total(measures)));
    out.add(
        attempt(
            () ->
                Aggregation.over(p).parallel().by(Dimensions.status()).measuring(measures).run()));
    out.add(attempt(() -> Funnels.byPeriod(p, io.github.attract.time.DateRange.ofYear(YEAR))));
    out.add(attempt(() -> Funnels.byCohort(p, YEAR, ON)));
    out.add(
        attempt(
            () ->
                CohortFunnel.bySigningDate(p, io.github.attract.time.DateRange.ofYear(YEAR), ON)));
    out.add(attempt(() -> Kpis.startRate(p, ProjectBase.all(), ON)));
    out.add(attempt(() -> Kpis.productionRate(p, ProjectBase.signedIn(YEAR), ON)));
    out.add(attempt(() -> Kpis.contractFulfilmentRate(p, YEAR, ON)));
    out.add(attempt(() -> Kpis.planCompletion(p, ProjectBase.all(), MONTH)));
    out.add(
        attempt(
            () -> Kpis.fundsInPlaceRate(p, ProjectBase.all(), MONTH, FundsBase.TOTAL_INVESTMENT)));
    out.add(attempt(() -> Schedules.of(SpreadProfile.even()).byYear(p, YEAR, Year.of(2025))));
    out.add(attempt(() -> TargetProgress.all(p, ON)));
    return out;
  }

  private static Object attempt(Supplier<?> answer) {
    try {
      return answer.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
