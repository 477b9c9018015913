package io.github.attract.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void valuesAreNormalised() {
    assertThat(Quantity.of(new BigDecimal("40.0"), Unit.MEGAWATT).value())
        .isEqualTo(new BigDecimal("40"));
    assertThat(Quantity.of(new BigDecimal("4E+1"), Unit.MEGAWATT)).hasToString("40 MW");
    assertThat(Quantity.of(new BigDecimal("0.000"), Unit.TONNE)).hasToString("0 t");
    assertThat(Quantity.of(100_000, Unit.TONNE_PER_YEAR)).hasToString("100000 t/a");
    assertThat(Quantity.zero(Unit.KILOWATT).isZero()).isTrue();
    assertThat(Quantity.of(1, Unit.KILOWATT).isZero()).isFalse();
    assertThat(Quantity.of(1, Unit.KILOWATT).unit()).isEqualTo(Unit.KILOWATT);
    assertThat(Quantity.of(1, Unit.KILOWATT).dimension()).isEqualTo(Dimension.POWER);
  }

  @Test
  void valuesMustNotBeNegative() {
    assertThatThrownBy(() -> Quantity.of(-1, Unit.TONNE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'value' must not be negative, but was -1");
    assertThatThrownBy(() -> Quantity.parse("-1.5 t"))
        .hasMessage("'value' must not be negative, but was -1.5");
  }

  @Test
  void parseIsTheInverseOfToString() {
    for (String text :
        List.of(
            "1.45 GW",
            "0.5 t/a",
            "100000 t/a",
            "40 MW",
            "6000000 kW/a",
            "1000 t",
            "0 m²",
            "0.001 km²",
            "12.25 m³",
            "300 units",
            "2.5 units/a",
            "1.5 Mt/a",
            "0.000000000000000000001 GWh/a")) {
      Quantity q = Quantity.parse(text);
      assertThat(q).as(text).hasToString(text);
      assertThat(Quantity.parse(q.toString())).isEqualTo(q);
    }
    assertThat(Quantity.parse("1.450 GW")).hasToString("1.45 GW");
    assertThat(Quantity.parse("0500 t")).hasToString("500 t");
    assertThat(Quantity.parse("-0 t")).isEqualTo(Quantity.zero(Unit.TONNE));
  }

  @Test
  void parseAcceptsAsciiAreaAndVolumeSymbols() {
    assertThat(Quantity.parse("50000 m2")).isEqualTo(Quantity.parse("50000 m²"));
    assertThat(Quantity.parse("50000 m^2")).hasToString("50000 m²");
    assertThat(Quantity.parse("50000 sqm")).hasToString("50000 m²");
    assertThat(Quantity.parse("3 km2")).hasToString("3 km²");
    assertThat(Quantity.parse("3 km^2")).hasToString("3 km²");
    assertThat(Quantity.parse("8 m3")).hasToString("8 m³");
    assertThat(Quantity.parse("8 m^3")).hasToString("8 m³");
  }

  @Test
  void parseRejectsMalformedTexts() {
    for (String bad : List.of("40MW", "40  MW", " 40 MW", "40 MW ", "40 M W", "MW", "40 ")) {
      assertThatThrownBy(() -> Quantity.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad.strip().isEmpty() ? "'" : "'" + bad + "'");
    }
    assertThatThrownBy(() -> Quantity.parse("40MW"))
        .hasMessage("Quantity text must be a number, a space and a unit, but was '40MW'");
    for (String bad : List.of("4e1 MW", "+40 MW", "1,000 t", ". t", "1.2.3 t", "四十 MW")) {
      assertThatThrownBy(() -> Quantity.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quantity value is not a plain decimal: '" + bad + "'");
    }
    assertThatThrownBy(() -> Quantity.parse("40 mw")).hasMessage("Unknown unit 'mw'");
    assertThatThrownBy(() -> Quantity.parse("40 cm2")).hasMessage("Unknown unit 'cm2'");
  }

  @Test
  void convertsExactlyWithinADimension() {
    Quantity capacity = Quantity.parse("1.45 GW");
    assertThat(capacity.to(Unit.KILOWATT)).hasToString("1450000 kW");
    assertThat(capacity.to(Unit.MEGAWATT)).hasToString("1450 MW");
    assertThat(capacity.to(Unit.GIGAWATT)).isSameAs(capacity);
    assertThat(Quantity.parse("40 kW").to(Unit.GIGAWATT)).hasToString("0.00004 GW");
    assertThat(capacity.baseValue()).isEqualTo(new BigDecimal("1450000"));
    assertThat(Quantity.parse("0.5 t/a").to(Unit.MEGATONNE_PER_YEAR)).hasToString("0.0000005 Mt/a");
  }

  @Test
  void refusesToCrossDimensions() {
    Quantity mw = Quantity.parse("40 MW");
    Quantity t = Quantity.parse("100000 t/a");
    assertThatThrownBy(() -> mw.plus(t))
        .isInstanceOfSatisfying(
            DimensionMismatchException.class,
            e -> {
              assertThat(e.firstUnit()).isEqualTo(Unit.MEGAWATT);
              assertThat(e.secondUnit()).isEqualTo(Unit.TONNE_PER_YEAR);
            })
        .hasMessage("Units measure different dimensions: 'MW' (power) and 't/a' (mass-per-year)");
    assertThatThrownBy(() -> t.minus(mw))
        .hasMessage("Units measure different dimensions: 't/a' (mass-per-year) and 'MW' (power)");
    assertThatThrownBy(() -> mw.to(Unit.KILOWATT_HOUR))
        .hasMessage("Units measure different dimensions: 'MW' (power) and 'kWh' (energy)");
    assertThatThrownBy(() -> mw.compareTo(t)).isInstanceOf(DimensionMismatchException.class);
    assertThatThrownBy(() -> mw.isGreaterThan(Quantity.parse("1 kW/a")))
        .isInstanceOf(DimensionMismatchException.class);
  }

  @Test
  void arithmeticStaysInTheLeftUnit() {
    Quantity mw = Quantity.parse("40 MW");
    assertThat(mw.plus(Quantity.parse("1.45 GW"))).hasToString("1490 MW");
    assertThat(Quantity.parse("1.45 GW").plus(mw)).hasToString("1.49 GW");
    assertThat(mw.minus(Quantity.parse("500 kW"))).hasToString("39.5 MW");
    assertThat(mw.minus(mw)).hasToString("0 MW");
    assertThatThrownBy(() -> mw.minus(Quantity.parse("0.05 GW")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity 'other' must not be larger than this one, but 0.05 GW > 40 MW");
    assertThat(mw.multipliedBy(new BigDecimal("2.5"))).hasToString("100 MW");
    assertThat(mw.multipliedBy(BigDecimal.ZERO)).hasToString("0 MW");
    assertThatThrownBy(() -> mw.multipliedBy(new BigDecimal("-1")))
        .hasMessage("'factor' must not be negative, but was -1");
  }

  @Test
  void totals() {
    assertThat(
            Quantity.total(
                Unit.MEGAWATT, List.of(Quantity.parse("40 MW"), Quantity.parse("1.45 GW"))))
        .hasToString("1490 MW");
    assertThat(Quantity.total(Unit.KILOWATT, List.of())).isEqualTo(Quantity.zero(Unit.KILOWATT));
    assertThatThrownBy(() -> Quantity.total(Unit.MEGAWATT, List.of(Quantity.parse("1 t"))))
        .isInstanceOfSatisfying(
            DimensionMismatchException.class,
            e -> assertThat(e.firstUnit()).isEqualTo(Unit.MEGAWATT))
        .hasMessage("Units measure different dimensions: 'MW' (power) and 't' (mass)");
  }

  @Test
  void comparesSizesAcrossUnits() {
    Quantity mw = Quantity.parse("40 MW");
    Quantity kw = Quantity.parse("40000 kW");
    assertThat(mw).isNotEqualTo(kw);
    assertThat(mw.compareTo(kw)).isZero();
    assertThat(mw.isSameSizeAs(kw)).isTrue();
    assertThat(mw.isGreaterThan(Quantity.parse("39999.999 kW"))).isTrue();
    assertThat(mw.isLessThan(Quantity.parse("0.041 GW"))).isTrue();
    assertThat(mw.isLessThan(kw)).isFalse();
    assertThat(mw.isGreaterThan(kw)).isFalse();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Quantity.parse("40 MW"),
            Quantity.parse("40.00 MW"),
            Quantity.of(40, Unit.MEGAWATT),
            Quantity.of(new BigDecimal("4E+1"), Unit.MEGAWATT))
        .addEqualityGroup(Quantity.parse("40000 kW"))
        .addEqualityGroup(Quantity.parse("40 MW/a"))
        .addEqualityGroup(Quantity.zero(Unit.MEGAWATT), Quantity.parse("0.0 MW"))
        .testEquals();
  }

  @Test
  void serializesToAnEqualValue() {
    Quantity q = Quantity.parse("1.45 GW");
    assertThat(SerializableTester.reserializeAndAssert(q)).hasToString("1.45 GW");
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Unit.class, Unit.MEGAWATT)
            .setDefault(Quantity.class, Quantity.parse("1 MW"))
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(String.class, "1 MW");
    tester.testAllPublicStaticMethods(Quantity.class);
    tester.testAllPublicInstanceMethods(Quantity.parse("40 MW"));
  }

  @Test
  void deserializationRejectsNegativeOrUnnormalisedValues() {
    assertThatThrownBy(
            () -> reserializeWith(Quantity.parse("40 MW"), "value", new BigDecimal("-40")))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Invalid serialized Quantity: 'value' must not be negative, but was -40");
    assertThatThrownBy(
            () -> reserializeWith(Quantity.parse("40 MW"), "value", new BigDecimal("40.0")))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Invalid serialized Quantity: Quantity 'value' is not normalised: 40.0");
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
