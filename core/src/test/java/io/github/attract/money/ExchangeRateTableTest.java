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

class ExchangeRateTableTest {
  private static final ExchangeRate USD_CNY_JAN = ExchangeRate.parse("USD/CNY 6.9 on 2023-01-03");
  private static final ExchangeRate USD_CNY_APR =
      ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24");
  private static final ExchangeRate EUR_CNY_FEB = ExchangeRate.parse("EUR/CNY 7.5 on 2023-02-01");
  private static final ExchangeRate CNY_USD_MAR = ExchangeRate.parse("CNY/USD 0.14 on 2023-03-01");
  private static final ExchangeRateTable TABLE =
      ExchangeRateTable.of(USD_CNY_APR, EUR_CNY_FEB, USD_CNY_JAN);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void ratesAreSortedByPairAndDate() {
    assertThat(TABLE.rates()).containsExactly(EUR_CNY_FEB, USD_CNY_JAN, USD_CNY_APR);
    assertThat(TABLE)
        .hasToString(
            "ExchangeRateTable[EUR/CNY 7.5 on 2023-02-01, USD/CNY 6.9 on 2023-01-03,"
                + " USD/CNY 7.1234 on 2023-04-24]");
    assertThat(ExchangeRateTable.empty().rates()).isEmpty();
    assertThat(ExchangeRateTable.of(List.of())).isEqualTo(ExchangeRateTable.empty());
  }

  @Test
  void rateInForceIsTheLatestOnOrBeforeTheDate() {
    Currency usd = Currencies.USD;
    Currency cny = Currencies.CNY;
    assertThat(TABLE.findRate(usd, cny, day("2023-01-02"))).isEmpty();
    assertThat(TABLE.findRate(usd, cny, day("2023-01-03"))).contains(USD_CNY_JAN);
    assertThat(TABLE.findRate(usd, cny, day("2023-04-23"))).contains(USD_CNY_JAN);
    assertThat(TABLE.findRate(usd, cny, day("2023-04-24"))).contains(USD_CNY_APR);
    assertThat(TABLE.findRate(usd, cny, day("2030-01-01"))).contains(USD_CNY_APR);
    assertThat(TABLE.findRate(cny, usd, day("2023-05-01"))).isEmpty();
    assertThat(TABLE.findRate(cny, cny, day("2023-05-01")))
        .contains(ExchangeRate.identity(cny, day("2023-05-01")));
  }

