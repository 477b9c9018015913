package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits money into parts in proportion to whole-number weights, exactly: the parts add up to the
 * whole, to the currency's minor unit, for any amount (also beyond the range of {@code long}) and
 * any number of parts.
 *
 * <p>Method (largest remainder, Hamilton's method), on the amount {@code T} in minor units and the
 * weights {@code w_i} with sum {@code W}:
 *
 * <ol>
 *   <li>each part first gets {@code floor(T × w_i / W)} minor units;
 *   <li>the {@code k} minor units left over ({@code 0 ≤ k < number of parts}) go one each to the
 *       parts with the largest remainders {@code (T × w_i) mod W};
 *   <li>ties between equal remainders go to the <b>earlier</b> part (the lower index), so the
 *       result is deterministic and, over time, earlier periods receive the odd minor unit first.
 * </ol>
 *
 * <p>A part with weight zero always gets zero. A negative amount is split as its absolute value and
 * every part negated, so {@code split(-x, w)} is {@code split(x, w)} negated.
 *
 * <pre>{@code
 * Allocation.split(Money.of("CNY", "100.00"), List.of(BigInteger.ONE, BigInteger.ONE, BigInteger.ONE));
 * // [CNY 33.34, CNY 33.33, CNY 33.33]: the odd fen goes to the first part
 * }</pre>
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Splits money in proportion to weights.
   *
   * @param total the amount to split; any sign
   * @param weights one weight per part, each zero or positive, at least one positive
   * @return one part per weight, in the weights' order, adding up exactly to {@code total}
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero
   */
  public static ImmutableList<Money> split(Money total, List<BigInteger> weights) {
    Objects.requireNonNull(total, "total");
    BigInteger[] w = weights.toArray(new BigInteger[0]);
    BigInteger[] parts = splitMinor(total.minorUnits(), w);
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(parts.length);
    for (BigInteger part : parts) {
      out.add(Money.ofMinor(total.currency(), part));
    }
    return out.build();
  }

  /**
   * Splits a whole number in proportion to weights, by largest remainder (see the class comment).
   *
   * @param total the whole number to split
   * @param weights the weights, checked as in {@link #split}
   * @return the parts, adding up exactly to {@code total}
   */
  static BigInteger[] splitMinor(BigInteger total, BigInteger[] weights) {
    Objects.requireNonNull(total, "total");
    if (weights.length == 0) {
      throw new IllegalArgumentException("Allocation 'weights' must not be empty");
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BigInteger w = Objects.requireNonNull(weights[i], "weights");
      if (w.signum() < 0) {
        throw new IllegalArgumentException(
            "Allocation 'weights' must not be negative, but weight " + i + " was " + w);
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException(
          "Allocation 'weights' must have a positive weight, but all "
              + weights.length
              + " were zero");
    }
    if (total.signum() < 0) {
      BigInteger[] positive = splitMinor(total.negate(), weights);
      for (int i = 0; i < positive.length; i++) {
        positive[i] = positive[i].negate();
      }
      return positive;
    }
    BigInteger[] parts = new BigInteger[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = total.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = total.subtract(given).intValueExact();
    if (left > 0) {
      List<Integer> order = new ArrayList<>(weights.length);
      for (int i = 0; i < weights.length; i++) {
        order.add(i);
      }
      // Largest remainder first; equal remainders keep index order (the sort is stable).
      order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
      for (int k = 0; k < left; k++) {
        int i = order.get(k);
        parts[i] = parts[i].add(BigInteger.ONE);
      }
    }
    return parts;
  }
}
