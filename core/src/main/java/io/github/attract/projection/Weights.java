package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Non-negative decimal weights, at least one positive, kept as given (trailing zeros stripped) and
 * as whole numbers scaled by a common power of ten.
 */
final class Weights {
  private final ImmutableList<BigDecimal> decimals;
  private final BigInteger[] integers;

  private Weights(ImmutableList<BigDecimal> decimals, BigInteger[] integers) {
    this.decimals = decimals;
    this.integers = integers;
  }

  /**
   * Checks and normalises weights.
   *
   * @param subject the subject of error messages, e.g. {@code "Spread profile"}
   * @param weights the weights
   * @return the weights
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero
   */
  static Weights normalise(String subject, List<BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException(subject + " 'weights' must not be empty");
    }
    ImmutableList.Builder<BigDecimal> stripped = ImmutableList.builder();
    int scale = 0;
    boolean positive = false;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0) {
        throw new IllegalArgumentException(
            subject
                + " 'weights' must not be negative, but weight "
                + (i + 1)
                + " was "
                + w.toPlainString());
      }
      positive |= w.signum() > 0;
      BigDecimal s = w.signum() == 0 ? BigDecimal.ZERO : w.stripTrailingZeros();
      if (s.scale() < 0) {
        s = s.setScale(0);
      }
      scale = Math.max(scale, s.scale());
      stripped.add(s);
    }
    if (!positive) {
      throw new IllegalArgumentException(
          subject
              + " 'weights' must have a positive weight, but all "
              + weights.size()
              + " were zero");
    }
    ImmutableList<BigDecimal> decimals = stripped.build();
    BigInteger[] integers = new BigInteger[decimals.size()];
    for (int i = 0; i < integers.length; i++) {
      integers[i] = decimals.get(i).movePointRight(scale).toBigIntegerExact();
    }
    return new Weights(decimals, integers);
  }

  ImmutableList<BigDecimal> decimals() {
    return decimals;
  }

  /** The weights as whole numbers; callers must not modify the array. */
  BigInteger[] integers() {
    return integers;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Weights that && that.decimals.equals(decimals);
  }

  @Override
  public int hashCode() {
    return decimals.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < decimals.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(decimals.get(i).toPlainString());
    }
    return b.append(']').toString();
  }
}
