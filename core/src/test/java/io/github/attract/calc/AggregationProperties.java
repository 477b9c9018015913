package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.Kernel;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.calc.engine.Partial;
import io.github.attract.money.Currencies;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The laws of the aggregation API on generated portfolios: partition, split, identity,
 * associativity, commutativity, shuffle invariance, exact shares, the naive oracle, overflow,
 * parallel runs and multi-membership.
 *
 * <p>The portfolios come from {@link DomainGens}: ordinary ones, multi-currency ones, and ones
 * whose amounts lie near {@code Long.MAX_VALUE} minor units so that sums overflow a {@code long}.
 */
class AggregationProperties {
  private static final int TRIES = 100;

  static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(0, 30),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  private static final Gen<LocalDate> DATES = DomainGens.dates();

  private static final List<Dimension<?>> SINGLE =
      List.of(
          Dimensions.industry(),
          Dimensions.industry(1),
          Dimensions.status(),
          Dimensions.statusOn(LocalDate.of(2022, 10, 1)),
          Dimensions.location(),
          Dimensions.location(RegionKind.CITY),
          Dimensions.sizeBand(),
          Dimensions.startYear(),
          Dimensions.signingYear(),
          Dimensions.provenance(),
          Dimensions.chain(),
          Dimensions.chainLink());

  private static final List<Dimension<?>> MULTI =
      List.of(
          Dimensions.focusArea(),
          Dimensions.designation(),
          Dimensions.designationKind(),
          Dimensions.designationKind(Year.of(2023)),
          Dimensions.sourceRegion(),
          Dimensions.sourceRegion(RegionKind.COUNTRY),
          Dimensions.sourceEconomicRegion(),
          Dimensions.investor());

  private static final Measure<?>[] MEASURES = {
    Measures.count(),
    Measures.totalInvestment(),
    Measures.annualPlannedInvestment(Year.of(2023)),
    Measures.completedInvestment(java.time.YearMonth.of(2023, 6)),
    Measures.contractValue(),
    Measures.expectedRevenue(),
    Measures.expectedJobs(),
    Measures.capacity(io.github.attract.measure.Unit.MEGAWATT)
  };

  private static <K extends Comparable<?>> Breakdown<K> run(Portfolio p, Dimension<K> d) {
    return Aggregation.over(p).by(d).measuring(MEASURES).run();
  }

  @Test
  void singleValuedRowsPartitionTheProjects() {
    Property.forAll(PORTFOLIOS)
        .tries(TRIES)
        .check(
            p -> {
              Totals all = Aggregation.over(p).total(MEASURES);
              assertThat(all.count()).isEqualTo(p.projects().size());
              for (Dimension<?> d : SINGLE) {
                Breakdown<?> b = run(p, d);
                assertThat(b.isAdditive()).isTrue();
                assertThat(sumOfRows(b)).as(d.name()).isEqualTo(all);
                assertThat(b.total()).as(d.name()).isEqualTo(all);
              }
            });
  }

  @Test
  void multiValuedRowsAreNotAdditiveButTheTotalCountsEachProjectOnce() {
    Property.forAll(PORTFOLIOS)
        .tries(TRIES)
        .check(
            p -> {
              Totals all = Aggregation.over(p).total(MEASURES);
              for (Dimension<?> d : MULTI) {
                Breakdown<?> b = run(p, d);
                assertThat(b.isAdditive()).isFalse();
                assertThat(b.total()).as(d.name()).isEqualTo(all);
                long memberships = 0;
                for (Row<?> r : b.rows()) {
                  memberships += r.count();
                }
                assertThat(memberships).as(d.name()).isGreaterThanOrEqualTo(all.count());
              }
              long expected = 0;
              for (Project project : p.projects()) {
                expected += Math.max(1, project.focusAreas().size());
              }
              long rows = 0;
              for (Row<?> r : run(p, Dimensions.focusArea()).rows()) {
                rows += r.count();
              }
              assertThat(rows).isEqualTo(expected);
            });
  }

  private static Totals sumOfRows(Breakdown<?> b) {
    Totals sum = Totals.empty(b.measures());
    for (Row<?> r : b.rows()) {
      sum = sum.combinedWith(r.totals());
    }
    return sum;
  }

