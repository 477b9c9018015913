package io.github.attract.promotion;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A value of a {@link Metric}: a count for a counting metric, money for a money metric, a quantity
 * for a quantity metric, an exact fraction in [0, 1] for a rate metric.
 *
 * <pre>{@code
 * MetricValue projects = MetricValue.ofCount(Metric.PROJECTS, 201);
 * MetricValue planned = MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT,
 *     Money.ofMajor(Currencies.CNY, 16_600_000_000L));
 * MetricValue index = MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1450000 kW"));
 * MetricValue startRate = MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.8"));   // 80 %
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricValue implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Metric metric;
  private final long count;
  private final @Nullable Money amount;
  private final @Nullable Quantity quantity;
  private final @Nullable BigDecimal rate;

  private MetricValue(
      Metric metric,
      long count,
      @Nullable Money amount,
      @Nullable Quantity quantity,
      @Nullable BigDecimal rate) {
    this.metric = metric;
    this.count = count;
    this.amount = amount;
    this.quantity = quantity;
    this.rate = rate;
  }

  private static void checkKind(Metric metric, MetricKind kind, Object value) {
    Objects.requireNonNull(metric, "metric");
    if (metric.kind() != kind) {
      throw new IllegalArgumentException(
          "Metric '"
              + metric.code()
              + "' takes a "
              + metric.kind().code()
              + " value, but was given "
              + kind.code()
              + " "
              + value);
    }
  }

  /**
   * Returns a count of a counting metric.
   *
   * @param metric a metric of kind {@link MetricKind#COUNT}
   * @param count the count, not negative
   * @return the value
   * @throws IllegalArgumentException if the metric is not a counting one or the count is negative
   */
  public static MetricValue ofCount(Metric metric, long count) {
    checkKind(metric, MetricKind.COUNT, count);
    if (count < 0) {
      throw new IllegalArgumentException(
          "Metric '" + metric.code() + "' count must not be negative, but was " + count);
    }
    return new MetricValue(metric, count, null, null, null);
  }

  /**
   * Returns an amount of a money metric.
   *
   * @param metric a metric of kind {@link MetricKind#MONEY}
   * @param amount the amount, not negative
   * @return the value
   * @throws IllegalArgumentException if the metric is not a money one or the amount is negative
   */
  public static MetricValue ofMoney(Metric metric, Money amount) {
    Objects.requireNonNull(amount, "amount");
    checkKind(metric, MetricKind.MONEY, amount);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "Metric '" + metric.code() + "' amount must not be negative, but was " + amount);
    }
    return new MetricValue(metric, 0, amount, null, null);
  }

  /**
   * Returns a quantity of a quantity metric.
   *
   * @param metric a metric of kind {@link MetricKind#QUANTITY}
   * @param quantity the quantity
   * @return the value
   * @throws IllegalArgumentException if the metric is not a quantity one, or the quantity is not in
   *     the metric's dimension
   */
  public static MetricValue ofQuantity(Metric metric, Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    checkKind(metric, MetricKind.QUANTITY, quantity);
    if (metric.dimension().isPresent() && quantity.dimension() != metric.dimension().get()) {
      throw new IllegalArgumentException(
          "Metric '"
              + metric.code()
              + "' is measured in "
              + metric.dimension().get().code()
              + ", but was given "
              + quantity
              + " ("
              + quantity.dimension().code()
              + ")");
    }
    return new MetricValue(metric, 0, null, quantity, null);
  }

  /**
   * Returns a rate of a rate metric, as an exact fraction: {@code 0.8} for 80 %. The fraction is
   * normalised (trailing zeros dropped), so {@code 0.80} and {@code 0.8} give equal values.
   *
   * @param metric a metric of kind {@link MetricKind#RATE}
   * @param rate the fraction, from 0 to 1
   * @return the value
   * @throws IllegalArgumentException if the metric is not a rate one or the fraction is outside [0,
   *     1]
   */
  public static MetricValue ofRate(Metric metric, BigDecimal rate) {
    Objects.requireNonNull(rate, "rate");
    checkKind(metric, MetricKind.RATE, rate.toPlainString());
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Metric '"
              + metric.code()
              + "' rate must be a fraction from 0 to 1, but was "
              + rate.toPlainString());
    }
    BigDecimal normal = rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    if (normal.scale() < 0) {
      normal = normal.setScale(0);
    }
    return new MetricValue(metric, 0, null, null, normal);
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
   * @return the count, or empty for another kind of metric
   */
  public OptionalLong count() {
    return metric.kind() == MetricKind.COUNT ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /**
   * Returns the amount of a money metric.
   *
   * @return the amount, or empty for another kind of metric
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the quantity of a quantity metric.
   *
   * @return the quantity, or empty for another kind of metric
   */
  public Optional<Quantity> quantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * Returns the fraction of a rate metric.
   *
   * @return the fraction in [0, 1], e.g. {@code 0.8}; empty for another kind of metric
   */
  public Optional<BigDecimal> rate() {
    return Optional.ofNullable(rate);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MetricValue that
        && that.metric == metric
        && that.count == count
        && Objects.equals(that.amount, amount)
        && Objects.equals(that.quantity, quantity)
        && Objects.equals(that.rate, rate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, count, amount, quantity, rate);
  }

  /**
   * Returns the metric code, {@code =} and the value: {@code "projects=201"}, {@code
   * "contract-value=CNY 45600000000.00"}, {@code "new-energy-index=1450000 kW"}, {@code
   * "start-rate=0.8"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String value =
        amount != null
            ? amount.toString()
            : quantity != null
                ? quantity.toString()
                : rate != null ? rate.toPlainString() : Long.toString(count);
    return metric.code() + "=" + value;
  }
}
