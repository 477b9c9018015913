package io.github.attract.projection;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.attract.money.Money;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expected revenue, profit, tax and jobs by year after production starts, over a window of years,
 * for each project that gives {@linkplain Project#expectedOutcomes() expected outcomes} and for all
 * of them together.
 *
 * <p>Rules: production starts at the project's {@linkplain Milestones#operationStart(Project) start
 * of operation} (reached, or planned: the day after its construction period). The calendar year of
 * that day is operating year 1; each operating year takes the full-output figures times the {@link
 * RampUp} share of that year. Money is rounded to the currency's minor unit and jobs to a whole
 * number, half-even. Projects with outcomes but no date are {@link #undated()}, cancelled ones
 * {@link #cancelled()}; neither is dropped.
 *
 * <p>Provenance: a figure placed in a year by a ramp-up is computed, so figures from {@code
 * REPORTED} or {@code DERIVED} full-output outcomes become {@code DERIVED}; figures from {@code
 * ESTIMATED} outcomes stay {@code ESTIMATED} (a computation never turns an estimate into something
 * firmer). A yearly total is {@code ESTIMATED} if any figure in it is.
 *
 * <pre>{@code
 * OutcomeOutlook o = OutcomeOutlook.of(portfolio.projects(), RampUp.standard(), Year.of(2023), Year.of(2030));
 * o.byYear().get(Year.of(2026)).revenue();   // [CNY 750000000.00]: Fengfan at 50 %
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OutcomeOutlook {
  private final Year first;
  private final Year last;
  private final RampUp rampUp;
  private final ImmutableSortedMap<ProjectId, ProjectOutcomes> projects;
  private final ImmutableSortedSet<ProjectId> undated;
  private final ImmutableSortedSet<ProjectId> cancelled;

  private OutcomeOutlook(
      Year first,
      Year last,
      RampUp rampUp,
      ImmutableSortedMap<ProjectId, ProjectOutcomes> projects,
      ImmutableSortedSet<ProjectId> undated,
      ImmutableSortedSet<ProjectId> cancelled) {
    this.first = first;
    this.last = last;
    this.rampUp = rampUp;
    this.projects = projects;
    this.undated = undated;
    this.cancelled = cancelled;
  }

  /**
   * Computes the outcome outlook of projects.
   *
   * @param projects the projects, with distinct ids
   * @param rampUp the ramp-up after production starts
   * @param first the first year shown
   * @param last the last year shown, not before {@code first}
   * @return the outlook
   * @throws IllegalArgumentException if {@code last} is before {@code first} or two projects have
   *     the same id
   */
  public static OutcomeOutlook of(
      Iterable<Project> projects, RampUp rampUp, Year first, Year last) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(rampUp, "rampUp");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Outcome outlook 'last' must not be before 'first', but " + first + " > " + last);
    }
    TreeMap<ProjectId, ProjectOutcomes> dated = new TreeMap<>();
    TreeSet<ProjectId> undated = new TreeSet<>();
    TreeSet<ProjectId> cancelled = new TreeSet<>();
    TreeSet<ProjectId> seen = new TreeSet<>();
    for (Project p : projects) {
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException(
            "Outcome outlook 'projects' must have distinct ids, but '" + p.id() + "' repeats");
      }
      if (p.expectedOutcomes().isEmpty()) {
        continue;
      }
      Optional<Milestone> start = Milestones.operationStart(p);
      if (start.isEmpty()) {
        (Milestones.isCancelled(p.statusHistory()) ? cancelled : undated).add(p.id());
        continue;
      }
      dated.put(p.id(), project(p, p.expectedOutcomes().get(), start.get(), rampUp, first, last));
    }
    return new OutcomeOutlook(
        first,
        last,
        rampUp,
        ImmutableSortedMap.copyOfSorted(dated),
        ImmutableSortedSet.copyOf(undated),
        ImmutableSortedSet.copyOf(cancelled));
  }

  private static ProjectOutcomes project(
      Project p, ExpectedOutcomes full, Milestone start, RampUp rampUp, Year first, Year last) {
    Provenance provenance =
        full.provenance() == Provenance.ESTIMATED ? Provenance.ESTIMATED : Provenance.DERIVED;
    int startYear = start.date().getYear();
    ImmutableSortedMap.Builder<Year, OutcomeYear> years = ImmutableSortedMap.naturalOrder();
    for (int y = Math.max(startYear, first.getValue()); y <= last.getValue(); y++) {
      int operatingYear = y - startYear + 1;
      BigDecimal share = rampUp.share(operatingYear);
      OptionalLong jobs =
          full.jobs().isPresent()
              ? OptionalLong.of(
                  BigDecimal.valueOf(full.jobs().getAsLong())
                      .multiply(share)
                      .setScale(0, RoundingMode.HALF_EVEN)
                      .longValueExact())
              : OptionalLong.empty();
      years.put(
          Year.of(y),
          new OutcomeYear(
              Year.of(y),
              operatingYear,
              share,
              full.annualRevenue().map(m -> m.multipliedBy(share, RoundingMode.HALF_EVEN)),
              full.annualProfit().map(m -> m.multipliedBy(share, RoundingMode.HALF_EVEN)),
              full.annualTax().map(m -> m.multipliedBy(share, RoundingMode.HALF_EVEN)),
              jobs,
              provenance));
    }
    return new ProjectOutcomes(p.id(), start, full, years.buildOrThrow());
  }

  /**
   * Returns the first year shown.
   *
   * @return the year
   */
  public Year first() {
    return first;
  }

  /**
   * Returns the last year shown.
   *
   * @return the year
   */
  public Year last() {
    return last;
  }

  /**
   * Returns the ramp-up applied.
   *
   * @return the ramp-up
   */
  public RampUp rampUp() {
    return rampUp;
  }

  /**
   * Returns the outlook of each project with expected outcomes and a production start.
   *
   * @return the outlooks by project id
   */
  public ImmutableSortedMap<ProjectId, ProjectOutcomes> projects() {
    return projects;
  }

  /**
   * Returns the projects that give expected outcomes but have no date to start production.
   *
   * @return their ids
   */
  public ImmutableSortedSet<ProjectId> undated() {
    return undated;
  }

  /**
   * Returns the projects that give expected outcomes but were cancelled before operating.
   *
   * @return their ids
   */
  public ImmutableSortedSet<ProjectId> cancelled() {
    return cancelled;
  }

  /**
   * Returns the sums of every year of the window; a currency appears in every year once any project
   * gives a figure in it.
   *
   * @return the totals in year order
   */
  public ImmutableSortedMap<Year, OutcomeTotals> byYear() {
    TreeMap<String, Currency> currencies = new TreeMap<>();
    for (ProjectOutcomes p : projects.values()) {
      ExpectedOutcomes f = p.fullOutput();
      for (Optional<Money> m : List.of(f.annualRevenue(), f.annualProfit(), f.annualTax())) {
        m.ifPresent(x -> currencies.put(x.currency().getCurrencyCode(), x.currency()));
      }
    }
    ImmutableSortedMap.Builder<Year, OutcomeTotals> out = ImmutableSortedMap.naturalOrder();
    for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
      CurrencyTotals revenue = new CurrencyTotals().ensureAll(currencies.values());
      CurrencyTotals profit = new CurrencyTotals().ensureAll(currencies.values());
      CurrencyTotals tax = new CurrencyTotals().ensureAll(currencies.values());
      long jobs = 0;
      int count = 0;
      Provenance provenance = Provenance.DERIVED;
      for (ProjectOutcomes p : projects.values()) {
        OutcomeYear o = p.years().get(y);
        if (o == null) {
          continue;
        }
        count++;
        o.revenue().ifPresent(revenue::add);
        o.profit().ifPresent(profit::add);
        o.tax().ifPresent(tax::add);
        if (o.jobs().isPresent()) {
          jobs = Math.addExact(jobs, o.jobs().getAsLong());
        }
        if (o.provenance() == Provenance.ESTIMATED) {
          provenance = Provenance.ESTIMATED;
        }
      }
      out.put(
          y,
          new OutcomeTotals(
              y, count, revenue.total(), profit.total(), tax.total(), jobs, provenance));
    }
    return out.buildOrThrow();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OutcomeOutlook that
        && that.first.equals(first)
        && that.last.equals(last)
        && that.rampUp.equals(rampUp)
        && that.projects.equals(projects)
        && that.undated.equals(undated)
        && that.cancelled.equals(cancelled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last, rampUp, projects, undated, cancelled);
  }

  /**
   * Returns the window, the ramp-up and the yearly totals, plus the undated and cancelled projects
   * when there are any.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("OutcomeOutlook[")
            .append(first)
            .append("..")
            .append(last)
            .append(' ')
            .append(rampUp)
            .append(": ");
    String sep = "";
    for (Map.Entry<Year, OutcomeTotals> e : byYear().entrySet()) {
      b.append(sep).append(e.getValue());
      sep = "; ";
    }
    if (!undated.isEmpty()) {
      b.append("; undated ").append(undated);
    }
    if (!cancelled.isEmpty()) {
      b.append("; cancelled ").append(cancelled);
    }
    return b.append(']').toString();
  }
}
