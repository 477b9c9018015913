package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.money.Money;
import io.github.attract.time.DateRange;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link SpreadProfile} combined with a {@link Season}: spreads money over the calendar months of
 * a period.
 *
 * <p>A period is taken at month granularity: every calendar month it touches is one period of the
 * shape (a period from 7 April 2023 to 31 December 2025 has 33 months). Month {@code i} of {@code
 * n} gets the weight {@code shape_i × season(calendar month of i)}. If the season gives zero weight
 * to every month of the period, the season is ignored for that period and the shape alone decides,
 * so that money is never lost. Money is split by {@link Allocation} (largest remainder; ties to the
 * earlier month), so the parts add up exactly to the whole.
 *
 * <pre>{@code
 * SeasonalProfile p = SpreadProfile.even().within(Season.coldRegion());
 * p.spread(Money.of("CNY", "75000.00"), DateRange.ofYear(Year.of(2023)));
 * // {2023-01=CNY 1000.00, 2023-02=CNY 1000.00, 2023-03=CNY 1000.00, 2023-04=CNY 10000.00, ...,
 * //  2023-10=CNY 10000.00, 2023-11=CNY 1000.00, 2023-12=CNY 1000.00}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SeasonalProfile {
  private final SpreadProfile profile;
  private final Season season;

  private SeasonalProfile(SpreadProfile profile, Season season) {
    this.profile = profile;
    this.season = season;
  }

  /**
   * Returns a shape combined with a season.
   *
   * @param profile the shape over the whole period
   * @param season the weight of each calendar month
   * @return the seasonal profile
   */
  public static SeasonalProfile of(SpreadProfile profile, Season season) {
    return new SeasonalProfile(
        Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(season, "season"));
  }

  /**
   * Returns the shape.
   *
   * @return the shape
   */
  public SpreadProfile profile() {
    return profile;
  }

  /**
   * Returns the season.
   *
   * @return the season
   */
  public Season season() {
    return season;
  }

  /**
   * Returns the weight of each month from {@code first} to {@code last}.
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return one whole-number weight per month, in order, none negative, at least one positive
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ImmutableList<BigInteger> weights(YearMonth first, YearMonth last) {
    return ImmutableList.copyOf(weightArray(first, last));
  }

  BigInteger[] weightArray(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    int n = SpreadProfile.monthsBetween(first, last);
    BigInteger[] shape = profile.weightArray(n);
    BigInteger[] w = new BigInteger[n];
    boolean positive = false;
    YearMonth month = first;
    for (int i = 0; i < n; i++) {
      w[i] = shape[i].multiply(season.integerWeight(month.getMonth()));
      positive |= w[i].signum() > 0;
      month = month.plusMonths(1);
    }
    return positive ? w : shape;
  }

  /**
   * Spreads money over the months a period touches.
   *
   * @param total the money
   * @param period the period
   * @return the part of every month the period touches, in month order, adding up exactly to {@code
   *     total}
   */
  public ImmutableSortedMap<YearMonth, Money> spread(Money total, DateRange period) {
    Objects.requireNonNull(period, "period");
    return spread(total, YearMonth.from(period.start()), YearMonth.from(period.end()));
  }

  /**
   * Spreads money over the months from {@code first} to {@code last}.
   *
   * @param total the money
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the part of every month, in month order, adding up exactly to {@code total}
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ImmutableSortedMap<YearMonth, Money> spread(Money total, YearMonth first, YearMonth last) {
    Objects.requireNonNull(total, "total");
    List<Money> parts = Allocation.split(total, Arrays.asList(weightArray(first, last)));
    ImmutableSortedMap.Builder<YearMonth, Money> out = ImmutableSortedMap.naturalOrder();
    YearMonth month = first;
    for (Money part : parts) {
      out.put(month, part);
      month = month.plusMonths(1);
    }
    return out.buildOrThrow();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SeasonalProfile that
        && that.profile.equals(profile)
        && that.season.equals(season);
  }

  @Override
  public int hashCode() {
    return profile.hashCode() * 31 + season.hashCode();
  }

  /**
   * Returns the shape and the season, e.g. {@code "s-curve within Season[1, 1, 1, 10, ...]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return profile + " within " + season;
  }
}
