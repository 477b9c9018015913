package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final LocalDate APRIL_24 = LocalDate.of(2023, 4, 24);

  private static ExchangeRate usdCny(String rate) {
    return ExchangeRate.builder()
        .from(Currencies.USD)
        .to(Currencies.CNY)
        .rate(new BigDecimal(rate))
        .date(APRIL_24)
        .build();
  }

  @Test
  void builderSetsEveryAttribute() {
    ExchangeRate r = usdCny("7.1234");
    assertThat(r.from()).isEqualTo(Currencies.USD);
    assertThat(r.to()).isEqualTo(Currencies.CNY);
    assertThat(r.rate()).isEqualTo(new BigDecimal("7.1234"));
    assertThat(r.date()).isEqualTo(APRIL_24);
    assertThat(r.isIdentity()).isFalse();
    assertThat(r).hasToString("USD/CNY 7.1234 on 2023-04-24");
  }

  @Test
  void rateIsNormalised() {
    assertThat(usdCny("7.1000").rate()).isEqualTo(new BigDecimal("7.1"));
    assertThat(usdCny("7.1000")).isEqualTo(usdCny("7.1"));
    assertThat(usdCny("7E+1").rate()).isEqualTo(new BigDecimal("70"));
    assertThat(usdCny("7E+1")).hasToString("USD/CNY 70 on 2023-04-24");
  }

  @Test
  void incompleteBuilderThrowsIllegalState() {
    assertThatThrownBy(() -> ExchangeRate.builder().from(Currencies.USD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("to")
        .hasMessageContaining("rate")
        .hasMessageContaining("date");
  }

  @Test
  void rateMustBePositive() {
    assertThatThrownBy(() -> usdCny("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Exchange rate 'USD/CNY' on 2023-04-24 must be positive, but was 0");
    assertThatThrownBy(() -> usdCny("-7.1"))
        .hasMessage("Exchange rate 'USD/CNY' on 2023-04-24 must be positive, but was -7.1");
  }

  @Test
  void identityRatesMustBeOne() {
    ExchangeRate id = ExchangeRate.identity(Currencies.CNY, APRIL_24);
    assertThat(id.isIdentity()).isTrue();
    assertThat(id.rate()).isEqualTo(BigDecimal.ONE);
    assertThat(id).hasToString("CNY/CNY 1 on 2023-04-24");
    assertThatThrownBy(
            () ->
                ExchangeRate.builder()
                    .from(Currencies.CNY)
                    .to(Currencies.CNY)
                    .rate(new BigDecimal("2"))
                    .date(APRIL_24)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Exchange rate 'CNY/CNY' on 2023-04-24 must be 1 between a currency and itself,"
                + " but was 2");
  }

  @Test
  void currenciesMustBeMoney() {
    assertThatThrownBy(
            () ->
                ExchangeRate.builder()
                    .from(Currency.getInstance("XAU"))
                    .to(Currencies.USD)
                    .rate(BigDecimal.TEN)
                    .date(APRIL_24)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currency 'XAU' has no minor unit and is not money");
  }

  @Test
  void parseIsTheInverseOfToString() {
    ExchangeRate r = usdCny("7.1234");
    assertThat(ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24")).isEqualTo(r);
    assertThat(ExchangeRate.parse(r.toString())).isEqualTo(r);
    assertThat(ExchangeRate.parse("USD/CNY 7.10 on 2023-04-24")).isEqualTo(usdCny("7.1"));
  }

  @Test
  void parseRejectsMalformedTexts() {
    for (String bad :
        List.of(
            "USD/CNY 7.1",
            "USD-CNY 7.1 on 2023-04-24",
            "usd/CNY 7.1 on 2023-04-24",
            "USD/CNY 7,1 on 2023-04-24",
            "USD/CNY -7.1 on 2023-04-24",
            "USD/CNY 7.1 on 2023-02-30",
            "USD/CNY 7.1 on 24.04.2023")) {
      assertThatThrownBy(() -> ExchangeRate.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Exchange rate text must look like 'USD/CNY 7.1234 on 2023-04-24', but was '"
                  + bad
                  + "'");
    }
    assertThatThrownBy(() -> ExchangeRate.parse("USD/XYZ 7.1 on 2023-04-24"))
        .hasMessage("Unknown currency 'XYZ'");
    assertThatThrownBy(() -> ExchangeRate.parse("USD/CNY 0 on 2023-04-24"))
        .hasMessage("Exchange rate 'USD/CNY' on 2023-04-24 must be positive, but was 0");
  }

  @Test
  void convertMultipliesAndRoundsOnce() {
    ExchangeRate r = usdCny("7.1234");
    assertThat(r.convert(Money.of("USD", "100"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("CNY", "712.34"));
    assertThat(r.convert(Money.of("USD", "0.01"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("CNY", "0.07"));
    assertThat(r.convert(Money.of("USD", "0.01"), RoundingMode.DOWN))
        .isEqualTo(Money.of("CNY", "0.07"));
    assertThat(r.convert(Money.of("USD", "0.01"), RoundingMode.UP))
        .isEqualTo(Money.of("CNY", "0.08"));
    assertThatThrownBy(() -> r.convert(Money.of("USD", "0.01"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> r.convert(Money.of("CNY", "1"), RoundingMode.HALF_EVEN))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/CNY");
  }

  @Test
  void convertInverseDividesAndRoundsOnce() {
    ExchangeRate r = usdCny("7.1234");
    // 712.34 / 7.1234 = 100 exactly; 1000 / 7.1234 = 140.3823...
    assertThat(r.convertInverse(Money.of("CNY", "712.34"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("USD", "100"));
    assertThat(r.convertInverse(Money.of("CNY", "1000"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "140.38"));
    assertThat(r.convertInverse(Money.of("CNY", "1000"), RoundingMode.UP))
        .isEqualTo(Money.of("USD", "140.39"));
    assertThatThrownBy(() -> r.convertInverse(Money.of("USD", "1"), RoundingMode.HALF_EVEN))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: CNY/USD");
    ExchangeRate usdJpy = ExchangeRate.parse("USD/JPY 133.5 on 2023-04-24");
    assertThat(usdJpy.convert(Money.of("USD", "1.01"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("JPY", "135"));
    assertThat(usdJpy.convertInverse(Money.of("JPY", "1000"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "7.49"));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            usdCny("7.1234"), usdCny("7.12340"), ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24"))
        .addEqualityGroup(usdCny("7.1235"))
        .addEqualityGroup(ExchangeRate.parse("CNY/USD 7.1234 on 2023-04-24"))
        .addEqualityGroup(ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-25"))
        .addEqualityGroup(ExchangeRate.parse("USD/HKD 7.1234 on 2023-04-24"))
        .addEqualityGroup(ExchangeRate.identity(Currencies.CNY, APRIL_24))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Currency.class, Currencies.USD)
            .setDefault(Money.class, Money.of("USD", "1"))
            .setDefault(LocalDate.class, APRIL_24)
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(ExchangeRate.class);
    tester.testAllPublicInstanceMethods(usdCny("7.1"));
    tester.testAllPublicInstanceMethods(ExchangeRate.builder());
  }
}
