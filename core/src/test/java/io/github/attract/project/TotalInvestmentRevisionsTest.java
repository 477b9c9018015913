package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.attract.money.Money;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A project of CNY 1000 revised to CNY 1200 on 2024-03-01 and to CNY 900 on 2024-09-15; every
 * figure below is worked out by hand from those three.
 */
class TotalInvestmentRevisionsTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate SEPTEMBER_15 = LocalDate.of(2024, 9, 15);
  private static final InvestmentRevision UP =
      InvestmentRevision.builder()
          .date(MARCH_1)
          .total(cny("1200"))
          .reason("second line added")
          .provenance(Provenance.ESTIMATED)
          .build();
  private static final InvestmentRevision DOWN = InvestmentRevision.of(SEPTEMBER_15, cny("900"));

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  private static Project.Builder base() {
    return Project.builder()
        .id(ProjectId.of("p-rev"))
        .name("Revised")
        .location(RegionId.of("r"))
        .industry(IndustryId.of("i"));
  }

  private static Project revised() {
    return base()
        .totalInvestment(cny("1000"))
        .addTotalInvestmentRevision(UP)
        .addTotalInvestmentRevision(DOWN)
        .build();
  }

  private static ProgressReport report(YearMonth month, String completed) {
    return ProgressReport.builder().month(month).completedInvestment(cny(completed)).build();
  }

  @Test
  void theOriginalIsInForceUntilTheDayBeforeTheFirstRevision() {
    Project p = revised();
    assertThat(p.totalInvestment()).contains(cny("1000"));
    assertThat(p.totalInvestmentOn(LocalDate.of(1990, 1, 1))).contains(cny("1000"));
    assertThat(p.totalInvestmentOn(LocalDate.of(2024, 2, 29))).contains(cny("1000"));
    assertThat(p.totalInvestmentOn(MARCH_1)).contains(cny("1200"));
    assertThat(p.totalInvestmentOn(LocalDate.of(2024, 9, 14))).contains(cny("1200"));
    assertThat(p.totalInvestmentOn(SEPTEMBER_15)).contains(cny("900"));
    assertThat(p.totalInvestmentOn(LocalDate.of(2030, 1, 1))).contains(cny("900"));
    assertThat(p.latestTotalInvestment()).contains(cny("900"));
    assertThat(p.latestTotalInvestmentProvenance()).isEqualTo(Provenance.REPORTED);
    assertThat(p.totalInvestmentRevisions()).containsExactly(UP, DOWN);
    assertThat(p.violations()).isEmpty();
  }

  @Test
  void withoutRevisionsTheOriginalIsAlwaysInForce() {
    Project p = base().totalInvestment(cny("1000")).build();
    assertThat(p.totalInvestmentOn(MARCH_1)).contains(cny("1000"));
    assertThat(p.latestTotalInvestment()).contains(cny("1000"));
    assertThat(p.latestTotalInvestmentProvenance()).isEqualTo(Provenance.REPORTED);
    Project none = base().build();
    assertThat(none.totalInvestmentOn(MARCH_1)).isEmpty();
    assertThat(none.latestTotalInvestment()).isEmpty();
  }

  @Test
  void theLatestProvenanceIsThatOfTheLatestRevision() {
    Project p = base().totalInvestment(cny("1000")).addTotalInvestmentRevision(UP).build();
    assertThat(p.latestTotalInvestment()).contains(cny("1200"));
    assertThat(p.latestTotalInvestmentProvenance()).isEqualTo(Provenance.ESTIMATED);
  }

  @Test
  void anOverrunIsMeasuredAgainstTheTotalInForceAtTheEndOfTheReportsMonth() {
    // February: 1100 > 1000 (the original, in force on 02-29): overrun.
    // March: 1150 <= 1200 (revised on 03-01, in force on 03-31): none.
    // September: 1150 > 900 (revised on 09-15, in force on 09-30): overrun.
    Project p =
        base()
            .totalInvestment(cny("1000"))
            .addTotalInvestmentRevision(UP)
            .addTotalInvestmentRevision(DOWN)
            .addProgressReport(report(YearMonth.of(2024, 2), "1100"))
            .addProgressReport(report(YearMonth.of(2024, 3), "1150"))
            .addProgressReport(report(YearMonth.of(2024, 9), "1150"))
            .build();
    assertThat(p.violations())
        .extracting(Violation::rule, Violation::severity, v -> v.path().orElseThrow())
        .containsExactly(
            tuple(
                Violation.Rule.COST_OVERRUN,
                Violation.Severity.WARNING,
                "progressReports[2024-02].completedInvestment"),
            tuple(
                Violation.Rule.COST_OVERRUN,
                Violation.Severity.WARNING,
                "progressReports[2024-09].completedInvestment"));
    assertThat(p.violations().get(0).message())
        .isEqualTo(
            "Project 'p-rev' 'progressReports[2024-02].completedInvestment' CNY 1100.00 exceeds"
                + " 'totalInvestment' CNY 1000.00 in force on 2024-02-29 (cost overrun)");
    assertThat(p.violations().get(1).message())
        .isEqualTo(
            "Project 'p-rev' 'progressReports[2024-09].completedInvestment' CNY 1150.00 exceeds"
                + " 'totalInvestment' CNY 900.00 in force on 2024-09-30 (cost overrun)");
  }

  @Test
  void fundsInPlaceAreHeldAgainstTheTotalInForceAndPlansAgainstTheLatest() {
    Project.Builder b =
        base()
            .totalInvestment(cny("1000"))
            .addTotalInvestmentRevision(UP)
            .addTotalInvestmentRevision(DOWN)
            // 1100 <= 1200 in force on 03-31: fine although above the original and the latest
            .addProgressReport(
                ProgressReport.builder()
                    .month(YearMonth.of(2024, 3))
                    .completedInvestment(cny("100"))
                    .fundsInPlace(cny("1100"))
                    .build())
            // plans 500 + 450 = 950 > 900, the latest total
            .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny("500")))
            .addAnnualPlan(AnnualPlan.of(Year.of(2025), cny("450")));
    assertThat(b.violations())
        .extracting(Violation::rule, v -> v.path().orElseThrow(), Violation::message)
        .containsExactly(
            tuple(
                Violation.Rule.INVALID_VALUE,
                "annualPlans",
                "Project 'p-rev' annual plans sum to CNY 950.00, more than its 'totalInvestment'"
                    + " CNY 900.00 as revised on 2024-09-15"));
  }

  @Test
  void everyBrokenRevisionRuleIsReportedWithItsPath() {
    Project.Builder b =
        base()
            .addTotalInvestmentRevision(InvestmentRevision.of(MARCH_1, Money.of("USD", "5")))
            .addTotalInvestmentRevision(InvestmentRevision.of(SEPTEMBER_15, cny("-1")))
            .addTotalInvestmentRevision(InvestmentRevision.of(SEPTEMBER_15, cny("7")))
            .addTotalInvestmentRevision(InvestmentRevision.of(MARCH_1, cny("8")));
    assertThat(b.violations())
        .extracting(v -> v.rule().code(), v -> v.path().orElseThrow(), Violation::message)
        .containsExactly(
            tuple(
                "missing-value",
                "totalInvestment",
                "Project 'p-rev' has 4 'totalInvestmentRevisions' but no original"
                    + " 'totalInvestment' to revise"),
            tuple(
                "invalid-value",
                "totalInvestmentRevisions[0].total",
                "Project 'p-rev' 'totalInvestmentRevisions[0].total' must be in the project's"
                    + " currency CNY, but was USD 5.00"),
            tuple(
                "invalid-value",
                "totalInvestmentRevisions[1].total",
                "Project 'p-rev' 'totalInvestmentRevisions[1].total' must not be negative, but"
                    + " was CNY -1.00"),
            tuple(
                "invalid-value",
                "totalInvestmentRevisions[2].date",
                "Project 'p-rev' 'totalInvestmentRevisions' must be in ascending, distinct"
                    + " dates, but 2024-09-15 follows 2024-09-15"),
            tuple(
                "invalid-value",
                "totalInvestmentRevisions[3].date",
                "Project 'p-rev' 'totalInvestmentRevisions' must be in ascending, distinct"
                    + " dates, but 2024-03-01 follows 2024-09-15"));
    assertThat(b.violations()).allMatch(Violation::isError);
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidProjectException.class,
            e -> assertThat(e.violations()).isEqualTo(b.violations()));
  }

  @Test
  void withTotalInvestmentRevisionPutsARevisionInDateOrder() {
    Project original = base().totalInvestment(cny("1000")).build();
    Project p = original.withTotalInvestmentRevision(DOWN).withTotalInvestmentRevision(UP);
    assertThat(p).isEqualTo(revised());
    InvestmentRevision again = InvestmentRevision.of(MARCH_1, cny("1300"));
    assertThat(p.withTotalInvestmentRevision(again).totalInvestmentRevisions())
        .containsExactly(again, DOWN);
    assertThatThrownBy(() -> base().build().withTotalInvestmentRevision(UP))
        .isInstanceOf(InvalidProjectException.class)
        .hasMessage(
            "Project 'p-rev' has 1 'totalInvestmentRevisions' but no original 'totalInvestment'"
                + " to revise");
  }

  @Test
  void otherEditsKeepTheRevisions() {
    Project p =
        revised()
            .withProgressReport(report(YearMonth.of(2024, 4), "10"))
            .withStatusChange(LocalDate.of(2024, 4, 1), Status.SIGNED);
    assertThat(p.totalInvestmentRevisions()).containsExactly(UP, DOWN);
  }
}
