package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once at a tiny size, after the same set-up JMH runs, and checks its
 * answer against the oracle; no JMH fork.
 */
class BreakdownBenchmarkTest {
  private static final int TINY = 2_000;
  private final BreakdownBenchmark benchmark = new BreakdownBenchmark();
  private final Breakdown expected =
      Oracle.of(PortfolioGenerator.generate(TINY, PortfolioGenerator.DEFAULT_SEED));

  @Test
  void attractSequentialAndParallel() {
    BreakdownBenchmark.AttractData s = new BreakdownBenchmark.AttractData();
    s.size = TINY;
    s.setUp();
    assertThat(AttractBreakdown.toBreakdown(benchmark.attractSequential(s))).isEqualTo(expected);
    assertThat(AttractBreakdown.toBreakdown(benchmark.attractParallel(s))).isEqualTo(expected);
    assertThat(benchmark.attractParallel(s)).isEqualTo(benchmark.attractSequential(s));
  }

  @Test
  void attractFirstQueryOnAFreshCopy() {
    FirstQueryBenchmark.Fresh s = new FirstQueryBenchmark.Fresh();
    s.size = TINY;
    s.setUp();
    s.copy();
    assertThat(s.copy).isNotSameAs(s.portfolio).isEqualTo(s.portfolio);
    assertThat(AttractBreakdown.toBreakdown(new FirstQueryBenchmark().attractFirstQuery(s)))
        .isEqualTo(expected);
  }

  @Test
  void handLoopAndStreamOverObjects() {
    BreakdownBenchmark.ObjectData s = new BreakdownBenchmark.ObjectData();
    s.size = TINY;
    s.setUp();
    assertThat(benchmark.handLoopObjects(s)).isEqualTo(expected);
    assertThat(StreamsBreakdown.toBreakdown(benchmark.streamsBigDecimal(s))).isEqualTo(expected);
  }

  @Test
  void handLoopOverColumns() {
    BreakdownBenchmark.ColumnData s = new BreakdownBenchmark.ColumnData();
    s.size = TINY;
    s.setUp();
    assertThat(benchmark.handLoopColumns(s)).isEqualTo(expected);
  }

  @Test
  void h2() throws SQLException {
    BreakdownBenchmark.H2Data s = new BreakdownBenchmark.H2Data();
    s.size = TINY;
    s.setUp();
    try {
      assertThat(benchmark.h2(s)).isEqualTo(expected);
      assertThat(benchmark.h2(s)).isEqualTo(expected); // a second run, not from a cache
    } finally {
      s.tearDown();
    }
  }

  @Test
  void duckDb() throws SQLException {
    BreakdownBenchmark.DuckDbData s = new BreakdownBenchmark.DuckDbData();
    s.size = TINY;
    s.setUp();
    try {
      assertThat(benchmark.duckDb(s)).isEqualTo(expected);
    } finally {
      s.tearDown();
    }
  }

  @Test
  void aVariantThatDiffersFromTheOracleAbortsTheTrial() {
    Breakdown wrong = new Breakdown(SyntheticPortfolio.industriesL1());
    wrong.add(2, 4, 1, 100, 0, 0);
    assertThatThrownBy(() -> Trials.verify(expected, wrong, "broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Variant 'broken' must return the oracle's sums, but differs in")
        .hasMessageContaining("expected [count=");
    Breakdown oneFenOff = new Breakdown(SyntheticPortfolio.industriesL1());
    oneFenOff.add(0, 0, 0, 0, 0, 1);
    assertThatThrownBy(() -> Breakdown.requireSame(new Breakdown(8), oneFenOff, "off-by-one"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Variant 'off-by-one' must return the oracle's sums, but differs in industry 0 x"
                + " 'lead': expected [count=0, total=0, planned=0, completed=0], was [count=0,"
                + " total=0, planned=0, completed=1]");
  }
}
