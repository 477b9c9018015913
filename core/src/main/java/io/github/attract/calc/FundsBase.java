package io.github.attract.calc;

/**
 * What the funds in place are compared with in the funds-in-place rate (资金到位率), {@link
 * Kpis#fundsInPlaceRate}.
 *
 * <pre>{@code
 * Kpis.fundsInPlaceRate(portfolio, ProjectBase.signedIn(Year.of(2023)), YearMonth.of(2023, 6),
 *     FundsBase.CONTRACT_VALUE);
 * }</pre>
 */
public enum FundsBase {
  /**
   * Funds in place since the projects began, as of the month ÷ the contract value of their signings
   * ({@link Measures#contractValue()}).
   */
  CONTRACT_VALUE,
  /** Funds in place since the projects began, as of the month ÷ their total investment. */
  TOTAL_INVESTMENT,
  /**
   * Funds that arrived in the calendar year up to the month ÷ the investment planned for that year
   * ({@link Measures#fundsInPlaceYearToDate} ÷ {@link Measures#annualPlannedInvestment}).
   */
  ANNUAL_PLAN
}
