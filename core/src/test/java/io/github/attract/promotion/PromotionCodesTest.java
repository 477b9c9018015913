package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.DomainTesters;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The coded enums of the promotion package: their stable codes and parsers. */
class PromotionCodesTest {
  @Test
  void activityKinds() {
    assertThat(Stream.of(ActivityKind.values()).map(ActivityKind::code))
        .containsExactly(
            "outbound-visit",
            "inbound-visit",
            "conference",
            "fair",
            "signing-ceremony",
            "online-meeting",
            "other");
    for (ActivityKind k : ActivityKind.values()) {
      assertThat(ActivityKind.ofCode(k.code())).isSameAs(k);
      assertThat(k).hasToString(k.code());
    }
    assertThatThrownBy(() -> ActivityKind.ofCode("visit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown activity kind 'visit'");
  }

  @Test
  void officialLevels() {
    assertThat(Stream.of(OfficialLevel.values()).map(OfficialLevel::code))
        .containsExactly("provincial", "city", "county", "department", "staff");
    for (OfficialLevel l : OfficialLevel.values()) {
      assertThat(OfficialLevel.ofCode(l.code())).isSameAs(l);
      assertThat(l).hasToString(l.code());
    }
    assertThatThrownBy(() -> OfficialLevel.ofCode("national"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown official level 'national'");
  }

  @Test
  void metricsAndTheirKinds() {
    assertThat(Stream.of(Metric.values()).map(m -> m.code() + ":" + m.kind().code()))
        .containsExactly(
            "activities:count",
            "projects:count",
            "signed-projects:count",
            "started-projects:count",
            "projects-in-operation:count",
            "contract-value:money",
            "total-investment:money",
            "annual-planned-investment:money",
            "completed-investment:money",
            "funds-in-place:money",
            "new-energy-index:quantity",
            "chain-promotion-groups:count",
            "start-rate:rate",
            "contract-fulfilment-rate:rate");
    for (Metric m : Metric.values()) {
      assertThat(Metric.ofCode(m.code())).isSameAs(m);
      assertThat(m).hasToString(m.code());
    }
    assertThatThrownBy(() -> Metric.ofCode("revenue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown metric 'revenue'");
  }

  @Test
  void rateMetricsStateTheirFormula() {
    assertThat(Metric.START_RATE.formula())
        .contains("projects in scope started by the day / projects in scope");
    assertThat(Metric.CONTRACT_FULFILMENT_RATE.formula())
        .contains(
            "projects in scope signed in the period that started by the day"
                + " / projects in scope signed in the period");
    for (Metric m : Metric.values()) {
      assertThat(m.formula().isPresent()).isEqualTo(m.kind() == MetricKind.RATE);
    }
  }

  @Test
  void metricKinds() {
    assertThat(Stream.of(MetricKind.values()).map(MetricKind::code))
        .containsExactly("count", "money", "quantity", "rate");
    for (MetricKind k : MetricKind.values()) {
      assertThat(MetricKind.ofCode(k.code())).isSameAs(k);
      assertThat(k).hasToString(k.code());
    }
    assertThatThrownBy(() -> MetricKind.ofCode("ratio"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown metric kind 'ratio'");
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(ActivityKind.class);
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(OfficialLevel.class);
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Metric.class);
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(MetricKind.class);
  }
}
