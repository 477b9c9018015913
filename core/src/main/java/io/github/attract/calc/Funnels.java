package io.github.attract.calc;

import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.Signing;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Builds the promotion {@link Funnel} of a period or of a cohort.
 *
 * <pre>{@code
 * Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
 * Funnel cohort = Funnels.byCohort(portfolio, Year.of(2023), LocalDate.of(2023, 12, 31));
 * Funnel all = shards.stream().collect(Funnels.byPeriod(YearQuarter.of(2023, 1).toDateRange()));
 * }</pre>
 *
 * <p><b>By period</b>, a flow: the activities dated in the period; the projects signed in it (the
 * stated {@link Signing#projectCount()} of its signings, so unitemized projects count, with the
 * signings' contract value); and the projects that first reached ready-to-start, under construction
 * and in operation in it (with their total investment in force on the period's last day). A project
 * that skips a step (signed and started on one day) passes through it the same day. A cohort funnel
 * counts the total investment in force on its as-of day ({@link Project#totalInvestmentOn}).
 *
 * <p><b>By cohort</b>, a stock: the projects signed in a year (their signing date as {@link
 * Dimensions#signingYear()} defines it, on or before the as-of day), with the contract value of
 * their signings of that year; and how many of them had reached each later stage by the as-of day.
 * The activities stage counts the activities of that year up to the as-of day.
 */
public final class Funnels {
  private static final FunnelStage[] STAGES = FunnelStage.values();

  private Funnels() {}

  /**
   * Returns the funnel of a quarter.
   *
   * @param portfolio the portfolio
   * @param quarter the quarter
   * @return the funnel
   */
  public static Funnel byPeriod(Portfolio portfolio, YearQuarter quarter) {
    return byPeriod(portfolio, Objects.requireNonNull(quarter, "quarter").toDateRange());
  }

  /**
   * Returns the funnel of a period: what happened within it.
   *
   * @param portfolio the portfolio
   * @param period the period, both ends included
   * @return the funnel
   */
  public static Funnel byPeriod(Portfolio portfolio, DateRange period) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(period, "period");
    long[] counts = new long[STAGES.length];
    MultiCurrencyAmount[] money = empty();
    for (PromotionActivity a : portfolio.activities()) {
      if (period.contains(a.date())) {
        counts[0]++;
      }
    }
    for (Signing s : portfolio.signings()) {
      if (period.contains(s.date())) {
        counts[1] += s.projectCount();
        if (s.contractValue().isPresent()) {
          money[1] = money[1].plus(s.contractValue().get());
        }
      }
    }
    for (Project p : portfolio.projects()) {
      for (int i = 2; i < STAGES.length; i++) {
        Optional<LocalDate> reached = p.statusHistory().firstReached(status(STAGES[i]));
        if (reached.isPresent() && period.contains(reached.get())) {
          counts[i]++;
          money[i] = plus(money[i], p.totalInvestmentOn(period.end()));
        }
      }
    }
    return Funnel.of(basis(period), counts, money);
  }

  /**
   * Returns a collector that adds up the funnels of a period over several portfolios (the shards of
   * a ledger); unordered, and exact on parallel streams.
   *
   * @param period the period
   * @return the collector
   */
  public static Collector<Portfolio, ?, Funnel> byPeriod(DateRange period) {
    Objects.requireNonNull(period, "period");
    Funnel identity = Funnel.of(basis(period), new long[STAGES.length], empty());
    return Collector.<Portfolio, Funnel[], Funnel>of(
        () -> new Funnel[] {identity},
        (acc, p) -> acc[0] = acc[0].combinedWith(byPeriod(p, period)),
        (a, b) -> {
          a[0] = a[0].combinedWith(b[0]);
          return a;
        },
        acc -> acc[0],
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the funnel of the projects signed in a year, as they stood on a day.
   *
   * @param portfolio the portfolio
   * @param signingYear the cohort
   * @param asOf the as-of day
   * @return the funnel
   */
  public static Funnel byCohort(Portfolio portfolio, Year signingYear, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(signingYear, "signingYear");
    Objects.requireNonNull(asOf, "asOf");
    ColumnarIndex index = ColumnarIndex.of(portfolio);
    long[] counts = new long[STAGES.length];
    MultiCurrencyAmount[] money = empty();
    for (PromotionActivity a : portfolio.activities()) {
      if (Year.from(a.date()).equals(signingYear) && !a.date().isAfter(asOf)) {
        counts[0]++;
      }
    }
    for (Project p : portfolio.projects()) {
      if (!inCohort(index, p, signingYear, asOf)) {
        continue;
      }
      counts[1]++;
      for (Money share :
          index.contractShares(
              p, s -> Year.from(s.date()).equals(signingYear) && !s.date().isAfter(asOf))) {
        money[1] = money[1].plus(share);
      }
      for (int i = 2; i < STAGES.length; i++) {
        if (p.statusHistory().hasReached(status(STAGES[i]), asOf)) {
          counts[i]++;
          money[i] = plus(money[i], p.totalInvestmentOn(asOf));
        }
      }
    }
    return Funnel.of("cohort signed in " + signingYear + ", as of " + asOf, counts, money);
  }

  static boolean inCohort(ColumnarIndex index, Project p, Year signingYear, LocalDate asOf) {
    Optional<LocalDate> signed = index.signingDate(p);
    return signed.isPresent()
        && Year.from(signed.get()).equals(signingYear)
        && !signed.get().isAfter(asOf);
  }

  private static String basis(DateRange period) {
    return "period " + period;
  }

  private static Status status(FunnelStage stage) {
    return stage.status().orElseThrow();
  }

  private static MultiCurrencyAmount plus(MultiCurrencyAmount sum, Optional<Money> money) {
    return money.isPresent() ? sum.plus(money.get()) : sum;
  }

  private static MultiCurrencyAmount[] empty() {
    MultiCurrencyAmount[] money = new MultiCurrencyAmount[STAGES.length];
    java.util.Arrays.fill(money, MultiCurrencyAmount.empty());
    return money;
  }
}
