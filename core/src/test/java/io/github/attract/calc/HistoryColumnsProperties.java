package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Kernel;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Lifecycle;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The column paths of the dated figures equal their object paths: the status on a day, the plan of
 * a year, completed investment and funds in place as of a month (and their year-to-date parts),
 * computed from the index's primitive history columns, give exactly what the project objects say
 * ({@link Project#statusOn}, {@link Project#annualPlan}, {@link Project#progressAsOf}), read here
 * through a dimension and measures of one's own, which scan the objects. The as-of points are drawn
 * at random and also on the very days and months of the portfolio's entries, so that boundaries and
 * several changes on one day (the later one wins) are met; asked sequentially, in parallel, and a
 * second time (from the cache).
 */
class HistoryColumnsProperties {
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(0, 30),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  /** A portfolio and as-of points, often on the dates of its own entries. */
  private static final Gen<Case> CASES =
      PORTFOLIOS.flatMap(
          p ->
              Gens.combine(
                  day(p), month(p), Gens.ints(2016, 2031), (d, m, y) -> new Case(p, d, m, y)));

  private record Case(Portfolio portfolio, LocalDate day, YearMonth month, int year) {}

  @Test
  void theStatusOnADayFromColumnsIsTheStatusOfTheObjects() {
    Property.forAll(CASES)
        .tries(150)
        .check(
            c -> {
              Dimension<Status> objects = Dimensions.of("status-objects", p -> p.statusOn(c.day()));
              for (boolean parallel : new boolean[] {false, true, false}) {
                Aggregation a = over(c.portfolio(), parallel);
                Breakdown<Status> columns = a.by(Dimensions.statusOn(c.day())).run();
                Breakdown<Status> fromObjects = a.by(objects).run();
                assertThat(groupsAndTotals(columns))
                    .as("status on %s", c.day())
                    .isEqualTo(groupsAndTotals(fromObjects));
              }
              for (Project p : c.portfolio().projects()) {
                // the object path itself: the last change of the day or before wins
                assertThat(p.statusOn(c.day()))
                    .isEqualTo(lastOnOrBefore(p.statusHistory().changes(), c.day()));
              }
            });
  }

  @Test
  void theDatedFiguresFromColumnsAreTheFiguresOfTheObjects() {
    Property.forAll(CASES)
        .tries(150)
        .check(
            c -> {
              List<Measure<MultiCurrencyAmount>[]> pairs = pairs(c.month(), Year.of(c.year()));
              List<Measure<?>> all = new ArrayList<>();
              for (Measure<MultiCurrencyAmount>[] pair : pairs) {
                all.add(pair[0]);
                all.add(pair[1]);
              }
              Measure<?>[] measures = all.toArray(new Measure<?>[0]);
              for (Dimension<?> d :
                  List.of(
                      Dimensions.industry(1),
                      Dimensions.statusOn(c.day()),
                      Dimensions.focusArea())) {
                for (boolean parallel : new boolean[] {false, true, false}) {
                  Breakdown<?> b = over(c.portfolio(), parallel).by(d).measuring(measures).run();
                  for (Measure<MultiCurrencyAmount>[] pair : pairs) {
                    for (Row<?> row : b.rows()) {
                      assertThat(row.totals().get(pair[0]))
                          .as("%s in %s %s", pair[0], d, row.group())
                          .isEqualTo(row.totals().get(pair[1]));
                    }
                    assertThat(b.total().get(pair[0]))
                        .as("%s in total", pair[0])
                        .isEqualTo(b.total().get(pair[1]));
                  }
                }
              }
            });
  }

  @Test
  void aLargePortfolioSplitOverThreadsGivesTheColumnsOfOneThread() {
    // Large enough for the parallel passes to split the rows into chunks.
    Portfolio p = RandomPortfolios.of(7, 3 * Kernel.MIN_CHUNK, true);
    LocalDate day = LocalDate.of(2023, 6, 30);
    YearMonth month = YearMonth.of(2023, 6);
    List<Measure<MultiCurrencyAmount>[]> pairs = pairs(month, Year.of(2023));
    List<Measure<?>> all = new ArrayList<>();
    all.add(Measures.count());
    for (Measure<MultiCurrencyAmount>[] pair : pairs) {
      all.add(pair[0]);
      all.add(pair[1]);
    }
    Measure<?>[] measures = all.toArray(new Measure<?>[0]);
    Pivot<IndustryId, Status> parallel =
        Aggregation.over(p)
            .parallel()
            .by(Dimensions.industry(1), Dimensions.statusOn(day))
            .measuring(measures)
            .run();
    Pivot<IndustryId, Status> objects =
        Aggregation.over(p.toBuilder().build())
            .by(Dimensions.industry(1), Dimensions.of("status-objects", x -> x.statusOn(day)))
            .measuring(measures)
            .run();
    assertThat(parallel.total()).isEqualTo(objects.total());
    assertThat(parallel.rowGroups()).isEqualTo(objects.rowGroups());
    assertThat(parallel.columnGroups()).isEqualTo(objects.columnGroups());
    assertThat(parallel.rowGroups()).hasSizeGreaterThan(1);
    assertThat(parallel.columnGroups()).hasSizeGreaterThan(3);
    for (Group<IndustryId> r : parallel.rowGroups()) {
      for (Group<Status> col : parallel.columnGroups()) {
        assertThat(parallel.cell(r, col)).isEqualTo(objects.cell(r, col));
      }
    }
    for (Measure<MultiCurrencyAmount>[] pair : pairs) {
      assertThat(parallel.total().get(pair[0])).isEqualTo(parallel.total().get(pair[1]));
    }
  }

  @Test
  void theMilestonesOfTheColumnarEngineAreThoseOfTheLifecycle() {
    Property.forAll(CASES)
        .tries(100)
        .check(
            c -> {
              Portfolio portfolio = c.portfolio();
              Dimension<Year> signedObjects =
                  Dimensions.of(
                      "signed-objects", p -> Lifecycle.signed(portfolio, p).map(Year::from));
              Dimension<Year> startedObjects =
                  Dimensions.of("started-objects", p -> Lifecycle.started(p).map(Year::from));
              for (boolean parallel : new boolean[] {false, true}) {
                Aggregation a = over(portfolio, parallel);
                assertThat(rows(a.by(Dimensions.signingYear()).run()))
                    .isEqualTo(rows(a.by(signedObjects).run()));
                assertThat(rows(a.by(Dimensions.startYear()).run()))
                    .isEqualTo(rows(a.by(startedObjects).run()));
              }
              ColumnarIndex index = ColumnarIndex.of(portfolio);
              for (Project p : portfolio.projects()) {
                Optional<LocalDate> signed = index.signingDate(p);
                assertThat(signed).isEqualTo(Lifecycle.signed(portfolio, p));
                // each milestone implies the one before it and is not dated before it
                Optional<LocalDate> started = Lifecycle.started(p);
                if (started.isPresent()) {
                  assertThat(signed).isPresent();
                  assertThat(signed.get()).isBeforeOrEqualTo(started.get());
                }
                Optional<LocalDate> producing = Lifecycle.producing(p);
                if (producing.isPresent()) {
                  assertThat(started).isPresent();
                  assertThat(started.get()).isBeforeOrEqualTo(producing.get());
                }
              }
            });
  }

  private static List<Object> rows(Breakdown<Year> b) {
    List<Object> out = new ArrayList<>();
    for (Row<Year> row : b.rows()) {
      out.add(List.of(row.group(), row.totals()));
    }
    out.add(b.total());
    return out;
  }

  private static Aggregation over(Portfolio p, boolean parallel) {
    return parallel ? Aggregation.over(p).parallel() : Aggregation.over(p);
  }

  /** Each built-in dated measure beside the same figure read from the objects. */
  @SuppressWarnings("unchecked")
  private static List<Measure<MultiCurrencyAmount>[]> pairs(YearMonth month, Year year) {
    YearMonth december = YearMonth.of(month.getYear() - 1, 12);
    List<Measure<MultiCurrencyAmount>[]> pairs = new ArrayList<>();
    pairs.add(
        new Measure[] {
          Measures.annualPlannedInvestment(year),
          Measures.money("plan-objects", p -> p.annualPlan(year).map(AnnualPlan::planned))
        });
    pairs.add(
        new Measure[] {
          Measures.completedInvestment(month),
          Measures.money(
              "completed-objects",
              p -> p.progressAsOf(month).map(ProgressReport::completedInvestment))
        });
    pairs.add(
        new Measure[] {
          Measures.completedInvestmentYearToDate(month),
          Measures.money(
              "completed-ytd-objects",
              p ->
                  p.progressAsOf(month)
                      .map(r -> r.completedInvestment().minus(p.completedInvestmentAsOf(december))))
        });
    pairs.add(
        new Measure[] {
          Measures.fundsInPlace(month), Measures.money("funds-objects", p -> funds(p, month))
        });
    pairs.add(
        new Measure[] {
          Measures.fundsInPlaceYearToDate(month),
          Measures.money(
              "funds-ytd-objects",
              p ->
                  funds(p, month)
                      .map(f -> f.minus(funds(p, december).orElse(Money.zero(f.currency())))))
        });
    return pairs;
  }

  /** The funds of the latest report of the month or before that states them, the plain way. */
  private static Optional<Money> funds(Project p, YearMonth month) {
    Optional<Money> found = Optional.empty();
    for (ProgressReport r : p.progressReports()) {
      if (!r.month().isAfter(month) && r.fundsInPlace().isPresent()) {
        found = r.fundsInPlace();
      }
    }
    return found;
  }

  private static Optional<Status> lastOnOrBefore(List<StatusChange> changes, LocalDate day) {
    Optional<Status> found = Optional.empty();
    for (StatusChange c : changes) {
      if (!c.date().isAfter(day)) {
        found = Optional.of(c.status());
      }
    }
    return found;
  }

  private static List<Object> groupsAndTotals(Breakdown<Status> b) {
    List<Object> out = new ArrayList<>();
    for (Row<Status> row : b.rows()) {
      out.add(List.of(row.group(), row.totals()));
    }
    out.add(b.total());
    return out;
  }

  /** A day: at random, or the day of one of the portfolio's changes, or the day before. */
  private static Gen<LocalDate> day(Portfolio p) {
    List<LocalDate> days = new ArrayList<>();
    for (Project x : p.projects()) {
      for (StatusChange c : x.statusHistory().changes()) {
        days.add(c.date());
        days.add(c.date().minusDays(1));
      }
    }
    return days.isEmpty()
        ? DomainGens.dates()
        : Gens.oneOf(DomainGens.dates(), Gens.elements(days), Gens.elements(days));
  }

  /** A month: at random, or the month of one of the portfolio's reports, or the month before. */
  private static Gen<YearMonth> month(Portfolio p) {
    List<YearMonth> months = new ArrayList<>();
    for (Project x : p.projects()) {
      for (ProgressReport r : x.progressReports()) {
        months.add(r.month());
        months.add(r.month().minusMonths(1));
        months.add(YearMonth.of(r.month().getYear(), 12));
      }
    }
    Gen<YearMonth> random =
        Gens.combine(Gens.ints(2016, 2032), Gens.ints(1, 12), (y, m) -> YearMonth.of(y, m));
    return months.isEmpty()
        ? random
        : Gens.oneOf(random, Gens.elements(months), Gens.elements(months));
  }
}
