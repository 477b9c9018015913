package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.testing.DomainTesters;
import io.github.attract.time.DateRange;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedFigureTest {
  private static final ReportedFigureId ID = ReportedFigureId.of("sys-2023-key-projects");
  private static final DateRange Y2023 = DateRange.ofYear(Year.of(2023));
  private static final MetricValue PROJECTS = MetricValue.ofCount(Metric.PROJECTS, 201);
  private static final MetricValue PLANNED =
      MetricValue.ofMoney(
          Metric.ANNUAL_PLANNED_INVESTMENT, Money.ofMajor(Currencies.CNY, 16_600_000_000L));

  private static ReportedFigure.Builder sourced(String source) {
    return ReportedFigure.builder().id(ID).source(source).period(Y2023).addValue(PROJECTS);
  }

  private static ReportedFigure.Builder minimal() {
    return sourced("Shuangyashan news, 2023-04-24");
  }

  @Test
  void theSeedsKeyProjectTotals() {
    ReportedFigure f = minimal().addValue(PLANNED).description("201 key projects").build();
    assertThat(f.id()).isEqualTo(ID);
    assertThat(f.source()).isEqualTo("Shuangyashan news, 2023-04-24");
    assertThat(f.period()).isEqualTo(Y2023);
    assertThat(f.scope()).isEqualTo(Scope.all());
    assertThat(f.values()).containsExactly(PROJECTS, PLANNED);
    assertThat(f.description()).contains("201 key projects");
    assertThat(f.value(Metric.PROJECTS)).contains(PROJECTS);
    assertThat(f.value(Metric.ANNUAL_PLANNED_INVESTMENT)).contains(PLANNED);
    assertThat(f.value(Metric.CONTRACT_VALUE)).isEmpty();
  }

  @Test
  void optionalParts() {
    Scope provincial = Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)));
    ReportedFigure f =
        ReportedFigure.builder()
            .id(ID)
            .source("s")
            .period(Y2023)
            .scope(provincial)
            .addAllValues(List.of(PROJECTS, PLANNED))
            .description(Optional.empty())
            .build();
    assertThat(f.scope()).isEqualTo(provincial);
    assertThat(f.values()).containsExactly(PROJECTS, PLANNED);
    assertThat(f.description()).isEmpty();
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> ReportedFigure.builder().addValue(PROJECTS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("source")
        .hasMessageContaining("period");
  }

  @Test
  void sourceMustNotBeBlank() {
    assertThatThrownBy(() -> sourced(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Reported figure 'sys-2023-key-projects' 'source' must not be blank, but was ' '");
  }

  @Test
  void atLeastOneValue() {
    assertThatThrownBy(() -> ReportedFigure.builder().id(ID).source("s").period(Y2023).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Reported figure 'sys-2023-key-projects' must state at least one value");
  }

  @Test
  void eachMetricOnce() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addValue(PLANNED)
                    .addValue(MetricValue.ofCount(Metric.PROJECTS, 52))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Reported figure 'sys-2023-key-projects' states metric 'projects' twice, but each"
                + " metric may be stated once");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().scope(Scope.all()).build())
        .addEqualityGroup(sourced("other").build())
        .addEqualityGroup(
            ReportedFigure.builder()
                .id(ReportedFigureId.of("x"))
                .source("Shuangyashan news, 2023-04-24")
                .period(Y2023)
                .addValue(PROJECTS)
                .build())
        .addEqualityGroup(
            ReportedFigure.builder()
                .id(ID)
                .source("Shuangyashan news, 2023-04-24")
                .period(DateRange.ofYear(Year.of(2022)))
                .addValue(PROJECTS)
                .build())
        .addEqualityGroup(minimal().addValue(PLANNED).build())
        .addEqualityGroup(
            minimal()
                .scope(Scope.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
                .build())
        .addEqualityGroup(minimal().description("d").build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(ReportedFigure.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(ReportedFigure.builder());
  }
}
