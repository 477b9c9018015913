package io.github.attract.projection;

import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.time.DateRange;
import java.math.BigInteger;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes investment schedules: how a project's (or many projects') investment falls by month and
 * year, on the baseline, actual or forecast {@link Curve}. The spreading policy (a shape within a
 * season) is the calculator's only setting; every as-of month is an argument. Nothing reads the
 * clock.
 *
 * <p><b>Baseline</b> ({@link #baseline(Project)}):
 *
 * <ol>
 *   <li>Each phase with its own investment and a planned period (else its actual period) spreads
 *       that investment over the months of the period. The rest of the total investment (total less
 *       the phases' own investments) is shared by the phases without an investment of their own in
 *       proportion to their number of months, or, if every phase has one, spread over the project's
 *       {@linkplain Milestones#constructionPeriod construction period}.
 *   <li>A project without phases spreads its total investment over its construction period.
 *   <li>Each annual plan (年度计划投资) overrides its year: the year gets exactly the planned amount,
 *       spread over that year's months in the shape of step 1 (or, if step 1 put nothing in that
 *       year, over the year's months within the construction period, else the whole year). The rest
 *       of the total (total less all plans) is spread over the months outside the plan years in the
 *       shape of step 1. If the plans add up to more than the total, the plans stand, the
 *       schedule's total is their sum and a note says so.
 *   <li>Money with no month to go to (no period, or no month outside the plan years) is kept as
 *       {@linkplain ProjectSchedule#unscheduled() unscheduled} with a note. The baseline total is
 *       therefore always the total investment (or, without one, the phases' investments), or the
 *       sum of the annual plans where that is larger.
 * </ol>
 *
 * <p><b>Actual</b> ({@link #actual(Project)}): each progress report's cumulative completed
 * investment less the previous report's falls in the report's month; the first report's cumulative
 * figure falls whole in its month, and a gap between reports is not interpolated (the increment
 * falls in the later report's month).
 *
 * <p><b>Forecast</b> ({@link #forecast(Project, YearMonth)}): the actual curve up to the as-of
 * month, then the baseline total less the completed investment at the as-of month, spread over the
 * baseline's months after it in the baseline's shape; if the baseline has no month left, the rest
 * is unscheduled with a note. A project that has completed more than its baseline keeps its actual
 * figures.
 *
 * <pre>{@code
 * Schedules schedules = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()));
 * ProjectSchedule plan = schedules.baseline(fengfan);
 * Schedule all = schedules.byYear(portfolio, Year.of(2023), Year.of(2030));  // parts sum exactly
 * Schedule outlook = schedules.forecast(portfolio.projects(), YearMonth.of(2023, 4));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Schedules {
  private final SeasonalProfile spreading;

  private Schedules(SeasonalProfile spreading) {
    this.spreading = spreading;
  }

  /**
   * Returns a calculator that spreads with a seasonal profile.
   *
   * @param spreading the shape and the season
   * @return the calculator
   */
  public static Schedules of(SeasonalProfile spreading) {
    return new Schedules(Objects.requireNonNull(spreading, "spreading"));
  }

  /**
   * Returns a calculator that spreads with a shape and builds all year.
   *
   * @param profile the shape
   * @return the calculator
   */
  public static Schedules of(SpreadProfile profile) {
    return of(profile.within(Season.allYear()));
  }

  /**
   * Returns the spreading policy.
   *
   * @return the shape and the season
   */
  public SeasonalProfile spreading() {
    return spreading;
  }

  /**
   * Returns the baseline schedules of a portfolio's projects seen through a window of years.
   *
   * @param portfolio the portfolio
   * @param first the first year shown
   * @param last the last year shown, not before {@code first}
   * @return the baseline schedule within the window; the parts add up exactly to the whole
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public Schedule byYear(Portfolio portfolio, Year first, Year last) {
    return baseline(portfolio.projects()).within(first, last);
  }

  /**
   * Returns the baseline schedules of projects.
   *
   * @param projects the projects, with distinct ids
   * @return the schedule
   * @throws IllegalArgumentException if two projects have the same id
   */
  public Schedule baseline(Iterable<Project> projects) {
    Map<ProjectId, ProjectSchedule> out = new LinkedHashMap<>();
    for (Project p : projects) {
      put(out, p, baseline(p));
    }
    return new Schedule(Curve.BASELINE, Optional.empty(), Optional.empty(), Optional.empty(), out);
  }

  /**
   * Returns the actual schedules of projects.
   *
   * @param projects the projects, with distinct ids
   * @return the schedule
   * @throws IllegalArgumentException if two projects have the same id
   */
  public Schedule actual(Iterable<Project> projects) {
    Map<ProjectId, ProjectSchedule> out = new LinkedHashMap<>();
    for (Project p : projects) {
      put(out, p, actual(p));
    }
    return new Schedule(Curve.ACTUAL, Optional.empty(), Optional.empty(), Optional.empty(), out);
  }

  /**
   * Returns the forecast schedules of projects.
   *
   * @param projects the projects, with distinct ids
   * @param asOf the last month of actual figures
   * @return the schedule
   * @throws IllegalArgumentException if two projects have the same id
   */
  public Schedule forecast(Iterable<Project> projects, YearMonth asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<ProjectId, ProjectSchedule> out = new LinkedHashMap<>();
    for (Project p : projects) {
      put(out, p, forecast(p, asOf));
    }
    return new Schedule(Curve.FORECAST, Optional.of(asOf), Optional.empty(), Optional.empty(), out);
  }

  private static void put(Map<ProjectId, ProjectSchedule> out, Project p, ProjectSchedule s) {
    if (out.put(p.id(), s) != null) {
      throw new IllegalArgumentException(
          "Schedule 'projects' must have distinct ids, but '" + p.id() + "' repeats");
    }
  }

  /**
   * Returns a project's baseline schedule, by the rules of the class comment.
   *
   * @param project the project
   * @return the schedule
   */
  public ProjectSchedule baseline(Project project) {
    Baseline b = new Baseline(project);
    return new ProjectSchedule(
        project.id(),
        Curve.BASELINE,
        Optional.empty(),
        project.currency(),
        b.months(),
        b.unscheduledMoney(),
        b.notes);
  }

  /**
   * Returns a project's actual schedule: the monthly increments of its cumulative completed
   * investment.
   *
   * @param project the project
   * @return the schedule
   */
  public ProjectSchedule actual(Project project) {
    return new ProjectSchedule(
        project.id(),
        Curve.ACTUAL,
        Optional.empty(),
        project.currency(),
        increments(project, Optional.empty()),
        Money.zero(project.currency()),
        List.of());
  }

  /**
   * Returns a project's forecast: actual to the as-of month, then the rest of the baseline.
   *
   * @param project the project
   * @param asOf the last month of actual figures
   * @return the schedule
   */
  public ProjectSchedule forecast(Project project, YearMonth asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Currency currency = project.currency();
    ProjectSchedule base = baseline(project);
    NavigableMap<YearMonth, Money> months = increments(project, Optional.of(asOf));
    Money completed = project.completedInvestmentAsOf(asOf);
    Money rest = base.total().minus(completed);
    List<String> notes = new ArrayList<>();
    Money unscheduled = Money.zero(currency);
    if (rest.isNegative()) {
      notes.add(
          "completed investment "
              + completed
              + " as of "
              + asOf
              + " exceeds the baseline total "
              + base.total());
    } else if (rest.isPositive()) {
      Map<YearMonth, Money> later = base.months().tailMap(asOf, false);
      if (later.isEmpty()) {
        unscheduled = rest;
        notes.add("the baseline has no month after " + asOf + "; " + rest + " remains unscheduled");
      } else {
        months.putAll(allocate(rest, later));
      }
    }
    return new ProjectSchedule(
        project.id(), Curve.FORECAST, Optional.of(asOf), currency, months, unscheduled, notes);
  }

  private static NavigableMap<YearMonth, Money> increments(
      Project project, Optional<YearMonth> asOf) {
    TreeMap<YearMonth, Money> months = new TreeMap<>();
    Money previous = Money.zero(project.currency());
    for (ProgressReport r : project.progressReports()) {
      if (asOf.isPresent() && r.month().isAfter(asOf.get())) {
        break;
      }
      months.put(r.month(), r.completedInvestment().minus(previous));
      previous = r.completedInvestment();
    }
    return months;
  }

  /** Splits money over months in proportion to the money already in them. */
  private static NavigableMap<YearMonth, Money> allocate(Money total, Map<YearMonth, Money> shape) {
    List<YearMonth> keys = new ArrayList<>(shape.size());
    BigInteger[] weights = new BigInteger[shape.size()];
    for (Map.Entry<YearMonth, Money> e : shape.entrySet()) {
      weights[keys.size()] = e.getValue().minorUnits();
      keys.add(e.getKey());
    }
    BigInteger[] parts = Allocation.splitMinor(total.minorUnits(), weights);
    TreeMap<YearMonth, Money> out = new TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      out.put(keys.get(i), Money.ofMinor(total.currency(), parts[i]));
    }
    return out;
  }

  private static void addAll(Map<YearMonth, Money> into, Map<YearMonth, Money> parts) {
    parts.forEach((k, v) -> into.merge(k, v, Money::plus));
  }

  /** The baseline of one project, computed in the constructor. */
  private final class Baseline {
    private final Project project;
    private final Currency currency;
    private final Optional<DateRange> span;
    private final List<String> notes = new ArrayList<>();
    private TreeMap<YearMonth, Money> months = new TreeMap<>();
    private Money unscheduled;

    Baseline(Project project) {
      this.project = project;
      this.currency = project.currency();
      this.span = Milestones.constructionPeriod(project);
      this.unscheduled = Money.zero(currency);
      Money total = project.phases().isEmpty() ? spreadProject() : spreadPhases();
      if (!project.annualPlans().isEmpty()) {
        applyPlans(total);
      }
      if (total.isZero() && project.annualPlans().isEmpty()) {
        notes.add("no total investment, phase investment or annual plan to schedule");
      }
    }

    NavigableMap<YearMonth, Money> months() {
      return months;
    }

    Money unscheduledMoney() {
      return unscheduled;
    }

    private Money spreadProject() {
      Money total = project.latestTotalInvestment().orElse(Money.zero(currency));
      if (total.isPositive()) {
        if (span.isPresent()) {
          addAll(months, spreading.spread(total, span.get()));
        } else {
          unscheduled = unscheduled.plus(total);
          notes.add(total + " has no construction period to be spread over");
        }
      }
      return total;
    }

    private Money spreadPhases() {
      Money known = Money.zero(currency);
      List<Phase> open = new ArrayList<>();
      for (Phase phase : project.phases()) {
        Optional<DateRange> period = phase.plannedPeriod().or(phase::actualPeriod);
        if (phase.investment().isPresent()) {
          Money inv = phase.investment().get();
          known = known.plus(inv);
          if (period.isPresent()) {
            addAll(months, spreading.spread(inv, period.get()));
          } else if (inv.isPositive()) {
            unscheduled = unscheduled.plus(inv);
            notes.add("phase '" + phase.id() + "' " + inv + " has no planned period");
          }
        } else if (period.isPresent()) {
          open.add(phase);
        }
      }
      Money total = project.latestTotalInvestment().orElse(known);
      Money rest = total.minus(known);
      if (rest.isPositive()) {
        if (!open.isEmpty()) {
          BigInteger[] weights = new BigInteger[open.size()];
          for (int i = 0; i < weights.length; i++) {
            DateRange period = periodOf(open.get(i));
            weights[i] =
                BigInteger.valueOf(
                    SpreadProfile.monthsBetween(
                        YearMonth.from(period.start()), YearMonth.from(period.end())));
          }
          BigInteger[] parts = Allocation.splitMinor(rest.minorUnits(), weights);
          for (int i = 0; i < parts.length; i++) {
            addAll(
                months, spreading.spread(Money.ofMinor(currency, parts[i]), periodOf(open.get(i))));
          }
        } else if (span.isPresent()) {
          addAll(months, spreading.spread(rest, span.get()));
        } else {
          unscheduled = unscheduled.plus(rest);
          notes.add(rest + " not assigned to a phase has no construction period to be spread over");
        }
      }
      return total;
    }

    private DateRange periodOf(Phase phase) {
      return phase.plannedPeriod().or(phase::actualPeriod).orElseThrow();
    }

    private void applyPlans(Money total) {
      Money planned = Money.zero(currency);
      Set<Integer> planYears = new TreeSet<>();
      TreeMap<YearMonth, Money> out = new TreeMap<>();
      for (AnnualPlan plan : project.annualPlans()) {
        planned = planned.plus(plan.planned());
        Year y = plan.year();
        planYears.add(y.getValue());
        Map<YearMonth, Money> inYear =
            positive(months.subMap(y.atMonth(1), true, y.atMonth(12), true));
        if (!inYear.isEmpty()) {
          addAll(out, allocate(plan.planned(), inYear));
        } else {
          DateRange year = DateRange.ofYear(y);
          DateRange range = span.flatMap(s -> s.intersection(year)).orElse(year);
          addAll(out, spreading.spread(plan.planned(), range));
        }
      }
      Money rest = total.minus(planned);
      if (rest.isNegative()) {
        // possible only without a total investment: the plans exceed the phases' investments
        notes.add(
            "annual plans add up to "
                + planned
                + ", more than the phases' investments "
                + total
                + "; the plans stand");
        rest = Money.zero(currency);
      }
      Map<YearMonth, Money> others = new TreeMap<>();
      for (Map.Entry<YearMonth, Money> e : months.entrySet()) {
        if (!planYears.contains(e.getKey().getYear()) && e.getValue().isPositive()) {
          others.put(e.getKey(), e.getValue());
        }
      }
      unscheduled = Money.zero(currency);
      if (rest.isPositive()) {
        if (others.isEmpty()) {
          unscheduled = rest;
          notes.add(
              rest
                  + " beyond the annual plans has no planned month outside the plan years "
                  + planYears);
        } else {
          addAll(out, allocate(rest, others));
        }
      }
      months = out;
    }
  }

  private static Map<YearMonth, Money> positive(Map<YearMonth, Money> months) {
    Map<YearMonth, Money> out = new TreeMap<>();
    months.forEach(
        (k, v) -> {
          if (v.isPositive()) {
            out.put(k, v);
          }
        });
    return out;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Schedules that && that.spreading.equals(spreading);
  }

  @Override
  public int hashCode() {
    return spreading.hashCode();
  }

  /**
   * Returns the spreading policy, e.g. {@code "Schedules[s-curve within Season[...]]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Schedules[" + spreading + "]";
  }
}
