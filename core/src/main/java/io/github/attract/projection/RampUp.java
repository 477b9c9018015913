package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How fast a project reaches full output after production starts: the share of the full-output
 * figures reached in the first, second, ... year of operation; the last share holds for every later
 * year. The default, {@link #standard()}, is 50 %, 80 %, then 100 %.
 *
 * <p>Operating year 1 is the calendar year in which production starts, whatever the day; it is not
 * pro-rated.
 *
 * <pre>{@code
 * RampUp.standard().share(1);   // 0.5
 * RampUp.standard().share(7);   // 1
 * RampUp.of(new BigDecimal("0.3"), new BigDecimal("0.7"), BigDecimal.ONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RampUp {
  private static final RampUp STANDARD =
      of(new BigDecimal("0.5"), new BigDecimal("0.8"), BigDecimal.ONE);
  private static final RampUp NONE = of(BigDecimal.ONE);

  private final ImmutableList<BigDecimal> shares;

  private RampUp(ImmutableList<BigDecimal> shares) {
    this.shares = shares;
  }

  /**
   * Returns the default ramp-up: 50 % in the first year, 80 % in the second, 100 % from the third.
   *
   * @return the ramp-up
   */
  public static RampUp standard() {
    return STANDARD;
  }

  /**
   * Returns full output from the first year.
   *
   * @return the ramp-up of a single share of 100 %
   */
  public static RampUp none() {
    return NONE;
  }

  /**
   * Returns a ramp-up of given shares.
   *
   * @param shares the share of each operating year from the first, each from 0 to 1
   * @return the ramp-up
   * @throws IllegalArgumentException if there is no share or a share is not from 0 to 1
   */
  public static RampUp of(BigDecimal... shares) {
    return of(Arrays.asList(shares));
  }

  /**
   * Returns a ramp-up of given shares.
   *
   * @param shares the share of each operating year from the first, each from 0 to 1
   * @return the ramp-up
   * @throws IllegalArgumentException if there is no share or a share is not from 0 to 1
   */
  public static RampUp of(Iterable<BigDecimal> shares) {
    List<BigDecimal> list = new ArrayList<>();
    for (BigDecimal s : shares) {
      Objects.requireNonNull(s, "shares");
      if (s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "Ramp-up 'shares' must each be from 0 to 1, but share "
                + (list.size() + 1)
                + " was "
                + s.toPlainString());
      }
      BigDecimal stripped = s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
      list.add(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("Ramp-up 'shares' must not be empty");
    }
    return new RampUp(ImmutableList.copyOf(list));
  }

  /**
   * Returns the shares as given, trailing zeros stripped.
   *
   * @return the shares of the first operating years
   */
  public ImmutableList<BigDecimal> shares() {
    return shares;
  }

  /**
   * Returns the share of an operating year.
   *
   * @param operatingYear 1 for the year production starts, 2 for the next, ...
   * @return the share, the last one for years beyond the list
   * @throws IllegalArgumentException if {@code operatingYear} is less than 1
   */
  public BigDecimal share(int operatingYear) {
    if (operatingYear < 1) {
      throw new IllegalArgumentException(
          "Ramp-up 'operatingYear' must be at least 1, but was " + operatingYear);
    }
    return shares.get(Math.min(operatingYear, shares.size()) - 1);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RampUp that && that.shares.equals(shares);
  }

  @Override
  public int hashCode() {
    return shares.hashCode();
  }

  /**
   * Returns the shares: {@code "RampUp[0.5, 0.8, 1]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("RampUp[");
    for (int i = 0; i < shares.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(shares.get(i).toPlainString());
    }
    return b.append(']').toString();
  }
}
