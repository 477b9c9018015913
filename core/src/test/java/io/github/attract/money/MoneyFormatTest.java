package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {
  private static final MoneyFormat ZH = MoneyFormat.chinese();
  private static final MoneyFormat EN = MoneyFormat.english();
  private static final Money FENGFAN = Money.of("CNY", "1050000000");

  @Test
  void chineseExactFormats() {
    assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN)).isEqualTo("10.5亿元");
    assertThat(ZH.format(FENGFAN, ReportUnit.TEN_THOUSAND_YUAN)).isEqualTo("105000万元");
    assertThat(ZH.format(FENGFAN, ReportUnit.YUAN)).isEqualTo("1050000000元");
    assertThat(ZH.format(FENGFAN, ReportUnit.BILLION)).isEqualTo("1.05十亿元");
    assertThat(ZH.format(FENGFAN, ReportUnit.MILLION)).isEqualTo("1050百万元");
    assertThat(ZH.format(Money.of("CNY", "5800000000"), ReportUnit.TEN_THOUSAND_YUAN))
        .isEqualTo("580000万元");
    assertThat(ZH.format(Money.of("CNY", "0.01"), ReportUnit.HUNDRED_MILLION_YUAN))
        .isEqualTo("0.0000000001亿元");
    assertThat(ZH.format(Money.of("CNY", "-12.30"), ReportUnit.YUAN)).isEqualTo("-12.3元");
    assertThat(ZH.format(Money.zero(Currencies.CNY), ReportUnit.HUNDRED_MILLION_YUAN))
        .isEqualTo("0亿元");
    assertThat(ZH.format(Money.of("USD", "150000000"), ReportUnit.HUNDRED_MILLION_YUAN))
        .isEqualTo("1.5亿美元");
    assertThat(ZH.format(Money.of("EUR", "20000"), ReportUnit.TEN_THOUSAND_YUAN)).isEqualTo("2万欧元");
  }

  @Test
  void englishExactFormats() {
    assertThat(EN.format(FENGFAN, ReportUnit.BILLION)).isEqualTo("1.05 billion yuan");
    assertThat(EN.format(FENGFAN, ReportUnit.MILLION)).isEqualTo("1050 million yuan");
    assertThat(EN.format(FENGFAN, ReportUnit.YUAN)).isEqualTo("1050000000 yuan");
    assertThat(EN.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN))
        .isEqualTo("10.5 hundred million yuan");
    assertThat(EN.format(FENGFAN, ReportUnit.TEN_THOUSAND_YUAN))
        .isEqualTo("105000 ten thousand yuan");
    assertThat(EN.format(Money.of("USD", "1200000"), ReportUnit.MILLION))
        .isEqualTo("1.2 million USD");
    assertThat(EN.format(Money.of("CHF", "3"), ReportUnit.YUAN)).isEqualTo("3 CHF");
  }

  @Test
  void roundedFormatsWriteTheScale() {
    assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN, 1, RoundingMode.HALF_UP))
        .isEqualTo("10.5亿元");
    assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN, 2, RoundingMode.HALF_UP))
        .isEqualTo("10.50亿元");
    assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN, 0, RoundingMode.HALF_EVEN))
        .isEqualTo("10亿元");
    assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN, 0, RoundingMode.HALF_UP))
        .isEqualTo("11亿元");
    assertThat(EN.format(FENGFAN, ReportUnit.BILLION, 2, RoundingMode.HALF_UP))
        .isEqualTo("1.05 billion yuan");
    assertThat(EN.format(FENGFAN, ReportUnit.BILLION, 1, RoundingMode.DOWN))
        .isEqualTo("1.0 billion yuan");
    assertThat(EN.format(Money.of("CNY", "-0.4"), ReportUnit.YUAN, 0, RoundingMode.HALF_UP))
        .isEqualTo("0 yuan");
    assertThatThrownBy(() -> EN.format(FENGFAN, ReportUnit.BILLION, 1, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> EN.format(FENGFAN, ReportUnit.BILLION, -1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money format 'scale' must not be negative, but was -1");
  }

  @Test
  void bestUnitIsTheLargestDisplayUnitAtLeastOne() {
    assertThat(ZH.displayUnits())
        .containsExactly(
            ReportUnit.YUAN, ReportUnit.TEN_THOUSAND_YUAN, ReportUnit.HUNDRED_MILLION_YUAN);
    assertThat(EN.displayUnits())
        .containsExactly(ReportUnit.YUAN, ReportUnit.MILLION, ReportUnit.BILLION);
    assertThat(ZH.bestUnit(FENGFAN)).isEqualTo(ReportUnit.HUNDRED_MILLION_YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "99999999.99"))).isEqualTo(ReportUnit.TEN_THOUSAND_YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "100000000")))
        .isEqualTo(ReportUnit.HUNDRED_MILLION_YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "10000"))).isEqualTo(ReportUnit.TEN_THOUSAND_YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "9999.99"))).isEqualTo(ReportUnit.YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "-300000000")))
        .isEqualTo(ReportUnit.HUNDRED_MILLION_YUAN);
    assertThat(ZH.bestUnit(Money.zero(Currencies.CNY))).isEqualTo(ReportUnit.YUAN);
    assertThat(ZH.bestUnit(Money.of("CNY", "0.5"))).isEqualTo(ReportUnit.YUAN);
    assertThat(EN.bestUnit(FENGFAN)).isEqualTo(ReportUnit.BILLION);
    assertThat(EN.bestUnit(Money.of("CNY", "250000000"))).isEqualTo(ReportUnit.MILLION);
    assertThat(EN.bestUnit(Money.of("CNY", "580000"))).isEqualTo(ReportUnit.YUAN);

    assertThat(ZH.format(Money.of("CNY", "58330000000"))).isEqualTo("583.3亿元");
    assertThat(ZH.format(Money.of("CNY", "250000000"), 1, RoundingMode.HALF_UP)).isEqualTo("2.5亿元");
    assertThat(ZH.format(Money.of("CNY", "58000000"))).isEqualTo("5800万元");
    assertThat(EN.format(Money.of("CNY", "58330000000"))).isEqualTo("58.33 billion yuan");
    assertThat(EN.format(Money.of("CNY", "250000000"), 0, RoundingMode.HALF_UP))
        .isEqualTo("250 million yuan");
    assertThat(EN.format(Money.of("CNY", "1234.5"))).isEqualTo("1234.5 yuan");
  }

  @Test
  void grouping() {
    MoneyFormat grouped = EN.withGrouping(true);
    assertThat(grouped.isGrouping()).isTrue();
    assertThat(EN.isGrouping()).isFalse();
    assertThat(grouped.format(FENGFAN, ReportUnit.YUAN)).isEqualTo("1,050,000,000 yuan");
    assertThat(grouped.format(Money.of("CNY", "-1234567.5"), ReportUnit.YUAN))
        .isEqualTo("-1,234,567.5 yuan");
    assertThat(grouped.format(Money.of("CNY", "123"), ReportUnit.YUAN)).isEqualTo("123 yuan");
    assertThat(grouped.format(Money.of("CNY", "-123.45"), ReportUnit.YUAN))
        .isEqualTo("-123.45 yuan");
    assertThat(ZH.withGrouping(true).format(Money.of("CNY", "5800000000"), ReportUnit.YUAN))
        .isEqualTo("5,800,000,000元");
    assertThat(grouped.withGrouping(true)).isSameAs(grouped);
    assertThat(grouped.withGrouping(false)).isEqualTo(EN);
  }

  @Test
  void parsesChineseTextsExactly() {
    assertThat(ZH.parse("10.5亿元")).isEqualTo(Money.of("CNY", "1050000000.00"));
    assertThat(ZH.parse("580000万元")).isEqualTo(Money.of("CNY", "5800000000"));
    assertThat(ZH.parse("45.6亿元")).isEqualTo(Money.of("CNY", "4560000000"));
    assertThat(ZH.parse("583.3亿元")).isEqualTo(Money.of("CNY", "58330000000"));
    assertThat(ZH.parse("1.05十亿元")).isEqualTo(FENGFAN);
    assertThat(ZH.parse("1050百万元")).isEqualTo(FENGFAN);
    assertThat(ZH.parse("1,050,000,000元")).isEqualTo(FENGFAN);
    assertThat(ZH.parse("10.5 亿元")).isEqualTo(FENGFAN);
    assertThat(ZH.parse("-3万元")).isEqualTo(Money.of("CNY", "-30000"));
    assertThat(ZH.parse("1.5亿美元")).isEqualTo(Money.of("USD", "150000000"));
    assertThat(ZH.parse("2万欧元")).isEqualTo(Money.of("EUR", "20000"));
    assertThat(ZH.parse("3港元")).isEqualTo(Money.of("HKD", "3"));
    assertThat(ZH.parse("3日元")).isEqualTo(Money.of("JPY", "3"));
    assertThat(ZH.parse("3英镑")).isEqualTo(Money.of("GBP", "3"));
    assertThat(ZH.parse("0.0000000001亿元")).isEqualTo(Money.of("CNY", "0.01"));
  }

  @Test
  void parsesEnglishTextsExactly() {
    assertThat(EN.parse("16.6 billion yuan")).isEqualTo(Money.of("CNY", "16600000000.00"));
    assertThat(EN.parse("4.56 billion yuan")).isEqualTo(Money.of("CNY", "4560000000"));
    assertThat(EN.parse("1,050,000,000 yuan")).isEqualTo(FENGFAN);
    assertThat(EN.parse("1050000000 yuan")).isEqualTo(FENGFAN);
    assertThat(EN.parse("250 million yuan")).isEqualTo(Money.of("CNY", "250000000"));
    assertThat(EN.parse("1.2 million USD")).isEqualTo(Money.of("USD", "1200000"));
    assertThat(EN.parse("1.05 Billion Yuan")).isEqualTo(FENGFAN);
    assertThat(EN.parse("1.05 billion CNY")).isEqualTo(FENGFAN);
    assertThat(EN.parse("10.5 hundred million yuan")).isEqualTo(FENGFAN);
    assertThat(EN.parse("5 ten thousand yuan")).isEqualTo(Money.of("CNY", "50000"));
    assertThat(EN.parse("-1,234.56 yuan")).isEqualTo(Money.of("CNY", "-1234.56"));
  }

  @Test
  void parseRejectsMalformedTextsQuotingThem() {
    for (String bad :
        List.of(
            "",
            "亿元",
            "10.5亿",
            "10.5亿 元",
            "10.5  亿元",
            "1,05亿元",
            "1050,000元",
            "10.亿元",
            ".5亿元",
            "1e3元",
            "+1元",
            "10.5亿元 ",
            "10.5瑞郎")) {
      assertThatThrownBy(() -> ZH.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was '" + bad + "'");
    }
    for (String bad :
        List.of(
            "1.05billion yuan",
            "1.05 billion",
            "billion yuan",
            "1.05  billion yuan",
            "1.05 thousand yuan",
            "1,0500 yuan",
            "1.05 billion yuan.")) {
      assertThatThrownBy(() -> EN.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> ZH.parse("10.5 billion yuan"))
        .hasMessage(
            "Money text must be a number, an optional multiplier (万, 亿, 百万, 十亿) and a currency"
                + " name (元, 美元, 欧元, 港元, 日元, 英镑), such as '10.5亿元', but was '10.5 billion"
                + " yuan'");
    assertThatThrownBy(() -> EN.parse("10.5亿元"))
        .hasMessage(
            "Money text must be a number, optional words (ten thousand, hundred million, million,"
                + " billion) and 'yuan' or a currency code, such as '1.05 billion yuan', but was"
                + " '10.5亿元'");
  }

  @Test
  void parseRejectsUnknownCurrenciesAndTooManyDecimals() {
    assertThatThrownBy(() -> EN.parse("5 million XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money text '5 million XYZ' names an unknown currency 'XYZ'");
    assertThatThrownBy(() -> EN.parse("5 million usd"))
        .hasMessage("Money text '5 million usd' names an unknown currency 'usd'");
    assertThatThrownBy(() -> EN.parse("5 XAU"))
        .hasMessage(
            "Money text '5 XAU' names currency 'XAU', which has no minor unit and is not money");
    assertThatThrownBy(() -> ZH.parse("0.00000000001亿元"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money text '0.00000000001亿元' has more decimal places than CNY allows (2)");
    assertThatThrownBy(() -> EN.parse("1.5 JPY"))
        .hasMessage("Money text '1.5 JPY' has more decimal places than JPY allows (0)");
  }

  @Test
  void chineseStyleNeedsAChineseCurrencyName() {
    assertThatThrownBy(() -> ZH.format(Money.of("CHF", "1"), ReportUnit.YUAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money format 'chinese' has no name for currency 'CHF'");
  }

  @Test
  void neitherFormattingNorParsingDependsOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.GERMANY, new Locale("ar", "EG"), new Locale("hi", "IN"))) {
        Locale.setDefault(l);
        assertThat(EN.withGrouping(true).format(Money.of("CNY", "1234567.89"), ReportUnit.YUAN))
            .isEqualTo("1,234,567.89 yuan");
        assertThat(ZH.format(FENGFAN, ReportUnit.HUNDRED_MILLION_YUAN, 2, RoundingMode.HALF_UP))
            .isEqualTo("10.50亿元");
        assertThat(EN.parse("1,050,000,000.00 yuan")).isEqualTo(FENGFAN);
        assertThat(EN.parse("1.05 BILLION YUAN")).isEqualTo(FENGFAN);
      }
      Locale.setDefault(new Locale("tr", "TR"));
      assertThat(EN.parse("5 MILLION YUAN")).isEqualTo(Money.of("CNY", "5000000"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void equalsAndToString() {
    new EqualsTester()
        .addEqualityGroup(MoneyFormat.chinese(), ZH.withGrouping(true).withGrouping(false))
        .addEqualityGroup(ZH.withGrouping(true))
        .addEqualityGroup(MoneyFormat.english())
        .addEqualityGroup(EN.withGrouping(true), EN.withGrouping(true))
        .testEquals();
    assertThat(ZH).hasToString("MoneyFormat[chinese]");
    assertThat(EN.withGrouping(true)).hasToString("MoneyFormat[english, grouping]");
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Money.class, Money.of("CNY", "1"))
            .setDefault(Currency.class, Currencies.CNY)
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN)
            .setDefault(String.class, "1元");
    tester.testAllPublicStaticMethods(MoneyFormat.class);
    tester.testAllPublicInstanceMethods(ZH);
    tester.testAllPublicInstanceMethods(EN);
  }
}
