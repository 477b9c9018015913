package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method of the three regimes once at a tiny size, after the same set-up JMH
 * runs, and checks its answer against the oracle; no JMH fork.
 */
class RegimeBenchmarksTest {
  private static final int TINY = 2_000;
  private static final SyntheticPortfolio DATA =
      PortfolioGenerator.generate(TINY, PortfolioGenerator.DEFAULT_SEED);
  private final FreshQuestionBenchmark fresh = new FreshQuestionBenchmark();
  private final RepeatedQuestionBenchmark repeated = new RepeatedQuestionBenchmark();
  private final Breakdown expected = Oracle.of(DATA);

  @Test
  void freshQuestionsAreNewEveryTimeAndAnsweredAsTheOracleDoes() {
    assertThat(Question.fresh(0)).isNotEqualTo(Question.fresh(1));
    assertThat(Question.fresh(0).day()).isNotEqualTo(Question.fresh(1).day());
    assertThat(Question.fresh(0).month()).isNotEqualTo(Question.fresh(1).month());
    assertThat(Question.fresh(0).year()).isNotEqualTo(Question.fresh(1).year());
    FreshQuestionBenchmark.AttractData a = new FreshQuestionBenchmark.AttractData();
    a.size = TINY;
    a.setUp();
    FreshQuestionBenchmark.ObjectData o = new FreshQuestionBenchmark.ObjectData();
    o.size = TINY;
    o.setUp();
    FreshQuestionBenchmark.ColumnData c = new FreshQuestionBenchmark.ColumnData();
    c.size = TINY;
    c.setUp();
    for (int i = 0; i < 3; i++) {
      Breakdown oracle = Oracle.of(DATA, Question.fresh(i));
      assertThat(AttractBreakdown.toBreakdown(fresh.attractSequential(a))).isEqualTo(oracle);
      assertThat(fresh.handLoopObjects(o)).isEqualTo(oracle);
      assertThat(fresh.handLoopHistoryColumns(c)).isEqualTo(oracle);
    }
    for (int i = 3; i < 6; i++) {
      Breakdown oracle = Oracle.of(DATA, Question.fresh(i));
      assertThat(AttractBreakdown.toBreakdown(fresh.attractParallel(a))).isEqualTo(oracle);
      assertThat(StreamsBreakdown.toBreakdown(fresh.streamsBigDecimal(o))).isEqualTo(oracle);
    }
    // the questions do not all have the same answer
    assertThat(Oracle.of(DATA, Question.fresh(0))).isNotEqualTo(Oracle.of(DATA, Question.fresh(1)));
  }

  @Test
  void freshQuestionsInH2AndDuckDb() throws SQLException {
    FreshQuestionBenchmark.H2Data h = new FreshQuestionBenchmark.H2Data();
    h.size = TINY;
    h.setUp();
    FreshQuestionBenchmark.DuckDbData d = new FreshQuestionBenchmark.DuckDbData();
    d.size = TINY;
    d.threads = 1;
    d.setUp();
    try {
      for (int i = 0; i < 2; i++) {
        Breakdown oracle = Oracle.of(DATA, Question.fresh(i));
        assertThat(fresh.h2(h)).isEqualTo(oracle);
        assertThat(fresh.duckDb(d)).isEqualTo(oracle);
      }
    } finally {
      h.tearDown();
      d.tearDown();
    }
  }

  @Test
  void repeatedQuestionOverMaterialisedColumns() throws SQLException {
    RepeatedQuestionBenchmark.AttractData a = new RepeatedQuestionBenchmark.AttractData();
    a.size = TINY;
    a.setUp();
    assertThat(AttractBreakdown.toBreakdown(repeated.attractSequential(a))).isEqualTo(expected);
    assertThat(AttractBreakdown.toBreakdown(repeated.attractParallel(a))).isEqualTo(expected);
    RepeatedQuestionBenchmark.MaterialisedData m = new RepeatedQuestionBenchmark.MaterialisedData();
    m.size = TINY;
    m.setUp();
    assertThat(repeated.handLoopMaterialised(m)).isEqualTo(expected);
    RepeatedQuestionBenchmark.DuckDbData d = new RepeatedQuestionBenchmark.DuckDbData();
    d.size = TINY;
    d.threads = 2;
    d.setUp();
    try {
      assertThat(repeated.duckDbMaterialised(d)).isEqualTo(expected);
    } finally {
      d.tearDown();
    }
  }

  @Test
  void loads() throws SQLException {
    LoadBenchmark load = new LoadBenchmark();
    LoadBenchmark.Fresh f = new LoadBenchmark.Fresh();
    f.size = TINY;
    f.setUp();
    f.copy();
    assertThat(f.copy).isNotSameAs(f.portfolio).isEqualTo(f.portfolio);
    assertThat(AttractBreakdown.toBreakdown(load.attractIndexAndFirstQuestion(f)))
        .isEqualTo(expected);
    LoadBenchmark.Raw r = new LoadBenchmark.Raw();
    r.size = TINY;
    r.threads = 1;
    r.setUp();
    r.open();
    try {
      PreparedStatement q = load.duckDbLoad(r).prepareStatement(SqlTables.DUCKDB_QUERY);
      assertThat(SqlTables.run(q, Question.DEFAULT)).isEqualTo(expected);
      q.close();
    } finally {
      r.close();
    }
    LoadBenchmark.RawData o = new LoadBenchmark.RawData();
    o.size = TINY;
    o.setUp();
    assertThat(HandLoops.overObjects(load.pojoBuild(o), SyntheticPortfolio.level1Table()))
        .isEqualTo(expected);
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
