package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.CurrencyMismatchException;
import io.github.attract.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Project economics on {@link CashFlows}: simple payback, net present value and every internal rate
 * of return in a search range, all on {@code BigDecimal} with an explicit {@link MathContext}.
 *
 * <p><b>Conventions.</b> Flow 0 is the outlay at t = 0 and is not discounted; flow {@code t} falls
 * at the end of year {@code t} and is discounted by {@code (1 + r)^t}: {@code NPV(r) = Σ CF_t / (1
 * + r)^t}, for rates {@code r > -1}. At {@code r = 0} the NPV is the exact undiscounted sum. It is
 * computed by Horner's scheme on the discount factor {@code 1 / (1 + r)}, every step rounded with
 * the calculator's math context (default {@link MathContext#DECIMAL128}, 34 digits).
 *
 * <p><b>IRR method.</b> The rates where NPV changes sign or is exactly zero are searched on an even
 * grid over {@code [low, high]} (default {@code -0.99} to {@code 10}, 2,198 steps of 0.5 %); each
 * sign change is narrowed by bisection until {@code |NPV(r)| ≤ tolerance × Σ |CF_t| / (1 + r)^t}
 * (default tolerance {@code 1e-15}) or 400 halvings. Every root found is returned, in ascending
 * order, rounded to the math context, trailing zeros stripped: a conventional project (outlay, then
 * income) has one; flows that change sign several times may have several or none. Limits, stated:
 * two roots closer than one grid step, and roots of even multiplicity (NPV touches zero without
 * crossing), can be missed; roots outside the range are not searched; flows that are all zero have
 * no IRR.
 *
 * <p><b>Payback.</b> {@link #payback(CashFlows)} is the number of years from t = 0 until the
 * cumulative flow first turns non-negative, interpolating linearly within the year that crosses;
 * {@link #simplePayback(Money, Money)} is investment ÷ annual inflow.
 *
 * <pre>{@code
 * Economics e = Economics.DEFAULT;
 * e.simplePayback(Money.of("CNY", "1050000000.00"), Money.of("CNY", "250000000.00"));  // 4.2
 * e.npv(BigDecimal.ZERO, flows).equals(flows.sum().amount());                          // true
 * e.irr(CashFlows.of(Year.of(2023), Money.of("CNY", "-100.00"), Money.of("CNY", "110.00")));
 * // [0.1]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Economics {
  /** The default calculator: 34 digits, IRR range -0.99 to 10 on 2,198 steps, tolerance 1e-15. */
  public static final Economics DEFAULT =
      new Economics(
          MathContext.DECIMAL128,
          new BigDecimal("-0.99"),
          BigDecimal.TEN,
          2198,
          new BigDecimal("1E-15"));

  private static final int MAX_HALVINGS = 400;

  private final MathContext mathContext;
  private final BigDecimal low;
  private final BigDecimal high;
  private final int steps;
  private final BigDecimal tolerance;

  private Economics(
      MathContext mathContext, BigDecimal low, BigDecimal high, int steps, BigDecimal tolerance) {
    this.mathContext = mathContext;
    this.low = low;
    this.high = high;
    this.steps = steps;
    this.tolerance = tolerance;
  }

  /**
   * Returns a copy with another math context.
   *
   * @param mathContext the precision and rounding of every step, at least 16 digits
   * @return the changed calculator
   * @throws IllegalArgumentException if the precision is unlimited or less than 16 digits
   */
  public Economics withMathContext(MathContext mathContext) {
    Objects.requireNonNull(mathContext, "mathContext");
    if (mathContext.getPrecision() < 16) {
      throw new IllegalArgumentException(
          "Economics 'mathContext' must have a precision of at least 16 digits, but was "
              + mathContext.getPrecision());
    }
    return new Economics(mathContext, low, high, steps, tolerance);
  }

  /**
   * Returns a copy with another IRR search range and grid.
   *
   * @param low the lowest rate searched, above -1
   * @param high the highest rate searched, above {@code low}
   * @param steps the number of grid steps, 1 to 1,000,000
   * @return the changed calculator
   * @throws IllegalArgumentException if the range or the number of steps is out of bounds
   */
  public Economics withIrrSearch(BigDecimal low, BigDecimal high, int steps) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new IllegalArgumentException(
          "Economics IRR 'low' must be above -1, but was " + low.toPlainString());
    }
    if (high.compareTo(low) <= 0) {
      throw new IllegalArgumentException(
          "Economics IRR 'high' must be above 'low', but "
              + high.toPlainString()
              + " <= "
              + low.toPlainString());
    }
    if (steps < 1 || steps > 1_000_000) {
      throw new IllegalArgumentException(
          "Economics IRR 'steps' must be from 1 to 1000000, but was " + steps);
    }
    return new Economics(mathContext, low, high, steps, tolerance);
  }

  /**
   * Returns a copy with another IRR tolerance.
   *
   * @param tolerance the relative tolerance, above 0 and below 1
   * @return the changed calculator
   * @throws IllegalArgumentException if the tolerance is not above 0 and below 1
   */
  public Economics withTolerance(BigDecimal tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.signum() <= 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "Economics 'tolerance' must be above 0 and below 1, but was "
              + tolerance.toPlainString());
    }
    return new Economics(mathContext, low, high, steps, tolerance);
  }

  /**
   * Returns the math context of every step.
   *
   * @return the math context
   */
  public MathContext mathContext() {
    return mathContext;
  }

  /**
   * Returns the relative tolerance of IRR roots.
   *
   * @return the tolerance
   */
  public BigDecimal tolerance() {
    return tolerance;
  }

  /**
   * Returns the lowest rate the IRR search covers.
   *
   * @return the rate
   */
  public BigDecimal irrLow() {
    return low;
  }

  /**
   * Returns the highest rate the IRR search covers.
   *
   * @return the rate
   */
  public BigDecimal irrHigh() {
    return high;
  }

  /**
   * Returns the number of grid steps of the IRR search.
   *
   * @return the steps
   */
  public int irrSteps() {
    return steps;
  }

  /**
   * Returns the net present value at a rate (see the conventions in the class comment).
   *
   * @param rate the discount rate per year, above -1 (0.08 for 8 %)
   * @param flows the cash flows
   * @return the NPV in the flows' currency units, unrounded beyond the math context; exactly the
   *     undiscounted sum at rate 0
   * @throws IllegalArgumentException if the rate is not above -1
   */
  public BigDecimal npv(BigDecimal rate, CashFlows flows) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(flows, "flows");
    checkRate(rate);
    if (rate.signum() == 0) {
      return flows.sum().amount();
    }
    return npvAt(rate, flows.amounts());
  }

  /**
   * Returns the bound that {@link #irr} guarantees for {@code |NPV|} at each root: tolerance × Σ
   * |CF_t| / (1 + r)^t.
   *
   * @param rate the rate, above -1
   * @param flows the cash flows
   * @return the bound
   * @throws IllegalArgumentException if the rate is not above -1
   */
  public BigDecimal npvTolerance(BigDecimal rate, CashFlows flows) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(flows, "flows");
    checkRate(rate);
    return tolerance.multiply(scaleAt(rate, flows.amounts()), mathContext);
  }

  /**
   * Returns every internal rate of return found in the search range (see the method in the class
   * comment).
   *
   * @param flows the cash flows
   * @return the roots in ascending order, possibly none
   */
  public ImmutableList<BigDecimal> irr(CashFlows flows) {
    Objects.requireNonNull(flows, "flows");
    List<Money> cf = flows.amounts();
    if (cf.stream().allMatch(Money::isZero)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<BigDecimal> roots = ImmutableList.builder();
    BigDecimal step = high.subtract(low).divide(BigDecimal.valueOf(steps), mathContext);
    BigDecimal prevRate = low;
    BigDecimal prevNpv = npvAt(low, cf);
    if (prevNpv.signum() == 0) {
      roots.add(normal(low));
    }
    for (int i = 1; i <= steps; i++) {
      BigDecimal rate = i == steps ? high : low.add(step.multiply(BigDecimal.valueOf(i)));
      BigDecimal value = npvAt(rate, cf);
      if (value.signum() == 0) {
        roots.add(normal(rate));
      } else if (prevNpv.signum() != 0 && prevNpv.signum() != value.signum()) {
        roots.add(normal(bisect(prevRate, prevNpv.signum(), rate, cf)));
      }
      prevRate = rate;
      prevNpv = value;
    }
    return roots.build();
  }

  private BigDecimal normal(BigDecimal rate) {
    BigDecimal r = rate.round(mathContext);
    return r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
  }

  private BigDecimal bisect(BigDecimal a, int signA, BigDecimal b, List<Money> cf) {
    BigDecimal two = BigDecimal.valueOf(2);
    BigDecimal lo = a;
    BigDecimal hi = b;
    BigDecimal mid = lo.add(hi).divide(two, mathContext);
    for (int i = 0; i < MAX_HALVINGS; i++) {
      mid = lo.add(hi).divide(two, mathContext);
      BigDecimal value = npvAt(mid, cf);
      if (value.signum() == 0
          || value.abs().compareTo(tolerance.multiply(scaleAt(mid, cf), mathContext)) <= 0) {
        return mid;
      }
      if (value.signum() == signA) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return mid;
  }

  private BigDecimal npvAt(BigDecimal rate, List<Money> cf) {
    BigDecimal factor = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate), mathContext);
    BigDecimal acc = BigDecimal.ZERO;
    for (int t = cf.size() - 1; t >= 0; t--) {
      acc = cf.get(t).amount().add(acc.multiply(factor, mathContext), mathContext);
    }
    return acc;
  }

  private BigDecimal scaleAt(BigDecimal rate, List<Money> cf) {
    BigDecimal factor = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate), mathContext);
    BigDecimal acc = BigDecimal.ZERO;
    for (int t = cf.size() - 1; t >= 0; t--) {
      acc = cf.get(t).amount().abs().add(acc.multiply(factor, mathContext), mathContext);
    }
    return acc;
  }

  private static void checkRate(BigDecimal rate) {
    if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new IllegalArgumentException(
          "Economics 'rate' must be above -1, but was " + rate.toPlainString());
    }
  }

  /**
   * Returns the payback period: years from t = 0 until the cumulative flow first turns
   * non-negative, interpolated linearly within the year that crosses: {@code (t - 1) + (-C_{t-1}) /
   * CF_t}.
   *
   * @param flows the cash flows
   * @return the years, 0 if flow 0 is not negative; empty if the cumulative flow never turns
   *     non-negative
   */
  public Optional<BigDecimal> payback(CashFlows flows) {
    Objects.requireNonNull(flows, "flows");
    List<Money> cf = flows.amounts();
    BigDecimal cumulative = cf.get(0).amount();
    if (cumulative.signum() >= 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    for (int t = 1; t < cf.size(); t++) {
      BigDecimal next = cumulative.add(cf.get(t).amount());
      if (next.signum() >= 0) {
        BigDecimal fraction = cumulative.negate().divide(cf.get(t).amount(), mathContext);
        return Optional.of(
            BigDecimal.valueOf(t - 1L).add(fraction, mathContext).stripTrailingZeros());
      }
      cumulative = next;
    }
    return Optional.empty();
  }

  /**
   * Returns the simple payback: investment ÷ annual inflow, in years.
   *
   * @param investment the investment
   * @param annualInflow the yearly inflow (profit), in the same currency
   * @return the years, trailing zeros stripped; empty if the inflow is not positive
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Optional<BigDecimal> simplePayback(Money investment, Money annualInflow) {
    Objects.requireNonNull(investment, "investment");
    Objects.requireNonNull(annualInflow, "annualInflow");
    if (!annualInflow.isIn(investment.currency())) {
      throw new CurrencyMismatchException(investment.currency(), annualInflow.currency());
    }
    if (!annualInflow.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(
        investment.amount().divide(annualInflow.amount(), mathContext).stripTrailingZeros());
  }

  /**
   * Returns the NPV rounded to the currency's minor unit, half-even.
   *
   * @param rate the discount rate per year, above -1
   * @param flows the cash flows
   * @return the NPV as money
   * @throws IllegalArgumentException if the rate is not above -1
   */
  public Money npvMoney(BigDecimal rate, CashFlows flows) {
    return Money.of(flows.currency(), npv(rate, flows), RoundingMode.HALF_EVEN);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Economics that
        && that.mathContext.equals(mathContext)
        && that.low.equals(low)
        && that.high.equals(high)
        && that.steps == steps
        && that.tolerance.equals(tolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mathContext, low, high, steps, tolerance);
  }

  /**
   * Returns the settings.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Economics["
        + mathContext
        + ", IRR "
        + low.toPlainString()
        + ".."
        + high.toPlainString()
        + " in "
        + steps
        + " steps, tolerance "
        + tolerance
        + "]";
  }
}
