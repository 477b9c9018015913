package io.github.attract.calc;

import io.github.attract.money.MultiCurrencyAmount;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a {@link Funnel}: how many (activities or projects), their money (contract value for
 * signed projects, total investment for later stages, none for activities), and the conversion from
 * the stage before.
 *
 * <pre>{@code
 * FunnelStep signed = funnel.step(FunnelStage.SIGNED);
 * signed.count();        // 86
 * signed.money();        // [CNY 45600000000.00]
 * signed.conversion();   // Optional[86 / 208 (41.35 %)]
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class FunnelStep implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FunnelStage stage;
  private final long count;
  private final MultiCurrencyAmount money;
  private final @Nullable Rate conversion;

  FunnelStep(FunnelStage stage, long count, MultiCurrencyAmount money, @Nullable Rate conversion) {
    this.stage = stage;
    this.count = count;
    this.money = money;
    this.conversion = conversion;
  }

  /**
   * Returns the stage.
   *
   * @return the stage
   */
  public FunnelStage stage() {
    return stage;
  }

  /**
   * Returns how many activities or projects reached the stage.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the money of the stage: contract value when signed, total investment later, none for
   * activities.
   *
   * @return the money, per currency
   */
  public MultiCurrencyAmount money() {
    return money;
  }

  /**
   * Returns the conversion from the stage before: this count over that count.
   *
   * @return the rate, or empty for the first stage
   */
  public Optional<Rate> conversion() {
    return Optional.ofNullable(conversion);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FunnelStep that
        && that.stage == stage
        && that.count == count
        && that.money.equals(money)
        && Objects.equals(that.conversion, conversion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, count, money, conversion);
  }

  /**
   * Returns the stage, count, money and conversion, e.g. {@code "signed 86 [CNY 45600000000.00] (86
   * / 208 (41.35 %))"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return stage + " " + count + " " + money + (conversion == null ? "" : " (" + conversion + ")");
  }
}
