package io.github.attract.benchmarks;

import io.github.attract.calc.Pivot;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
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
 * The first breakdown on a portfolio: Attract builds its columnar index and the columns of the
 * question's dates from the objects, then aggregates. Every invocation gets a fresh copy of the
 * portfolio (same project objects, empty index), so this is the cost of a question the portfolio
 * has not seen, the work the peers do on every run. Single-shot: one invocation per iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FirstQueryBenchmark {
  /** The portfolio and a fresh copy of it per invocation. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class Fresh {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio portfolio;
    Portfolio copy;

    /** Builds the portfolio and checks the first run on a copy. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      Trials.verify(
          Oracle.of(data),
          AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio.toBuilder().build(), false)),
          "attractFirstQuery");
      Trials.settle();
    }

    /** Makes a copy of the portfolio with no index yet; not timed. */
    @Setup(Level.Invocation)
    public void copy() {
      copy = portfolio.toBuilder().build();
    }
  }

  /**
   * (a) Attract's first breakdown on a portfolio, index and columns included.
   *
   * @param s a fresh copy of the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractFirstQuery(Fresh s) {
    return AttractBreakdown.run(s.copy, false);
  }
}