  @Test
  void splitIdentityAssociativityAndCommutativity() {
    Property.forAll(PORTFOLIOS, Gens.ints(0, 100), Gens.ints(0, 100))
        .tries(TRIES)
        .check(
            (p, x, y) -> {
              List<Project> all = p.projects();
              int i = all.size() * Math.min(x, y) / 100;
              int j = all.size() * Math.max(x, y) / 100;
              for (Dimension<?> d : List.of(Dimensions.industry(1), Dimensions.focusArea())) {
                laws(p, d, all, i, j);
              }
            });
  }

  private static <K extends Comparable<?>> void laws(
      Portfolio p, Dimension<K> d, List<Project> all, int i, int j) {
    BreakdownQuery<K> q = Aggregation.over(p).by(d).measuring(MEASURES);
    Breakdown<K> a = all.subList(0, i).stream().collect(q.collector());
    Breakdown<K> b = all.subList(i, j).stream().collect(q.collector());
    Breakdown<K> c = all.subList(j, all.size()).stream().collect(q.collector());
    Breakdown<K> whole = q.run();
    assertThat(a.combinedWith(b).combinedWith(c)).isEqualTo(whole);
    assertThat(a.combinedWith(b.combinedWith(c))).isEqualTo(whole);
    assertThat(a.combinedWith(b)).isEqualTo(b.combinedWith(a));
    assertThat(q.empty().combinedWith(a)).isEqualTo(a);
    assertThat(a.combinedWith(q.empty())).isEqualTo(a);
    Breakdown<K> fold = q.empty();
    for (Project project : all) {
      fold = fold.combinedWith(q.of(project));
    }
    assertThat(fold).isEqualTo(whole);
  }

  @Test
  void shuffledAndParallelStreamsGiveTheSameBreakdown() {
    Property.forAll(
            PORTFOLIOS.flatMap(p -> Gens.shuffle(p.projects()).map(s -> new Shuffled(p, s))))
        .tries(TRIES)
        .check(
            s -> {
              for (Dimension<?> d : List.of(Dimensions.status(), Dimensions.designation())) {
                streams(s, d);
              }
            });
  }

  record Shuffled(Portfolio portfolio, List<Project> projects) {}

  private static <K extends Comparable<?>> void streams(Shuffled s, Dimension<K> d) {
    BreakdownQuery<K> q = Aggregation.over(s.portfolio()).by(d).measuring(MEASURES);
    Breakdown<K> whole = q.run();
    assertThat(s.projects().stream().collect(q.collector())).isEqualTo(whole);
    assertThat(s.projects().parallelStream().collect(q.collector())).isEqualTo(whole);
    assertThat(Aggregation.over(s.portfolio()).parallel().by(d).measuring(MEASURES).run())
        .isEqualTo(whole);
  }

  @Test
  void anySplitOfTheKernelGivesTheSequentialSums() {
    Property.forAll(PORTFOLIOS, Gens.ints(1, 20), Gens.ints(1, 8))
        .tries(TRIES)
        .check(
            (p, chunk, threads) -> {
              Execution run = new Execution(Aggregation.over(p), ImmutableList.copyOf(MEASURES));
              KeyColumn<?> industry = Dimensions.industry(1).column(run.index);
              KeyColumn<?> focus = Dimensions.focusArea().column(run.index);
              for (Kernel.Plan plan :
                  List.of(
                      run.plan(industry, null, null),
                      run.plan(industry, focus, null),
                      run.plan(focus, industry, null),
                      run.plan(null, null, null))) {
                Partial whole = Kernel.run(plan, 0, plan.positions);
                Partial parts = Kernel.runParallel(plan, chunk, threads);
                for (int cell = 0; cell < plan.cells; cell++) {
                  assertThat(run.totals(parts, cell)).isEqualTo(run.totals(whole, cell));
                }
              }
            });
  }

  @Test
  void equalsTheNaiveOracleAlsoBeyondLongMinorUnits() {
    Property.forAll(PORTFOLIOS)
        .tries(TRIES)
        .check(
            p -> {
              check(
                  p,
                  Dimensions.industry(1),
                  x -> List.of(p.industries().rollUp(x.industry(), 1).id().value()));
              check(
                  p,
                  Dimensions.focusArea(),
                  x -> x.focusAreas().stream().map(Object::toString).toList());
              check(
                  p,
                  Dimensions.designation(),
                  x -> x.designations().stream().map(Object::toString).toList());
              check(
                  p,
                  Dimensions.statusOn(LocalDate.of(2022, 10, 1)),
                  x ->
                      x.statusOn(LocalDate.of(2022, 10, 1))
                          .map(s -> List.of(s.code()))
                          .orElse(List.of()));
              assertThat(Oracle.of(Aggregation.over(p).total(Oracle.MEASURES)))
                  .isEqualTo(Oracle.sums(p.projects()));
            });
  }

