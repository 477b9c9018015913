package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.testing.DomainTesters;
import io.github.attract.time.DateRange;
import java.time.Year;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final TargetId ID = TargetId.of("2023-key-projects");
  private static final DateRange Y2023 = DateRange.ofYear(Year.of(2023));
  private static final MetricValue COUNT = MetricValue.ofCount(Metric.PROJECTS, 201);

  private static Target.Builder named(String name) {
    return Target.builder().id(ID).name(name).period(Y2023).value(COUNT);
  }

  private static Target.Builder minimal() {
    return named("Key construction projects 2023");
  }

  @Test
  void scopeDefaultsToAll() {
    Target t = minimal().build();
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.name()).isEqualTo("Key construction projects 2023");
    assertThat(t.period()).isEqualTo(Y2023);
    assertThat(t.scope()).isEqualTo(Scope.all());
    assertThat(t.value()).isEqualTo(COUNT);
    Scope provincial = Scope.of(Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)));
    assertThat(minimal().scope(provincial).build().scope()).isEqualTo(provincial);
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> Target.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("name")
        .hasMessageContaining("period")
        .hasMessageContaining("value");
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> named("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Target '2023-key-projects' 'name' must not be blank, but was '\t'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().scope(Scope.all()).build())
        .addEqualityGroup(named("Other").build())
        .addEqualityGroup(
            Target.builder().id(TargetId.of("x")).name("n").period(Y2023).value(COUNT).build())
        .addEqualityGroup(
            Target.builder()
                .id(ID)
                .name("Key construction projects 2023")
                .period(DateRange.ofYear(Year.of(2024)))
                .value(COUNT)
                .build())
        .addEqualityGroup(
            Target.builder()
                .id(ID)
                .name("Key construction projects 2023")
                .period(Y2023)
                .value(MetricValue.ofCount(Metric.PROJECTS, 200))
                .build())
        .addEqualityGroup(
            minimal()
                .scope(Scope.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023))))
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Target.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(minimal().build());
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(Target.builder());
  }
}
