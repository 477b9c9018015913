package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetricValueTest {
  private static final Money PLANNED = Money.ofMajor(Currencies.CNY, 16_600_000_000L);
  private static final Quantity INDEX = Quantity.parse("1450000 kW");
  private static final BigDecimal RATE = new BigDecimal("0.80");

  @Test
  void aCount() {
    MetricValue v = MetricValue.ofCount(Metric.PROJECTS, 201);
    assertThat(v.metric()).isEqualTo(Metric.PROJECTS);
    assertThat(v.count()).isEqualTo(OptionalLong.of(201));
    assertThat(v.amount()).isEmpty();
    assertThat(v.quantity()).isEmpty();
    assertThat(v).hasToString("projects=201");
    assertThat(MetricValue.ofCount(Metric.ACTIVITIES, 0).count()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void anAmount() {
    MetricValue v = MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT, PLANNED);
    assertThat(v.metric()).isEqualTo(Metric.ANNUAL_PLANNED_INVESTMENT);
    assertThat(v.count()).isEmpty();
    assertThat(v.amount()).contains(PLANNED);
    assertThat(v.quantity()).isEmpty();
    assertThat(v).hasToString("annual-planned-investment=CNY 16600000000.00");
  }

  @Test
  void aQuantity() {
    MetricValue v = MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, INDEX);
    assertThat(v.metric()).isEqualTo(Metric.NEW_ENERGY_INDEX);
    assertThat(v.count()).isEmpty();
    assertThat(v.amount()).isEmpty();
    assertThat(v.quantity()).contains(INDEX);
    assertThat(v).hasToString("new-energy-index=1450000 kW");
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void eachMetricTakesOnlyItsKind(Metric metric) {
    String kind = metric.kind().code();
    String prefix = "Metric '" + metric.code() + "' takes a " + kind + " value, but was given ";
    if (metric.kind() == MetricKind.COUNT) {
      assertThat(MetricValue.ofCount(metric, 1).count()).hasValue(1);
    } else {
      assertThatThrownBy(() -> MetricValue.ofCount(metric, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(prefix + "count 5");
    }
    if (metric.kind() == MetricKind.MONEY) {
      assertThat(MetricValue.ofMoney(metric, PLANNED).amount()).contains(PLANNED);
    } else {
      assertThatThrownBy(() -> MetricValue.ofMoney(metric, PLANNED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(prefix + "money CNY 16600000000.00");
    }
    if (metric.kind() == MetricKind.QUANTITY) {
      assertThat(MetricValue.ofQuantity(metric, INDEX).quantity()).contains(INDEX);
    } else {
      assertThatThrownBy(() -> MetricValue.ofQuantity(metric, INDEX))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(prefix + "quantity 1450000 kW");
    }
    if (metric.kind() == MetricKind.RATE) {
      assertThat(MetricValue.ofRate(metric, RATE).rate()).contains(new BigDecimal("0.8"));
    } else {
      assertThatThrownBy(() -> MetricValue.ofRate(metric, RATE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(prefix + "rate 0.80");
    }
  }

  @Test
  void aRate() {
    MetricValue v = MetricValue.ofRate(Metric.START_RATE, RATE);
    assertThat(v.metric()).isEqualTo(Metric.START_RATE);
    assertThat(v.count()).isEmpty();
    assertThat(v.amount()).isEmpty();
    assertThat(v.quantity()).isEmpty();
    assertThat(v.rate()).hasValueSatisfying(r -> assertThat(r).hasToString("0.8"));
    assertThat(v).hasToString("start-rate=0.8");
    assertThat(MetricValue.ofRate(Metric.START_RATE, new BigDecimal("1.000")))
        .hasToString("start-rate=1");
    assertThat(MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.00")))
        .hasToString("start-rate=0");
  }

  @Test
  void aRateIsAFractionFromZeroToOne() {
    assertThatThrownBy(() -> MetricValue.ofRate(Metric.START_RATE, new BigDecimal("80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Metric 'start-rate' rate must be a fraction from 0 to 1, but was 80");
    assertThatThrownBy(
            () -> MetricValue.ofRate(Metric.CONTRACT_FULFILMENT_RATE, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Metric 'contract-fulfilment-rate' rate must be a fraction from 0 to 1, but was -0.1");
  }

  @Test
  void countsAndAmountsMustNotBeNegative() {
    assertThatThrownBy(() -> MetricValue.ofCount(Metric.PROJECTS, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Metric 'projects' count must not be negative, but was -1");
    assertThatThrownBy(() -> MetricValue.ofMoney(Metric.CONTRACT_VALUE, Money.of("CNY", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Metric 'contract-value' amount must not be negative, but was CNY -1.00");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            MetricValue.ofCount(Metric.PROJECTS, 201), MetricValue.ofCount(Metric.PROJECTS, 201))
        .addEqualityGroup(MetricValue.ofCount(Metric.PROJECTS, 202))
        .addEqualityGroup(MetricValue.ofCount(Metric.SIGNED_PROJECTS, 201))
        .addEqualityGroup(MetricValue.ofCount(Metric.PROJECTS, 0))
        .addEqualityGroup(
            MetricValue.ofMoney(Metric.CONTRACT_VALUE, PLANNED),
            MetricValue.ofMoney(Metric.CONTRACT_VALUE, Money.of("CNY", "16600000000")))
        .addEqualityGroup(MetricValue.ofMoney(Metric.TOTAL_INVESTMENT, PLANNED))
        .addEqualityGroup(MetricValue.ofMoney(Metric.CONTRACT_VALUE, Money.zero(Currencies.CNY)))
        .addEqualityGroup(
            MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, INDEX),
            MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1450000.0 kW")))
        .addEqualityGroup(
            MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1450 MW")))
        .addEqualityGroup(
            MetricValue.ofRate(Metric.START_RATE, RATE),
            MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.8")))
        .addEqualityGroup(MetricValue.ofRate(Metric.CONTRACT_FULFILMENT_RATE, RATE))
        .addEqualityGroup(MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.81")))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(MetricValue.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(MetricValue.ofCount(Metric.PROJECTS, 1));
  }

  @Test
  void theNewEnergyIndexIsAPower() {
    assertThat(Metric.NEW_ENERGY_INDEX.dimension()).contains(Dimension.POWER);
    assertThat(Metric.PROJECTS.dimension()).isEmpty();
    assertThatThrownBy(
            () -> MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1000 t/a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Metric 'new-energy-index' is measured in power, but was given 1000 t/a (mass-per-year)");
  }
}
