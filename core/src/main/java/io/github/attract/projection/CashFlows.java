package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Yearly net cash flows of a project in one currency: money out (investment) negative, money in
 * (profit) positive. Flow {@code t} belongs to year {@code startYear + t}; {@link Economics} treats
 * flow 0 as the outlay at t = 0 (not discounted) and flow {@code t} as falling at the end of year
 * {@code t}.
 *
 * <pre>{@code
 * CashFlows flows = CashFlows.of(Year.of(2023),
 *     Money.of("CNY", "-1000.00"), Money.of("CNY", "500.00"), Money.of("CNY", "700.00"));
 * CashFlows derived = CashFlows.from(schedules.baseline(fengfan), outlook.projects().get(fengfanId));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CashFlows {
  private final Year startYear;
  private final Currency currency;
  private final ImmutableList<Money> amounts;

  private CashFlows(Year startYear, Currency currency, ImmutableList<Money> amounts) {
    this.startYear = startYear;
    this.currency = currency;
    this.amounts = amounts;
  }

  /**
   * Returns cash flows of consecutive years.
   *
   * @param startYear the year of flow 0
   * @param amounts the flows in year order, any sign, one currency, at least one
   * @return the cash flows
   * @throws IllegalArgumentException if there is no flow or the currencies differ
   */
  public static CashFlows of(Year startYear, Iterable<Money> amounts) {
    Objects.requireNonNull(startYear, "startYear");
    ImmutableList<Money> list = ImmutableList.copyOf(amounts);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("Cash flows 'amounts' must not be empty");
    }
    Currency currency = list.get(0).currency();
    for (int i = 1; i < list.size(); i++) {
      if (!list.get(i).isIn(currency)) {
        throw new IllegalArgumentException(
            "Cash flows 'amounts' must all be in "
                + currency.getCurrencyCode()
                + ", but flow "
                + i
                + " was "
                + list.get(i));
      }
    }
    return new CashFlows(startYear, currency, list);
  }

  /**
   * Returns cash flows of consecutive years.
   *
   * @param startYear the year of flow 0
   * @param amounts the flows in year order, any sign, one currency, at least one
   * @return the cash flows
   * @throws IllegalArgumentException if there is no flow or the currencies differ
   */
  public static CashFlows of(Year startYear, Money... amounts) {
    return of(startYear, Arrays.asList(amounts));
  }

  /**
   * Derives a project's cash flows from its investment schedule (out) and its outcome outlook's
   * profit (in): for each year from the first year of either to the last year of either, profit
   * less investment. The outlook's window therefore sets the horizon.
   *
   * @param investment the project's investment schedule, fully scheduled
   * @param outcomes the same project's outcome outlook, with an annual profit
   * @return the net cash flows
   * @throws IllegalArgumentException if the two are of different projects or currencies, money is
   *     unscheduled, the project gives no profit, or neither has a year
   */
  public static CashFlows from(ProjectSchedule investment, ProjectOutcomes outcomes) {
    Objects.requireNonNull(investment, "investment");
    Objects.requireNonNull(outcomes, "outcomes");
    if (!investment.projectId().equals(outcomes.projectId())) {
      throw new IllegalArgumentException(
          "Cash flows need the schedule and outcomes of one project, but got '"
              + investment.projectId()
              + "' and '"
              + outcomes.projectId()
              + "'");
    }
    if (!investment.unscheduled().isZero()) {
      throw new IllegalArgumentException(
          "Cash flows of project '"
              + investment.projectId()
              + "' need a fully scheduled investment, but "
              + investment.unscheduled()
              + " is unscheduled");
    }
    if (outcomes.fullOutput().annualProfit().isEmpty()) {
      throw new IllegalArgumentException(
          "Cash flows of project '"
              + investment.projectId()
              + "' need an annual profit, but none is given");
    }
    Currency currency = investment.currency();
    if (!outcomes.fullOutput().annualProfit().get().isIn(currency)) {
      throw new IllegalArgumentException(
          "Cash flows of project '"
              + investment.projectId()
              + "' need the profit in "
              + currency.getCurrencyCode()
              + ", but it is "
              + outcomes.fullOutput().annualProfit().get());
    }
    List<Year> years = new ArrayList<>(investment.byYear().keySet());
    years.addAll(outcomes.years().keySet());
    if (years.isEmpty()) {
      throw new IllegalArgumentException(
          "Cash flows of project '" + investment.projectId() + "' need at least one year");
    }
    Year first = years.stream().min(Year::compareTo).orElseThrow();
    Year last = years.stream().max(Year::compareTo).orElseThrow();
    List<Money> flows = new ArrayList<>();
    for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
      OutcomeYear o = outcomes.years().get(y);
      Money profit = o == null ? Money.zero(currency) : o.profit().orElse(Money.zero(currency));
      flows.add(profit.minus(investment.amount(y)));
    }
    return of(first, flows);
  }

  /**
   * Returns the year of flow 0.
   *
   * @return the year
   */
  public Year startYear() {
    return startYear;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the flows.
   *
   * @return the flows in year order
   */
  public ImmutableList<Money> amounts() {
    return amounts;
  }

  /**
   * Returns the undiscounted sum of the flows, which is the NPV at a rate of zero.
   *
   * @return the exact sum
   */
  public Money sum() {
    return Money.total(currency, amounts);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CashFlows that
        && that.startYear.equals(startYear)
        && that.amounts.equals(amounts);
  }

  @Override
  public int hashCode() {
    return startYear.hashCode() * 31 + amounts.hashCode();
  }

  /**
   * Returns the flows by year: {@code "CashFlows[2023=CNY -1000.00, 2024=CNY 500.00]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CashFlows[");
    for (int t = 0; t < amounts.size(); t++) {
      b.append(t == 0 ? "" : ", ")
          .append(startYear.plusYears(t))
          .append('=')
          .append(amounts.get(t));
    }
    return b.append(']').toString();
  }
}
