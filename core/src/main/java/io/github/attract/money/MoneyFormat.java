package io.github.attract.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads amounts of money the way reports state them, in a {@link ReportUnit}: {@code
 * "10.5亿元"}, {@code "580000万元"} (Chinese style) or {@code "1.05 billion yuan"}, {@code "1.2 million
 * USD"} (English style).
 *
 * <ul>
 *   <li><b>Chinese style</b>: the number, the unit's multiplier ({@code 万}, {@code 亿}, {@code 百万},
 *       {@code 十亿} or none) and the currency's Chinese name, with no space: {@code 元} (CNY), {@code
 *       美元} (USD), {@code 欧元} (EUR), {@code 港元} (HKD), {@code 日元} (JPY), {@code 英镑} (GBP). Other
 *       currencies have no Chinese name here and cannot be written in this style. Reading also
 *       accepts one space before the multiplier ({@code "10.5 亿元"}).
 *   <li><b>English style</b>: the number, a space, the unit's words ({@code million}, {@code
 *       billion}, {@code ten thousand}, {@code hundred million} or none) and a space, then {@code
 *       yuan} for CNY or the ISO code for any other currency ({@code "1.2 million USD"}). Reading
 *       accepts the words in any letter case and the code {@code CNY} for yuan.
 * </ul>
 *
 * <p>Numbers are plain decimals with a dot, an optional leading minus and, if {@link
 * #withGrouping(boolean) grouping} is on, commas between groups of three integer digits. Reading
 * always accepts correctly placed commas. Neither writing nor reading depends on the default
 * locale.
 *
 * <p>{@link #format(Money, ReportUnit)} is exact, and {@link #parse(String)} reads it back to equal
 * money; {@link #format(Money, ReportUnit, int, RoundingMode)} rounds to a number of decimal places
 * for display. {@link #bestUnit(Money)} picks the unit a report would use.
 *
 * <pre>{@code
 * MoneyFormat zh = MoneyFormat.chinese();
 * Money m = zh.parse("10.5亿元");                                 // CNY 1050000000.00
 * zh.format(m, ReportUnit.TEN_THOUSAND_YUAN);                     // "105000万元"
 * MoneyFormat.english().format(m, 2, RoundingMode.HALF_UP);       // "1.05 billion yuan"
 * MoneyFormat.english().parse("1,050,000,000 yuan").equals(m);    // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MoneyFormat {
  private static final ImmutableMap<Currency, String> CHINESE_NAMES =
      ImmutableMap.<Currency, String>builder()
          .put(Currencies.CNY, "元")
          .put(Currencies.USD, "美元")
          .put(Currencies.EUR, "欧元")
          .put(Currencies.HKD, "港元")
          .put(Currency.getInstance("JPY"), "日元")
          .put(Currency.getInstance("GBP"), "英镑")
          .buildOrThrow();

  private static final String NUMBER = "(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";

  private static final Pattern CHINESE =
      Pattern.compile(NUMBER + " ?(十亿|百万|亿|万)?(元|美元|欧元|港元|日元|英镑)");

  private static final Pattern ENGLISH =
      Pattern.compile(
          NUMBER + " (?:(ten thousand|hundred million|million|billion) )?([A-Za-z]+)",
          Pattern.CASE_INSENSITIVE);

  private static final ImmutableList<ReportUnit> CHINESE_UNITS =
      ImmutableList.of(
          ReportUnit.YUAN, ReportUnit.TEN_THOUSAND_YUAN, ReportUnit.HUNDRED_MILLION_YUAN);
  private static final ImmutableList<ReportUnit> ENGLISH_UNITS =
      ImmutableList.of(ReportUnit.YUAN, ReportUnit.MILLION, ReportUnit.BILLION);

  private static final MoneyFormat CHINESE_FORMAT = new MoneyFormat(true, false);
  private static final MoneyFormat ENGLISH_FORMAT = new MoneyFormat(false, false);

  private final boolean chinese;
  private final boolean grouping;

  private MoneyFormat(boolean chinese, boolean grouping) {
    this.chinese = chinese;
    this.grouping = grouping;
  }

  /**
   * Returns the Chinese style, without grouping: {@code "10.5亿元"}, {@code "580000万元"}.
   *
   * @return the format
   */
  public static MoneyFormat chinese() {
    return CHINESE_FORMAT;
  }

  /**
   * Returns the English style, without grouping: {@code "1.05 billion yuan"}, {@code "1.2 million
   * USD"}.
   *
   * @return the format
   */
  public static MoneyFormat english() {
    return ENGLISH_FORMAT;
  }

  /**
   * Returns a copy that writes commas between groups of three integer digits, or not. Reading
   * accepts both either way.
   *
   * @param grouping true to write {@code "1,050,000,000 yuan"}, false for {@code "1050000000 yuan"}
   * @return the format
   */
  public MoneyFormat withGrouping(boolean grouping) {
    return grouping == this.grouping ? this : new MoneyFormat(chinese, grouping);
  }

  /**
   * Tells whether this format writes grouping commas.
   *
   * @return true if it groups
   */
  public boolean isGrouping() {
    return grouping;
  }

  /**
   * Returns the units that {@link #bestUnit(Money)} chooses from, smallest first: yuan, 万 and 亿 in
   * the Chinese style; yuan, million and billion in the English style.
   *
   * @return the display units, ascending
   */
  public ImmutableList<ReportUnit> displayUnits() {
    return chinese ? CHINESE_UNITS : ENGLISH_UNITS;
  }

  /**
   * Returns the unit a report would state an amount in: the largest of the {@link #displayUnits()}
   * in which the amount's absolute value is at least one; {@link ReportUnit#YUAN} for amounts below
   * one yuan, zero included. The choice is made on the exact amount, before any rounding.
   *
   * <pre>{@code
   * MoneyFormat.chinese().bestUnit(Money.of("CNY", "58000000"));   // TEN_THOUSAND_YUAN (5800万元)
   * MoneyFormat.english().bestUnit(Money.of("CNY", "58000000"));   // MILLION (58 million yuan)
   * }</pre>
   *
   * @param money the money
   * @return the unit
   */
  public ReportUnit bestUnit(Money money) {
    BigDecimal abs = money.amount().abs();
    ImmutableList<ReportUnit> units = displayUnits();
    for (int i = units.size() - 1; i > 0; i--) {
      ReportUnit unit = units.get(i);
      if (abs.compareTo(unit.factor()) >= 0) {
        return unit;
      }
    }
    return ReportUnit.YUAN;
  }

  /**
   * Writes money exactly in its {@link #bestUnit(Money) best unit}, with as many decimal places as
   * needed and no trailing zeros: CNY 1234567890.12 is {@code "12.3456789012亿元"}.
   *
   * @param money the money
   * @return the text, which {@link #parse(String)} reads back to equal money
   * @throws IllegalArgumentException if the style has no name for the currency
   */
  public String format(Money money) {
    return format(money, bestUnit(money));
  }

  /**
   * Writes money exactly in a unit, with as many decimal places as needed and no trailing zeros.
   *
   * @param money the money
   * @param unit the unit
   * @return the text, e.g. {@code "10.5亿元"}; {@link #parse(String)} reads it back to equal money
   * @throws IllegalArgumentException if the style has no name for the currency
   */
  public String format(Money money, ReportUnit unit) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(unit, "unit");
    return write(unit.amountOf(money), unit, money.currency());
  }

  /**
   * Writes money in its {@link #bestUnit(Money) best unit}, rounded to a number of decimal places.
   *
   * @param money the money
   * @param scale the number of decimal places to write, zero or more
   * @param rounding how to round to them
   * @return the text, e.g. {@code "10.50亿元"} for scale 2
   * @throws IllegalArgumentException if the scale is negative or the style has no name for the
   *     currency
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public String format(Money money, int scale, RoundingMode rounding) {
    return format(money, bestUnit(money), scale, rounding);
  }

  /**
   * Writes money in a unit, rounded to a number of decimal places; the decimal places are always
   * written, trailing zeros included.
   *
   * <pre>{@code
   * MoneyFormat.chinese().format(Money.of("CNY", "1050000000"),
   *     ReportUnit.HUNDRED_MILLION_YUAN, 1, RoundingMode.HALF_UP);      // "10.5亿元"
   * }</pre>
   *
   * @param money the money
   * @param unit the unit
   * @param scale the number of decimal places to write, zero or more
   * @param rounding how to round to them
   * @return the text
   * @throws IllegalArgumentException if the scale is negative or the style has no name for the
   *     currency
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public String format(Money money, ReportUnit unit, int scale, RoundingMode rounding) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException(
          "Money format 'scale' must not be negative, but was " + scale);
    }
    BigDecimal value = money.amount().movePointLeft(unit.powerOfTen()).setScale(scale, rounding);
    return write(value, unit, money.currency());
  }

  private String write(BigDecimal value, ReportUnit unit, Currency currency) {
    String number = grouping ? group(value.toPlainString()) : value.toPlainString();
    if (chinese) {
      return number + unit.chinesePrefix() + chineseName(currency);
    }
    String name = currency.equals(Currencies.CNY) ? "yuan" : currency.getCurrencyCode();
    return unit == ReportUnit.YUAN
        ? number + " " + name
        : number + " " + unit.englishWords() + " " + name;
  }

  private static String chineseName(Currency currency) {
    String name = CHINESE_NAMES.get(currency);
    if (name == null) {
      throw new IllegalArgumentException(
          "Money format 'chinese' has no name for currency '" + currency.getCurrencyCode() + "'");
    }
    return name;
  }

  private static String group(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + (end - start) / 3);
    sb.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    return sb.append(plain, end, plain.length()).toString();
  }

  /**
   * Reads money written in this format's style, with or without grouping commas: {@code "10.5亿元"},
   * {@code "580000万元"}, {@code "1.5亿美元"} (Chinese); {@code "16.6 billion yuan"}, {@code
   * "1,050,000,000 yuan"}, {@code "1.2 million USD"} (English). The result is exact; it is never
   * rounded.
   *
   * @param text the text
   * @return the money
   * @throws IllegalArgumentException if the text is not of the form, names an unknown currency, or
   *     stands for an amount with more decimal places than the currency allows; the message quotes
   *     the text
   */
  public Money parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = (chinese ? CHINESE : ENGLISH).matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          chinese
              ? "Money text must be a number, an optional multiplier (万, 亿, 百万, 十亿) and a"
                  + " currency name (元, 美元, 欧元, 港元, 日元, 英镑), such as '10.5亿元', but was '"
                  + text
                  + "'"
              : "Money text must be a number, optional words (ten thousand, hundred million,"
                  + " million, billion) and 'yuan' or a currency code, such as '1.05 billion"
                  + " yuan', but was '"
                  + text
                  + "'");
    }
    BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
    String unitText = m.group(2);
    ReportUnit unit = unitText == null ? ReportUnit.YUAN : unitOf(unitText);
    Currency currency = currencyOf(m.group(3), text);
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "Money text '"
              + text
              + "' names currency '"
              + currency.getCurrencyCode()
              + "', which has no minor unit and is not money");
    }
    try {
      return unit.toMoney(currency, number);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Money text '"
              + text
              + "' has more decimal places than "
              + currency.getCurrencyCode()
              + " allows ("
              + currency.getDefaultFractionDigits()
              + ")",
          e);
    }
  }

  private ReportUnit unitOf(String unitText) {
    String key = chinese ? unitText : unitText.toLowerCase(Locale.ROOT);
    for (ReportUnit u : ReportUnit.values()) {
      if (key.equals(chinese ? u.chinesePrefix() : u.englishWords())) {
        return u;
      }
    }
    throw new AssertionError("pattern and units disagree on '" + unitText + "'");
  }

  private Currency currencyOf(String name, String text) {
    if (chinese) {
      for (Map.Entry<Currency, String> e : CHINESE_NAMES.entrySet()) {
        if (e.getValue().equals(name)) {
          return e.getKey();
        }
      }
      throw new AssertionError("pattern and names disagree on '" + name + "'");
    }
    if (name.equalsIgnoreCase("yuan")) {
      return Currencies.CNY;
    }
    try {
      return Currencies.of(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Money text '" + text + "' names an unknown currency '" + name + "'", e);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MoneyFormat that && that.chinese == chinese && that.grouping == grouping;
  }

  @Override
  public int hashCode() {
    return (chinese ? 2 : 0) + (grouping ? 1 : 0);
  }

  /**
   * Returns the style and options, e.g. {@code "MoneyFormat[chinese]"} or {@code
   * "MoneyFormat[english, grouping]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "MoneyFormat[" + (chinese ? "chinese" : "english") + (grouping ? ", grouping]" : "]");
  }
}
