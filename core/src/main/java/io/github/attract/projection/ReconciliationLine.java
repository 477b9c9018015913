package io.github.attract.projection;

import io.github.attract.money.Money;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import io.github.attract.promotion.MetricValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stated value of a reported figure held against the itemized ledger: the reported value, the
 * itemized part the ledger accounts for, and the unitemized remainder (reported − itemized). A
 * negative remainder means the ledger itemizes more than the source reported, and is flagged.
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
  private final MetricValue itemized;

  ReconciliationLine(MetricValue reported, MetricValue itemized) {
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
   * @return the value
   */
  public MetricValue itemized() {
    return itemized;
  }

  /**
   * Returns the remainder of a counting metric: reported − itemized.
   *
   * @return the remainder, negative if over-itemized; empty for a money metric
   */
  public OptionalLong remainderCount() {
    return metric().kind() == MetricKind.COUNT
        ? OptionalLong.of(reported.count().getAsLong() - itemized.count().getAsLong())
        : OptionalLong.empty();
  }

  /**
   * Returns the remainder of a money metric: reported − itemized.
   *
   * @return the remainder, negative if over-itemized; empty for a counting metric
   */
  public Optional<Money> remainderMoney() {
    return reported.amount().flatMap(r -> itemized.amount().map(r::minus));
  }

  /**
   * Tells whether the itemized part exceeds the reported figure: the ledger holds more than the
   * source stated, a sign that one of them is wrong or that they count differently.
   *
   * @return true if the remainder is negative
   */
  public boolean isOverItemized() {
    return remainderCount().orElse(0) < 0 || remainderMoney().map(Money::isNegative).orElse(false);
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
   * 16600000000.00, itemized CNY 300000000.00, unitemized CNY 16300000000.00"}; an over-itemized
   * line ends {@code "over-itemized by ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String rest;
    if (remainderCount().isPresent()) {
      long r = remainderCount().getAsLong();
      rest = r < 0 ? "over-itemized by " + (-r) : "unitemized " + r;
    } else {
      Money r = remainderMoney().orElseThrow();
      rest = r.isNegative() ? "over-itemized by " + r.negated() : "unitemized " + r;
    }
    return metric().code()
        + ": reported "
        + value(reported)
        + ", itemized "
        + value(itemized)
        + ", "
        + rest;
  }

  private static String value(MetricValue v) {
    return v.amount().map(Money::toString).orElseGet(() -> Long.toString(v.count().getAsLong()));
  }
}