  private static <K extends Comparable<?>> void check(
      Portfolio p, Dimension<K> d, Function<Project, ? extends Collection<String>> keys) {
    Breakdown<K> b = Aggregation.over(p).by(d).measuring(Oracle.MEASURES).run();
    assertThat(Oracle.of(b)).as(d.name()).isEqualTo(Oracle.byKey(p.projects(), keys));
  }

  @Test
  void sharesAddUpToExactlyAHundredAtEveryScale() {
    Property.forAll(PORTFOLIOS, Gens.ints(0, 6))
        .tries(TRIES)
        .check(
            (p, scale) -> {
              BigDecimal hundred = new BigDecimal(100).setScale(scale);
              for (Dimension<?> d :
                  List.of(Dimensions.industry(), Dimensions.focusArea(), Dimensions.sizeBand())) {
                Breakdown<?> b = run(p, d);
                for (Shares<?> s :
                    List.of(
                        b.shares(Measures.count(), scale),
                        b.shares(Measures.totalInvestment(), Currencies.CNY, scale),
                        b.shares(Measures.expectedJobs(), scale),
                        b.shares(
                            Measures.capacity(io.github.attract.measure.Unit.MEGAWATT), scale))) {
                  if (s.isDefined()) {
                    BigDecimal sum = BigDecimal.ZERO.setScale(scale);
                    for (BigDecimal v : s.percentages().values()) {
                      assertThat(v.scale()).isEqualTo(scale);
                      assertThat(v.signum()).isGreaterThanOrEqualTo(0);
                      sum = sum.add(v);
                    }
                    assertThat(sum).isEqualTo(hundred);
                    assertThat(s.percentages()).hasSameSizeAs(b.rows());
                  } else {
                    assertThat(s.percentages()).isEmpty();
                  }
                }
              }
            });
  }

  @Test
  void sharesDifferFromTheExactShareByLessThanOneUnit() {
    Property.forAll(PORTFOLIOS, Gens.ints(0, 4))
        .tries(TRIES)
        .check(
            (p, scale) -> {
              Breakdown<?> b = run(p, Dimensions.industry());
              Shares<?> s = b.shares(Measures.count(), scale);
              BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
              long total = b.total().count();
              int i = 0;
              for (BigDecimal v : s.percentages().values()) {
                BigDecimal exact =
                    BigDecimal.valueOf(b.rows().get(i++).count() * 100)
                        .divide(BigDecimal.valueOf(total), scale + 10, java.math.RoundingMode.DOWN);
                assertThat(v.subtract(exact).abs()).isLessThan(unit);
              }
            });
  }

  @Test
  void topNKeepsTheTotalAndLosesNoProject() {
    Property.forAll(PORTFOLIOS, Gens.ints(0, 6))
        .tries(TRIES)
        .check(
            (p, n) -> {
              Breakdown<?> b = run(p, Dimensions.industry());
              Breakdown<?> top = b.top(n, Measures.count());
              assertThat(top.total()).isEqualTo(b.total());
              assertThat(sumOfRows(top)).isEqualTo(sumOfRows(b));
              assertThat(top.keys().size()).isEqualTo(Math.min(n, b.keys().size()));
            });
  }

  @Test
  void pivotTotalsEqualTheBreakdownsOfEachDimension() {
    Property.forAll(PORTFOLIOS)
        .tries(TRIES)
        .check(
            p -> {
              pivot(p, Dimensions.industry(1), Dimensions.status());
              pivot(p, Dimensions.location(RegionKind.CITY), Dimensions.focusArea());
              pivot(p, Dimensions.designation(), Dimensions.sizeBand());
              pivot(p, Dimensions.focusArea(), Dimensions.investor());
            });
  }

