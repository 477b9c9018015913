package io.github.attract.benchmarks;

import io.github.attract.calc.Pivot;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Regime 1, a new question: every invocation of every variant asks {@link Question#fresh} of the
 * next number, a day, month and year not asked just before, so each variant evaluates the histories
 * as of them. Attract's portfolio is indexed (its index and history columns were built in set-up),
 * but no column of the question is cached; the SQL peers have their tables loaded. Each state's
 * set-up checks three questions against {@link Oracle} (a mismatch aborts the trial).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FreshQuestionBenchmark {
  /** Questions checked in set-up: far from the ones measured, so they cache nothing for them. */
  static final long CHECKED = 1_000_000;

  /** The Attract portfolio, indexed. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class AttractData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio portfolio;
    long next;

    /** Builds the portfolio, its index and history columns, and checks three questions. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      for (long k = CHECKED; k < CHECKED + 3; k++) {
        Question.Ask q = Question.fresh(k);
        Breakdown expected = Oracle.of(data, q);
        Trials.verify(
            expected,
            AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, false, q)),
            "attractSequential " + q);
        Trials.verify(
            expected,
            AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, true, q)),
            "attractParallel " + q);
      }
      Trials.settle();
    }
  }

  /** The plain objects, for the hand loop and the stream. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class ObjectData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    PojoProject[] projects;
    int[] level1OfLeaf;
    long next;

    /** Builds the objects and checks both object variants. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      projects = Trials.timed("build objects", () -> PojoProject.of(data));
      level1OfLeaf = SyntheticPortfolio.level1Table();
      for (long k = CHECKED; k < CHECKED + 3; k++) {
        Question.Ask q = Question.fresh(k);
        Breakdown expected = Oracle.of(data, q);
        Trials.verify(
            expected, HandLoops.overObjects(projects, level1OfLeaf, q), "handLoopObjects " + q);
        Trials.verify(
            expected,
            StreamsBreakdown.toBreakdown(StreamsBreakdown.run(projects, level1OfLeaf, q)),
            "streamsBigDecimal " + q);
      }
      Trials.settle();
    }
  }

  /** The primitive history columns. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class ColumnData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Columns columns;
    long next;

    /** Builds the columns and checks the loop. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      columns = Columns.of(data);
      for (long k = CHECKED; k < CHECKED + 3; k++) {
        Question.Ask q = Question.fresh(k);
        Trials.verify(
            Oracle.of(data, q), HandLoops.overColumns(columns, q), "handLoopHistoryColumns " + q);
      }
      Trials.settle();
    }
  }

  /** The H2 in-memory database. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class H2Data {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Connection connection;
    PreparedStatement query;
    long next;

    /**
     * Loads the tables and checks the query.
     *
     * @throws SQLException if H2 fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      SyntheticPortfolio data = Trials.data(size);
      connection = DriverManager.getConnection(SqlTables.H2_URL);
      Trials.timed(
          "load H2",
          () -> {
            try {
              SqlTables.loadH2(connection, data);
            } catch (SQLException e) {
              throw new IllegalStateException("Loading H2 failed", e);
            }
            return connection;
          });
      query = connection.prepareStatement(SqlTables.H2_QUERY);
      for (long k = CHECKED; k < CHECKED + 3; k++) {
        Question.Ask q = Question.fresh(k);
        Trials.verify(Oracle.of(data, q), SqlTables.run(query, q), "h2 " + q);
      }
      Trials.settle();
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if H2 fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      query.close();
      connection.close();
    }
  }

  /** The DuckDB in-memory database, with 1 or 2 threads. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class DuckDbData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    /** DuckDB's threads: 1 beside Attract sequential, 2 beside Attract parallel. */
    @Param({"1", "2"})
    public int threads;

    DuckDBConnection connection;
    PreparedStatement query;
    long next;

    /**
     * Loads the tables through the appender and checks the query.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      SyntheticPortfolio data = Trials.data(size);
      connection = (DuckDBConnection) DriverManager.getConnection(SqlTables.DUCKDB_URL);
      SqlTables.threads(connection, threads);
      Trials.timed(
          "load DuckDB",
          () -> {
            try {
              SqlTables.loadDuckDb(connection, data);
            } catch (SQLException e) {
              throw new IllegalStateException("Loading DuckDB failed", e);
            }
            return connection;
          });
      query = connection.prepareStatement(SqlTables.DUCKDB_QUERY);
      for (long k = CHECKED; k < CHECKED + 3; k++) {
        Question.Ask q = Question.fresh(k);
        Trials.verify(Oracle.of(data, q), SqlTables.run(query, q), "duckDb " + q);
      }
      Trials.settle();
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      query.close();
      connection.close();
    }
  }

  /**
   * Attract's aggregation API on the calling thread.
   *
   * @param s the indexed portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractSequential(AttractData s) {
    return AttractBreakdown.run(s.portfolio, false, Question.fresh(s.next++));
  }

  /**
   * Attract's aggregation API split over the common fork/join pool.
   *
   * @param s the indexed portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractParallel(AttractData s) {
    return AttractBreakdown.run(s.portfolio, true, Question.fresh(s.next++));
  }

  /**
   * Hand loop over the plain objects, {@code long} sums.
   *
   * @param s the objects
   * @return the breakdown
   */
  @Benchmark
  public Breakdown handLoopObjects(ObjectData s) {
    return HandLoops.overObjects(s.projects, s.level1OfLeaf, Question.fresh(s.next++));
  }

  /**
   * Hand loop over primitive history columns (compressed sparse rows).
   *
   * @param s the columns
   * @return the breakdown
   */
  @Benchmark
  public Breakdown handLoopHistoryColumns(ColumnData s) {
    return HandLoops.overColumns(s.columns, Question.fresh(s.next++));
  }

  /**
   * Streams {@code groupingBy} with {@code BigDecimal} sums.
   *
   * @param s the objects
   * @return the sums by group
   */
  @Benchmark
  public Map<StreamsBreakdown.Key, StreamsBreakdown.Sums> streamsBigDecimal(ObjectData s) {
    return StreamsBreakdown.run(s.projects, s.level1OfLeaf, Question.fresh(s.next++));
  }

  /**
   * H2 in-memory {@code GROUP BY}, the question bound as parameters.
   *
   * @param s the database
   * @return the breakdown
   * @throws SQLException if H2 fails
   */
  @Benchmark
  public Breakdown h2(H2Data s) throws SQLException {
    return SqlTables.run(s.query, Question.fresh(s.next++));
  }

  /**
   * DuckDB {@code GROUP BY}, the question bound as parameters.
   *
   * @param s the database
   * @return the breakdown
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Breakdown duckDb(DuckDbData s) throws SQLException {
    return SqlTables.run(s.query, Question.fresh(s.next++));
  }
}
