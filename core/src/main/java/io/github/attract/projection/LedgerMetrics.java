package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Kpis;
import io.github.attract.calc.ProjectBase;
import io.github.attract.calc.Rate;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Lifecycle;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a {@link Metric} from the itemized ledger of a portfolio, for a scope and a period up to
 * an as-of date. The rules are stated on {@link TargetProgress}; {@link Reconciliation} uses the
 * same ones.
 */
final class LedgerMetrics {
  private LedgerMetrics() {}

  /** A computed value (empty if the ledger cannot compute the metric) and notes. */
  static final class Result {
    final Optional<MetricValue> value;
    final ImmutableList<String> notes;

    Result(Optional<MetricValue> value, List<String> notes) {
      this.value = value;
      this.notes = ImmutableList.copyOf(notes);
    }

    Result(MetricValue value, List<String> notes) {
      this(Optional.of(value), notes);
    }
  }

  /**
   * Computes a metric.
   *
   * @param like the stated value: gives the currency of a money metric, the unit of a quantity
   */
  static Result evaluate(
      Portfolio portfolio,
      Metric metric,
      Scope scope,
      DateRange period,
      LocalDate asOf,
      MetricValue like) {
    List<String> notes = new ArrayList<>();
    Optional<DateRange> window =
        asOf.isBefore(period.start())
            ? Optional.empty()
            : Optional.of(period.end().isAfter(asOf) ? period.withEnd(asOf) : period);
    // a status condition of the scope is evaluated on the window's last day
    LocalDate on = period.end().isAfter(asOf) ? asOf : period.end();
    List<Project> inScope = portfolio.projectsIn(scope, on);
    if (metric == Metric.CHAIN_PROMOTION_GROUPS) {
      notes.add("metric '" + metric.code() + "' is not kept in the ledger");
      return new Result(Optional.empty(), notes);
    }
    if (metric.kind() == MetricKind.RATE) {
      notes.add(
          "metric '"
              + metric.code()
              + "' is a rate, not a total the ledger itemizes; see TargetProgress#rate");
      return new Result(Optional.empty(), notes);
    }
    if (metric.kind() == MetricKind.QUANTITY) {
      return power(inScope, metric, like.quantity().orElseThrow().unit(), notes);
    }
    Currency currency = like.amount().map(Money::currency).orElse(Currencies.CNY);
    if (metric.kind() == MetricKind.COUNT) {
      long count =
          switch (metric) {
            case ACTIVITIES -> activities(portfolio, scope, window, on);
            case PROJECTS -> inScope.size();
            case SIGNED_PROJECTS -> reached(portfolio, inScope, Status.SIGNED, window);
            case STARTED_PROJECTS -> reached(portfolio, inScope, Status.UNDER_CONSTRUCTION, window);
            case PROJECTS_IN_OPERATION -> reached(portfolio, inScope, Status.IN_OPERATION, window);
            default -> throw new AssertionError(metric);
          };
      return new Result(MetricValue.ofCount(metric, count), notes);
    }
    Money sum = Money.zero(currency);
    if (metric == Metric.CONTRACT_VALUE) {
      for (Signing s : portfolio.signings()) {
        if (window.isEmpty() || !window.get().contains(s.date()) || s.contractValue().isEmpty()) {
          continue;
        }
        if (!scope.isAll() && !anyInScope(portfolio, s.projects(), scope, on)) {
          continue;
        }
        Money v = s.contractValue().get();
        if (v.isIn(currency)) {
          sum = sum.plus(v);
        } else {
          notes.add("signing '" + s.id() + "' is in " + v.currency() + ", not " + currency);
        }
      }
      return new Result(MetricValue.ofMoney(metric, sum), notes);
    }
    for (Project p : inScope) {
      if (!p.currency().equals(currency)) {
        notes.add("project '" + p.id() + "' is in " + p.currency() + ", not " + currency);
        continue;
      }
      switch (metric) {
        case TOTAL_INVESTMENT -> {
          // the total in force on the window's last day, as revised by then
          Optional<Money> total = p.totalInvestmentOn(on);
          if (total.isPresent()) {
            sum = sum.plus(total.get());
          }
        }
        case ANNUAL_PLANNED_INVESTMENT -> {
          for (AnnualPlan plan : p.annualPlans()) {
            if (DateRange.ofYear(plan.year()).overlaps(period)) {
              sum = sum.plus(plan.planned());
            }
          }
        }
        case COMPLETED_INVESTMENT, FUNDS_IN_PLACE -> {
          if (window.isPresent()) {
            boolean funds = metric == Metric.FUNDS_IN_PLACE;
            YearMonth before = YearMonth.from(period.start()).minusMonths(1);
            YearMonth end = YearMonth.from(window.get().end());
            sum = sum.plus(cumulative(p, end, funds).minus(cumulative(p, before, funds)));
          }
        }
        default -> throw new AssertionError(metric);
      }
    }
    return new Result(MetricValue.ofMoney(metric, sum), notes);
  }

