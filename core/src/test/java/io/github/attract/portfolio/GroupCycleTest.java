package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Violation;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

  @Test
  void aLongChainIsCheckedInOneWalk() {
    // 3000 investors in one chain: the check once took cubic time here
    Portfolio.Builder b = Portfolio.builder();
    for (int i = 0; i < 3000; i++) {
      b.addInvestor(member("i" + i, "i" + (i + 1)));
    }
    b.addInvestor(Investor.builder().id(InvestorId.of("i3000")).name("Top").build());
    assertThat(b.violations()).isEmpty();

    b.addInvestor(member("loop-b", "loop-a")).addInvestor(member("loop-a", "loop-b"));
    b.addInvestor(member("z2", "z1"))
        .addInvestor(member("z1", "z3"))
        .addInvestor(member("z3", "z2"));
    assertThat(b.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "group-cycle investor loop-a: 'group' memberships form a cycle:"
                + " 'loop-a' -> 'loop-b' -> 'loop-a'",
            "group-cycle investor z1: 'group' memberships form a cycle: 'z1' -> 'z3' -> 'z2' ->"
                + " 'z1'");
  }

  @Test
  void cyclesAreThoseOfANaiveWalkFromEveryInvestor() {
    // each investor i of n has the group g[i] (none when g[i] >= n or g[i] == i)
    Property.forAll(Gens.lists(Gens.ints(0, 12), 1, 10))
        .check(
            groups -> {
              int n = groups.size();
              Portfolio.Builder b = Portfolio.builder();
              for (int i = 0; i < n; i++) {
                Investor.Builder inv = Investor.builder().id(InvestorId.of("i" + i)).name("I");
                if (groups.get(i) < n && groups.get(i) != i) {
                  inv.group(InvestorId.of("i" + groups.get(i)));
                }
                b.addInvestor(inv.build());
              }
              List<Violation> expected = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                naiveCycle(i, groups).ifPresent(expected::add);
              }
              Collections.sort(expected);
              assertThat(b.violations()).isEqualTo(expected);
            });
  }

  /** The cycle through investor i, from i, if i is the smallest id on it. */
  private static Optional<Violation> naiveCycle(int start, List<Integer> groups) {
    int n = groups.size();
    List<String> path = new ArrayList<>();
    int current = start;
    for (int steps = 0; steps <= n && current < n; steps++) {
      path.add("i" + current);
      int next = groups.get(current);
      if (next == current) {
        return Optional.empty();
      }
      current = next;
      if (current == start) {
        if (!Collections.min(path).equals("i" + start)) {
          return Optional.empty();
        }
        StringBuilder chain = new StringBuilder();
        for (String id : path) {
          chain.append('\'').append(id).append("' -> ");
        }
        chain.append("'i").append(start).append('\'');
        return Optional.of(
            Violation.of(
                Violation.Rule.GROUP_CYCLE,
                "investor",
                "i" + start,
                "'group' memberships form a cycle: " + chain));
      }
    }
    return Optional.empty();
  }
}
