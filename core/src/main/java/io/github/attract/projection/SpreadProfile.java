package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The shape in which money is spent over a period: how much of it falls in each of {@code n} equal
 * periods (months, years). Every shape is exact: its weights are whole numbers, never floating
 * point.
 *
 * <p>Each built-in shape is a cumulative curve {@code F} on {@code [0, 1]} with {@code F(0) = 0}
 * and {@code F(1) = 1}; period {@code i} of {@code n} gets the weight {@code F((i+1)/n) − F(i/n)},
 * computed exactly as a whole number after multiplying by {@code n^degree}:
 *
 * <table>
 *   <caption>Built-in shapes</caption>
 *   <tr><th>shape</th><th>F(x)</th><th>weights for 4 periods</th></tr>
 *   <tr><td>{@link #even()}</td><td>x</td><td>1, 1, 1, 1</td></tr>
 *   <tr><td>{@link #frontLoaded()}</td><td>2x − x² (density falling linearly to 0)</td>
 *       <td>7, 5, 3, 1</td></tr>
 *   <tr><td>{@link #backLoaded()}</td><td>x² (density rising linearly from 0)</td>
 *       <td>1, 3, 5, 7</td></tr>
 *   <tr><td>{@link #sCurve()}</td><td>3x² − 2x³ (the classic S of cumulative construction
 *       spending; density 6x(1 − x))</td><td>5, 11, 11, 5</td></tr>
 *   <tr><td>{@link #bell()}</td><td>10x³ − 15x⁴ + 6x⁵ (a narrower bell, density 30x²(1 − x)²)</td>
 *       <td>53, 203, 203, 53</td></tr>
 * </table>
 *
 * <p>{@link #custom} takes any non-negative decimal weights {@code c_1..c_m} as a step density over
 * the whole period and resamples it exactly to {@code n} periods: period {@code i} gets the
 * integral of the steps over its share of the time. With {@code m == n} the weights are used as
 * given.
 *
 * <p>Weights are reduced by their greatest common divisor. Money is split by {@link Allocation}
 * (largest remainder), so the parts always add up exactly to the whole. {@link #within(Season)}
 * combines a shape with a construction season.
 *
 * <pre>{@code
 * SpreadProfile.sCurve().weights(4);                           // [5, 11, 11, 5]
 * SpreadProfile.sCurve().spread(Money.of("CNY", "1000.00"), 4); // [156.25, 343.75, 343.75, 156.25]
 * SpreadProfile.custom(new BigDecimal("0.2"), new BigDecimal("0.8")).weights(2);   // [1, 4]
 * SeasonalProfile cold = SpreadProfile.sCurve().within(Season.coldRegion());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public abstract class SpreadProfile {
  private static final SpreadProfile EVEN = new Polynomial("even", 0, 1);
  private static final SpreadProfile FRONT_LOADED = new Polynomial("front-loaded", 0, 2, -1);
  private static final SpreadProfile BACK_LOADED = new Polynomial("back-loaded", 0, 0, 1);
  private static final SpreadProfile S_CURVE = new Polynomial("s-curve", 0, 0, 3, -2);
  private static final SpreadProfile BELL = new Polynomial("bell", 0, 0, 0, 10, -15, 6);

  SpreadProfile() {}

  /**
   * Returns the even shape: every period the same.
   *
   * @return the shape
   */
  public static SpreadProfile even() {
    return EVEN;
  }

  /**
   * Returns the front-loaded shape: most at the start, falling linearly.
   *
   * @return the shape
   */
  public static SpreadProfile frontLoaded() {
    return FRONT_LOADED;
  }

  /**
   * Returns the back-loaded shape: least at the start, rising linearly.
   *
   * @return the shape
   */
  public static SpreadProfile backLoaded() {
    return BACK_LOADED;
  }

  /**
   * Returns the S-curve: slow start, peak in the middle, slow finish; the cumulative spending
   * follows {@code 3x² − 2x³}.
   *
   * @return the shape
   */
  public static SpreadProfile sCurve() {
    return S_CURVE;
  }

  /**
   * Returns the bell: like the S-curve but more concentrated in the middle; the cumulative spending
   * follows {@code 10x³ − 15x⁴ + 6x⁵}.
   *
   * @return the shape
   */
  public static SpreadProfile bell() {
    return BELL;
  }

  /**
   * Returns a shape of custom weights: a step density over the whole period, resampled exactly to
   * any number of periods.
   *
   * @param weights the weights in time order, each zero or positive, at least one positive
   * @return the shape
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero
   */
  public static SpreadProfile custom(BigDecimal... weights) {
    return custom(Arrays.asList(weights));
  }

  /**
   * Returns a shape of custom weights: a step density over the whole period, resampled exactly to
   * any number of periods.
   *
   * @param weights the weights in time order, each zero or positive, at least one positive
   * @return the shape
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero
   */
  public static SpreadProfile custom(Iterable<BigDecimal> weights) {
    List<BigDecimal> list = new ArrayList<>();
    for (BigDecimal w : weights) {
      list.add(Objects.requireNonNull(w, "weights"));
    }
    return new Custom(Weights.normalise("Spread profile", list));
  }

  /**
   * Returns the name: {@code even}, {@code front-loaded}, {@code back-loaded}, {@code s-curve},
   * {@code bell} or {@code custom[w1, w2, ...]}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the scaled cumulative share at {@code k / length}; the scale depends only on {@code
   * length}, and the value is 0 at {@code k = 0}.
   */
  abstract BigInteger cumulative(long k, long length);

  /**
   * Returns the weights of {@code periods} equal periods, reduced by their greatest common divisor.
   *
   * @param periods the number of periods, at least 1
   * @return one whole-number weight per period, none negative, at least one positive
   * @throws IllegalArgumentException if {@code periods} is less than 1
   */
  public ImmutableList<BigInteger> weights(int periods) {
    return ImmutableList.copyOf(weightArray(periods));
  }

  BigInteger[] weightArray(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException(
          "Spread profile 'periods' must be at least 1, but was " + periods);
    }
    BigInteger[] w = new BigInteger[periods];
    BigInteger previous = BigInteger.ZERO;
    BigInteger gcd = BigInteger.ZERO;
    for (int i = 0; i < periods; i++) {
      BigInteger next = cumulative(i + 1L, periods);
      w[i] = next.subtract(previous);
      gcd = gcd.gcd(w[i]);
      previous = next;
    }
    if (gcd.compareTo(BigInteger.ONE) > 0) {
      for (int i = 0; i < periods; i++) {
        w[i] = w[i].divide(gcd);
      }
    }
    return w;
  }

  /**
   * Splits money over {@code periods} equal periods in this shape, exactly.
   *
   * @param total the money
   * @param periods the number of periods, at least 1
   * @return one part per period, adding up exactly to {@code total}
   * @throws IllegalArgumentException if {@code periods} is less than 1
   */
  public ImmutableList<Money> spread(Money total, int periods) {
    Objects.requireNonNull(total, "total");
    return Allocation.split(total, Arrays.asList(weightArray(periods)));
  }

  /**
   * Combines this shape with a construction season: the weight of a month is the shape's weight
   * times the season's weight of its calendar month.
   *
   * @param season the season
   * @return the seasonal profile
   */
  public SeasonalProfile within(Season season) {
    return SeasonalProfile.of(this, season);
  }

  /**
   * Returns the number of calendar months from one month to another, both included.
   *
   * @param first the first month
   * @param last the last month
   * @return the count, at least 1
   * @throws IllegalArgumentException if {@code last} is before {@code first} or the count exceeds
   *     {@code Integer.MAX_VALUE}
   */
  static int monthsBetween(YearMonth first, YearMonth last) {
    long n = ChronoUnit.MONTHS.between(first, last) + 1;
    if (n < 1) {
      throw new IllegalArgumentException(
          "Spread 'last' month must not be before the 'first', but " + first + " > " + last);
    }
    try {
      return Math.toIntExact(n);
    } catch (ArithmeticException e) {
      throw new DateTimeException("Spread covers too many months: " + n, e);
    }
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }

  /** A shape whose cumulative curve is a polynomial with whole coefficients and F(1) = 1. */
  private static final class Polynomial extends SpreadProfile {
    private final String name;
    private final long[] coefficients;

    Polynomial(String name, long... coefficients) {
      this.name = name;
      this.coefficients = coefficients;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    BigInteger cumulative(long k, long length) {
      // sum_j a_j k^j L^(d - j) = L^d F(k / L)
      int degree = coefficients.length - 1;
      BigInteger bk = BigInteger.valueOf(k);
      BigInteger bl = BigInteger.valueOf(length);
      BigInteger sum = BigInteger.ZERO;
      for (int j = 1; j <= degree; j++) {
        if (coefficients[j] != 0) {
          sum =
              sum.add(
                  BigInteger.valueOf(coefficients[j])
                      .multiply(bk.pow(j))
                      .multiply(bl.pow(degree - j)));
        }
      }
      return sum;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Polynomial that && that.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /** A step density of custom weights over the whole period. */
  private static final class Custom extends SpreadProfile {
    private final Weights weights;
    private final BigInteger[] prefix;

    Custom(Weights weights) {
      this.weights = weights;
      BigInteger[] w = weights.integers();
      prefix = new BigInteger[w.length + 1];
      prefix[0] = BigInteger.ZERO;
      for (int i = 0; i < w.length; i++) {
        prefix[i + 1] = prefix[i].add(w[i]);
      }
    }

    @Override
    public String name() {
      return "custom" + weights;
    }

    @Override
    BigInteger cumulative(long k, long length) {
      // Time is measured in units of 1 / (length * m): point k sits at k * m, step j covers
      // [j * length, (j + 1) * length). The result is scaled by length * m.
      BigInteger[] w = weights.integers();
      BigInteger bl = BigInteger.valueOf(length);
      BigInteger[] qr =
          BigInteger.valueOf(k).multiply(BigInteger.valueOf(w.length)).divideAndRemainder(bl);
      int full = qr[0].intValueExact();
      BigInteger sum = bl.multiply(prefix[full]);
      if (full < w.length) {
        sum = sum.add(w[full].multiply(qr[1]));
      }
      return sum;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Custom that && that.weights.equals(weights);
    }

    @Override
    public int hashCode() {
      return weights.hashCode();
    }
  }
}
