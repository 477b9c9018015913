package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidPartExceptionTest {
  private static Violation at(String path, String message) {
    return Violation.of(
        Violation.Rule.INVALID_VALUE, Violation.Severity.ERROR, "phase", "ph-1", path, message);
  }

  @Test
  void oneViolationIsTheMessage() {
    InvalidPartException e = new InvalidPartException("Phase 'ph-1'", List.of(at("name", "blank")));
    assertThat(e).hasMessage("blank");
    assertThat(e.violations()).containsExactly(at("name", "blank"));
  }

  @Test
  void severalAreCountedAndListedInOrder() {
    InvalidPartException e =
        new InvalidPartException(
            "Phase 'ph-1'", List.of(at("name", "blank"), at("investment", "negative")));
    assertThat(e).hasMessage("Phase 'ph-1' breaks 2 rules:\n  blank\n  negative");
    assertThat(e.violations())
        .extracting(v -> v.path().orElseThrow())
        .containsExactly("name", "investment");
  }

  @Test
  void needsAViolation() {
    assertThatThrownBy(() -> new InvalidPartException("Phase 'ph-1'", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'violations' was empty");
  }

  @Test
  void aSingleFaultKeepsTheMessageItAlwaysHad() {
    assertThatThrownBy(
            () -> AnnualPlan.of(Year.of(2023), io.github.attract.money.Money.of("CNY", "-1")))
        .isInstanceOfSatisfying(
            InvalidPartException.class,
            e -> {
              assertThat(e)
                  .hasMessage("Annual plan 2023 'planned' must not be negative, but was CNY -1.00");
              assertThat(e.violations().get(0).subjectKind()).isEqualTo("annual-plan");
              assertThat(e.violations().get(0).subjectId()).isEqualTo("2023");
            });
  }
}
