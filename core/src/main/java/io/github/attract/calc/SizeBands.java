package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thresholds that cut total investment into {@link SizeBand size bands}: below the first threshold,
 * between each pair, and the first threshold and over. The field's default bands are under 10
 * million, 10–100 million, 100 million–1 billion, 1–10 billion, and 10 billion yuan and over
 * ({@link #defaults()}).
 *
 * <pre>{@code
 * SizeBands bands = SizeBands.of(Money.ofMajor(CNY, 50_000_000L), Money.ofMajor(CNY, 500_000_000L));
 * bands.bands();   // [CNY under 50000000, CNY 50000000 to under 500000000, CNY 500000000 and over]
 * Aggregation.over(portfolio).by(Dimensions.sizeBand(bands)).run();
 * }</pre>
 *
 * <p>A project whose total investment is unknown or in another currency has no band: it lands in
 * the "unclassified" group, never converted silently. Immutable and thread-safe.
 */
public final class SizeBands implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SizeBands DEFAULTS =
      of(
          Money.ofMajor(Currencies.CNY, 10_000_000L),
          Money.ofMajor(Currencies.CNY, 100_000_000L),
          Money.ofMajor(Currencies.CNY, 1_000_000_000L),
          Money.ofMajor(Currencies.CNY, 10_000_000_000L));

  private final ImmutableList<Money> thresholds;
  private final ImmutableList<SizeBand> bands;

  private SizeBands(ImmutableList<Money> thresholds) {
    this.thresholds = thresholds;
    List<SizeBand> list = new ArrayList<>();
    Money lower = Money.zero(thresholds.get(0).currency());
    for (Money t : thresholds) {
      if (t.isPositive()) {
        list.add(SizeBand.of(lower, Optional.of(t)));
      }
      lower = t;
    }
    list.add(SizeBand.of(lower, Optional.empty()));
    this.bands = ImmutableList.copyOf(list);
  }

  /**
   * Returns the field's default bands in yuan: under 10 million, 10–100 million, 100 million–1
   * billion, 1–10 billion, 10 billion and over.
   *
   * @return the default bands
   */
  public static SizeBands defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the bands cut at thresholds.
   *
   * @param first the lowest threshold
   * @param more higher thresholds, ascending, in the same currency
   * @return the bands
   * @throws IllegalArgumentException if a threshold is negative, not above the one before, or in
   *     another currency
   */
  public static SizeBands of(Money first, Money... more) {
    ImmutableList.Builder<Money> all = ImmutableList.builder();
    all.add(Objects.requireNonNull(first, "first"));
    for (Money m : more) {
      all.add(Objects.requireNonNull(m, "threshold"));
    }
    return of(all.build());
  }

  /**
   * Returns the bands cut at thresholds.
   *
   * @param thresholds at least one, ascending, in one currency
   * @return the bands
   * @throws IllegalArgumentException if there is no threshold, or one is negative, not above the
   *     one before, or in another currency
   */
  public static SizeBands of(Iterable<Money> thresholds) {
    ImmutableList<Money> list = ImmutableList.copyOf(thresholds);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("Size bands need at least one threshold");
    }
    Money previous = null;
    for (Money t : list) {
      if (t.isNegative()) {
        throw new IllegalArgumentException(
            "Size band threshold must not be negative, but was " + t);
      }
      if (previous != null) {
        if (!t.isIn(previous.currency())) {
          throw new IllegalArgumentException(
              "Size band thresholds must be in one currency "
                  + previous.currency().getCurrencyCode()
                  + ", but "
                  + t
                  + " is not");
        }
        if (!t.isGreaterThan(previous)) {
          throw new IllegalArgumentException(
              "Size band thresholds must ascend, but " + t + " follows " + previous);
        }
      }
      previous = t;
    }
    return new SizeBands(list);
  }

  /**
   * Returns the thresholds.
   *
   * @return the thresholds, ascending
   */
  public ImmutableList<Money> thresholds() {
    return thresholds;
  }

  /**
   * Returns the bands, lowest first.
   *
   * @return the bands; one more than the positive thresholds
   */
  public ImmutableList<SizeBand> bands() {
    return bands;
  }

  /**
   * Returns the band of an amount.
   *
   * @param amount the total investment
   * @return the band, or empty if the amount is negative or in another currency
   */
  public Optional<SizeBand> bandOf(Money amount) {
    Objects.requireNonNull(amount, "amount");
    for (SizeBand b : bands) {
      if (b.contains(amount)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SizeBands that && that.thresholds.equals(thresholds);
  }

  @Override
  public int hashCode() {
    return thresholds.hashCode();
  }

  /**
   * Returns the bands, e.g. {@code "SizeBands[CNY under 10000000, ..., CNY 10000000000 and over]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SizeBands" + bands;
  }
}
