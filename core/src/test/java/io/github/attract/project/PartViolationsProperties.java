package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Money;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A part of a project with k faults injected in random order throws one {@link
 * InvalidPartException} that lists every broken rule with its field path, in field order whatever
 * the order of injection; with no fault the part builds.
 */
class PartViolationsProperties {

  /**
   * One field of a part that can be faulty: the paths of the violations a faulty value causes, how
   * to set the faulty value and how to set a fine one (nothing, for an optional field).
   */
  private record Fault<B>(List<String> paths, Consumer<B> faulty, Consumer<B> fine) {
    static <B> Fault<B> at(String path, Consumer<B> faulty) {
      return new Fault<>(List.of(path), faulty, b -> {});
    }

    static <B> Fault<B> at(String path, Consumer<B> faulty, Consumer<B> fine) {
      return new Fault<>(List.of(path), faulty, fine);
    }
  }

  /** A kind of part: a builder with its key set, its faults and how to build it. */
  private record Part<B>(
      String kind, String key, Supplier<B> start, List<Fault<B>> faults, Function<B, ?> build) {

    /** Sets every field in the given order, faulty for the first k, fine for the others. */
    B builder(List<Fault<B>> order, int k) {
      B b = start.get();
      for (int i = 0; i < order.size(); i++) {
        (i < k ? order.get(i).faulty() : order.get(i).fine()).accept(b);
      }
      return b;
    }
  }

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  private static final StatusHistory OUT_OF_ORDER =
      StatusHistory.ofUnchecked(
          List.of(
              StatusChange.of(LocalDate.of(2023, 4, 7), Status.SIGNED),
              StatusChange.of(LocalDate.of(2023, 2, 10), Status.UNDER_CONSTRUCTION)));

  private static final Part<Phase.Builder> PHASE =
      new Part<>(
          "phase",
          "phase-1",
          () -> Phase.builder().id(PhaseId.of("phase-1")),
          List.of(
              Fault.at("name", b -> b.name(" "), b -> b.name("Wind power equipment base")),
              Fault.at("investment", b -> b.investment(cny("-1")))),
          b -> b.build());

  private static final Part<ProgressReport.Builder> REPORT =
      new Part<>(
          "progress-report",
          "2023-05",
          () -> ProgressReport.builder().month(YearMonth.of(2023, 5)),
          List.of(
              Fault.at(
                  "completedInvestment",
                  b -> b.completedInvestment(cny("-1")),
                  b -> b.completedInvestment(cny("10"))),
              // a negative amount in the wrong currency breaks two rules of one field
              new Fault<>(
                  List.of("fundsInPlace", "fundsInPlace"),
                  b -> b.fundsInPlace(Money.of("USD", "-2")),
                  b -> b.fundsInPlace(cny("4")))),
          b -> b.build());

  private static final Part<ExpectedOutcomes.Builder> OUTCOMES =
      new Part<>(
          "expected-outcomes",
          "",
          ExpectedOutcomes::builder,
          List.of(
              Fault.at("annualRevenue", b -> b.annualRevenue(cny("-1"))),
              Fault.at("annualProfit", b -> b.annualProfit(cny("-2"))),
              Fault.at("annualTax", b -> b.annualTax(cny("-3"))),
              Fault.at("jobs", b -> b.jobs(-4))),
          b -> b.build());

  private static final Part<InvestmentRevision.Builder> REVISION =
      new Part<>(
          "investment-revision",
          "2024-03-01",
          () -> InvestmentRevision.builder().date(LocalDate.of(2024, 3, 1)).total(cny("1200")),
          List.of(
              Fault.at("reason", b -> b.reason(" ")),
              Fault.at("document", b -> b.document(" Doc 12 "))),
          b -> b.build());

  /** The paths of a part's faults in field order, the order its check runs. */
  private static <B> List<String> fieldOrder(Part<B> part, List<Fault<B>> injected) {
    List<String> paths = new ArrayList<>();
    for (Fault<B> f : part.faults()) {
      if (injected.contains(f)) {
        paths.addAll(f.paths());
      }
    }
    return paths;
  }

  private static <B> void everyFaultIsReported(Part<B> part) {
    Property.forAll(Gens.shuffle(part.faults()), Gens.ints(0, part.faults().size()))
        .check(
            (order, k) -> {
              B b = part.builder(order, k);
              List<String> expected = fieldOrder(part, order.subList(0, k));
              if (expected.isEmpty()) {
                assertThat(part.build().apply(b)).isNotNull();
                return;
              }
              assertThatThrownBy(() -> part.build().apply(b))
                  .isInstanceOfSatisfying(
                      InvalidPartException.class,
                      e -> {
                        assertThat(e.violations())
                            .extracting(v -> v.path().orElseThrow())
                            .containsExactlyElementsOf(expected);
                        assertThat(e.violations())
                            .allMatch(Violation::isError)
                            .allMatch(v -> v.rule() == Violation.Rule.INVALID_VALUE)
                            .allMatch(v -> v.subjectKind().equals(part.kind()))
                            .allMatch(v -> v.subjectId().equals(part.key()));
                        for (Violation v : e.violations()) {
                          assertThat(e.getMessage()).contains(v.message());
                        }
                      });
            });
  }

  @Test
  void everyFaultOfAPhaseIsReportedWhateverTheOrder() {
    everyFaultIsReported(PHASE);
  }

  @Test
  void everyFaultOfAProgressReportIsReportedWhateverTheOrder() {
    everyFaultIsReported(REPORT);
  }

  @Test
  void everyFaultOfExpectedOutcomesIsReportedWhateverTheOrder() {
    everyFaultIsReported(OUTCOMES);
  }

  @Test
  void everyFaultOfAnInvestmentRevisionIsReportedWhateverTheOrder() {
    everyFaultIsReported(REVISION);
  }

  @Test
  void aFaultyPhaseReportsItsStatusHistoryTooAndAFinePhaseLeavesItToItsProject() {
    Property.forAll(Gens.shuffle(PHASE.faults()), Gens.ints(0, PHASE.faults().size()))
        .check(
            (order, k) -> {
              Phase.Builder b = PHASE.builder(order, k).statusHistory(OUT_OF_ORDER);
              if (k == 0) {
                assertThat(b.build().statusHistory()).isEqualTo(OUT_OF_ORDER);
                return;
              }
              List<String> expected = fieldOrder(PHASE, order.subList(0, k));
              expected.add("statusHistory[1].date");
              assertThatThrownBy(b::build)
                  .isInstanceOfSatisfying(
                      InvalidPartException.class,
                      e ->
                          assertThat(e.violations())
                              .extracting(v -> v.path().orElseThrow())
                              .containsExactlyElementsOf(expected));
            });
  }
}
