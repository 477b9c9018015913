package io.github.attract.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityProperties {
  private static final Gen<Dimension> DIMENSIONS = Gens.elements(Arrays.asList(Dimension.values()));

  @Test
  void parseReadsWhatToStringWrites() {
    Property.forAll(MoneyGens.quantity())
        .check(
            q -> {
              assertThat(Quantity.parse(q.toString())).isEqualTo(q);
              assertThat(q.toString()).doesNotContain("E").doesNotContain("e-");
            });
  }

  @Test
  void parseIgnoresTrailingZerosAndAsciiSymbols() {
    Property.forAll(MoneyGens.quantity(), Gens.ints(1, 5))
        .check(
            (q, zeros) -> {
              String padded =
                  q.value().setScale(q.value().scale() + zeros).toPlainString()
                      + " "
                      + q.unit().symbol().replace("²", "2").replace("³", "3");
              assertThat(Quantity.parse(padded)).isEqualTo(q);
            });
  }

  @Test
  void convertingToAnotherUnitAndBackIsExact() {
    Property.forAll(
            DIMENSIONS.flatMap(
                d -> Gens.combine(MoneyGens.quantity(d), MoneyGens.unit(d), Pair::new)))
        .check(
            p -> {
              Quantity there = p.quantity().to(p.unit());
              assertThat(there.unit()).isEqualTo(p.unit());
              assertThat(there.to(p.quantity().unit())).isEqualTo(p.quantity());
              assertThat(there.compareTo(p.quantity())).isZero();
              assertThat(there.isSameSizeAs(p.quantity())).isTrue();
              assertThat(Quantity.parse(there.toString())).isEqualTo(there);
            });
  }

  private record Pair(Quantity quantity, Unit unit) {}

  @Test
  void totalEqualsTheFoldOfPlusInAnyUnit() {
    Property.forAll(
            DIMENSIONS.flatMap(
                d ->
                    Gens.combine(
                        Gens.lists(MoneyGens.quantity(d), 0, 10), MoneyGens.unit(d), Many::new)))
        .check(
            m -> {
              Quantity fold = Quantity.zero(m.unit());
              for (Quantity q : m.quantities()) {
                fold = fold.plus(q);
              }
              Quantity total = Quantity.total(m.unit(), m.quantities());
              assertThat(total).isEqualTo(fold);
              BigDecimal baseSum =
                  m.quantities().stream()
                      .map(Quantity::baseValue)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              assertThat(total.baseValue().compareTo(baseSum)).isZero();
            });
  }

  private record Many(List<Quantity> quantities, Unit unit) {}

  @Test
  void compareToAgreesWithBaseValues() {
    Property.forAll(DIMENSIONS.flatMap(d -> Gens.lists(MoneyGens.quantity(d), 2, 2)))
        .check(
            qs -> {
              Quantity a = qs.get(0);
              Quantity b = qs.get(1);
              int expected = Integer.signum(a.baseValue().compareTo(b.baseValue()));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(expected);
              assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-expected);
              assertThat(a.isGreaterThan(b)).isEqualTo(expected > 0);
              assertThat(a.isLessThan(b)).isEqualTo(expected < 0);
              if (!a.isLessThan(b)) {
                assertThat(a.minus(b).plus(b).isSameSizeAs(a)).isTrue();
              }
            });
  }
}
