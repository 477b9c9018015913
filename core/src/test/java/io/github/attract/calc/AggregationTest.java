package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Kernel;
import io.github.attract.calc.engine.KeyColumn;
import io.github.attract.calc.engine.Partial;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.promotion.Scope;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionKind;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  @Test
  void withoutMeasuresCountsAndSumsTheTotalInvestment() {
    Breakdown<IndustryId> b = Aggregation.over(portfolio).by(Dimensions.industry(1)).run();
    assertThat(b.measures()).containsExactly(Measures.count(), Measures.totalInvestment());
  }

  @Test
  void totalWithoutGrouping() {
    Totals t = Aggregation.over(portfolio).total(Measures.count(), Measures.expectedJobs());
    assertThat(t.count()).isEqualTo(4);
    assertThat(t.get(Measures.expectedJobs())).isEqualTo(400L);
    assertThat(t.toString()).isEqualTo("{count=4, expected-jobs=400}");
    assertThat(Aggregation.over(portfolio).total().count()).isEqualTo(4);
  }

  @Test
  void withinAScopeOnADay() {
    Totals t =
        Aggregation.over(portfolio)
            .within(Scope.of(PROVINCIAL_2023), LocalDate.of(2023, 6, 30))
            .total(Measures.totalInvestment());
    assertThat(t.count()).isEqualTo(2);
    assertThat(t.get(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000")));
    Totals started =
        Aggregation.over(portfolio)
            .within(
                Scope.builder().status(Status.UNDER_CONSTRUCTION).build(),
                LocalDate.of(2023, 6, 30))
            .total();
    assertThat(started.count()).isEqualTo(2);
  }

  @Test
  void whereOnTheKeysOfADimensionRunsOverTheIndex() {
    Breakdown<IndustryId> b =
        Aggregation.over(portfolio)
            .where(
                Dimensions.statusOn(LocalDate.of(2023, 4, 30)),
                s -> s.isOnLadder() && s.isAtOrBeyond(Status.UNDER_CONSTRUCTION))
            .by(Dimensions.industry(1))
            .run();
    assertThat(b.keys()).containsExactly(COAL, POWER);
    assertThat(b.total().count()).isEqualTo(2);
    // multi-valued: a project passes if any of its keys does; none without a key
    Totals digital =
        Aggregation.over(portfolio)
            .where(Dimensions.focusArea(), f -> f.equals(DIGITAL))
            .where(p -> p.currency().equals(Currencies.CNY))
            .total();
    assertThat(digital.count()).isEqualTo(1);
    Totals nothing = Aggregation.over(portfolio).where(Dimensions.chain(), c -> false).total();
    assertThat(nothing).isEqualTo(Totals.empty(List.of()));
  }

  @Test
  void collectorsOnSequentialAndParallelStreamsEqualTheColumnarRun() {
    Portfolio big = RandomPortfolios.of(7, 400);
    BreakdownQuery<FocusAreaId> q =
        Aggregation.over(big).by(Dimensions.focusArea()).measuring(Oracle.MEASURES);
    Breakdown<FocusAreaId> run = q.run();
    assertThat(big.projects().stream().collect(q.collector())).isEqualTo(run);
    assertThat(big.projects().parallelStream().collect(q.collector())).isEqualTo(run);
    List<Project> shuffled = new ArrayList<>(big.projects());
    Collections.shuffle(shuffled, new java.util.Random(3));
    assertThat(shuffled.parallelStream().collect(q.collector())).isEqualTo(run);
  }

  @Test
  void collectorRespectsTheFiltersAndRejectsForeignProjects() {
    BreakdownQuery<IndustryId> q =
        Aggregation.over(portfolio).where(p -> !p.id().equals(P1)).by(Dimensions.industry(1));
    assertThat(portfolio.projects().stream().collect(q.collector())).isEqualTo(q.run());
    assertThat(q.of(portfolio.project(P1).orElseThrow())).isEqualTo(q.empty());
    Project stranger =
        Project.builder()
            .id(ProjectId.of("stranger"))
            .name("Stranger")
            .location(SYS)
            .industry(COAL)
            .build();
    assertThatThrownBy(() -> q.of(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project 'stranger' is not held by the portfolio the aggregation runs over; aggregate"
                + " the portfolio's own projects");
  }

  @Test
  void parallelRunEqualsSequentialRun() {
    Portfolio big = RandomPortfolios.of(11, 3000, true);
    Aggregation a = Aggregation.over(big);
    assertThat(a.parallel().by(Dimensions.industry(1)).measuring(Oracle.MEASURES).run())
        .isEqualTo(a.by(Dimensions.industry(1)).measuring(Oracle.MEASURES).run());
    assertThat(
            a.parallel()
                .by(Dimensions.industry(1), Dimensions.focusArea())
                .measuring(Oracle.MEASURES)
                .run())
        .isEqualTo(
            a.sequential()
                .by(Dimensions.industry(1), Dimensions.focusArea())
                .measuring(Oracle.MEASURES)
                .run());
  }

  @Test
  void everySplitOfTheKernelGivesTheSameSums() {
    Portfolio big = RandomPortfolios.of(13, 1500, true);
    Execution run = new Execution(Aggregation.over(big), ImmutableList.copyOf(Oracle.MEASURES));
    KeyColumn<IndustryId> col = Dimensions.industry(1).column(run.index);
    KeyColumn<FocusAreaId> focus = Dimensions.focusArea().column(run.index);
    for (Kernel.Plan plan :
        List.of(
            run.plan(col, null, null), run.plan(col, focus, null), run.plan(null, null, null))) {
      Partial whole = Kernel.run(plan, 0, plan.positions);
      for (int[] split : new int[][] {{1, 2}, {7, 3}, {100, 4}, {1024, 2}}) {
        Partial parts = Kernel.runParallel(plan, split[0], split[1]);
        for (int cell = 0; cell < plan.cells; cell++) {
          assertThat(run.totals(parts, cell)).isEqualTo(run.totals(whole, cell));
        }
      }
    }
  }

  @Test
  void equalsTheNaiveOracle() {
    for (long seed = 1; seed <= 5; seed++) {
      Portfolio big = RandomPortfolios.of(seed, 300, seed % 2 == 0);
      List<Project> projects = big.projects();
      check(
          big,
          Dimensions.industry(1),
          p -> List.of(big.industries().rollUp(p.industry(), 1).id().value()));
      check(
          big,
          Dimensions.focusArea(),
          p -> p.focusAreas().stream().map(FocusAreaId::value).toList());
      check(
          big,
          Dimensions.location(RegionKind.CITY),
          p ->
              big.regions()
                  .ancestorOfKind(p.location(), RegionKind.CITY)
                  .map(r -> List.of(r.id().value()))
                  .orElse(List.of()));
      check(
          big,
          Dimensions.statusOn(LocalDate.of(2022, 9, 1)),
          p -> p.statusOn(LocalDate.of(2022, 9, 1)).map(s -> List.of(s.code())).orElse(List.of()));
      assertThat(Oracle.of(Aggregation.over(big).total(Oracle.MEASURES)))
          .isEqualTo(Oracle.sums(projects));
    }
  }

  private static <K extends Comparable<?>> void check(
      Portfolio p, Dimension<K> d, Function<Project, List<String>> keys) {
    Breakdown<K> b = Aggregation.over(p).by(d).measuring(Oracle.MEASURES).run();
    assertThat(Oracle.of(b)).as(d.name()).isEqualTo(Oracle.byKey(p.projects(), keys));
    assertThat(Oracle.of(b.total())).isEqualTo(Oracle.sums(p.projects()));
  }

  @Test
  void sumsNearAndBeyondLongMaxValueMinorUnitsStayExact() {
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    List<BigInteger> amounts =
        List.of(
            max,
            max.subtract(BigInteger.ONE),
            BigInteger.ONE,
            max.multiply(BigInteger.TEN), // does not fit a long: the side table
            BigInteger.ZERO,
            max.shiftRight(1).add(BigInteger.ONE),
            max.shiftRight(1).add(BigInteger.ONE));
    Portfolio.Builder b = Fixtures.base();
    BigInteger expected = BigInteger.ZERO;
    for (int i = 0; i < amounts.size(); i++) {
      b.addProject(
          Project.builder()
              .id(ProjectId.of("big" + i))
              .name("Big " + i)
              .location(SYS)
              .industry(i % 2 == 0 ? COAL : POWER)
              .totalInvestment(Money.ofMinor(Currencies.CNY, amounts.get(i)))
              .build());
      expected = expected.add(amounts.get(i));
    }
    Portfolio big = b.build();
    Money exact = Money.ofMinor(Currencies.CNY, expected);
    for (Aggregation a : List.of(Aggregation.over(big), Aggregation.over(big).parallel())) {
      Breakdown<IndustryId> byIndustry =
          a.by(Dimensions.industry(1)).measuring(Measures.totalInvestment()).run();
      assertThat(byIndustry.total().get(Measures.totalInvestment()))
          .isEqualTo(MultiCurrencyAmount.of(exact));
      BigInteger coal = amounts.get(0).add(amounts.get(2)).add(amounts.get(4)).add(amounts.get(6));
      assertThat(byIndustry.totals(COAL).get(Measures.totalInvestment()))
          .isEqualTo(MultiCurrencyAmount.of(Money.ofMinor(Currencies.CNY, coal)));
      BreakdownQuery<IndustryId> q =
          a.by(Dimensions.industry(1)).measuring(Measures.totalInvestment());
      assertThat(big.projects().parallelStream().collect(q.collector())).isEqualTo(q.run());
    }
  }

  @Test
  void userDefinedDimensionsScanTheObjects() {
    Breakdown<String> b =
        Aggregation.over(portfolio)
            .by(Dimensions.of("currency", p -> Optional.of(p.currency().getCurrencyCode())))
            .measuring(Measures.count())
            .run();
    assertThat(b.rows())
        .extracting(r -> Map.entry(r.group().toString(), r.count()))
        .containsExactly(Map.entry("CNY", 3L), Map.entry("USD", 1L));
  }

  @Test
  void theIndexIsBuiltOnceUnderConcurrentFirstUse() throws Exception {
    Portfolio fresh = RandomPortfolios.of(5, 200);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<ColumnarIndex>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return ColumnarIndex.of(fresh);
                }));
      }
      start.countDown();
      ColumnarIndex first = futures.get(0).get();
      for (java.util.concurrent.Future<ColumnarIndex> f : futures) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(ColumnarIndex.of(fresh)).isSameAs(ColumnarIndex.of(fresh));
    assertThat(fresh.toBuilder().build()).isEqualTo(fresh);
    assertThat(ColumnarIndex.of(fresh.toBuilder().build())).isNotSameAs(ColumnarIndex.of(fresh));
  }

  @Test
  void measuresMustBeDistinct() {
    assertThatThrownBy(
            () ->
                Aggregation.over(portfolio)
                    .by(Dimensions.status())
                    .measuring(Measures.count(), Measures.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Measures must be distinct, but 'count' is repeated in [count, count]");
  }

  @Test
  void anEmptyPortfolioHasNoRowsAndZeroTotals() {
    Portfolio empty = Portfolio.builder().build();
    Breakdown<Status> b = Aggregation.over(empty).by(Dimensions.status()).run();
    assertThat(b.rows()).isEmpty();
    assertThat(b.total()).isEqualTo(Totals.empty(b.measures()));
    assertThat(b.shares(Measures.count()).isDefined()).isFalse();
  }
}
