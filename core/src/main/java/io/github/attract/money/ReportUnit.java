package io.github.attract.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A unit in which reports state amounts of money: single yuan, ten-thousand yuan (万元),
 * hundred-million yuan (亿元), million and billion. Each is an exact power of ten of the money's
 * major unit, and applies to any currency ("1.5亿美元" is 150 million US dollars); the names follow
 * Chinese report practice, where the yuan is the usual currency.
 *
 * <p>This enum converts exactly between money and a number of units; {@link MoneyFormat} writes and
 * reads the texts ("10.5亿元", "1.05 billion yuan").
 *
 * <pre>{@code
 * Money m = ReportUnit.HUNDRED_MILLION_YUAN.toMoney(Currencies.CNY, new BigDecimal("10.5"));
 * m;                                            // CNY 1050000000.00
 * ReportUnit.BILLION.amountOf(m);               // 1.05
 * ReportUnit.TEN_THOUSAND_YUAN.amountOf(m);     // 105000
 * }</pre>
 */
public enum ReportUnit {
  /** One major unit (元, "yuan"), factor 1. */
  YUAN("yuan", 0, "", ""),
  /** Ten thousand (万元, "ten thousand yuan"), factor 10<sup>4</sup>. */
  TEN_THOUSAND_YUAN("ten-thousand-yuan", 4, "万", "ten thousand"),
  /** Hundred million (亿元, "hundred million yuan"), factor 10<sup>8</sup>. */
  HUNDRED_MILLION_YUAN("hundred-million-yuan", 8, "亿", "hundred million"),
  /** Million ("million yuan", 百万元), factor 10<sup>6</sup>. */
  MILLION("million", 6, "百万", "million"),
  /** Billion ("billion yuan", 十亿元), factor 10<sup>9</sup>. */
  BILLION("billion", 9, "十亿", "billion");

  private final String code;
  private final int powerOfTen;
  private final String chinesePrefix;
  private final String englishWords;

  ReportUnit(String code, int powerOfTen, String chinesePrefix, String englishWords) {
    this.code = code;
    this.powerOfTen = powerOfTen;
    this.chinesePrefix = chinesePrefix;
    this.englishWords = englishWords;
  }

  /**
   * Returns the stable lower-case code, e.g. {@code "hundred-million-yuan"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the unit of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the unit
   * @throws IllegalArgumentException if no unit has that code
   */
  public static ReportUnit ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ReportUnit u : values()) {
      if (u.code.equals(code)) {
        return u;
      }
    }
    throw new IllegalArgumentException("Unknown report unit '" + code + "'");
  }

  /**
   * Returns the exponent of the factor: 0, 4, 8, 6 or 9.
   *
   * @return the power of ten of one unit in major units
   */
  public int powerOfTen() {
    return powerOfTen;
  }

  /**
   * Returns how many major units (yuan) one of this unit is.
   *
   * @return the exact factor, e.g. 100000000 for {@link #HUNDRED_MILLION_YUAN}
   */
  public BigDecimal factor() {
    return BigDecimal.ONE.scaleByPowerOfTen(powerOfTen).setScale(0);
  }

  /**
   * Returns the Chinese multiplier written before the currency's name: {@code ""}, {@code "万"},
   * {@code "亿"}, {@code "百万"} or {@code "十亿"}.
   *
   * @return the multiplier, empty for {@link #YUAN}
   */
  public String chinesePrefix() {
    return chinesePrefix;
  }

  /**
   * Returns the English words written between the number and the currency: {@code ""}, {@code "ten
   * thousand"}, {@code "hundred million"}, {@code "million"} or {@code "billion"}.
   *
   * @return the words, empty for {@link #YUAN}
   */
  public String englishWords() {
    return englishWords;
  }

  /**
   * Returns the exact number of this unit in an amount of money, without trailing zeros: CNY
   * 1050000000.00 is 10.5 {@link #HUNDRED_MILLION_YUAN}.
   *
   * @param money the money
   * @return the exact number of units, never in exponent form (scale at least zero)
   */
  public BigDecimal amountOf(Money money) {
    Objects.requireNonNull(money, "money");
    return plain(money.amount().movePointLeft(powerOfTen));
  }

  /**
   * Returns the money that a number of this unit stands for, exactly.
   *
   * @param currency the currency
   * @param amount the number of units, e.g. 10.5 for 10.5亿
   * @return the money
   * @throws IllegalArgumentException if the amount has more decimal places than the currency allows
   *     once multiplied out (e.g. 0.0000000001亿元 is 0.01 yuan, but 0.00000000001亿元 is not money)
   */
  public Money toMoney(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    return Money.of(currency, amount.movePointRight(powerOfTen));
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the code.
   *
   * @return the code, e.g. {@code "billion"}
   */
  @Override
  public String toString() {
    return code;
  }
}