  @Test
  void convertUsesTheRateInForceAndRecordsIt() {
    Conversion c =
        TABLE.convert(
            Money.of("USD", "100"), Currencies.CNY, day("2023-04-30"), RoundingMode.HALF_EVEN);
    assertThat(c.source()).isEqualTo(Money.of("USD", "100"));
    assertThat(c.converted()).isEqualTo(Money.of("CNY", "712.34"));
    assertThat(c.rate()).isEqualTo(USD_CNY_APR);
    assertThat(c.rate().date()).isEqualTo(day("2023-04-24"));
    assertThat(c.asOf()).isEqualTo(day("2023-04-30"));
    assertThat(c.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(c.target()).isEqualTo(Currencies.CNY);
    assertThat(c.isInverse()).isFalse();

    Conversion march =
        TABLE.convert(
            Money.of("USD", "100"), Currencies.CNY, day("2023-03-31"), RoundingMode.HALF_EVEN);
    assertThat(march.converted()).isEqualTo(Money.of("CNY", "690.00"));
    assertThat(march.rate()).isEqualTo(USD_CNY_JAN);
  }

  @Test
  void sameCurrencyConversionIsTheIdentity() {
    Money m = Money.of("CNY", "1050000000");
    Conversion c =
        ExchangeRateTable.empty()
            .convert(m, Currencies.CNY, day("2023-04-30"), RoundingMode.UNNECESSARY);
    assertThat(c.converted()).isEqualTo(m);
    assertThat(c.rate().rate()).isEqualTo(BigDecimal.ONE);
    assertThat(c.rate().isIdentity()).isTrue();
    assertThat(c.rate().date()).isEqualTo(day("2023-04-30"));
    assertThat(c.isInverse()).isFalse();
    assertThat(c.target()).isEqualTo(Currencies.CNY);
  }

  @Test
  void missingRateNamesThePairAndDate() {
    assertThatThrownBy(
            () ->
                TABLE.convert(
                    Money.of("CNY", "1"),
                    Currencies.USD,
                    day("2023-04-24"),
                    RoundingMode.HALF_EVEN))
        .isInstanceOfSatisfying(
            ExchangeRateNotFoundException.class,
            e -> {
              assertThat(e.from()).isEqualTo(Currencies.CNY);
              assertThat(e.to()).isEqualTo(Currencies.USD);
              assertThat(e.date()).isEqualTo(day("2023-04-24"));
            })
        .hasMessage("Exchange rate table has no rate 'CNY/USD' in force on 2023-04-24");
    assertThatThrownBy(
            () ->
                TABLE.convert(
                    Money.of("USD", "1"),
                    Currencies.CNY,
                    day("2022-12-31"),
                    RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Exchange rate table has no rate 'USD/CNY' in force on 2022-12-31; the earliest"
                + " 'USD/CNY' is on 2023-01-03");
    assertThatThrownBy(
            () ->
                TABLE
                    .derivingInverses()
                    .convert(
                        Money.of("HKD", "1"),
                        Currencies.CNY,
                        day("2023-04-24"),
                        RoundingMode.HALF_EVEN))
        .hasMessage(
            "Exchange rate table has no rate 'HKD/CNY' or 'CNY/HKD' in force on 2023-04-24");
  }

  @Test
  void inversesAreUsedOnlyWhenAskedAndDivideExactly() {
    assertThat(TABLE.isDerivingInverses()).isFalse();
    ExchangeRateTable both = TABLE.derivingInverses();
    assertThat(both.isDerivingInverses()).isTrue();
    assertThat(both.derivingInverses()).isSameAs(both);
    assertThat(both.rates()).isEqualTo(TABLE.rates());

    Conversion c =
        both.convert(
            Money.of("CNY", "712.34"), Currencies.USD, day("2023-04-30"), RoundingMode.UNNECESSARY);
    assertThat(c.converted()).isEqualTo(Money.of("USD", "100.00"));
    assertThat(c.rate()).isEqualTo(USD_CNY_APR);
    assertThat(c.isInverse()).isTrue();
    assertThat(c.target()).isEqualTo(Currencies.USD);
    assertThat(c)
        .hasToString(
            "CNY 712.34 -> USD 100.00 at USD/CNY 7.1234 on 2023-04-24 inverted"
                + " (as of 2023-04-30, UNNECESSARY)");

    Conversion rounded =
        both.convert(
            Money.of("CNY", "1000"), Currencies.USD, day("2023-04-30"), RoundingMode.HALF_EVEN);
    assertThat(rounded.converted()).isEqualTo(Money.of("USD", "140.38"));
  }

  @Test
  void withInversesTheLaterQuoteWinsAndTheDirectOneOnATie() {
    ExchangeRateTable both = TABLE.withRate(CNY_USD_MAR).derivingInverses();
    // Direct CNY/USD of March against inverse USD/CNY of January and April.
    assertThat(both.findRate(Currencies.CNY, Currencies.USD, day("2023-02-01")))
        .contains(USD_CNY_JAN);
    assertThat(both.findRate(Currencies.CNY, Currencies.USD, day("2023-03-01")))
        .contains(CNY_USD_MAR);
    assertThat(both.findRate(Currencies.CNY, Currencies.USD, day("2023-04-24")))
        .contains(USD_CNY_APR);
    // USD to CNY: direct USD/CNY April beats inverse CNY/USD March.
    assertThat(both.findRate(Currencies.USD, Currencies.CNY, day("2023-03-15")))
        .contains(CNY_USD_MAR);
    assertThat(both.findRate(Currencies.USD, Currencies.CNY, day("2023-04-24")))
        .contains(USD_CNY_APR);

    ExchangeRate cnyUsdSameDay = ExchangeRate.parse("CNY/USD 0.15 on 2023-04-24");
    ExchangeRateTable tie = TABLE.withRate(cnyUsdSameDay).derivingInverses();
    assertThat(tie.findRate(Currencies.CNY, Currencies.USD, day("2023-04-24")))
        .contains(cnyUsdSameDay);
    assertThat(tie.findRate(Currencies.USD, Currencies.CNY, day("2023-04-24")))
        .contains(USD_CNY_APR);
  }

  @Test
  void rejectsConflictingAndSameCurrencyRates() {
    assertThatThrownBy(() -> TABLE.withRate(ExchangeRate.parse("USD/CNY 7.2 on 2023-04-24")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Exchange rate table has two rates for 'USD/CNY' on 2023-04-24: 7.1234 and 7.2");
    assertThatThrownBy(
            () -> ExchangeRateTable.of(ExchangeRate.identity(Currencies.CNY, day("2023-01-01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Exchange rate table must not hold a rate from a currency to itself, but got"
                + " 'CNY/CNY 1 on 2023-01-01'");
    assertThat(TABLE.withRate(ExchangeRate.parse("USD/CNY 7.12340 on 2023-04-24")))
        .isEqualTo(TABLE);
  }

  @Test
  void withRateKeepsTheInverseSetting() {
    ExchangeRateTable t = ExchangeRateTable.empty().derivingInverses().withRate(USD_CNY_JAN);
    assertThat(t.isDerivingInverses()).isTrue();
    assertThat(t.rates()).containsExactly(USD_CNY_JAN);
    assertThat(TABLE.withRate(CNY_USD_MAR).rates())
        .containsExactly(CNY_USD_MAR, EUR_CNY_FEB, USD_CNY_JAN, USD_CNY_APR);
  }

  @Test
  void equalsIgnoresInputOrder() {
    new EqualsTester()
        .addEqualityGroup(
            TABLE,
            ExchangeRateTable.of(USD_CNY_JAN, USD_CNY_APR, EUR_CNY_FEB),
            ExchangeRateTable.of(List.of(EUR_CNY_FEB, USD_CNY_APR, USD_CNY_JAN, USD_CNY_JAN)),
            ExchangeRateTable.empty()
                .withRate(EUR_CNY_FEB)
                .withRate(USD_CNY_APR)
                .withRate(USD_CNY_JAN))
        .addEqualityGroup(TABLE.derivingInverses())
        .addEqualityGroup(ExchangeRateTable.empty(), ExchangeRateTable.of())
        .addEqualityGroup(ExchangeRateTable.of(USD_CNY_JAN))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Currency.class, Currencies.USD)
            .setDefault(Money.class, Money.of("USD", "1"))
            .setDefault(LocalDate.class, day("2023-04-24"))
            .setDefault(ExchangeRate.class, USD_CNY_JAN)
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(ExchangeRateTable.class);
    tester.testAllPublicInstanceMethods(TABLE);
    tester.testAllPublicInstanceMethods(TABLE.derivingInverses());
    tester.testAllPublicStaticMethods(ExchangeRateNotFoundException.class);
  }
}
