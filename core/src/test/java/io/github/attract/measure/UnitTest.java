package io.github.attract.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void everySymbolLooksUpItsUnit() {
    for (Unit u : Unit.values()) {
      assertThat(Unit.ofSymbol(u.symbol())).isSameAs(u);
      assertThat(u).hasToString(u.symbol());
    }
  }

  @Test
  void factorsArePowersOfTenOfTheBaseUnit() {
    assertThat(Unit.MEGAWATT.factor()).isEqualTo(new BigDecimal("1000"));
    assertThat(Unit.GIGAWATT.factor()).isEqualTo(new BigDecimal("1000000"));
    assertThat(Unit.SQUARE_KILOMETRE.factor()).isEqualTo(new BigDecimal("1000000"));
    assertThat(Unit.TONNE.factor()).isEqualTo(BigDecimal.ONE);
    for (Unit u : Unit.values()) {
      assertThat(u.factor()).isEqualTo(BigDecimal.TEN.pow(u.powerOfTen()));
      assertThat(u.dimension().baseUnit().powerOfTen()).isZero();
      assertThat(u.dimension().baseUnit().dimension()).isEqualTo(u.dimension());
    }
  }

  @Test
  void asciiAliases() {
    assertThat(Unit.ofSymbol("m2")).isEqualTo(Unit.SQUARE_METRE);
    assertThat(Unit.ofSymbol("m^2")).isEqualTo(Unit.SQUARE_METRE);
    assertThat(Unit.ofSymbol("sqm")).isEqualTo(Unit.SQUARE_METRE);
    assertThat(Unit.ofSymbol("km2")).isEqualTo(Unit.SQUARE_KILOMETRE);
    assertThat(Unit.ofSymbol("km^2")).isEqualTo(Unit.SQUARE_KILOMETRE);
    assertThat(Unit.ofSymbol("m3")).isEqualTo(Unit.CUBIC_METRE);
    assertThat(Unit.ofSymbol("m^3")).isEqualTo(Unit.CUBIC_METRE);
  }

  @Test
  void unknownSymbols() {
    for (String bad : new String[] {"mw", "M W", "m²2", "cm2", "MW ", "", "2m"}) {
      assertThatThrownBy(() -> Unit.ofSymbol(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Unknown unit '" + bad + "'");
    }
  }

  @Test
  void dimensions() {
    assertThat(Dimension.MASS_PER_YEAR.code()).isEqualTo("mass-per-year");
    assertThat(Dimension.POWER.baseUnit()).isEqualTo(Unit.KILOWATT);
    assertThat(Dimension.AREA.baseUnit()).isEqualTo(Unit.SQUARE_METRE);
    for (Dimension d : Dimension.values()) {
      assertThat(Dimension.ofCode(d.code())).isSameAs(d);
    }
    assertThatThrownBy(() -> Dimension.ofCode("POWER"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown dimension 'POWER'");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Unit.class);
    tester.testAllPublicStaticMethods(Dimension.class);
    tester.testAllPublicInstanceMethods(Unit.KILOWATT);
    tester.testAllPublicInstanceMethods(Dimension.POWER);
  }
}
