package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.attract.portfolio.InvalidPortfolioException;
import io.github.attract.testing.DomainTesters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ViolationTest {
  private static final Violation DUPLICATE =
      Violation.of(
          Violation.Rule.DUPLICATE_ID, "project", "p1", "id 'p1' is used by more than one project");

  @Test
  void accessorsAndText() {
    assertThat(DUPLICATE.rule()).isEqualTo(Violation.Rule.DUPLICATE_ID);
    assertThat(DUPLICATE.subjectKind()).isEqualTo("project");
    assertThat(DUPLICATE.subjectId()).isEqualTo("p1");
    assertThat(DUPLICATE.message()).isEqualTo("id 'p1' is used by more than one project");
    assertThat(DUPLICATE)
        .hasToString("duplicate-id project p1: id 'p1' is used by more than one project");
  }

  @Test
  void ruleCodes() {
    assertThat(Stream.of(Violation.Rule.values()).map(Violation.Rule::code))
        .containsExactly(
            "duplicate-id",
            "unresolved-reference",
            "group-cycle",
            "invalid-value",
            "missing-value",
            "cost-overrun");
    assertThat(Stream.of(Violation.Severity.values()).map(Violation.Severity::code))
        .containsExactly("error", "warning");
  }

  @Test
  void ordersBySubjectKindThenIdThenRuleThenMessage() {
    Violation a = Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "activity", "z", "m");
    Violation b = Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "project", "p1", "m");
    Violation c = Violation.of(Violation.Rule.DUPLICATE_ID, "project", "p2", "m");
    Violation d = Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "project", "p2", "a");
    Violation e = Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "project", "p2", "b");
    List<Violation> list = new ArrayList<>(List.of(e, d, c, b, a));
    list.sort(null);
    assertThat(list).containsExactly(a, b, c, d, e);
    assertThat(d.compareTo(Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "project", "p2", "a")))
        .isZero();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            DUPLICATE,
            Violation.of(
                Violation.Rule.DUPLICATE_ID,
                "project",
                "p1",
                "id 'p1' is used by more than one project"))
        .addEqualityGroup(Violation.of(Violation.Rule.UNRESOLVED_REFERENCE, "project", "p1", "m"))
        .addEqualityGroup(Violation.of(Violation.Rule.DUPLICATE_ID, "project", "p1", "m"))
        .addEqualityGroup(Violation.of(Violation.Rule.DUPLICATE_ID, "signing", "p1", "m"))
        .addEqualityGroup(Violation.of(Violation.Rule.DUPLICATE_ID, "project", "p2", "m"))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester()
        .setDefault(Violation.Rule.class, Violation.Rule.DUPLICATE_ID)
        .testAllPublicStaticMethods(Violation.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(DUPLICATE);
  }

  @Test
  void theExceptionListsUpToTwentyViolations() {
    ImmutableList.Builder<Violation> b = ImmutableList.builder();
    for (int i = 10; i < 32; i++) {
      b.add(Violation.of(Violation.Rule.DUPLICATE_ID, "project", "p" + i, "m"));
    }
    InvalidPortfolioException e = new InvalidPortfolioException(b.build());
    assertThat(e.violations()).hasSize(22);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    StringBuilder expected = new StringBuilder("Portfolio breaks 22 rule(s):");
    for (int i = 10; i < 30; i++) {
      expected.append("\n  duplicate-id project p").append(i).append(": m");
    }
    expected.append("\n  ... and 2 more");
    assertThat(e).hasMessage(expected.toString());
  }

  @Test
  void theExceptionWithTwentyViolationsShowsAll() {
    ImmutableList.Builder<Violation> b = ImmutableList.builder();
    for (int i = 0; i < 20; i++) {
      b.add(DUPLICATE);
    }
    InvalidPortfolioException e = new InvalidPortfolioException(b.build());
    String message = String.valueOf(e.getMessage());
    assertThat(message).doesNotContain("... and").startsWith("Portfolio breaks 20 rule(s):");
    assertThat(message.split("\n")).hasSize(21);
  }
}
