package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Boundaries of the money types that the main tests pass over. */
class MoneyEdgeCasesTest {
  private static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void trailingZerosBeyondTheScaleAreDropped() {
    // 1.230 has three decimal places but its value has two, CNY's scale.
    assertThat(Money.of(CNY, new BigDecimal("1.230"))).hasToString("CNY 1.23");
    assertThat(Money.of(CNY, new BigDecimal("-7.5000"))).hasToString("CNY -7.50");
    assertThatThrownBy(() -> Money.of(CNY, new BigDecimal("1.235")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.235");
  }

  @Test
  void toStringPutsTheDecimalPointWhereTheScaleSays() {
    // Amounts whose minor units have fewer, as many and more digits than the scale.
    assertThat(Money.parse("CNY 0.05")).hasToString("CNY 0.05");
    assertThat(Money.parse("CNY 0.5")).hasToString("CNY 0.50");
    assertThat(Money.parse("CNY -0.50")).hasToString("CNY -0.50");
    assertThat(Money.parse("CNY -0.05")).hasToString("CNY -0.05");
    assertThat(Money.parse("CNY 1.05")).hasToString("CNY 1.05");
    assertThat(Money.parse("CNY -12.34")).hasToString("CNY -12.34");
    assertThat(Money.parse("BHD 0.125")).hasToString("BHD 0.125");
    assertThat(Money.parse("BHD 0.005")).hasToString("BHD 0.005");
    assertThat(Money.parse("JPY 500")).hasToString("JPY 500");
  }

  @Test
  void anExplicitPlusSignIsRead() {
    assertThat(Money.parse("CNY +5.00")).isEqualTo(Money.parse("CNY 5.00"));
    assertThatThrownBy(() -> Money.parse("CNY 5+00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money amount is not a plain decimal: 'CNY 5+00'");
  }

  @Test
  void currencyCodesMayUseEveryCapitalLetter() {
    assertThat(Currencies.of("AUD").getCurrencyCode()).isEqualTo("AUD");
    assertThat(Currencies.of("ZAR").getCurrencyCode()).isEqualTo("ZAR");
    assertThatThrownBy(() -> Currencies.of("@UD")).hasMessage("Unknown currency '@UD'");
    assertThatThrownBy(() -> Currencies.of("[AR")).hasMessage("Unknown currency '[AR'");
  }

  @Test
  void ratesFromOneCurrencyAreSortedByTarget() {
    ExchangeRate toUsd = ExchangeRate.parse("CNY/USD 0.14 on 2023-03-01");
    ExchangeRate toEur = ExchangeRate.parse("CNY/EUR 0.13 on 2023-03-01");
    ExchangeRate toJpy = ExchangeRate.parse("CNY/JPY 19.5 on 2023-03-01");
    assertThat(ExchangeRateTable.of(toUsd, toJpy, toEur).rates())
        .containsExactly(toEur, toJpy, toUsd);
    assertThat(
            ExchangeRateTable.of(toUsd, toJpy, toEur)
                .findRate(CNY, Currency.getInstance("JPY"), LocalDate.parse("2023-03-02")))
        .contains(toJpy);
  }
}
