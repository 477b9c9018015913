package io.github.attract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void nonBlankReturnsAGoodTextAndNamesTheFieldOfABadOne() {
    assertThat(Checks.nonBlank("name", "Fengfan")).isEqualTo("Fengfan");
    assertThat(Checks.nonBlank("name", "a b")).isEqualTo("a b");
    assertThatThrownBy(() -> Checks.nonBlank("name", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'name' must not be blank, but was ' \t'");
    assertThatThrownBy(() -> Checks.nonBlank("name", ""))
        .hasMessage("'name' must not be blank, but was ''");
    assertThatThrownBy(() -> Checks.nonBlank("name", " a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'name' must not start or end with white space, but was ' a'");
    assertThatThrownBy(() -> Checks.nonBlank("name", "a\n"))
        .hasMessage("'name' must not start or end with white space, but was 'a\n'");
  }

  @Test
  void nonBlankOfASubjectNamesTheSubjectFirst() {
    assertThat(Checks.nonBlank("Project 'p-1'", "name", "Fengfan")).isEqualTo("Fengfan");
    assertThatThrownBy(() -> Checks.nonBlank("Project 'p-1'", "name", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Project 'p-1' 'name' must not be blank, but was ' '");
    assertThatThrownBy(() -> Checks.nonBlank("Project 'p-1'", "name", "x "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Project 'p-1' 'name' must not start or end with white space, but was 'x '");
  }

  @Test
  void nonNegativeAcceptsZeroAndRejectsNegativeNumbers() {
    assertThat(Checks.nonNegative("area", BigDecimal.ZERO)).isEqualByComparingTo("0");
    assertThat(Checks.nonNegative("area", new BigDecimal("0.01"))).isEqualByComparingTo("0.01");
    assertThatThrownBy(() -> Checks.nonNegative("area", new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'area' must not be negative, but was -0.01");
  }

  @Test
  void nonNegativeCountsAcceptZeroAndRejectNegativeOnes() {
    assertThat(Checks.nonNegative("jobs", 0L)).isZero();
    assertThat(Checks.nonNegative("jobs", 42L)).isEqualTo(42L);
    assertThat(Checks.nonNegative("jobs", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Checks.nonNegative("jobs", -1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'jobs' must not be negative, but was -1");
  }
}
