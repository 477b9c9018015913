package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import org.junit.jupiter.api.Test;

class GroupCycleTest {
  private static Investor member(String id, String group) {
    return Investor.builder()
        .id(InvestorId.of(id))
        .name("Investor " + id)
        .group(InvestorId.of(group))
        .build();
  }

  @Test
  void aCycleOfGroupMembershipsIsReportedOnceFromItsSmallestId() {
    Portfolio.Builder b =
        Portfolio.builder()
            .addInvestor(member("b", "c"))
            .addInvestor(member("c", "a"))
            .addInvestor(member("a", "b"))
            .addInvestor(member("d", "a"));

    assertThat(b.violations())
        .containsExactly(
            Violation.of(
                Violation.Rule.GROUP_CYCLE,
                "investor",
                "a",
                "'group' memberships form a cycle: 'a' -> 'b' -> 'c' -> 'a'"));
  }

  @Test
  void aChainOfGroupsWithoutCycleIsValid() {
    Portfolio.Builder b =
        Portfolio.builder()
            .addInvestor(member("subsidiary", "group"))
            .addInvestor(member("group", "holding"))
            .addInvestor(Investor.builder().id(InvestorId.of("holding")).name("Holding").build());

    assertThat(b.violations()).isEmpty();
    assertThat(Violation.Rule.GROUP_CYCLE.code()).isEqualTo("group-cycle");
  }

  @Test
  void aGroupThatDoesNotResolveEndsTheWalkWithoutACycle() {
    Portfolio.Builder b = Portfolio.builder().addInvestor(member("a", "missing"));

    assertThat(b.violations())
        .extracting(Violation::rule)
        .containsExactly(Violation.Rule.UNRESOLVED_REFERENCE);
  }
}
