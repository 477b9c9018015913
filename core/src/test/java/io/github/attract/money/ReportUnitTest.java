package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ReportUnitTest {
  @Test
  void factorsAreExactPowersOfTen() {
    assertThat(ReportUnit.YUAN.factor()).isEqualTo(new BigDecimal("1"));
    assertThat(ReportUnit.TEN_THOUSAND_YUAN.factor()).isEqualTo(new BigDecimal("10000"));
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.factor()).isEqualTo(new BigDecimal("100000000"));
    assertThat(ReportUnit.MILLION.factor()).isEqualTo(new BigDecimal("1000000"));
    assertThat(ReportUnit.BILLION.factor()).isEqualTo(new BigDecimal("1000000000"));
    for (ReportUnit u : ReportUnit.values()) {
      assertThat(u.factor()).isEqualTo(BigDecimal.TEN.pow(u.powerOfTen()));
    }
  }

  @Test
  void codesRoundTrip() {
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.code()).isEqualTo("hundred-million-yuan");
    assertThat(ReportUnit.TEN_THOUSAND_YUAN.toString()).isEqualTo("ten-thousand-yuan");
    for (ReportUnit u : ReportUnit.values()) {
      assertThat(ReportUnit.ofCode(u.code())).isSameAs(u);
    }
    assertThatThrownBy(() -> ReportUnit.ofCode("BILLION"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown report unit 'BILLION'");
  }

  @Test
  void labels() {
    assertThat(ReportUnit.YUAN.chinesePrefix()).isEmpty();
    assertThat(ReportUnit.TEN_THOUSAND_YUAN.chinesePrefix()).isEqualTo("万");
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.chinesePrefix()).isEqualTo("亿");
    assertThat(ReportUnit.MILLION.chinesePrefix()).isEqualTo("百万");
    assertThat(ReportUnit.BILLION.chinesePrefix()).isEqualTo("十亿");
    assertThat(ReportUnit.YUAN.englishWords()).isEmpty();
    assertThat(ReportUnit.BILLION.englishWords()).isEqualTo("billion");
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.englishWords()).isEqualTo("hundred million");
  }

  @Test
  void amountOfIsExactAndPlain() {
    Money m = Money.of("CNY", "1050000000.00");
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.amountOf(m)).isEqualTo(new BigDecimal("10.5"));
    assertThat(ReportUnit.BILLION.amountOf(m)).isEqualTo(new BigDecimal("1.05"));
    assertThat(ReportUnit.TEN_THOUSAND_YUAN.amountOf(m)).isEqualTo(new BigDecimal("105000"));
    assertThat(ReportUnit.YUAN.amountOf(m)).isEqualTo(new BigDecimal("1050000000"));
    assertThat(ReportUnit.BILLION.amountOf(Money.of("CNY", "0.01")))
        .isEqualTo(new BigDecimal("0.00000000001"));
    assertThat(ReportUnit.BILLION.amountOf(Money.zero(Currencies.CNY))).isEqualTo(BigDecimal.ZERO);
    assertThat(ReportUnit.MILLION.amountOf(Money.of("USD", "-1200000")))
        .isEqualTo(new BigDecimal("-1.2"));
  }

  @Test
  void toMoneyIsExact() {
    Currency cny = Currencies.CNY;
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.toMoney(cny, new BigDecimal("10.5")))
        .isEqualTo(Money.of("CNY", "1050000000.00"));
    assertThat(ReportUnit.BILLION.toMoney(cny, new BigDecimal("16.6")))
        .isEqualTo(Money.of("CNY", "16600000000"));
    assertThat(ReportUnit.HUNDRED_MILLION_YUAN.toMoney(cny, new BigDecimal("0.0000000001")))
        .isEqualTo(Money.of("CNY", "0.01"));
    assertThatThrownBy(
            () -> ReportUnit.HUNDRED_MILLION_YUAN.toMoney(cny, new BigDecimal("0.00000000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money 'amount' 0.001 has more decimal places than CNY allows (2)");
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Money.class, Money.of("CNY", "1"))
            .setDefault(Currency.class, Currencies.CNY)
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(ReportUnit.class);
    tester.testAllPublicInstanceMethods(ReportUnit.BILLION);
  }
}
