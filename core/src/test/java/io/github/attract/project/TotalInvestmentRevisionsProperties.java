package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The laws of revised totals: the total in force on a day is the last revision dated on or before
 * it, else the original; the builder takes revisions only in date order and reports each one out of
 * order; {@link Project#withTotalInvestmentRevision} gives the same project whatever the order; an
 * overrun is a warning exactly when completed investment exceeds the total in force.
 */
class TotalInvestmentRevisionsProperties {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final Gen<LocalDate> DAYS = Gens.dates(FIRST.minusDays(40), FIRST.plusDays(400));

  /** An original total and revisions in ascending, distinct dates, totals up or down. */
  private static final Gen<List<InvestmentRevision>> REVISIONS =
      Gens.combine(
          Gens.lists(Gens.ints(0, 365), 0, 6),
          Gens.lists(Gens.longs(0, 1_000_000L), 6, 6),
          (days, amounts) -> {
            List<InvestmentRevision> out = new ArrayList<>();
            int i = 0;
            for (int d : new TreeSet<>(days)) {
              out.add(InvestmentRevision.of(FIRST.plusDays(d), cny(amounts.get(i++))));
            }
            return out;
          });

  private static final Gen<Money> ORIGINALS = Gens.longs(0, 1_000_000L).map(m -> cny(m));

  private static Money cny(long minor) {
    return Money.ofMinor(Currencies.CNY, minor);
  }

  private static Project.Builder base(Money original) {
    return Project.builder()
        .id(ProjectId.of("p-law"))
        .name("Law")
        .location(RegionId.of("r"))
        .industry(IndustryId.of("i"))
        .totalInvestment(original);
  }

  @Test
  void theTotalInForceIsTheLastRevisionOnOrBeforeTheDayElseTheOriginal() {
    Property.forAll(ORIGINALS, REVISIONS, DAYS)
        .check(
            (original, revisions, day) -> {
              Project p = base(original).addAllTotalInvestmentRevisions(revisions).build();
              Money expected = original;
              for (InvestmentRevision r : revisions) {
                if (!r.date().isAfter(day)) {
                  expected = r.total();
                }
              }
              assertThat(p.totalInvestmentOn(day)).contains(expected);
              assertThat(p.latestTotalInvestment())
                  .contains(
                      revisions.isEmpty() ? original : revisions.get(revisions.size() - 1).total());
              assertThat(p.totalInvestmentOn(LocalDate.MAX)).isEqualTo(p.latestTotalInvestment());
              assertThat(p.totalInvestmentOn(LocalDate.MIN)).contains(original);
            });
  }

  @Test
  void theBuilderTakesRevisionsInDateOrderOnlyAndReportsEachOneOutOfOrder() {
    Property.forAll(ORIGINALS, REVISIONS.flatMap(Gens::shuffle))
        .check(
            (original, shuffled) -> {
              Project.Builder b = base(original).addAllTotalInvestmentRevisions(shuffled);
              List<String> expected = new ArrayList<>();
              for (int i = 1; i < shuffled.size(); i++) {
                LocalDate before = shuffled.get(i - 1).date();
                if (!shuffled.get(i).date().isAfter(before)) {
                  expected.add("totalInvestmentRevisions[" + i + "].date");
                }
              }
              List<Violation> found = b.violations();
              assertThat(found).allMatch(v -> v.rule() == Violation.Rule.INVALID_VALUE);
              assertThat(found).extracting(v -> v.path().orElseThrow()).isEqualTo(expected);
            });
  }

  @Test
  void puttingRevisionsInInAnyOrderGivesTheSameProject() {
    Property.forAll(ORIGINALS, REVISIONS, Gens.longs(0, Long.MAX_VALUE))
        .check(
            (original, revisions, seed) -> {
              Project expected = base(original).addAllTotalInvestmentRevisions(revisions).build();
              List<InvestmentRevision> shuffled = new ArrayList<>(revisions);
              Collections.shuffle(shuffled, new Random(seed));
              Project p = base(original).build();
              for (InvestmentRevision r : shuffled) {
                p = p.withTotalInvestmentRevision(r);
              }
              assertThat(p).isEqualTo(expected);
            });
  }

  @Test
  void anOverrunIsAWarningExactlyWhenCompletedExceedsTheTotalInForce() {
    Gen<List<Long>> completed = Gens.lists(Gens.longs(0, 300_000L), 0, 14);
    Property.forAll(ORIGINALS, REVISIONS, completed)
        .check(
            (original, revisions, steps) -> {
              Project.Builder b = base(original).addAllTotalInvestmentRevisions(revisions);
              List<String> expected = new ArrayList<>();
              YearMonth month = YearMonth.from(FIRST).minusMonths(1);
              long sum = 0;
              Project reference = base(original).addAllTotalInvestmentRevisions(revisions).build();
              for (long step : steps) {
                sum += step;
                b.addProgressReport(
                    ProgressReport.builder().month(month).completedInvestment(cny(sum)).build());
                Optional<Money> inForce = reference.totalInvestmentOn(month.atEndOfMonth());
                if (cny(sum).isGreaterThan(inForce.orElseThrow())) {
                  expected.add("progressReports[" + month + "].completedInvestment");
                }
                month = month.plusMonths(1);
              }
              Project p = b.build();
              assertThat(p.violations())
                  .allMatch(v -> v.rule() == Violation.Rule.COST_OVERRUN && !v.isError());
              assertThat(p.violations())
                  .extracting(v -> v.path().orElseThrow())
                  .isEqualTo(expected);
            });
  }

  @Test
  void generatedProjectsKeepTheRevisionRules() {
    Property.forAll(DomainGens.projects())
        .tries(300)
        .check(
            p -> {
              LocalDate previous = null;
              for (InvestmentRevision r : p.totalInvestmentRevisions()) {
                assertThat(p.totalInvestment()).isPresent();
                assertThat(r.total().currency()).isEqualTo(p.currency());
                if (previous != null) {
                  assertThat(r.date()).isAfter(previous);
                }
                previous = r.date();
              }
              assertThat(p.violations()).noneMatch(Violation::isError);
            });
  }
}
