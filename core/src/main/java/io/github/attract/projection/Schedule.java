package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.ProjectId;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The investment schedule of many projects on one {@link Curve}: every project's {@link
 * ProjectSchedule}, keyed by project id, and their sums by month and by year as {@link
 * MultiCurrencyAmount}s: one amount per currency, never converted or mixed, in currency-code order.
 *
 * <p>Nothing is dropped: {@code byYear} (or, with a window, {@code byYear + beforeWindow +
 * afterWindow}) plus {@code unscheduledTotal} adds up exactly to {@code total} in every currency. A
 * window ({@link #within(Year, Year)}) lists every year from the first to the last, zero-filled,
 * and keeps what falls outside it in {@link #beforeWindow()} and {@link #afterWindow()}.
 *
 * <p>To group a schedule by a dimension (industry, location, ...), take {@link #only} the projects
 * of each group, or group {@link #projects()} by project id: each project's schedule is complete on
 * its own, and the sums of disjoint groups add up to these totals.
 *
 * <pre>{@code
 * Schedule s = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()))
 *     .byYear(portfolio, Year.of(2023), Year.of(2030));
 * s.byYear();                      // {2023=[CNY ...], 2024=[CNY ...], ..., 2030=[CNY 0.00]}
 * s.total();                       // [CNY ...]: a MultiCurrencyAmount
 * s.byYear(Currencies.CNY);        // {2023=CNY ..., ...}
 * s.unscheduled();                 // {lead-42=CNY 300000000.00}: no planned period yet
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Schedule {
  private static final Comparator<Currency> BY_CODE =
      Comparator.comparing(Currency::getCurrencyCode);

  private final Curve curve;
  private final Optional<YearMonth> asOf;
  private final Optional<Year> windowStart;
  private final Optional<Year> windowEnd;
  private final ImmutableSortedMap<ProjectId, ProjectSchedule> projects;
  private final ImmutableList<Currency> currencies;

  Schedule(
      Curve curve,
      Optional<YearMonth> asOf,
      Optional<Year> windowStart,
      Optional<Year> windowEnd,
      Map<ProjectId, ProjectSchedule> projects) {
    this.curve = Objects.requireNonNull(curve, "curve");
    this.asOf = asOf;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.projects = ImmutableSortedMap.copyOf(projects);
    TreeSet<Currency> cs = new TreeSet<>(BY_CODE);
    for (ProjectSchedule p : projects.values()) {
      cs.add(p.currency());
    }
    this.currencies = ImmutableList.copyOf(cs);
  }

  /**
   * Returns the same schedule seen through a window of years: {@link #byYear()} then lists every
   * year from {@code first} to {@code last}, and what falls outside is kept in {@link
   * #beforeWindow()} and {@link #afterWindow()}.
   *
   * @param first the first year shown
   * @param last the last year shown, not before {@code first}
   * @return the windowed schedule
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public Schedule within(Year first, Year last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Schedule window 'last' must not be before 'first', but " + first + " > " + last);
    }
    return new Schedule(curve, asOf, Optional.of(first), Optional.of(last), projects);
  }

  /**
   * Returns the same schedule restricted to some projects, with the same curve and window; the way
   * to group a schedule by any dimension until the aggregation API takes projections as measures.
   * The schedules of disjoint groups add up to this one's.
   *
   * <pre>{@code
   * Schedule coal = schedule.only(id -> portfolio.project(id)
   *     .map(p -> portfolio.industries().isWithin(p.industry(), IndustryId.of("coal")))
   *     .orElse(false));
   * }</pre>
   *
   * @param keep which project ids to keep
   * @return the restricted schedule
   */
  public Schedule only(Predicate<? super ProjectId> keep) {
    Objects.requireNonNull(keep, "keep");
    Map<ProjectId, ProjectSchedule> kept = new TreeMap<>();
    projects.forEach(
        (id, p) -> {
          if (keep.test(id)) {
            kept.put(id, p);
          }
        });
    return new Schedule(curve, asOf, windowStart, windowEnd, kept);
  }

  /**
   * Returns the curve.
   *
   * @return the curve
   */
  public Curve curve() {
    return curve;
  }

  /**
   * Returns the as-of month of a forecast.
   *
   * @return the month, or empty for the baseline and the actual curve
   */
  public Optional<YearMonth> asOf() {
    return asOf;
  }

  /**
   * Returns the first year of the window.
   *
   * @return the year, or empty if the schedule has no window
   */
  public Optional<Year> windowStart() {
    return windowStart;
  }

  /**
   * Returns the last year of the window.
   *
   * @return the year, or empty if the schedule has no window
   */
  public Optional<Year> windowEnd() {
    return windowEnd;
  }

  /**
   * Returns every project's schedule, in project-id order; projects without any investment figure
   * are here too, with a zero total and a note.
   *
   * @return the schedules by project id
   */
  public ImmutableSortedMap<ProjectId, ProjectSchedule> projects() {
    return projects;
  }

  /**
   * Returns the currencies of the projects.
   *
   * @return the currencies in code order
   */
  public ImmutableList<Currency> currencies() {
    return currencies;
  }

  /**
   * Returns the sums by month, one amount per currency; months without money are left out (the
   * window does not apply).
   *
   * @return the sums in month order
   */
  public ImmutableSortedMap<YearMonth, MultiCurrencyAmount> byMonth() {
    TreeMap<YearMonth, CurrencyTotals> sums = new TreeMap<>();
    for (ProjectSchedule p : projects.values()) {
      for (Map.Entry<YearMonth, Money> e : p.months().entrySet()) {
        sums.computeIfAbsent(e.getKey(), k -> new CurrencyTotals()).add(e.getValue());
      }
    }
    ImmutableSortedMap.Builder<YearMonth, MultiCurrencyAmount> b =
        ImmutableSortedMap.naturalOrder();
    sums.forEach((k, v) -> b.put(k, v.total()));
    return b.buildOrThrow();
  }

  /**
   * Returns the sums by calendar year, one amount per currency. Without a window, the years with
   * money; with a window, every year of it, each listing every currency (zero where nothing falls).
   *
   * @return the sums in year order
   */
  public ImmutableSortedMap<Year, MultiCurrencyAmount> byYear() {
    TreeMap<Year, CurrencyTotals> sums = new TreeMap<>();
    if (windowStart.isPresent() && windowEnd.isPresent()) {
      for (Year y = windowStart.get(); !y.isAfter(windowEnd.get()); y = y.plusYears(1)) {
        sums.put(y, new CurrencyTotals().ensureAll(currencies));
      }
    }
    for (ProjectSchedule p : projects.values()) {
      for (Map.Entry<YearMonth, Money> e : p.months().entrySet()) {
        Year y = Year.of(e.getKey().getYear());
        if (inWindow(y)) {
          sums.computeIfAbsent(y, k -> new CurrencyTotals()).add(e.getValue());
        }
      }
    }
    ImmutableSortedMap.Builder<Year, MultiCurrencyAmount> b = ImmutableSortedMap.naturalOrder();
    sums.forEach((k, v) -> b.put(k, v.total()));
    return b.buildOrThrow();
  }

  /**
   * Returns the sums by month in one currency; months without money in it are left out.
   *
   * @param currency the currency
   * @return the sums in month order
   */
  public ImmutableSortedMap<YearMonth, Money> byMonth(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    TreeMap<YearMonth, Money> sums = new TreeMap<>();
    for (ProjectSchedule p : projects.values()) {
      if (p.currency().equals(currency)) {
        p.months().forEach((k, v) -> sums.merge(k, v, Money::plus));
      }
    }
    return ImmutableSortedMap.copyOfSorted(sums);
  }

  /**
   * Returns the sums by year in one currency, like {@link #byYear()}: every year of the window
   * (zero-filled) if there is one, otherwise the years with money.
   *
   * @param currency the currency
   * @return the sums in year order
   */
  public ImmutableSortedMap<Year, Money> byYear(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    TreeMap<Year, Money> sums = new TreeMap<>();
    if (windowStart.isPresent() && windowEnd.isPresent()) {
      for (Year y = windowStart.get(); !y.isAfter(windowEnd.get()); y = y.plusYears(1)) {
        sums.put(y, Money.zero(currency));
      }
    }
    for (ProjectSchedule p : projects.values()) {
      if (p.currency().equals(currency)) {
        for (Map.Entry<YearMonth, Money> e : p.months().entrySet()) {
          Year y = Year.of(e.getKey().getYear());
          if (inWindow(y)) {
            sums.merge(y, e.getValue(), Money::plus);
          }
        }
      }
    }
    return ImmutableSortedMap.copyOfSorted(sums);
  }

  /**
   * Returns the sum of the months before the window.
   *
   * @return one amount per currency, zero without a window
   */
  public MultiCurrencyAmount beforeWindow() {
    CurrencyTotals sums = new CurrencyTotals().ensureAll(currencies);
    if (windowStart.isPresent()) {
      YearMonth first = windowStart.get().atMonth(1);
      for (ProjectSchedule p : projects.values()) {
        sums.addAll(p.months().headMap(first, false).values());
      }
    }
    return sums.total();
  }

  /**
   * Returns the sum of the months after the window.
   *
   * @return one amount per currency, zero without a window
   */
  public MultiCurrencyAmount afterWindow() {
    CurrencyTotals sums = new CurrencyTotals().ensureAll(currencies);
    if (windowEnd.isPresent()) {
      YearMonth last = windowEnd.get().atMonth(12);
      for (ProjectSchedule p : projects.values()) {
        sums.addAll(p.months().tailMap(last, false).values());
      }
    }
    return sums.total();
  }

  /**
   * Returns the money of each project that could not be placed in a month.
   *
   * @return the non-zero unscheduled amounts by project id
   */
  public ImmutableSortedMap<ProjectId, Money> unscheduled() {
    ImmutableSortedMap.Builder<ProjectId, Money> b = ImmutableSortedMap.naturalOrder();
    for (ProjectSchedule p : projects.values()) {
      if (!p.unscheduled().isZero()) {
        b.put(p.projectId(), p.unscheduled());
      }
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the sum of the unscheduled amounts.
   *
   * @return one amount per currency
   */
  public MultiCurrencyAmount unscheduledTotal() {
    CurrencyTotals sums = new CurrencyTotals().ensureAll(currencies);
    for (ProjectSchedule p : projects.values()) {
      sums.add(p.unscheduled());
    }
    return sums.total();
  }

  /**
   * Returns the whole: every project's total.
   *
   * @return one amount per currency
   */
  public MultiCurrencyAmount total() {
    CurrencyTotals sums = new CurrencyTotals().ensureAll(currencies);
    for (ProjectSchedule p : projects.values()) {
      sums.add(p.total());
    }
    return sums.total();
  }

  private boolean inWindow(Year y) {
    return (windowStart.isEmpty() || !y.isBefore(windowStart.get()))
        && (windowEnd.isEmpty() || !y.isAfter(windowEnd.get()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Schedule that
        && that.curve == curve
        && that.asOf.equals(asOf)
        && that.windowStart.equals(windowStart)
        && that.windowEnd.equals(windowEnd)
        && that.projects.equals(projects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(curve, asOf, windowStart, windowEnd, projects);
  }

  /**
   * Returns the curve, the yearly sums, what lies outside the window, the unscheduled part and the
   * total, e.g. {@code "Schedule[baseline, 2 projects, window 2023..2026: 2023=[CNY 5.00],
   * 2024=[CNY 5.00], 2025=[CNY 0.00], 2026=[CNY 0.00]; before [CNY 0.00]; after [CNY 0.00];
   * unscheduled [CNY 0.00]; total [CNY 10.00]]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Schedule[").append(curve);
    asOf.ifPresent(m -> b.append(" as of ").append(m));
    b.append(", ").append(projects.size()).append(projects.size() == 1 ? " project" : " projects");
    if (windowStart.isPresent() && windowEnd.isPresent()) {
      b.append(", window ").append(windowStart.get()).append("..").append(windowEnd.get());
    }
    b.append(": ");
    String sep = "";
    for (Map.Entry<Year, MultiCurrencyAmount> e : byYear().entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ", ";
    }
    if (windowStart.isPresent()) {
      b.append("; before ").append(beforeWindow()).append("; after ").append(afterWindow());
    }
    b.append("; unscheduled ").append(unscheduledTotal());
    return b.append("; total ").append(total()).append(']').toString();
  }
}