  private static <R extends Comparable<?>, C extends Comparable<?>> void pivot(
      Portfolio p, Dimension<R> rows, Dimension<C> columns) {
    Pivot<R, C> grid = Aggregation.over(p).by(rows, columns).measuring(MEASURES).run();
    Breakdown<R> byRow = run(p, rows);
    Breakdown<C> byColumn = run(p, columns);
    for (Row<R> r : byRow.rows()) {
      assertThat(grid.rowTotal(r.group())).isEqualTo(r.totals());
    }
    for (Row<C> c : byColumn.rows()) {
      assertThat(grid.columnTotal(c.group())).isEqualTo(c.totals());
    }
    assertThat(grid.rowGroups()).hasSameSizeAs(byRow.rows());
    assertThat(grid.columnGroups()).hasSameSizeAs(byColumn.rows());
    assertThat(grid.total()).isEqualTo(byRow.total());
    if (!columns.isMultiValued()) {
      for (Row<R> r : byRow.rows()) {
        Totals sum = Totals.empty(grid.measures());
        for (var c : grid.columnGroups()) {
          sum = sum.combinedWith(grid.cell(r.group(), c));
        }
        assertThat(sum).isEqualTo(r.totals());
      }
    }
    PivotQuery<R, C> q = Aggregation.over(p).by(rows, columns).measuring(MEASURES);
    assertThat(p.projects().parallelStream().collect(q.collector())).isEqualTo(grid);
  }

  @Test
  void resultsSurviveSerialization() {
    Property.forAll(PORTFOLIOS)
        .tries(50)
        .check(
            p -> {
              Breakdown<?> b = run(p, Dimensions.focusArea());
              assertThat(roundTrip(b)).isEqualTo(b);
              Pivot<?, ?> grid =
                  Aggregation.over(p).by(Dimensions.status(), Dimensions.sizeBand()).run();
              assertThat(roundTrip(grid)).isEqualTo(grid);
              Funnel f = Funnels.byCohort(p, Year.of(2023), LocalDate.of(2023, 12, 31));
              assertThat(roundTrip(f)).isEqualTo(f);
            });
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void funnelsFormAMonoid() {
    Property.forAll(PORTFOLIOS, PORTFOLIOS, PORTFOLIOS)
        .tries(50)
        .check(
            (x, y, z) -> {
              var year = io.github.attract.time.DateRange.ofYear(Year.of(2023));
              Funnel a = Funnels.byPeriod(x, year);
              Funnel b = Funnels.byPeriod(y, year);
              Funnel c = Funnels.byPeriod(z, year);
              Funnel e = Funnels.byPeriod(Portfolio.builder().build(), year);
              assertThat(a.combinedWith(b).combinedWith(c))
                  .isEqualTo(a.combinedWith(b.combinedWith(c)));
              assertThat(a.combinedWith(b)).isEqualTo(b.combinedWith(a));
              assertThat(a.combinedWith(e)).isEqualTo(a);
              assertThat(e.combinedWith(a)).isEqualTo(a);
              assertThat(List.of(x, y, z).parallelStream().collect(Funnels.byPeriod(year)))
                  .isEqualTo(a.combinedWith(b).combinedWith(c));
            });
  }

  @Test
  void funnelStagesNestInACohort() {
    Property.forAll(PORTFOLIOS, DATES)
        .tries(TRIES)
        .check(
            (p, asOf) -> {
              for (int y = asOf.getYear() - 1; y <= asOf.getYear(); y++) {
                Funnel f = Funnels.byCohort(p, Year.of(y), asOf);
                List<FunnelStage> ladder =
                    List.of(
                        FunnelStage.SIGNED,
                        FunnelStage.READY_TO_START,
                        FunnelStage.UNDER_CONSTRUCTION,
                        FunnelStage.IN_OPERATION);
                for (int i = 1; i < ladder.size(); i++) {
                  assertThat(f.count(ladder.get(i)))
                      .isLessThanOrEqualTo(f.count(ladder.get(i - 1)));
                }
                Rate fulfilment = Kpis.contractFulfilmentRate(p, Year.of(y), asOf);
                assertThat(fulfilment)
                    .isEqualTo(
                        Rate.of(
                            f.count(FunnelStage.UNDER_CONSTRUCTION), f.count(FunnelStage.SIGNED)));
              }
            });
  }

  @Test
  void countAndMoneyRatesStayWithinTheirBase() {
    Property.forAll(PORTFOLIOS, DATES)
        .tries(TRIES)
        .check(
            (p, asOf) -> {
              Rate start = Kpis.startRate(p, ProjectBase.all(), asOf);
              assertThat(start.denominator())
                  .isEqualByComparingTo(BigDecimal.valueOf(p.projects().size()));
              assertThat(start.numerator()).isLessThanOrEqualTo(start.denominator());
              Rate production = Kpis.productionRate(p, ProjectBase.startedBy(asOf), asOf);
              assertThat(production.numerator()).isLessThanOrEqualTo(production.denominator());
              assertThat(production.denominator()).isEqualTo(start.numerator());
            });
  }
}
