package io.github.attract.calc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The annual plan completion rate (完成率) as of a month, beside the share of the year (or of the
 * building season) that has elapsed, so that a report can say "ahead of / behind schedule by n
 * points". Made by {@link Kpis#planCompletion}.
 *
 * <pre>{@code
 * PlanCompletion p = Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 6));
 * p.completion();                              // 9.9e9 / 16.6e9
 * p.elapsed();                                 // 6 / 12
 * p.pointsAhead(2, RoundingMode.HALF_EVEN);    // Optional[9.64]: 59.64 % done, 50.00 % elapsed
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class PlanCompletion implements Serializable {
  private static final long serialVersionUID = 1L;

  private final YearMonth asOf;
  private final Rate completion;
  private final Rate elapsed;

  PlanCompletion(YearMonth asOf, Rate completion, Rate elapsed) {
    this.asOf = asOf;
    this.completion = completion;
    this.elapsed = elapsed;
  }

  /**
   * Returns the month the figures are as of.
   *
   * @return the month
   */
  public YearMonth asOf() {
    return asOf;
  }

  /**
   * Returns the completion: investment completed in the year up to the month ÷ the investment
   * planned for the year.
   *
   * @return the rate; undefined if nothing is planned
   */
  public Rate completion() {
    return completion;
  }

  /**
   * Returns the share of the year or building season elapsed by the end of the month, in months.
   *
   * @return the rate
   */
  public Rate elapsed() {
    return elapsed;
  }

  /**
   * Returns how many percentage points the completion is ahead of the elapsed share (negative:
   * behind), each percentage rounded to the scale first.
   *
   * @param scale the decimal places
   * @param rounding how to round
   * @return the points, or empty if the completion is undefined
   */
  public Optional<BigDecimal> pointsAhead(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Optional<BigDecimal> done = completion.percent(scale, rounding);
    Optional<BigDecimal> gone = elapsed.percent(scale, rounding);
    return done.isPresent() && gone.isPresent()
        ? Optional.of(done.get().subtract(gone.get()))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PlanCompletion that
        && that.asOf.equals(asOf)
        && that.completion.equals(completion)
        && that.elapsed.equals(elapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, completion, elapsed);
  }

  /**
   * Returns the completion, the elapsed share and the difference at two decimal places, e.g. {@code
   * "plan completion as of 2023-06: 9.9 / 16.6 (59.64 %), elapsed 6 / 12 (50.00 %): ahead by 9.64
   * points"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String verdict =
        pointsAhead(2, RoundingMode.HALF_EVEN)
            .map(
                p ->
                    p.signum() >= 0
                        ? "ahead by " + p.toPlainString() + " points"
                        : "behind by " + p.negate().toPlainString() + " points")
            .orElse("undefined");
    return "plan completion as of "
        + asOf
        + ": "
        + completion
        + ", elapsed "
        + elapsed
        + ": "
        + verdict;
  }
}
