package io.github.attract.promotion;

import io.github.attract.internal.Checks;
import io.github.attract.money.Money;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A value of a {@link Metric}: a count for a counting metric, money for a money metric.
 *
 * <pre>{@code
 * MetricValue projects = MetricValue.ofCount(Metric.PROJECTS, 201);
 * MetricValue planned = MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT,
 *     Money.ofMajor(Currencies.CNY, 16_600_000_000L));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricValue implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Metric metric;
  private final long count;
  private final @Nullable Money amount;

  private MetricValue(Metric metric, long count, @Nullable Money amount) {
    this.metric = metric;
    this.count = count;
    this.amount = amount;
  }

  /**
   * Returns a count of a counting metric.
   *
   * @param metric a metric of kind {@link MetricKind#COUNT}
   * @param count the count, not negative
   * @return the value
   * @throws IllegalArgumentException if the metric sums money or the count is negative
   */
  public static MetricValue ofCount(Metric metric, long count) {
    Objects.requireNonNull(metric, "metric");
    if (metric.kind() != MetricKind.COUNT) {
      throw new IllegalArgumentException(
          "Metric '" + metric.code() + "' sums money and takes no count, but was given " + count);
    }
    Checks.nonNegative("count", count);
    return new MetricValue(metric, count, null);
  }

  /**
   * Returns an amount of a money metric.
   *
   * @param metric a metric of kind {@link MetricKind#MONEY}
   * @param amount the amount, not negative
   * @return the value
   * @throws IllegalArgumentException if the metric counts things or the amount is negative
   */
  public static MetricValue ofMoney(Metric metric, Money amount) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(amount, "amount");
    if (metric.kind() != MetricKind.MONEY) {
      throw new IllegalArgumentException(
          "Metric '"
              + metric.code()
              + "' counts things and takes no money, but was given "
              + amount);
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "Metric '" + metric.code() + "' amount must not be negative, but was " + amount);
    }
    return new MetricValue(metric, 0, amount);
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * Returns the count of a counting metric.
   *
   * @return the count, or empty for a money metric
   */
  public OptionalLong count() {
    return amount == null ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /**
   * Returns the amount of a money metric.
   *
   * @return the amount, or empty for a counting metric
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MetricValue that
        && that.metric == metric
        && that.count == count
        && Objects.equals(that.amount, amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, count, amount);
  }

  /**
   * Returns the metric code, {@code =} and the value: {@code "projects=201"}, {@code
   * "contract-value=CNY 45600000000.00"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return metric.code() + "=" + (amount == null ? Long.toString(count) : amount.toString());
  }
}
