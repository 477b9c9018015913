package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyFormatProperties {
  private static final Gen<ReportUnit> UNITS = Gens.elements(Arrays.asList(ReportUnit.values()));

  /** Every currency the generators use has a Chinese name, so both styles can write all money. */
  private static final Gen<MoneyFormat> FORMATS =
      Gens.elements(
          List.of(
              MoneyFormat.chinese(),
              MoneyFormat.english(),
              MoneyFormat.chinese().withGrouping(true),
              MoneyFormat.english().withGrouping(true)));

  private static final Gen<Money> REPORT_AMOUNTS =
      MoneyGens.currencies().flatMap(c -> Gens.oneOf(MoneyGens.reportSized(c), MoneyGens.money(c)));

  @Test
  void exactFormatsParseBackToEqualMoneyInEveryUnit() {
    Property.forAll(FORMATS, UNITS, REPORT_AMOUNTS)
        .check((format, unit, m) -> assertThat(format.parse(format.format(m, unit))).isEqualTo(m));
  }

  @Test
  void fullPrecisionFixedScaleFormatsParseBackToEqualMoney() {
    Property.forAll(FORMATS, UNITS, REPORT_AMOUNTS)
        .check(
            (format, unit, m) -> {
              int fullScale = m.scale() + unit.powerOfTen();
              String text = format.format(m, unit, fullScale, RoundingMode.UNNECESSARY);
              assertThat(format.parse(text)).isEqualTo(m);
            });
  }

  @Test
  void bestUnitFormatsParseBackAndPickTheLargestUnitAtLeastOne() {
    Property.forAll(FORMATS, REPORT_AMOUNTS)
        .check(
            (format, m) -> {
              assertThat(format.parse(format.format(m))).isEqualTo(m);
              ReportUnit best = format.bestUnit(m);
              assertThat(format.displayUnits()).contains(best);
              BigDecimal abs = m.amount().abs();
              if (best != ReportUnit.YUAN) {
                assertThat(best.amountOf(m).abs()).isGreaterThanOrEqualTo(BigDecimal.ONE);
              }
              for (ReportUnit larger : format.displayUnits()) {
                if (larger.powerOfTen() > best.powerOfTen()) {
                  assertThat(abs).isLessThan(larger.factor());
                }
              }
            });
  }

  private record UnitAndScale(ReportUnit unit, int scale) {}

  @Test
  void roundedFormatsAreWithinHalfALastPlace() {
    Gen<UnitAndScale> unitAndScale = Gens.combine(UNITS, Gens.ints(0, 10), UnitAndScale::new);
    Property.forAll(FORMATS, unitAndScale, REPORT_AMOUNTS)
        .check(
            (format, us, m) -> {
              ReportUnit unit = us.unit();
              // More places than the currency has would not be money when read back.
              int shown = Math.min(us.scale(), m.scale() + unit.powerOfTen());
              Money back = format.parse(format.format(m, unit, shown, RoundingMode.HALF_EVEN));
              BigDecimal halfPlace =
                  new BigDecimal("0.5").scaleByPowerOfTen(unit.powerOfTen() - shown);
              assertThat(back.minus(m).amount().abs()).isLessThanOrEqualTo(halfPlace);
            });
  }

  @Test
  void reportUnitAmountsConvertBackExactly() {
    Property.forAll(UNITS, MoneyGens.anyMoney())
        .check(
            (unit, m) -> {
              BigDecimal n = unit.amountOf(m);
              assertThat(n.scale()).isNotNegative();
              assertThat(unit.toMoney(m.currency(), n)).isEqualTo(m);
              assertThat(n.multiply(unit.factor()).compareTo(m.amount())).isZero();
            });
  }
}
