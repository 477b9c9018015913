package io.github.attract.benchmarks;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.Season;
import io.github.attract.projection.SpreadProfile;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The yearly investment schedule 2023–2030 of the whole portfolio: each project's baseline spread
 * by month over its phases' planned periods in an S-curve within the cold-region building season,
 * with its annual plans fixing their years, summed by year. Issue 7 sets no peer for it; the set-up
 * checks that the parts (the years, before and after the window, unscheduled) add up exactly to the
 * portfolio's total investment.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectionBenchmark {
  static final Year FIRST = Year.of(2023);
  static final Year LAST = Year.of(2030);

  /** The Attract portfolio and the calculator. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class AttractData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio portfolio;
    Schedules schedules;

    /** Builds the portfolio and checks that the schedule adds up to the total investment. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      schedules = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()));
      long total = 0;
      for (long fen : data.totalFen) {
        total = Math.addExact(total, fen);
      }
      check(schedules.byYear(portfolio, FIRST, LAST), total);
      Trials.settle();
    }
  }

  /**
   * Checks that a schedule's parts add up to a total.
   *
   * @param s the schedule
   * @param totalFen the expected total in fen
   * @throws IllegalStateException if they do not
   */
  static void check(Schedule s, long totalFen) {
    long years = 0;
    for (Money m : s.byYear(Currencies.CNY).values()) {
      years = Math.addExact(years, m.minorUnitsExact());
    }
    long parts = years + fen(s.beforeWindow()) + fen(s.afterWindow()) + fen(s.unscheduledTotal());
    if (parts != totalFen || fen(s.total()) != totalFen) {
      throw new IllegalStateException(
          "Variant 'attractSchedule' must add up to the total investment "
              + totalFen
              + ", but its parts add up to "
              + parts
              + " and its total is "
              + fen(s.total()));
    }
    System.out.println(
        "# setup: verified 'attractSchedule': "
            + s.byYear(Currencies.CNY).size()
            + " years, parts add up to the total investment");
  }

  private static long fen(MultiCurrencyAmount m) {
    return m.contains(Currencies.CNY) ? m.amount(Currencies.CNY).minorUnitsExact() : 0L;
  }

  /**
   * Attract: the baseline schedule of the portfolio by year, 2023–2030.
   *
   * @param s the portfolio and calculator
   * @return the schedule
   */
  @Benchmark
  public Schedule attractSchedule(AttractData s) {
    return s.schedules.byYear(s.portfolio, FIRST, LAST);
  }
}