  /**
   * Computes a rate metric ({@link Metric#START_RATE}, {@link Metric#CONTRACT_FULFILMENT_RATE}) for
   * a scope and period as of a date: the day is the as-of date or the period's end if earlier, the
   * window the period up to that day (none if the as-of date is before the period).
   */
  static Rate rate(
      Portfolio portfolio, Metric metric, Scope scope, DateRange period, LocalDate asOf) {
    LocalDate on = period.end().isAfter(asOf) ? asOf : period.end();
    ProjectBase inScope = ProjectBase.within(scope, on);
    return switch (metric) {
      case START_RATE -> Kpis.startRate(portfolio, inScope, on);
      case CONTRACT_FULFILMENT_RATE ->
          asOf.isBefore(period.start())
              ? Rate.of(0, 0)
              : Kpis.startRate(
                  portfolio, inScope.and(ProjectBase.signedIn(period.withEnd(on))), on);
      default ->
          throw new IllegalArgumentException(
              "Metric '" + metric.code() + "' is not a rate, but a " + metric.kind().code());
    };
  }

  private static long activities(
      Portfolio portfolio, Scope scope, Optional<DateRange> window, LocalDate on) {
    long count = 0;
    boolean onlyRegion =
        scope.region().isPresent()
            && scope.designation().isEmpty()
            && scope.industry().isEmpty()
            && scope.focusArea().isEmpty()
            && scope.status().isEmpty();
    for (PromotionActivity a : portfolio.activities()) {
      if (window.isEmpty() || !window.get().contains(a.date())) {
        continue;
      }
      boolean counts =
          scope.isAll()
              || anyInScope(portfolio, a.resultingProjects(), scope, on)
              || (onlyRegion
                  && a.regions().stream()
                      .anyMatch(r -> portfolio.regions().isWithin(r, scope.region().get())));
      if (counts) {
        count++;
      }
    }
    return count;
  }

  private static boolean anyInScope(
      Portfolio portfolio, Iterable<ProjectId> ids, Scope scope, LocalDate on) {
    for (ProjectId id : ids) {
      Optional<Project> p = portfolio.project(id);
      if (p.isPresent() && portfolio.isInScope(p.get(), scope, on)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sums the designed power capacities (kW, MW, GW) of projects: the ledger keeps no separate
   * new-energy index, so the itemized index is the rated power the projects are designed for.
   * Phases' capacities count when any phase declares one, the project's own otherwise.
   */
  private static Result power(
      List<Project> projects, Metric metric, Unit unit, List<String> notes) {
    Quantity sum = Quantity.zero(unit);
    for (Project p : projects) {
      List<DesignedCapacity> capacities = new ArrayList<>();
      for (Phase phase : p.phases()) {
        capacities.addAll(phase.capacities());
      }
      if (capacities.isEmpty()) {
        capacities.addAll(p.capacities());
      }
      for (DesignedCapacity c : capacities) {
        if (c.quantity().dimension() == unit.dimension()) {
          sum = sum.plus(c.quantity());
        }
      }
    }
    return new Result(MetricValue.ofQuantity(metric, sum), notes);
  }

  /** Counts the projects that reached a milestone ({@link Lifecycle}) within the window. */
  private static long reached(
      Portfolio portfolio, List<Project> projects, Status stage, Optional<DateRange> window) {
    if (window.isEmpty()) {
      return 0;
    }
    Map<ProjectId, LocalDate> earliestSigning = new HashMap<>();
    if (stage == Status.SIGNED) {
      for (Signing s : portfolio.signings()) {
        for (ProjectId id : s.projects()) {
          earliestSigning.merge(id, s.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    long count = 0;
    for (Project p : projects) {
      Optional<LocalDate> first =
          Lifecycle.reached(
              stage, p.statusHistory(), Optional.ofNullable(earliestSigning.get(p.id())));
      if (first.isPresent() && window.get().contains(first.get())) {
        count++;
      }
    }
    return count;
  }

  /** The cumulative completed investment or funds in place of the latest report by a month. */
  static Money cumulative(Project p, YearMonth month, boolean funds) {
    Money found = Money.zero(p.currency());
    for (ProgressReport r : p.progressReports()) {
      if (r.month().isAfter(month)) {
        break;
      }
      if (!funds) {
        found = r.completedInvestment();
      } else if (r.fundsInPlace().isPresent()) {
        found = r.fundsInPlace().get();
      }
    }
    return found;
  }
}
