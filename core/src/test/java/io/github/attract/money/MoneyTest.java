package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency CNY = Currencies.CNY;
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void ofNormalisesToTheCurrencyScale() {
    assertThat(Money.of(CNY, new BigDecimal("1.5")).amount()).isEqualTo(new BigDecimal("1.50"));
    assertThat(Money.of(CNY, new BigDecimal("1.500"))).isEqualTo(Money.of("CNY", "1.5"));
    assertThat(Money.of(CNY, new BigDecimal("1E+3")).toString()).isEqualTo("CNY 1000.00");
    assertThat(Money.of(JPY, new BigDecimal("12")).toString()).isEqualTo("JPY 12");
    assertThat(Money.of(CNY, BigDecimal.ONE).scale()).isEqualTo(2);
  }

  @Test
  void ofRejectsTooManyDecimalPlaces() {
    assertThatThrownBy(() -> Money.of(CNY, new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money 'amount' 1.005 has more decimal places than CNY allows (2)");
    assertThatThrownBy(() -> Money.of(JPY, new BigDecimal("1.5")))
        .hasMessage("Money 'amount' 1.5 has more decimal places than JPY allows (0)");
  }

  @Test
  void ofRejectsCurrenciesWithoutMinorUnit() {
    assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currency 'XAU' has no minor unit and is not money");
  }

  @Test
  void ofWithRoundingRounds() {
    assertThat(Money.of(CNY, new BigDecimal("1.005"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("CNY", "1.00"));
    assertThat(Money.of(CNY, new BigDecimal("1.005"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("CNY", "1.01"));
    assertThatThrownBy(() -> Money.of(CNY, new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ofCodeAndText() {
    assertThat(Money.of("USD", "25.95")).isEqualTo(Money.ofMinor(Currencies.USD, 2595));
    assertThatThrownBy(() -> Money.of("CNY", "1e5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money amount is not a plain decimal: '1e5'");
    assertThatThrownBy(() -> Money.of("XYZ", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown currency 'XYZ'");
  }

  @Test
  void majorAndMinorFactories() {
    assertThat(Money.ofMajor(CNY, 1_050_000_000L).toString()).isEqualTo("CNY 1050000000.00");
    assertThat(Money.ofMinor(CNY, 105).toString()).isEqualTo("CNY 1.05");
    assertThat(Money.ofMinor(CNY, -1).toString()).isEqualTo("CNY -0.01");
    assertThat(Money.ofMinor(CNY, BigInteger.valueOf(105))).isEqualTo(Money.ofMinor(CNY, 105));
    assertThat(Money.ofMinor(JPY, 105).toString()).isEqualTo("JPY 105");
    assertThat(Money.zero(CNY).toString()).isEqualTo("CNY 0.00");
    assertThat(Money.zero(CNY).isZero()).isTrue();
  }

  @Test
  void minorUnitsAtTheEdgesOfLong() {
    Money max = Money.ofMinor(CNY, Long.MAX_VALUE);
    Money min = Money.ofMinor(CNY, Long.MIN_VALUE);
    assertThat(max.toString()).isEqualTo("CNY 92233720368547758.07");
    assertThat(max.minorUnitsFitLong()).isTrue();
    assertThat(max.minorUnitsExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(min.minorUnitsFitLong()).isTrue();
    assertThat(min.minorUnitsExact()).isEqualTo(Long.MIN_VALUE);
    assertThat(max.minorUnits()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));

    Money above = max.plus(Money.ofMinor(CNY, 1));
    Money below = min.minus(Money.ofMinor(CNY, 1));
    assertThat(above.minorUnitsFitLong()).isFalse();
    assertThat(below.minorUnitsFitLong()).isFalse();
    assertThatThrownBy(above::minorUnitsExact).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(below::minorUnitsExact).isInstanceOf(ArithmeticException.class);
    assertThat(above.minorUnits())
        .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    assertThat(Money.ofMinor(CNY, above.minorUnits())).isEqualTo(above);

    // 19 digits that fit, and 19 digits that do not.
    assertThat(Money.of("CNY", "10000000000000000.00").minorUnitsFitLong()).isTrue();
    assertThat(Money.of("CNY", "99999999999999999.99").minorUnitsFitLong()).isFalse();
    assertThat(Money.of("CNY", "-1.05").minorUnitsExact()).isEqualTo(-105);
    assertThat(Money.zero(CNY).minorUnitsExact()).isZero();
    assertThat(Money.ofMajor(JPY, 7).minorUnitsExact()).isEqualTo(7);
  }

  @Test
  void crossingTheEndsOfLongKeepsOneFormPerValue() {
    BigInteger aboveMax = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    Money max = Money.ofMinor(CNY, Long.MAX_VALUE);
    Money min = Money.ofMinor(CNY, Long.MIN_VALUE);
    Money above = Money.ofMinor(CNY, aboveMax);
    Money cent = Money.ofMinor(CNY, 1);

    Money back = above.minus(cent);
    assertThat(back).isEqualTo(max);
    assertThat(back.hashCode()).isEqualTo(max.hashCode());
    assertThat(back.minorUnitsFitLong()).isTrue();
    assertThat(max.plus(cent)).isEqualTo(above).hasToString("CNY 92233720368547758.08");
    assertThat(min.minus(cent)).hasToString("CNY -92233720368547758.09");
    assertThat(min.minus(cent).plus(cent)).isEqualTo(min);

    // -Long.MIN_VALUE is one beyond long, and its negation is a long again.
    assertThat(min.negated()).isEqualTo(above);
    assertThat(min.abs()).isEqualTo(above);
    assertThat(above.negated()).isEqualTo(min);
    assertThat(above.negated().minorUnitsExact()).isEqualTo(Long.MIN_VALUE);
    assertThat(above.negated().hashCode()).isEqualTo(min.hashCode());

    Money twice = max.multipliedBy(2);
    assertThat(twice).hasToString("CNY 184467440737095516.14");
    assertThat(twice.minorUnitsFitLong()).isFalse();
    assertThat(twice.dividedBy(2, RoundingMode.UNNECESSARY)).isEqualTo(max);
    assertThat(twice.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY)).isEqualTo(max);
    assertThat(min.multipliedBy(-1)).isEqualTo(above);
    assertThat(max.multipliedBy(0)).isEqualTo(Money.zero(CNY));

    assertThat(Money.total(CNY, List.of(max, cent, cent.negated()))).isEqualTo(max);
    // (2^63 - 1) + 1 overflows, then two times -2^63 bring it back to -2^63.
    assertThat(Money.total(CNY, List.of(max, cent, min, min)))
        .isEqualTo(min)
        .satisfies(m -> assertThat(m.minorUnitsFitLong()).isTrue());
    assertThat(Money.total(above, cent.negated())).isEqualTo(max);

    assertThat(above.compareTo(max)).isPositive();
    assertThat(min.minus(cent).compareTo(min)).isNegative();
    assertThat(above.isPositive()).isTrue();
    assertThat(min.minus(cent).isNegative()).isTrue();
    assertThat(above.isZero()).isFalse();
  }

  @Test
  void factoriesAtTheEndsOfLong() {
    assertThat(Money.of(CNY, new BigDecimal("92233720368547758.07")).minorUnitsExact())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Money.of(CNY, new BigDecimal("92233720368547758.08")).minorUnitsFitLong()).isFalse();
    assertThat(Money.of(CNY, new BigDecimal("-92233720368547758.08")).minorUnitsExact())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(Money.of(CNY, new BigDecimal("92233720368547758.074"), RoundingMode.HALF_UP))
        .isEqualTo(Money.ofMinor(CNY, Long.MAX_VALUE));
    assertThat(
            Money.of(CNY, new BigDecimal("92233720368547758.075"), RoundingMode.HALF_UP)
                .minorUnitsFitLong())
        .isFalse();
    assertThat(Money.parse("CNY 92233720368547758.07"))
        .isEqualTo(Money.ofMinor(CNY, Long.MAX_VALUE));

    // ofMajor: minor units beyond long are a big amount, not an error.
    Money majorMax = Money.ofMajor(CNY, Long.MAX_VALUE);
    assertThat(majorMax).hasToString("CNY 9223372036854775807.00");
    assertThat(majorMax.minorUnitsFitLong()).isFalse();
    assertThat(Money.ofMajor(CNY, Long.MIN_VALUE)).hasToString("CNY -9223372036854775808.00");
    assertThat(Money.ofMajor(CNY, Long.MAX_VALUE / 100).minorUnitsExact())
        .isEqualTo(Long.MAX_VALUE / 100 * 100);
    assertThat(Money.ofMajor(CNY, Long.MAX_VALUE / 100 + 1).minorUnitsFitLong()).isFalse();
    assertThat(Money.ofMajor(JPY, Long.MAX_VALUE).minorUnitsExact()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void currenciesWithThreeDecimalPlaces() {
    Currency kwd = Currency.getInstance("KWD");
    Currency bhd = Currency.getInstance("BHD");
    assertThat(Money.of("KWD", "1.234").minorUnitsExact()).isEqualTo(1234);
    assertThat(Money.of("KWD", "1.5")).hasToString("KWD 1.500");
    assertThat(Money.ofMajor(bhd, 2).scale()).isEqualTo(3);
    assertThat(Money.ofMajor(bhd, 2).minorUnitsExact()).isEqualTo(2000);
    assertThat(Money.ofMinor(kwd, Long.MAX_VALUE)).hasToString("KWD 9223372036854775.807");
    assertThat(Money.ofMajor(kwd, Long.MAX_VALUE / 1000).minorUnitsFitLong()).isTrue();
    assertThat(Money.ofMajor(kwd, Long.MAX_VALUE / 1000 + 1))
        .hasToString("KWD 9223372036854776.000")
        .satisfies(m -> assertThat(m.minorUnitsFitLong()).isFalse());
    assertThatThrownBy(() -> Money.of(kwd, new BigDecimal("1.2345")))
        .hasMessage("Money 'amount' 1.2345 has more decimal places than KWD allows (3)");
    assertThat(Money.of(bhd, new BigDecimal("1.2345"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofMinor(bhd, 1234));
  }

  @Test
  void longFastPathWithBigIntegerFallbackMatchesTotal() {
    List<Money> amounts =
        List.of(
            Money.ofMinor(CNY, Long.MAX_VALUE - 5),
            Money.ofMinor(CNY, 10),
            Money.ofMinor(CNY, -20),
            Money.of("CNY", "0.07"));
    long sum = 0;
    BigInteger overflow = null;
    for (Money m : amounts) {
      if (overflow == null) {
        try {
          sum = Math.addExact(sum, m.minorUnitsExact());
          continue;
        } catch (ArithmeticException e) {
          overflow = BigInteger.valueOf(sum);
        }
      }
      overflow = overflow.add(m.minorUnits());
    }
    Money fast = overflow == null ? Money.ofMinor(CNY, sum) : Money.ofMinor(CNY, overflow);
    assertThat(fast).isEqualTo(Money.total(CNY, amounts));
    assertThat(fast.minorUnitsExact()).isEqualTo(Long.MAX_VALUE - 8);
  }

  @Test
  void totals() {
    assertThat(Money.total(CNY, List.of())).isEqualTo(Money.zero(CNY));
    assertThat(Money.total(CNY, List.of(Money.of("CNY", "1.05"), Money.of("CNY", "2"))))
        .isEqualTo(Money.of("CNY", "3.05"));
    assertThat(Money.total(Money.of("CNY", "1"), Money.of("CNY", "2"), Money.of("CNY", "3")))
        .isEqualTo(Money.of("CNY", "6"));
    assertThatThrownBy(() -> Money.total(CNY, List.of(Money.of("USD", "1"))))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: CNY/USD");
  }

  @Test
  void parseIsTheInverseOfToString() {
    Money m = Money.parse("CNY 1050000000.00");
    assertThat(m).isEqualTo(Money.ofMajor(CNY, 1_050_000_000L));
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(Money.parse("CNY -3.5").toString()).isEqualTo("CNY -3.50");
    assertThat(Money.parse("JPY 1000")).isEqualTo(Money.ofMajor(JPY, 1000));
  }

  @Test
  void parseRejectsMalformedText() {
    for (String bad : List.of("CNY", "CNY ", "CNY1.00", " CNY 1", "CN 1.00", "CNY 1 2")) {
      assertThatThrownBy(() -> Money.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> Money.parse("CNY"))
        .hasMessage("Money text must be a currency code, a space and an amount, but was 'CNY'");
    assertThatThrownBy(() -> Money.parse("CNY 1,000.00"))
        .hasMessage("Money amount is not a plain decimal: 'CNY 1,000.00'");
    assertThatThrownBy(() -> Money.parse("CNY ."))
        .hasMessage("Money amount is not a plain decimal: 'CNY .'");
    assertThatThrownBy(() -> Money.parse("cny 1.00")).hasMessage("Unknown currency 'cny'");
    assertThatThrownBy(() -> Money.parse("CNY 1.001"))
        .hasMessage("Money 'amount' 1.001 has more decimal places than CNY allows (2)");
  }

  @Test
  void arithmetic() {
    Money a = Money.of("CNY", "10.50");
    Money b = Money.of("CNY", "0.75");
    assertThat(a.plus(b)).isEqualTo(Money.of("CNY", "11.25"));
    assertThat(a.minus(b)).isEqualTo(Money.of("CNY", "9.75"));
    assertThat(b.minus(a)).isEqualTo(Money.of("CNY", "-9.75"));
    assertThat(a.multipliedBy(3)).isEqualTo(Money.of("CNY", "31.50"));
    assertThat(a.multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("CNY", "3.50"));
    assertThat(a.dividedBy(4, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("CNY", "2.62"));
    assertThat(a.dividedBy(4, RoundingMode.HALF_UP)).isEqualTo(Money.of("CNY", "2.63"));
    assertThatThrownBy(() -> a.dividedBy(0, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> a.dividedBy(4, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(a.negated()).isEqualTo(Money.of("CNY", "-10.50"));
    assertThat(a.negated().abs()).isEqualTo(a);
    assertThat(a.abs()).isSameAs(a);
  }

  @Test
  void mixingCurrenciesThrowsWithBothCurrencies() {
    Money cny = Money.of("CNY", "1");
    Money usd = Money.of("USD", "1");
    assertThatThrownBy(() -> cny.plus(usd))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.firstCurrency()).isEqualTo(Currencies.CNY);
              assertThat(e.secondCurrency()).isEqualTo(Currencies.USD);
            })
        .hasMessage("Currencies differ: CNY/USD");
    assertThatThrownBy(() -> cny.minus(usd)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> cny.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.isGreaterThan(cny)).hasMessage("Currencies differ: USD/CNY");
  }

  @Test
  void predicatesAndComparisons() {
    Money one = Money.of("CNY", "1");
    Money two = Money.of("CNY", "2");
    assertThat(one.isPositive()).isTrue();
    assertThat(one.negated().isNegative()).isTrue();
    assertThat(Money.zero(CNY).isPositive()).isFalse();
    assertThat(Money.zero(CNY).isNegative()).isFalse();
    assertThat(one.isZero()).isFalse();
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(one.isLessThan(two)).isTrue();
    assertThat(one.isGreaterThan(one)).isFalse();
    assertThat(one.compareTo(Money.of("CNY", "1.00"))).isZero();
    assertThat(one.isIn(CNY)).isTrue();
    assertThat(one.isIn(Currencies.USD)).isFalse();
    assertThat(one.currency()).isEqualTo(CNY);
  }

  @Test
  void currenciesLookUpStrictly() {
    assertThat(Currencies.of("CNY")).isSameAs(Currencies.CNY);
    assertThat(Currencies.of("HKD")).isEqualTo(Currencies.HKD);
    assertThat(Currencies.of("EUR")).isEqualTo(Currencies.EUR);
    for (String bad : List.of("cny", "CN", "CNYY", "ZZZ", "")) {
      assertThatThrownBy(() -> Currencies.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Unknown currency '" + bad + "'");
    }
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Money.of("CNY", "1.5"),
            Money.of(CNY, new BigDecimal("1.500")),
            Money.ofMinor(CNY, 150),
            Money.parse("CNY 1.50"))
        .addEqualityGroup(Money.of("USD", "1.5"))
        .addEqualityGroup(Money.zero(CNY), Money.of("CNY", "-0"))
        .addEqualityGroup(Money.ofMinor(CNY, Long.MAX_VALUE))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Currency.class, CNY)
            .setDefault(Money.class, Money.of("CNY", "1"))
            .setDefault(String.class, "CNY")
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(BigInteger.class, BigInteger.ONE)
            .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(Money.class);
    tester.testAllPublicInstanceMethods(Money.of("CNY", "1"));
    tester.testAllPublicStaticMethods(Currencies.class);
  }

  @Test
  void serializesToAnEqualValue() {
    Money m = Money.of("CNY", "1050000000.00");
    assertThat(SerializableTester.reserializeAndAssert(m)).isEqualTo(m);
  }

  @Test
  void deserializationRejectsAnAmountOffTheCurrencyScale() throws Exception {
    // Money writes a serialization proxy; craft one whose amount is off the currency's scale.
    Method writeReplace = Money.class.getDeclaredMethod("writeReplace");
    writeReplace.setAccessible(true);
    Object proxy = writeReplace.invoke(Money.of("CNY", "1.50"));
    Field amount = proxy.getClass().getDeclaredField("amount");
    amount.setAccessible(true);
    amount.set(proxy, new BigDecimal("1.5"));
    byte[] bytes = serialize(proxy);
    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Invalid serialized Money: Money 'amount' must have the scale of CNY");

    amount.set(proxy, new BigDecimal("1.505"));
    byte[] tooPrecise = serialize(proxy);
    assertThatThrownBy(() -> deserialize(tooPrecise))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage(
            "Invalid serialized Money: Money 'amount' 1.505 has more decimal places than CNY"
                + " allows (2)");
  }

  @Test
  void deserializationRequiresTheProxy() throws Exception {
    Method readObject = Money.class.getDeclaredMethod("readObject", ObjectInputStream.class);
    readObject.setAccessible(true);
    byte[] bytes = serialize("anything");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      assertThatThrownBy(() -> readObject.invoke(Money.of("CNY", "1"), in))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("Serialization proxy required");
    }
  }

  @Test
  void serializesCompactAndBigAmounts() {
    Money big = Money.ofMinor(CNY, BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    for (Money m :
        List.of(
            Money.ofMinor(CNY, Long.MAX_VALUE),
            Money.ofMinor(CNY, Long.MIN_VALUE),
            big,
            big.negated(),
            Money.ofMajor(JPY, -12),
            Money.of("KWD", "1.234"))) {
      Money copy = SerializableTester.reserializeAndAssert(m);
      assertThat(copy.minorUnitsFitLong()).as(m.toString()).isEqualTo(m.minorUnitsFitLong());
      assertThat(copy.hashCode()).isEqualTo(m.hashCode());
    }
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
