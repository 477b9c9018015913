package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Money;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectProperties {
  private static final ProjectContext CONTEXT = DomainGens.defaultContext();

  /** Projects in CNY with ordinary amounts, in several currencies, or with huge amounts. */
  private static final Gen<Project> PROJECTS =
      Gens.oneOf(
          DomainGens.projects(CONTEXT),
          DomainGens.projects(CONTEXT.withCurrencies(DomainGens.CURRENCIES)),
          DomainGens.projects(CONTEXT.withHugeAmounts(true)));

  /** The parts of a project that the properties change; the rest is copied. */
  private static final class Parts {
    final Project base;
    Optional<Money> total;
    final List<InvestorId> investors;
    final List<Phase> phases;
    final List<AnnualPlan> plans;
    final List<ProgressReport> reports;
    final List<InvestmentRevision> revisions;

    Parts(Project base) {
      this.base = base;
      this.total = base.totalInvestment();
      this.investors = new ArrayList<>(base.investors());
      this.phases = new ArrayList<>(base.phases());
      this.plans = new ArrayList<>(base.annualPlans());
      this.reports = new ArrayList<>(base.progressReports());
      this.revisions = new ArrayList<>(base.totalInvestmentRevisions());
    }

    Project build() {
      return Project.builder()
          .id(base.id())
          .name(base.name())
          .addAllInvestors(investors)
          .location(base.location())
          .industry(base.industry())
          .chainLink(base.chainLink())
          .addAllFocusAreas(base.focusAreas())
          .addAllDesignations(base.designations())
          .currency(base.currency())
          .totalInvestment(total)
          .totalInvestmentProvenance(base.totalInvestmentProvenance())
          .addAllTotalInvestmentRevisions(revisions)
          .addAllPhases(phases)
          .statusHistory(base.statusHistory())
          .addAllCapacities(base.capacities())
          .expectedOutcomes(base.expectedOutcomes())
          .addAllAnnualPlans(plans)
          .addAllProgressReports(reports)
          .description(base.description())
          .build();
    }

    Currency currency() {
      return base.currency();
    }

    Money zero() {
      return Money.zero(base.currency());
    }

    Money phaseSum() {
      Money sum = zero();
      for (Phase p : phases) {
        if (p.investment().isPresent()) {
          sum = sum.plus(p.investment().get());
        }
      }
      return sum;
    }

    Money planSum() {
      Money sum = zero();
      for (AnnualPlan p : plans) {
        sum = sum.plus(p.planned());
      }
      return sum;
    }

    Money lastCompleted() {
      return reports.isEmpty() ? zero() : reports.get(reports.size() - 1).completedInvestment();
    }

    Money lastFunds() {
      Money last = zero();
      for (ProgressReport r : reports) {
        if (r.fundsInPlace().isPresent()) {
          last = r.fundsInPlace().get();
        }
      }
      return last;
    }

    YearMonth nextMonth() {
      return reports.isEmpty()
          ? YearMonth.of(2018, 1)
          : reports.get(reports.size() - 1).month().plusMonths(1);
    }

    /**
     * Sets the total to the least valid amount if there is none, and to at least {@code min}, and
     * drops the revisions: the rules broken against this total hold against one total in force
     * (revised totals have their own properties, {@code TotalInvestmentRevisionsProperties}).
     */
    Money totalAtLeast(Money min) {
      revisions.clear();
      Money needed = max(max(max(phaseSum(), planSum()), min), max(lastCompleted(), lastFunds()));
      Money t = total.isPresent() ? max(total.get(), needed) : needed;
      total = Optional.of(t);
      return t;
    }
  }

  private static Money max(Money a, Money b) {
    return a.isLessThan(b) ? b : a;
  }

  private static Money minor(Currency currency, long minor) {
    return Money.ofMinor(currency, minor);
  }

  private static Project rebuilt(Project p) {
    return new Parts(p).build();
  }

  // ------------------------------------------------------------------ valid values

  @Test
  void generatedProjectsRebuildEqualFromTheirParts() {
    Property.forAll(PROJECTS)
        .tries(300)
        .check(p -> assertThat(rebuilt(p)).isEqualTo(p).hasSameHashCodeAs(p));
  }

  @Test
  void generatedProjectsKeepTheirOwnCurrency() {
    Property.forAll(PROJECTS)
        .tries(300)
        .check(
            p -> {
              p.totalInvestment().ifPresent(t -> assertThat(t.currency()).isEqualTo(p.currency()));
              p.phases()
                  .forEach(
                      ph ->
                          ph.investment()
                              .ifPresent(i -> assertThat(i.currency()).isEqualTo(p.currency())));
              p.annualPlans()
                  .forEach(a -> assertThat(a.planned().currency()).isEqualTo(p.currency()));
              assertThat(p.completedInvestmentAsOf(YearMonth.of(2040, 1)).currency())
                  .isEqualTo(p.currency());
            });
  }

  // ------------------------------------------------------------------ queries against oracles

  @Test
  void queriesAgreeWithNaiveOracles() {
    Gen<LocalDate> days = Gens.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2037, 12, 31));
    Property.forAll(PROJECTS, days)
        .tries(500)
        .check(
            (p, day) -> {
              YearMonth month = YearMonth.from(day);
              Year year = Year.from(day);
              assertThat(p.statusOn(day)).isEqualTo(p.statusHistory().statusOn(day));

              AnnualPlan plan = null;
              for (AnnualPlan a : p.annualPlans()) {
                if (a.year().equals(year)) {
                  plan = a;
                }
              }
              assertThat(p.annualPlan(year)).isEqualTo(Optional.ofNullable(plan));

              ProgressReport latest = null;
              for (ProgressReport r : p.progressReports()) {
                if (!r.month().isAfter(month)) {
                  latest = r;
                }
              }
              assertThat(p.progressAsOf(month)).isEqualTo(Optional.ofNullable(latest));
              assertThat(p.completedInvestmentAsOf(month))
                  .isEqualTo(
                      latest == null ? Money.zero(p.currency()) : latest.completedInvestment());

              for (DesignationKind kind : DesignationKind.values()) {
                boolean found = false;
                for (Designation d : p.designations()) {
                  found |= d.kind() == kind && d.year().equals(year);
                }
                assertThat(p.isDesignated(kind, year)).isEqualTo(found);
              }
            });
  }

  // ------------------------------------------------------------------ each rule, broken

  @Test
  void phaseInvestmentsAboveTheTotalAreRejected() {
    Property.forAll(PROJECTS, Gens.longs(1, 1_000_000_000L))
        .check(
            (p, excess) -> {
              Parts parts = new Parts(p);
              Money total = parts.totalAtLeast(parts.zero());
              Money extra = total.minus(parts.phaseSum()).plus(minor(p.currency(), excess));
              parts.phases.add(
                  Phase.builder().id(PhaseId.of("extra")).name("Extra").investment(extra).build());
              Money sum = parts.phaseSum();
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' phase investments sum to "
                          + sum
                          + ", more than its 'totalInvestment' "
                          + total);
            });
  }

  @Test
  void phaseInvestmentsUpToTheTotalAreAccepted() {
    Property.forAll(PROJECTS)
        .check(
            p -> {
              Parts parts = new Parts(p);
              Money total = parts.totalAtLeast(parts.zero());
              Money rest = total.minus(parts.phaseSum());
              parts.phases.add(
                  Phase.builder().id(PhaseId.of("rest")).name("Rest").investment(rest).build());
              assertThat(parts.build().phases()).hasSize(p.phases().size() + 1);
            });
  }

  @Test
  void aRepeatedPhaseIdIsRejected() {
    Property.forAll(PROJECTS, Gens.ints(0, 1000))
        .check(
            (p, pick) -> {
              Parts parts = new Parts(p);
              PhaseId id =
                  p.phases().isEmpty()
                      ? PhaseId.of("twice")
                      : p.phases().get(pick % p.phases().size()).id();
              if (p.phases().isEmpty()) {
                parts.phases.add(Phase.builder().id(id).name("Once").build());
              }
              parts.phases.add(Phase.builder().id(id).name("Again").build());
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' phase ids must be unique, but '"
                          + id
                          + "' repeats");
            });
  }

  @Test
  void aDecreaseOfCompletedInvestmentIsRejected() {
    Property.forAll(PROJECTS, Gens.longs(1, 1_000_000_000L), Gens.ints(0, 1000))
        .check(
            (p, drop, gap) -> {
              Parts parts = new Parts(p);
              Money one = minor(p.currency(), 1);
              Money total = parts.totalAtLeast(max(parts.lastCompleted(), one));
              Money high = max(parts.lastCompleted(), one);
              Money low = max(parts.zero(), high.minus(minor(p.currency(), drop)));
              YearMonth first = parts.nextMonth();
              YearMonth second = first.plusMonths(1 + gap % 24);
              parts.reports.add(
                  ProgressReport.builder().month(first).completedInvestment(high).build());
              parts.reports.add(
                  ProgressReport.builder().month(second).completedInvestment(low).build());
              assertThat(high.isGreaterThan(low) && !high.isGreaterThan(total)).isTrue();
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'progressReports["
                          + second
                          + "].completedInvestment' is cumulative and must not decrease, but "
                          + low
                          + " < "
                          + high
                          + " of "
                          + first);
            });
  }

  @Test
  void aDecreaseOfFundsInPlaceIsRejectedEvenAcrossMonthsWithoutFunds() {
    Property.forAll(PROJECTS, Gens.longs(1, 1_000_000_000L), Gens.ints(0, 3))
        .check(
            (p, drop, silentMonths) -> {
              Parts parts = new Parts(p);
              Money one = minor(p.currency(), 1);
              Money high = max(parts.lastFunds(), one);
              parts.totalAtLeast(high);
              Money low = max(parts.zero(), high.minus(minor(p.currency(), drop)));
              Money completed = parts.lastCompleted();
              YearMonth first = parts.nextMonth();
              parts.reports.add(
                  ProgressReport.builder()
                      .month(first)
                      .completedInvestment(completed)
                      .fundsInPlace(high)
                      .build());
              YearMonth month = first;
              for (int i = 0; i < silentMonths; i++) {
                month = month.plusMonths(1);
                parts.reports.add(
                    ProgressReport.builder().month(month).completedInvestment(completed).build());
              }
              YearMonth last = month.plusMonths(1);
              parts.reports.add(
                  ProgressReport.builder()
                      .month(last)
                      .completedInvestment(completed)
                      .fundsInPlace(low)
                      .build());
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'progressReports["
                          + last
                          + "].fundsInPlace' is cumulative and must not decrease, but "
                          + low
                          + " < "
                          + high
                          + " of "
                          + first);
            });
  }

  @Test
  void completedInvestmentAboveTheTotalIsKeptAsAWarning() {
    Property.forAll(PROJECTS, Gens.longs(1, 1_000_000_000L))
        .check(
            (p, excess) -> {
              Parts parts = new Parts(p);
              Money total = parts.totalAtLeast(parts.zero());
              Money above = total.plus(minor(p.currency(), excess));
              YearMonth month = parts.nextMonth();
              parts.reports.add(
                  ProgressReport.builder().month(month).completedInvestment(above).build());
              String path = "progressReports[" + month + "].completedInvestment";
              Project built = parts.build();
              assertThat(built.completedInvestmentAsOf(month)).isEqualTo(above);
              assertThat(built.violations())
                  .containsExactly(
                      Violation.of(
                          Violation.Rule.COST_OVERRUN,
                          Violation.Severity.WARNING,
                          "project",
                          p.id().value(),
                          path,
                          "Project '"
                              + p.id()
                              + "' '"
                              + path
                              + "' "
                              + above
                              + " exceeds 'totalInvestment' "
                              + total
                              + " (cost overrun)"));
            });
  }

  @Test
  void fundsInPlaceAboveTheTotalAreRejected() {
    Property.forAll(PROJECTS, Gens.longs(1, 1_000_000_000L))
        .check(
            (p, excess) -> {
              Parts parts = new Parts(p);
              Money total = parts.totalAtLeast(parts.zero());
              Money above = total.plus(minor(p.currency(), excess));
              YearMonth month = parts.nextMonth();
              parts.reports.add(
                  ProgressReport.builder()
                      .month(month)
                      .completedInvestment(parts.lastCompleted())
                      .fundsInPlace(above)
                      .build());
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'progressReports["
                          + month
                          + "].fundsInPlace' must not exceed 'totalInvestment' "
                          + total
                          + ", but was "
                          + above);
            });
  }

  @Test
  void progressMonthsOutOfOrderAreRejected() {
    Property.forAll(PROJECTS, Gens.ints(0, 36))
        .check(
            (p, back) -> {
              Parts parts = new Parts(p);
              if (parts.reports.isEmpty()) {
                parts.reports.add(
                    ProgressReport.builder()
                        .month(YearMonth.of(2023, 6))
                        .completedInvestment(parts.zero())
                        .build());
              }
              ProgressReport last = parts.reports.get(parts.reports.size() - 1);
              YearMonth month = last.month().minusMonths(back);
              parts.reports.add(
                  ProgressReport.builder()
                      .month(month)
                      .completedInvestment(last.completedInvestment())
                      .build());
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'progressReports' must be in ascending, distinct months, but "
                          + month
                          + " follows "
                          + last.month());
            });
  }

  @Test
  void annualPlansOutOfOrderAreRejected() {
    Property.forAll(PROJECTS, Gens.ints(0, 5))
        .check(
            (p, back) -> {
              Parts parts = new Parts(p);
              if (parts.plans.isEmpty()) {
                parts.plans.add(AnnualPlan.of(Year.of(2023), parts.zero()));
              }
              Year last = parts.plans.get(parts.plans.size() - 1).year();
              Year year = last.minusYears(back);
              parts.plans.add(AnnualPlan.of(year, parts.zero()));
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'annualPlans' must be in ascending, distinct years, but "
                          + year
                          + " follows "
                          + last);
            });
  }

  @Test
  void moneyInAnotherCurrencyIsRejectedWhereverItIs() {
    Property.forAll(PROJECTS, DomainGens.currencies(), Gens.ints(0, 2))
        .check(
            (p, other, where) -> {
              Property.assume(!other.equals(p.currency()));
              Parts parts = new Parts(p);
              Money foreign = Money.ofMajor(other, 1);
              String field;
              if (where == 0) {
                parts.phases.add(
                    Phase.builder()
                        .id(PhaseId.of("foreign"))
                        .name("F")
                        .investment(foreign)
                        .build());
                field = "phases[foreign].investment";
              } else if (where == 1) {
                Year year =
                    parts.plans.isEmpty()
                        ? Year.of(2023)
                        : parts.plans.get(parts.plans.size() - 1).year().plusYears(1);
                parts.plans.add(AnnualPlan.of(year, foreign));
                field = "annualPlans[" + year + "].planned";
              } else {
                YearMonth month = parts.nextMonth();
                parts.reports.add(
                    ProgressReport.builder().month(month).completedInvestment(foreign).build());
                field = "progressReports[" + month + "].completedInvestment";
              }
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' '"
                          + field
                          + "' must be in the project's currency "
                          + p.currency().getCurrencyCode()
                          + ", but was "
                          + foreign);
            });
  }

  @Test
  void aNegativeTotalIsRejected() {
    Property.forAll(PROJECTS, Gens.longs(1, Long.MAX_VALUE))
        .check(
            (p, minus) -> {
              Parts parts = new Parts(p);
              Money negative = minor(p.currency(), -minus);
              parts.total = Optional.of(negative);
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'totalInvestment' must not be negative, but was "
                          + negative);
            });
  }

  @Test
  void negativeAmountsAreRejectedByTheParts() {
    Gen<Money> negatives =
        Gens.combine(
            DomainGens.currencies(),
            Gens.longs(1, Long.MAX_VALUE),
            (c, minus) -> Money.ofMinor(c, -minus));
    Property.forAll(negatives)
        .check(
            m -> {
              assertThatThrownBy(() -> AnnualPlan.of(Year.of(2023), m))
                  .hasMessage("Annual plan 2023 'planned' must not be negative, but was " + m);
              assertThatThrownBy(
                      () -> Phase.builder().id(PhaseId.of("x")).name("X").investment(m).build())
                  .hasMessage("Phase 'x' 'investment' must not be negative, but was " + m);
              assertThatThrownBy(
                      () ->
                          ProgressReport.builder()
                              .month(YearMonth.of(2023, 3))
                              .completedInvestment(m)
                              .build())
                  .hasMessage(
                      "Progress report 2023-03 'completedInvestment' must not be negative, but was "
                          + m);
              assertThatThrownBy(() -> ExpectedOutcomes.builder().annualTax(m).build())
                  .hasMessage("Expected outcomes 'annualTax' must not be negative, but was " + m);
            });
  }

  @Test
  void aRepeatedInvestorIsRejected() {
    Property.forAll(PROJECTS, Gens.ints(0, 1000))
        .check(
            (p, pick) -> {
              Parts parts = new Parts(p);
              if (parts.investors.isEmpty()) {
                parts.investors.add(InvestorId.of("solo"));
              }
              parts.investors.add(parts.investors.get(pick % parts.investors.size()));
              assertThatThrownBy(parts::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Project '"
                          + p.id()
                          + "' 'investors' must be distinct, but were "
                          + parts.investors);
            });
  }
}
