package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.money.Money;
import io.github.attract.project.ProjectId;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One project's investment by month (and year) on one {@link Curve}, in the project's currency, as
 * {@link Schedules} computes it. Money that could not be placed in a month (no planned period) is
 * kept as {@link #unscheduled()}, with a note saying why; it is never dropped, so {@link #total()}
 * is always the whole.
 *
 * <pre>{@code
 * ProjectSchedule s = Schedules.of(SpreadProfile.even()).baseline(fengfan);
 * s.byYear();   // {2023=CNY 286363636.38, 2024=CNY 381818181.84, 2025=CNY 381818181.78}
 * s.total();    // CNY 1050000000.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectSchedule {
  private final ProjectId projectId;
  private final Curve curve;
  private final Optional<YearMonth> asOf;
  private final Currency currency;
  private final ImmutableSortedMap<YearMonth, Money> months;
  private final Money unscheduled;
  private final ImmutableList<String> notes;

  ProjectSchedule(
      ProjectId projectId,
      Curve curve,
      Optional<YearMonth> asOf,
      Currency currency,
      Map<YearMonth, Money> months,
      Money unscheduled,
      Iterable<String> notes) {
    this.projectId = Objects.requireNonNull(projectId, "projectId");
    this.curve = Objects.requireNonNull(curve, "curve");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.currency = Objects.requireNonNull(currency, "currency");
    ImmutableSortedMap.Builder<YearMonth, Money> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<YearMonth, Money> e : months.entrySet()) {
      if (!e.getValue().isZero()) {
        b.put(e.getKey(), e.getValue());
      }
    }
    this.months = b.buildOrThrow();
    this.unscheduled = Objects.requireNonNull(unscheduled, "unscheduled");
    this.notes = ImmutableList.copyOf(notes);
  }

  /**
   * Returns the project.
   *
   * @return the project's id
   */
  public ProjectId projectId() {
    return projectId;
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
   * Returns the as-of month of a forecast: the last month of actual figures.
   *
   * @return the month, or empty for the baseline and the actual curve
   */
  public Optional<YearMonth> asOf() {
    return asOf;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the project's currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amounts by month; months without money are left out.
   *
   * @return the non-zero amounts in month order
   */
  public ImmutableSortedMap<YearMonth, Money> months() {
    return months;
  }

  /**
   * Returns the amounts by calendar year; years without money are left out.
   *
   * @return the sums of {@link #months()} by year, in year order
   */
  public ImmutableSortedMap<Year, Money> byYear() {
    TreeMap<Year, Money> years = new TreeMap<>();
    for (Map.Entry<YearMonth, Money> e : months.entrySet()) {
      years.merge(Year.of(e.getKey().getYear()), e.getValue(), Money::plus);
    }
    return ImmutableSortedMap.copyOfSorted(years);
  }

  /**
   * Returns the amount of one month.
   *
   * @param month the month
   * @return the amount, zero if none
   */
  public Money amount(YearMonth month) {
    Money m = months.get(Objects.requireNonNull(month, "month"));
    return m == null ? Money.zero(currency) : m;
  }

  /**
   * Returns the amount of one year.
   *
   * @param year the year
   * @return the amount, zero if none
   */
  public Money amount(Year year) {
    Objects.requireNonNull(year, "year");
    Money sum = Money.zero(currency);
    for (Money m : months.subMap(year.atMonth(1), true, year.atMonth(12), true).values()) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Returns the money that could not be placed in a month.
   *
   * @return the amount, zero if everything is scheduled
   */
  public Money unscheduled() {
    return unscheduled;
  }

  /**
   * Returns the sum of the months.
   *
   * @return the scheduled amount
   */
  public Money scheduled() {
    return Money.total(currency, months.values());
  }

  /**
   * Returns the whole: {@link #scheduled()} plus {@link #unscheduled()}.
   *
   * @return the total
   */
  public Money total() {
    return scheduled().plus(unscheduled);
  }

  /**
   * Returns the notes: why money is unscheduled, where annual plans and totals disagree.
   *
   * @return the notes, possibly none
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProjectSchedule that
        && that.projectId.equals(projectId)
        && that.curve == curve
        && that.asOf.equals(asOf)
        && that.currency.equals(currency)
        && that.months.equals(months)
        && that.unscheduled.equals(unscheduled)
        && that.notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, curve, asOf, currency, months, unscheduled, notes);
  }

  /**
   * Returns the project, the curve, the yearly amounts, the unscheduled amount and the notes, e.g.
   * {@code "ProjectSchedule[fengfan baseline: 2023=CNY 286363636.38, 2024=CNY 381818181.84,
   * 2025=CNY 381818181.78; total CNY 1050000000.00]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ProjectSchedule[").append(projectId).append(' ');
    b.append(curve);
    asOf.ifPresent(m -> b.append(" as of ").append(m));
    b.append(": ");
    ImmutableSortedMap<Year, Money> years = byYear();
    if (years.isEmpty()) {
      b.append("no scheduled month");
    }
    String sep = "";
    for (Map.Entry<Year, Money> e : years.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ", ";
    }
    if (!unscheduled.isZero()) {
      b.append("; unscheduled ").append(unscheduled);
    }
    b.append("; total ").append(total());
    if (!notes.isEmpty()) {
      b.append("; notes ").append(notes);
    }
    return b.append(']').toString();
  }
}
