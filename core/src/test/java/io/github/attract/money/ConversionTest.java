package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConversionTest {
  private static final ExchangeRate USD_CNY = ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24");
  private static final LocalDate APRIL_30 = LocalDate.of(2023, 4, 30);

  private static Conversion conversion(Money source, RoundingMode rounding) {
    return Conversion.builder()
        .source(source)
        .rate(USD_CNY)
        .rounding(rounding)
        .asOf(APRIL_30)
        .build();
  }

  @Test
  void convertedMoneyFollowsFromTheParts() {
    Conversion c = conversion(Money.of("USD", "0.01"), RoundingMode.UP);
    assertThat(c.converted()).isEqualTo(Money.of("CNY", "0.08"));
    assertThat(c.target()).isEqualTo(Currencies.CNY);
    assertThat(c.isInverse()).isFalse();
    assertThat(c)
        .hasToString("USD 0.01 -> CNY 0.08 at USD/CNY 7.1234 on 2023-04-24 (as of 2023-04-30, UP)");

    Conversion inverse = conversion(Money.of("CNY", "1000"), RoundingMode.DOWN);
    assertThat(inverse.converted()).isEqualTo(Money.of("USD", "140.38"));
    assertThat(inverse.isInverse()).isTrue();
    assertThat(inverse.target()).isEqualTo(Currencies.USD);
  }

  @Test
  void agreesWithTheTable() {
    ExchangeRateTable table = ExchangeRateTable.of(USD_CNY);
    Money usd = Money.of("USD", "250000000");
    assertThat(table.convert(usd, Currencies.CNY, APRIL_30, RoundingMode.HALF_EVEN))
        .isEqualTo(conversion(usd, RoundingMode.HALF_EVEN));
  }

  @Test
  void sourceMustBeInACurrencyOfTheRate() {
    assertThatThrownBy(() -> conversion(Money.of("EUR", "1"), RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Conversion 'source' must be in a currency of rate 'USD/CNY 7.1234 on 2023-04-24',"
                + " but was EUR 1.00");
  }

  @Test
  void rateMustNotBeDatedAfterAsOf() {
    assertThatThrownBy(
            () ->
                Conversion.builder()
                    .source(Money.of("USD", "1"))
                    .rate(USD_CNY)
                    .rounding(RoundingMode.HALF_EVEN)
                    .asOf(LocalDate.of(2023, 4, 23))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Conversion 'rate' must be dated on or before 'asOf', but 2023-04-24 > 2023-04-23");
  }

  @Test
  void unnecessaryRoundingFailsAtConstruction() {
    assertThatThrownBy(() -> conversion(Money.of("USD", "0.01"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void incompleteBuilderThrowsIllegalState() {
    assertThatThrownBy(() -> Conversion.builder().rate(USD_CNY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("source");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            conversion(Money.of("USD", "1"), RoundingMode.HALF_EVEN),
            conversion(Money.of("USD", "1.00"), RoundingMode.HALF_EVEN))
        .addEqualityGroup(conversion(Money.of("USD", "1"), RoundingMode.HALF_UP))
        .addEqualityGroup(conversion(Money.of("USD", "2"), RoundingMode.HALF_EVEN))
        .addEqualityGroup(conversion(Money.of("CNY", "1"), RoundingMode.HALF_EVEN))
        .addEqualityGroup(
            Conversion.builder()
                .source(Money.of("USD", "1"))
                .rate(USD_CNY)
                .rounding(RoundingMode.HALF_EVEN)
                .asOf(APRIL_30.plusDays(1))
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Money.class, Money.of("USD", "1"))
            .setDefault(ExchangeRate.class, USD_CNY)
            .setDefault(LocalDate.class, APRIL_30)
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(Conversion.class);
    tester.testAllPublicInstanceMethods(conversion(Money.of("USD", "1"), RoundingMode.HALF_EVEN));
    tester.testAllPublicInstanceMethods(Conversion.builder());
  }
}
