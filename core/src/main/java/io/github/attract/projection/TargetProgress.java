package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Progress of a {@link Target} of the annual plan as of a date: the actual value from the ledger,
 * the target, the percentage reached, the gap, and the monthly rate needed to close it.
 *
 * <p><b>How each metric is computed</b> from the portfolio, for the projects in the target's scope
 * ({@link Portfolio#isInScope}), from the start of the target's period to the as-of date (or the
 * period's end, if earlier):
 *
 * <table>
 *   <caption>Metrics computed from the ledger</caption>
 *   <tr><th>metric</th><th>actual value</th></tr>
 *   <tr><td>activities</td><td>promotion activities dated in the window; with a scope other than
 *       all, those with a resulting project in scope, or, for a scope of a region only, held in a
 *       region within it</td></tr>
 *   <tr><td>projects</td><td>projects in scope (no dates)</td></tr>
 *   <tr><td>signed-projects, started-projects, projects-in-operation</td><td>projects in scope whose
 *       milestone signed, started, producing ({@link io.github.attract.portfolio.Lifecycle}) falls
 *       in the window</td></tr>
 *   <tr><td>contract-value</td><td>contract values of signings dated in the window that name a
 *       project in scope (every signing for the scope of all)</td></tr>
 *   <tr><td>total-investment</td><td>total investment of projects in scope (no dates)</td></tr>
 *   <tr><td>annual-planned-investment</td><td>annual plans of projects in scope for every calendar
 *       year the period touches</td></tr>
 *   <tr><td>completed-investment, funds-in-place</td><td>cumulative figure of the latest progress
 *       report by the window's last month, less that of the latest report before the period's first
 *       month</td></tr>
 *   <tr><td>new-energy-index</td><td>the ledger keeps no separate index: the designed power
 *       capacities (kW, MW, GW) of projects in scope, phases' capacities when any phase declares one
 *       (no dates)</td></tr>
 *   <tr><td>chain-promotion-groups</td><td>not kept in the ledger: no actual value, with a
 *       note</td></tr>
 *   <tr><td>start-rate, contract-fulfilment-rate</td><td>rates: no actual value, but a {@link
 *       #rate() rate progress} of the counts stated on {@link Metric#START_RATE} and {@link
 *       Metric#CONTRACT_FULFILMENT_RATE}, on the window's last day</td></tr>
 * </table>
 *
 * <p>A status condition of the scope is evaluated on the window's last day. Money is counted in the
 * target's currency only; amounts in other currencies are left out with a note. Quantities are in
 * the target's unit. The percentage is actual × 100 ÷ target, half-even to two places (empty for a
 * target of zero). The gap is target − actual in the target's unit (negative once exceeded). The
 * months remaining are the calendar months after the as-of month up to the period's last month (the
 * as-of month counts as gone; all months of the period if the as-of date is before it). The monthly
 * rate needed is the positive gap ÷ months remaining, rounded up (to the currency's minor unit, or
 * to two places for counts and quantities); zero once met; empty if the gap is positive and no
 * month remains, or if there is no actual value.
 *
 * <pre>{@code
 * TargetProgress p = TargetProgress.of(portfolio, target, LocalDate.of(2023, 4, 30));
 * p.percent();              // Optional[16.67]
 * p.gap();                  // Optional[1250000000.00]
 * p.monthlyAmountNeeded();  // Optional[CNY 156250000.00]
 *
 * TargetProgress start = TargetProgress.of(portfolio, startRate80, LocalDate.of(2023, 4, 30));
 * start.rate().get().summary("开工率");   // "开工率 target 80 %, 62.5 % now (5 of 8), 2 projects short"
 * start.isMet();                         // false
 * }</pre>
 *
 * <p>A rate target is not a total: its percentage, gap and monthly rate are empty and its progress
 * is in {@link #rate()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetProgress {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TargetId targetId;
  private final DateRange period;
  private final LocalDate asOf;
  private final Optional<MetricValue> actual;
  private final MetricValue target;
  private final int monthsRemaining;
  private final ImmutableList<String> notes;
  private final Optional<RateProgress> rate;

  private TargetProgress(
      TargetId targetId,
      DateRange period,
      LocalDate asOf,
      Optional<MetricValue> actual,
      MetricValue target,
      int monthsRemaining,
      ImmutableList<String> notes,
      Optional<RateProgress> rate) {
    this.targetId = targetId;
    this.period = period;
    this.asOf = asOf;
    this.actual = actual;
    this.target = target;
    this.monthsRemaining = monthsRemaining;
    this.notes = notes;
    this.rate = rate;
  }

  /**
   * Computes the progress of a target.
   *
   * @param portfolio the ledger
   * @param target the target
   * @param asOf the as-of date
   * @return the progress
   */
  public static TargetProgress of(Portfolio portfolio, Target target, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    MetricValue goal = target.value();
    YearMonth last = YearMonth.from(target.period().end());
    YearMonth from = YearMonth.from(target.period().start());
    YearMonth asOfMonth = YearMonth.from(asOf);
    long remaining =
        asOfMonth.isBefore(from)
            ? ChronoUnit.MONTHS.between(from, last) + 1
            : Math.max(0, ChronoUnit.MONTHS.between(asOfMonth, last));
    int months = Math.toIntExact(remaining);
    if (goal.rate().isPresent()) {
      RateProgress rate =
          RateProgress.of(
              goal.metric(),
              goal.rate().get(),
              LedgerMetrics.rate(portfolio, goal.metric(), target.scope(), target.period(), asOf));
      return new TargetProgress(
          target.id(),
          target.period(),
          asOf,
          Optional.empty(),
          goal,
          months,
          ImmutableList.of(),
          Optional.of(rate));
    }
    LedgerMetrics.Result r =
        LedgerMetrics.evaluate(
            portfolio, goal.metric(), target.scope(), target.period(), asOf, goal);
    return new TargetProgress(
        target.id(), target.period(), asOf, r.value, goal, months, r.notes, Optional.empty());
  }

  /**
   * Computes the progress of every target of a portfolio.
   *
   * @param portfolio the ledger
   * @param asOf the as-of date
   * @return one progress per target, in the portfolio's order
   */
  public static ImmutableList<TargetProgress> all(Portfolio portfolio, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList.Builder<TargetProgress> out = ImmutableList.builder();
    for (Target t : portfolio.targets()) {
      out.add(of(portfolio, t, asOf));
    }
    return out.build();
  }

  /**
   * Returns the target.
   *
   * @return the target's id
   */
  public TargetId targetId() {
    return targetId;
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public Metric metric() {
    return target.metric();
  }

  /**
   * Returns the target's period.
   *
   * @return the period
   */
  public DateRange period() {
    return period;
  }

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the actual value from the ledger.
   *
   * @return the value, or empty if the ledger cannot compute the metric or for a rate target (see
   *     {@link #rate()})
   */
  public Optional<MetricValue> actual() {
    return actual;
  }

  /**
   * Returns the value to reach.
   *
   * @return the target value
   */
  public MetricValue target() {
    return target;
  }

  /**
   * Returns the progress of a rate target: the current rate of counts, met or not, and the projects
   * short.
   *
   * @return the progress for a target of a {@link io.github.attract.promotion.MetricKind#RATE}
   *     metric, empty otherwise
   */
  public Optional<RateProgress> rate() {
    return rate;
  }

  /**
   * Returns the percentage reached: actual × 100 ÷ target, half-even to two places.
   *
   * @return the percentage, or empty for a target of zero, without an actual value or for a rate
   *     target
   */
  public Optional<BigDecimal> percent() {
    if (actual.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal t = number(target, target);
    if (t.signum() == 0) {
      return Optional.empty();
    }
    return actual.map(
        a -> number(a, target).multiply(HUNDRED).divide(t, 2, RoundingMode.HALF_EVEN));
  }

  /**
   * Tells whether the target is reached.
   *
   * @return true if there is an actual value and it is at least the target; for a rate target, if
   *     {@link RateProgress#isMet()}
   */
  public boolean isMet() {
    if (rate.isPresent()) {
      return rate.get().isMet();
    }
    return gap().map(g -> g.signum() <= 0).orElse(false);
  }

  /**
   * Returns the gap: target − actual, in the target's unit (a count, the currency's major units, or
   * the target quantity's unit).
   *
   * @return the gap, negative once exceeded; empty without an actual value
   */
  public Optional<BigDecimal> gap() {
    return actual.map(a -> number(target, target).subtract(number(a, target)));
  }

  /**
   * Returns the gap of a counting metric: target − actual.
   *
   * @return the gap, negative once exceeded; empty for another kind of metric or without an actual
   *     value
   */
  public OptionalLong gapCount() {
    if (target.count().isEmpty() || actual.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(target.count().getAsLong() - actual.get().count().getAsLong());
  }

  /**
   * Returns the gap of a money metric: target − actual.
   *
   * @return the gap, negative once exceeded; empty for another kind of metric or without an actual
   *     value
   */
  public Optional<Money> gapMoney() {
    return target.amount().flatMap(t -> actual.flatMap(MetricValue::amount).map(t::minus));
  }

  /**
   * Returns the calendar months left after the as-of month up to the end of the period.
   *
   * @return the count, zero once the period's last month is reached
   */
  public int monthsRemaining() {
    return monthsRemaining;
  }

  /**
   * Returns the rate a month needed to meet the target, in the target's unit: the positive gap ÷
   * months remaining, rounded up to the currency's minor unit for money and to two places
   * otherwise.
   *
   * @return the rate, zero once met; empty without an actual value or if no month remains for a gap
   */
  public Optional<BigDecimal> monthlyRateNeeded() {
    Optional<BigDecimal> gap = gap();
    if (gap.isEmpty()) {
      return Optional.empty();
    }
    if (gap.get().signum() <= 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    if (monthsRemaining == 0) {
      return Optional.empty();
    }
    int scale = target.amount().map(Money::scale).orElse(2);
    return Optional.of(
        gap.get().divide(BigDecimal.valueOf(monthsRemaining), scale, RoundingMode.CEILING));
  }

  /**
   * Returns the amount a month needed to meet a money target (see {@link #monthlyRateNeeded()}).
   *
   * @return the rate as money; empty for another kind of metric, without an actual value, or if no
   *     month remains for a gap
   */
  public Optional<Money> monthlyAmountNeeded() {
    return target
        .amount()
        .flatMap(
            t -> monthlyRateNeeded().map(r -> Money.of(t.currency(), r, RoundingMode.CEILING)));
  }

  /**
   * Returns notes on what could not be counted, such as amounts in another currency.
   *
   * @return the notes, possibly none
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** The value as a number in the unit of {@code like}. */
  static BigDecimal number(MetricValue v, MetricValue like) {
    if (v.rate().isPresent()) {
      return v.rate().get();
    }
    if (v.amount().isPresent()) {
      return v.amount().get().amount();
    }
    if (v.quantity().isPresent()) {
      return v.quantity().get().to(like.quantity().orElseThrow().unit()).value();
    }
    return BigDecimal.valueOf(v.count().getAsLong());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TargetProgress that
        && that.targetId.equals(targetId)
        && that.period.equals(period)
        && that.asOf.equals(asOf)
        && that.actual.equals(actual)
        && that.target.equals(target)
        && that.monthsRemaining == monthsRemaining
        && that.notes.equals(notes)
        && that.rate.equals(rate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(targetId, period, asOf, actual, target, monthsRemaining, notes, rate);
  }

  /**
   * Returns the progress in one line, e.g. {@code "TargetProgress[started as of 2023-04-30:
   * started-projects=2 of started-projects=150 (1.33 %), gap 148, 8 months left, needs 18.50 a
   * month]"}; for a rate target {@code "TargetProgress[start-2023 as of 2023-04-30: start-rate
   * target 80 %, 62.5 % now (5 of 8), 2 projects short]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (rate.isPresent()) {
      return "TargetProgress[" + targetId + " as of " + asOf + ": " + rate.get() + "]";
    }
    StringBuilder b =
        new StringBuilder("TargetProgress[")
            .append(targetId)
            .append(" as of ")
            .append(asOf)
            .append(": ")
            .append(actual.map(MetricValue::toString).orElse("no actual value"))
            .append(" of ")
            .append(target);
    percent().ifPresent(p -> b.append(" (").append(p.toPlainString()).append(" %)"));
    gap().ifPresent(g -> b.append(", gap ").append(g.toPlainString()));
    b.append(", ").append(monthsRemaining).append(monthsRemaining == 1 ? " month" : " months");
    b.append(" left");
    monthlyRateNeeded()
        .ifPresent(r -> b.append(", needs ").append(r.toPlainString()).append(" a month"));
    if (actual.isPresent() && monthlyRateNeeded().isEmpty()) {
      b.append(", missed");
    }
    if (!notes.isEmpty()) {
      b.append("; notes ").append(notes);
    }
    return b.append(']').toString();
  }
}
