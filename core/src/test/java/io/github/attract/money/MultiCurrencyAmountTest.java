package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MultiCurrencyAmountTest {
  private static final Money CNY_2 = Money.of("CNY", "2");
  private static final Money USD_1 = Money.of("USD", "1");
  private static final Money USD_3 = Money.of("USD", "3");
  private static final Money EUR_5 = Money.of("EUR", "5");

  @Test
  void emptyHoldsNothing() {
    MultiCurrencyAmount empty = MultiCurrencyAmount.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.size()).isZero();
    assertThat(empty.amounts()).isEmpty();
    assertThat(empty.currencies()).isEmpty();
    assertThat(empty.amount(Currencies.CNY)).isEqualTo(Money.zero(Currencies.CNY));
    assertThat(empty.contains(Currencies.CNY)).isFalse();
    assertThat(empty).hasToString("[]");
    assertThat(MultiCurrencyAmount.of()).isSameAs(empty);
  }

  @Test
  void ofAddsSameCurrenciesAndSortsByCode() {
    MultiCurrencyAmount total = MultiCurrencyAmount.of(USD_1, CNY_2, USD_3, EUR_5);
    assertThat(total.amounts()).containsExactly(CNY_2, EUR_5, Money.of("USD", "4"));
    assertThat(total.currencies()).containsExactly(Currencies.CNY, Currencies.EUR, Currencies.USD);
    assertThat(total.size()).isEqualTo(3);
    assertThat(total.amount(Currencies.USD)).isEqualTo(Money.of("USD", "4"));
    assertThat(total.amount(Currencies.HKD)).isEqualTo(Money.zero(Currencies.HKD));
    assertThat(total.contains(Currencies.EUR)).isTrue();
    assertThat(total).hasToString("[CNY 2.00, EUR 5.00, USD 4.00]");
    assertThat(MultiCurrencyAmount.total(List.of(USD_3, EUR_5, CNY_2, USD_1))).isEqualTo(total);
  }

  @Test
  void plusAndCombinedWith() {
    MultiCurrencyAmount a = MultiCurrencyAmount.of(CNY_2, USD_1);
    MultiCurrencyAmount b = MultiCurrencyAmount.of(USD_3, EUR_5);
    MultiCurrencyAmount expected = MultiCurrencyAmount.of(CNY_2, EUR_5, Money.of("USD", "4"));
    assertThat(a.plus(b)).isEqualTo(expected);
    assertThat(a.combinedWith(b)).isEqualTo(expected);
    assertThat(b.combinedWith(a)).isEqualTo(expected);
    assertThat(a.plus(USD_3).plus(EUR_5)).isEqualTo(expected);
    assertThat(a.combinedWith(MultiCurrencyAmount.empty())).isSameAs(a);
    assertThat(MultiCurrencyAmount.empty().combinedWith(a)).isSameAs(a);
  }

  @Test
  void zeroAmountsKeepTheirCurrency() {
    MultiCurrencyAmount zero = MultiCurrencyAmount.of(Money.zero(Currencies.CNY));
    assertThat(zero).isNotEqualTo(MultiCurrencyAmount.empty());
    assertThat(zero).hasToString("[CNY 0.00]");
    MultiCurrencyAmount cancelled = MultiCurrencyAmount.of(USD_1).minus(USD_1);
    assertThat(cancelled.amounts()).containsExactly(Money.zero(Currencies.USD));
  }

  @Test
  void minusAndNegated() {
    MultiCurrencyAmount a = MultiCurrencyAmount.of(CNY_2, USD_1);
    assertThat(a.minus(EUR_5)).isEqualTo(MultiCurrencyAmount.of(CNY_2, USD_1, EUR_5.negated()));
    assertThat(a.negated()).isEqualTo(MultiCurrencyAmount.of(CNY_2.negated(), USD_1.negated()));
    assertThat(a.negated().negated()).isEqualTo(a);
    assertThat(MultiCurrencyAmount.empty().negated()).isSameAs(MultiCurrencyAmount.empty());
  }

  @Test
  void toMoneyNeedsExactlyOneCurrency() {
    assertThat(MultiCurrencyAmount.of(USD_1, USD_3).toMoney()).isEqualTo(Money.of("USD", "4"));
    assertThatThrownBy(() -> MultiCurrencyAmount.of(USD_1, CNY_2).toMoney())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Multi-currency amount must hold exactly one currency to be money, but was"
                + " [CNY 2.00, USD 1.00]");
    assertThatThrownBy(() -> MultiCurrencyAmount.empty().toMoney())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Multi-currency amount must hold exactly one currency to be money, but was []");
  }

  @Test
  void toMoneyInACurrency() {
    assertThat(MultiCurrencyAmount.empty().toMoney(Currencies.CNY))
        .isEqualTo(Money.zero(Currencies.CNY));
    assertThat(MultiCurrencyAmount.of(CNY_2).toMoney(Currencies.CNY)).isEqualTo(CNY_2);
    assertThatThrownBy(() -> MultiCurrencyAmount.of(CNY_2, USD_1).toMoney(Currencies.CNY))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: CNY/USD");
  }

  @Test
  void collectorGivesTheSameTotalSequentiallyAndInParallel() {
    List<Money> amounts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      amounts.add(Money.ofMinor(i % 3 == 0 ? Currencies.USD : Currencies.CNY, i));
      if (i % 7 == 0) {
        amounts.add(Money.ofMinor(Currencies.EUR, -i));
      }
    }
    MultiCurrencyAmount sequential =
        amounts.stream().collect(MultiCurrencyAmount.toMultiCurrencyAmount());
    MultiCurrencyAmount parallel =
        amounts.parallelStream().collect(MultiCurrencyAmount.toMultiCurrencyAmount());
    List<Money> shuffled = new ArrayList<>(amounts);
    Collections.reverse(shuffled);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(MultiCurrencyAmount.total(shuffled)).isEqualTo(sequential);
    assertThat(sequential.amount(Currencies.CNY))
        .isEqualTo(
            Money.total(
                Currencies.CNY, amounts.stream().filter(m -> m.isIn(Currencies.CNY)).toList()));
    assertThat(Stream.<Money>empty().collect(MultiCurrencyAmount.toMultiCurrencyAmount()))
        .isSameAs(MultiCurrencyAmount.empty());
  }

  @Test
  void convertedToConvertsEachAmountOnceAndAdds() {
    ExchangeRateTable rates =
        ExchangeRateTable.of(
            ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24"),
            ExchangeRate.parse("EUR/CNY 7.5 on 2023-02-01"));
    LocalDate on = LocalDate.of(2023, 12, 31);
    MultiCurrencyAmount total =
        MultiCurrencyAmount.of(Money.of("CNY", "100"), Money.of("USD", "0.01"), EUR_5);
    // 100 + 0.071234 -> 0.07 + 37.50
    assertThat(total.convertedTo(Currencies.CNY, rates, on, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("CNY", "137.57"));
    assertThat(total.convertedTo(Currencies.CNY, rates, on, RoundingMode.UP))
        .isEqualTo(Money.of("CNY", "137.58"));
    assertThat(
            MultiCurrencyAmount.empty()
                .convertedTo(Currencies.USD, rates, on, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.zero(Currencies.USD));
    assertThatThrownBy(() -> total.convertedTo(Currencies.USD, rates, on, RoundingMode.HALF_EVEN))
        .isInstanceOf(ExchangeRateNotFoundException.class)
        .hasMessage("Exchange rate table has no rate 'CNY/USD' in force on 2023-12-31");
  }

  @Test
  void equalsIgnoresInsertionOrder() {
    new EqualsTester()
        .addEqualityGroup(
            MultiCurrencyAmount.of(USD_1, CNY_2),
            MultiCurrencyAmount.of(CNY_2, USD_1),
            MultiCurrencyAmount.empty().plus(USD_1).plus(CNY_2),
            MultiCurrencyAmount.of(CNY_2, Money.of("USD", "0.40"), Money.of("USD", "0.60")))
        .addEqualityGroup(MultiCurrencyAmount.of(USD_1))
        .addEqualityGroup(MultiCurrencyAmount.empty(), MultiCurrencyAmount.total(List.of()))
        .addEqualityGroup(MultiCurrencyAmount.of(Money.zero(Currencies.USD)))
        .testEquals();
  }

  @Test
  void serializesToAnEqualValue() {
    MultiCurrencyAmount total = MultiCurrencyAmount.of(USD_1, CNY_2, EUR_5);
    MultiCurrencyAmount copy = SerializableTester.reserializeAndAssert(total);
    assertThat(copy.amounts()).containsExactly(CNY_2, EUR_5, USD_1);
    assertThat(SerializableTester.reserialize(MultiCurrencyAmount.empty()))
        .isSameAs(MultiCurrencyAmount.empty());
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Currency.class, Currencies.CNY)
            .setDefault(Money.class, CNY_2)
            .setDefault(LocalDate.class, LocalDate.of(2023, 4, 24))
            .setDefault(ExchangeRateTable.class, ExchangeRateTable.empty())
            .setDefault(MultiCurrencyAmount.class, MultiCurrencyAmount.of(USD_1))
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(MultiCurrencyAmount.class);
    tester.testAllPublicInstanceMethods(MultiCurrencyAmount.of(CNY_2));
    tester.testAllPublicInstanceMethods(MultiCurrencyAmount.empty());
  }

  @Test
  void deserializationRejectsAmountsUnderAnotherCode() {
    assertThatThrownBy(
            () ->
                reserializeWith(
                    MultiCurrencyAmount.of(CNY_2), "amounts", ImmutableSortedMap.of("USD", CNY_2)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage(
            "Invalid serialized MultiCurrencyAmount: amounts are not keyed by their currency codes");
  }

  private static Object reserializeWith(Object value, String field, Object fieldValue)
      throws Exception {
    Field f = value.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(value, fieldValue);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
