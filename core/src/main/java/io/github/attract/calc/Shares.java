package io.github.attract.calc;

import com.google.common.collect.ImmutableMap;
import io.github.attract.portfolio.Labels;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shares of the rows of a {@link Breakdown} in a measure, as percentages at a chosen scale that
 * add up to exactly 100 (largest-remainder rounding: each share is rounded down, and the units
 * still missing go to the rows with the largest remainders, ties to the earlier row).
 *
 * <pre>{@code
 * Shares<IndustryId> s = byIndustry.shares(Measures.totalInvestment());
 * s.of(IndustryId.of("coal"));       // Optional[45.12]
 * s.percentages().values();          // add up to 100.00
 * }</pre>
 *
 * <p>When the rows add up to zero there is no share: {@link #isDefined()} is false and {@link
 * #percentages()} is empty, never a division error. Immutable, thread-safe and serializable.
 *
 * @param <K> the type of the keys
 */
public final class Shares<K extends Comparable<?>> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String measure;
  private final int scale;
  private final ImmutableMap<Group<K>, BigDecimal> percentages;

  private Shares(String measure, int scale, ImmutableMap<Group<K>, BigDecimal> percentages) {
    this.measure = measure;
    this.scale = scale;
    this.percentages = percentages;
  }

  /**
   * Computes shares by the largest-remainder method.
   *
   * @param measure the name of the measure
   * @param scale the number of decimal places of the percentages
   * @param groups the groups, in row order
   * @param values their non-negative values
   */
  static <K extends Comparable<?>> Shares<K> of(
      String measure, int scale, List<Group<K>> groups, List<BigDecimal> values) {
    int n = values.size();
    int commonScale = 0;
    for (BigDecimal v : values) {
      if (v.signum() < 0) {
        throw new IllegalArgumentException(
            "Shares of '" + measure + "' need values that are not negative, but one was " + v);
      }
      commonScale = Math.max(commonScale, v.scale());
    }
    BigInteger[] units = new BigInteger[n];
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      units[i] = values.get(i).setScale(commonScale).unscaledValue();
      sum = sum.add(units[i]);
    }
    if (sum.signum() == 0) {
      return new Shares<>(measure, scale, ImmutableMap.of());
    }
    BigInteger whole = BigInteger.TEN.pow(scale + 2); // 100 % in units of the scale
    BigInteger[] floor = new BigInteger[n];
    BigInteger[] rest = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = units[i].multiply(whole).divideAndRemainder(sum);
      floor[i] = qr[0];
      rest[i] = qr[1];
      given = given.add(qr[0]);
    }
    int missing = whole.subtract(given).intValueExact(); // fewer than n
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigInteger>comparing(i -> rest[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      floor[i] = floor[i].add(BigInteger.ONE);
    }
    ImmutableMap.Builder<Group<K>, BigDecimal> map = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      map.put(groups.get(i), new BigDecimal(floor[i], scale));
    }
    return new Shares<>(measure, scale, map.buildOrThrow());
  }

  /**
   * Returns the name of the measure the shares are of.
   *
   * @return the measure's name
   */
  public String measure() {
    return measure;
  }

  /**
   * Returns the number of decimal places of the percentages.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Tells whether the shares exist, i.e. the rows do not add up to zero.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return !percentages.isEmpty();
  }

  /**
   * Returns the percentage of each row, in row order; they add up to exactly 100 at the scale.
   *
   * @return the percentages, empty if undefined
   */
  public ImmutableMap<Group<K>, BigDecimal> percentages() {
    return percentages;
  }

  /**
   * Returns the percentage of a group.
   *
   * @param group a group of the breakdown
   * @return its percentage, or empty if undefined or not a row
   */
  public Optional<BigDecimal> of(Group<K> group) {
    return Optional.ofNullable(percentages.get(Objects.requireNonNull(group, "group")));
  }

  /**
   * Returns the percentage of a key.
   *
   * @param key a key of the breakdown
   * @return its percentage, or empty if undefined or not a row
   */
  public Optional<BigDecimal> of(K key) {
    return of(Group.of(key));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Shares<?> that
        && that.measure.equals(measure)
        && that.scale == scale
        && that.percentages.equals(percentages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, scale, percentages);
  }

  /**
   * Returns the shares, e.g. {@code "shares of total-investment: coal 45.12 %, steel 54.88 %"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (!isDefined()) {
      return "shares of " + measure + ": undefined (the rows add up to zero)";
    }
    StringBuilder s = new StringBuilder("shares of ").append(measure).append(':');
    String sep = " ";
    for (var e : percentages.entrySet()) {
      s.append(sep)
          .append(e.getKey())
          .append(' ')
          .append(e.getValue().toPlainString())
          .append(" %");
      sep = ", ";
    }
    return s.toString();
  }

  /**
   * Returns a table of the shares with readable names: one line per row, its label and its
   * percentage, e.g. {@code "电力 | 45.12 %"}.
   *
   * @param labels the names of the keys
   * @return the table, or the text of {@link #toString()} if the shares are undefined
   */
  public String toTable(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    if (!isDefined()) {
      return toString();
    }
    Table t = new Table();
    t.row(
        List.of(
            labels.language() == Labels.Language.CHINESE ? "占比 " + measure : "shares of " + measure,
            "%"));
    for (var e : percentages.entrySet()) {
      t.row(List.of(Table.label(e.getKey(), labels), e.getValue().toPlainString()));
    }
    return t.toString();
  }
}
