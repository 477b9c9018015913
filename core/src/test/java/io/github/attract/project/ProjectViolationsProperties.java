package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Money;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A project with k faults injected in random order reports all k, each with its field path, and
 * construction lists every one of them.
 */
class ProjectViolationsProperties {

  /** One independent fault: the field path it breaks and how to inject it into a builder. */
  private record Fault(String path, Consumer<Project.Builder> inject) {}

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  private static final List<Fault> FAULTS =
      List.of(
          new Fault("name", b -> b.name(" ")),
          new Fault(
              "investors",
              b -> b.addInvestor(InvestorId.of("dup")).addInvestor(InvestorId.of("dup"))),
          new Fault("totalInvestment", b -> b.totalInvestment(cny("-5"))),
          new Fault(
              "phases[ph-dup].id",
              b ->
                  b.addPhase(Phase.builder().id(PhaseId.of("ph-dup")).name("a").build())
                      .addPhase(Phase.builder().id(PhaseId.of("ph-dup")).name("b").build())),
          new Fault(
              "phases[ph-usd].investment",
              b ->
                  b.addPhase(
                      Phase.builder()
                          .id(PhaseId.of("ph-usd"))
                          .name("c")
                          .investment(Money.of("USD", "1"))
                          .build())),
          new Fault(
              "annualPlans[2030].planned",
              b -> b.addAnnualPlan(AnnualPlan.of(Year.of(2030), Money.of("USD", "1")))),
          new Fault(
              "progressReports[2030-01].completedInvestment",
              b ->
                  b.addProgressReport(
                      ProgressReport.builder()
                          .month(YearMonth.of(2030, 1))
                          .completedInvestment(Money.of("USD", "1"))
                          .build())),
          new Fault(
              "statusHistory[1].date",
              b ->
                  b.statusHistory(
                      StatusHistory.ofUnchecked(
                          List.of(
                              StatusChange.of(LocalDate.of(2023, 4, 7), Status.SIGNED),
                              StatusChange.of(
                                  LocalDate.of(2023, 2, 10), Status.UNDER_CONSTRUCTION))))),
          new Fault(
              "phases[ph-hist].statusHistory[2].status",
              b ->
                  b.addPhase(
                      Phase.builder()
                          .id(PhaseId.of("ph-hist"))
                          .name("d")
                          .statusHistory(
                              StatusHistory.ofUnchecked(
                                  List.of(
                                      StatusChange.of(LocalDate.of(2023, 1, 1), Status.LEAD),
                                      StatusChange.of(
                                          LocalDate.of(2023, 2, 1), Status.UNDER_CONSTRUCTION),
                                      StatusChange.of(LocalDate.of(2023, 3, 1), Status.SIGNED))))
                          .build())),
          new Fault(
              "expectedOutcomes.annualRevenue",
              b ->
                  b.expectedOutcomes(
                      ExpectedOutcomes.builder().annualRevenue(Money.of("USD", "1")).build())));

  private static Project.Builder base() {
    return Project.builder()
        .id(ProjectId.of("p-faults"))
        .location(RegionId.of("r"))
        .industry(IndustryId.of("i"));
  }

  @Test
  void everyInjectedFaultIsReportedWithItsPathWhateverTheOrder() {
    Property.forAll(Gens.shuffle(FAULTS), Gens.ints(0, FAULTS.size()))
        .check(
            (shuffled, k) -> {
              List<Fault> faults = shuffled.subList(0, k);
              Project.Builder b = base();
              boolean named = false;
              for (Fault f : faults) {
                f.inject().accept(b);
                named |= f.path().equals("name");
              }
              if (!named) {
                b.name("fine");
              }
              ImmutableListAssert.check(b, faults);
            });
  }

  /** The assertions shared by the property; a class so that the lambda stays short. */
  private static final class ImmutableListAssert {
    static void check(Project.Builder b, List<Fault> faults) {
      List<Violation> found = Project.check(b);
      assertThat(found).hasSize(faults.size());
      assertThat(found).allMatch(Violation::isError);
      assertThat(found).allMatch(v -> v.rule() == Violation.Rule.INVALID_VALUE);
      assertThat(found).allMatch(v -> v.subjectId().equals("p-faults"));
      assertThat(found.stream().map(v -> v.path().orElseThrow()).collect(Collectors.toSet()))
          .isEqualTo(faults.stream().map(Fault::path).collect(Collectors.toSet()));
      assertThat(b.violations()).isEqualTo(found);
      if (faults.isEmpty()) {
        assertThat(b.build().violations()).isEmpty();
      } else {
        assertThatThrownBy(b::build)
            .isInstanceOfSatisfying(
                InvalidProjectException.class,
                e -> {
                  assertThat(e.violations()).isEqualTo(found);
                  for (Violation v : found) {
                    assertThat(e.getMessage()).contains(v.message());
                  }
                });
      }
    }
  }

  @Test
  void theCatalogueHasDistinctPaths() {
    assertThat(new TreeSet<>(FAULTS.stream().map(Fault::path).toList())).hasSize(FAULTS.size());
  }
}
