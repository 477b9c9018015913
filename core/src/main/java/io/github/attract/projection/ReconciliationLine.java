package io.github.attract.projection;

import io.github.attract.money.Money;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stated value of a reported figure held against the itemized ledger: the reported value, the
 * itemized part the ledger accounts for, and the unitemized remainder (reported − itemized). A
 * negative remainder means the ledger itemizes more than the source reported, and is flagged. A
 * metric the ledger does not keep has no itemized part: the whole figure stays unexplained.
 *
 * <pre>{@code
 * ReconciliationLine projects = reconciliation.line(Metric.PROJECTS).get();
 * projects.toString();   // "projects: reported 201, itemized 3, unitemized 198"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReconciliationLine {
  private final MetricValue reported;
  private final Optional<MetricValue> itemized;

  ReconciliationLine(MetricValue reported, Optional<MetricValue> itemized) {
    this.reported = reported;
    this.itemized = itemized;
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public Metric metric() {
    return reported.metric();
  }

  /**
   * Returns the value the source reported.
   *
   * @return the value
   */
  public MetricValue reported() {
    return reported;
  }

  /**
   * Returns the part the itemized ledger accounts for.
   *
   * @return the value, or empty if the ledger does not keep this metric
   */
  public Optional<MetricValue> itemized() {
    return itemized;
  }

  /**
   * Returns the remainder: reported − itemized, in the reported value's unit (a count, the
   * currency's major units, or the reported quantity's unit).
   *
   * @return the remainder, negative if over-itemized; empty without an itemized part
   */
  public Optional<BigDecimal> remainder() {
    return itemized.map(
        i ->
            TargetProgress.number(reported, reported).subtract(TargetProgress.number(i, reported)));
  }

  /**
   * Returns the remainder of a counting metric: reported − itemized.
   *
   * @return the remainder, negative if over-itemized; empty for another kind of metric or without
   *     an itemized part
   */
  public OptionalLong remainderCount() {
    if (reported.count().isEmpty() || itemized.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(reported.count().getAsLong() - itemized.get().count().getAsLong());
  }

  /**
   * Returns the remainder of a money metric: reported − itemized.
   *
   * @return the remainder, negative if over-itemized; empty for another kind of metric or without
   *     an itemized part
   */
  public Optional<Money> remainderMoney() {
    return reported.amount().flatMap(r -> itemized.flatMap(MetricValue::amount).map(r::minus));
  }

  /**
   * Tells whether the itemized part exceeds the reported figure: the ledger holds more than the
   * source stated, a sign that one of them is wrong or that they count differently.
   *
   * @return true if the remainder is negative
   */
  public boolean isOverItemized() {
    return remainder().map(r -> r.signum() < 0).orElse(false);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReconciliationLine that
        && that.reported.equals(reported)
        && that.itemized.equals(itemized);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reported, itemized);
  }

  /**
   * Returns the metric and the three parts, e.g. {@code "annual-planned-investment: reported CNY
   * 16600000000.00, itemized CNY 1150000000.00, unitemized CNY 15450000000.00"}; an over-itemized
   * line ends {@code "over-itemized by ..."}, a metric the ledger does not keep {@code "not
   * itemized in the ledger"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String head = metric().code() + ": reported " + value(reported);
    if (itemized.isEmpty()) {
      return head + ", not itemized in the ledger";
    }
    BigDecimal r = remainder().orElseThrow();
    String unit = reported.amount().map(m -> m.currency().getCurrencyCode() + " ").orElse("");
    String suffix = reported.quantity().map(q -> " " + q.unit().symbol()).orElse("");
    String rest =
        r.signum() < 0
            ? "over-itemized by " + unit + r.negate().toPlainString() + suffix
            : "unitemized " + unit + r.toPlainString() + suffix;
    return head + ", itemized " + value(itemized.get()) + ", " + rest;
  }

  private static String value(MetricValue v) {
    if (v.amount().isPresent()) {
      return v.amount().get().toString();
    }
    if (v.quantity().isPresent()) {
      return v.quantity().get().toString();
    }
    return Long.toString(v.count().getAsLong());
  }
}
