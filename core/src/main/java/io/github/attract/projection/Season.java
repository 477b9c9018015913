package io.github.attract.projection;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A construction season: a weight for each calendar month saying how much building happens then.
 * Cold regions build from spring to autumn and little in winter; {@link #coldRegion()} is that
 * default, {@link #allYear()} builds evenly, and {@link #of(Map)} takes any weights.
 *
 * <p>{@link #coldRegion()}: April to October weigh 10 each, November to March weigh 1 each (a
 * winter month carries a tenth of a building month; the building season carries 70 of 75 parts,
 * 93.3 %).
 *
 * <p>A season combines with any {@link SpreadProfile} ({@link SpreadProfile#within(Season)}) and
 * measures how much of the building year has gone ({@link #shareThrough(Month, MathContext)}).
 *
 * <pre>{@code
 * Season cold = Season.coldRegion();
 * cold.weight(Month.JULY);                                        // 10
 * cold.shareThrough(Month.APRIL, MathContext.DECIMAL64);          // 13/75 = 0.1733333333333333
 * Season heilongjiang = cold.withWeight(Month.OCTOBER, new BigDecimal("5"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Season {
  private static final Season COLD_REGION = fromList(coldWeights());
  private static final Season ALL_YEAR = fromList(uniform());

  private final Weights weights;

  private Season(Weights weights) {
    this.weights = weights;
  }

  private static int index(Month month) {
    return month.getValue() - 1;
  }

  private static List<BigDecimal> coldWeights() {
    List<BigDecimal> w = new ArrayList<>();
    for (Month m : Month.values()) {
      boolean building = m.compareTo(Month.APRIL) >= 0 && m.compareTo(Month.OCTOBER) <= 0;
      w.add(building ? BigDecimal.TEN : BigDecimal.ONE);
    }
    return w;
  }

  private static List<BigDecimal> uniform() {
    List<BigDecimal> w = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      w.add(BigDecimal.ONE);
    }
    return w;
  }

  private static Season fromList(List<BigDecimal> twelve) {
    return new Season(Weights.normalise("Season", twelve));
  }

  /**
   * Returns the default season of cold regions: April to October weigh 10, November to March 1.
   *
   * @return the season
   */
  public static Season coldRegion() {
    return COLD_REGION;
  }

  /**
   * Returns the season that builds evenly all year: every month weighs 1.
   *
   * @return the season
   */
  public static Season allYear() {
    return ALL_YEAR;
  }

  /**
   * Returns a season of given monthly weights.
   *
   * @param weights a weight for each of the twelve months, each zero or positive, at least one
   *     positive
   * @return the season
   * @throws IllegalArgumentException if a month is missing, a weight is negative or all are zero
   */
  public static Season of(Map<Month, BigDecimal> weights) {
    List<BigDecimal> list = new ArrayList<>();
    for (Month m : Month.values()) {
      BigDecimal w = weights.get(m);
      if (w == null) {
        throw new IllegalArgumentException(
            "Season 'weights' must give every month, but " + m + " is missing");
      }
      list.add(w);
    }
    return fromList(list);
  }

  /**
   * Returns a copy with one month's weight changed.
   *
   * @param month the month
   * @param weight its new weight, zero or positive
   * @return the changed season
   * @throws IllegalArgumentException if the weight is negative or every weight would be zero
   */
  public Season withWeight(Month month, BigDecimal weight) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(weight, "weight");
    List<BigDecimal> list = new ArrayList<>(weights.decimals());
    list.set(index(month), weight);
    return fromList(list);
  }

  /**
   * Returns the weight of a month.
   *
   * @param month the month
   * @return the weight as given, trailing zeros stripped
   */
  public BigDecimal weight(Month month) {
    return weights.decimals().get(index(month));
  }

  /**
   * Returns every month's weight.
   *
   * @return the weights in calendar order
   */
  public ImmutableSortedMap<Month, BigDecimal> weights() {
    ImmutableSortedMap.Builder<Month, BigDecimal> b = ImmutableSortedMap.naturalOrder();
    for (Month m : Month.values()) {
      b.put(m, weight(m));
    }
    return b.buildOrThrow();
  }

  /** Returns a month's weight as a whole number, on the scale shared by all twelve. */
  BigInteger integerWeight(Month month) {
    return weights.integers()[index(month)];
  }

  /** Returns the whole-number weight of January to {@code through}, both included. */
  BigInteger integerWeightThrough(Month through) {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i <= index(through); i++) {
      sum = sum.add(weights.integers()[i]);
    }
    return sum;
  }

  /** Returns the whole-number weight of the year. */
  BigInteger integerWeightOfYear() {
    return integerWeightThrough(Month.DECEMBER);
  }

  /**
   * Returns the share of the season's weight that lies in January to a month, both included: how
   * much of the building year has gone by the end of that month.
   *
   * @param through the last month counted
   * @param mathContext the precision of the division
   * @return the share, from 0 to 1
   */
  public BigDecimal shareThrough(Month through, MathContext mathContext) {
    Objects.requireNonNull(through, "through");
    Objects.requireNonNull(mathContext, "mathContext");
    return new BigDecimal(integerWeightThrough(through))
        .divide(new BigDecimal(integerWeightOfYear()), mathContext);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Season that && that.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /**
   * Returns the twelve weights from January: {@code "Season[1, 1, 1, 10, 10, 10, 10, 10, 10, 10, 1,
   * 1]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Season" + weights;
  }
}
