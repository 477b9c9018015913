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
 * The breakdown of {@link Question}: by level-1 industry × status as of a day, with count, total
 * investment, annual planned investment and completed investment as of a month, answered by each
 * variant over the same generated portfolio. Each state builds only its own representation, and its
 * set-up checks the variant's answer against {@link Oracle} (a mismatch aborts the trial).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BreakdownBenchmark {
  /** The Attract portfolio, its columnar index and the question's columns built by a first run. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class AttractData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio portfolio;

    /** Builds the portfolio and checks both Attract variants (the first run builds the index). */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      Breakdown expected = Oracle.of(data);
      Trials.verify(
          expected,
          Trials.timed(
              "first Attract breakdown (builds the index)",
              () -> AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, false))),
          "attractSequential");
      Trials.verify(
          expected,
          AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, true)),
          "attractParallel");
      Trials.settle();
    }
  }

  /** The plain objects, for the hand loop and the stream. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class ObjectData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    PojoProject[] projects;
    int[] level1OfLeaf;

    /** Builds the objects and checks both object variants. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      projects = Trials.timed("build objects", () -> PojoProject.of(data));
      level1OfLeaf = SyntheticPortfolio.level1Table();
      Breakdown expected = Oracle.of(data);
      Trials.verify(expected, HandLoops.overObjects(projects, level1OfLeaf), "handLoopObjects");
      Trials.verify(
          expected,
          StreamsBreakdown.toBreakdown(StreamsBreakdown.run(projects, level1OfLeaf)),
          "streamsBigDecimal");
      Trials.settle();
    }
  }

  /** The primitive columns. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class ColumnData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Columns columns;

    /** Builds the columns and checks the column loop. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      columns = Columns.of(data);
      Trials.verify(Oracle.of(data), HandLoops.overColumns(columns), "handLoopColumns");
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
      Trials.verify(Oracle.of(data), SqlTables.run(query), "h2");
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

  /** The DuckDB in-memory database. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class DuckDbData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    DuckDBConnection connection;
    PreparedStatement query;

    /**
     * Loads the tables through the appender and checks the query.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      SyntheticPortfolio data = Trials.data(size);
      connection = (DuckDBConnection) DriverManager.getConnection(SqlTables.DUCKDB_URL);
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
      Trials.verify(Oracle.of(data), SqlTables.run(query), "duckDb");
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
   * (a) Attract's aggregation API on the calling thread. The portfolio's columnar index and the
   * columns of the question's dates were built by the first run, in set-up, and are reused, as they
   * are by any repeated question on a long-lived portfolio.
   *
   * @param s the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractSequential(AttractData s) {
    return AttractBreakdown.run(s.portfolio, false);
  }

  /**
   * (a) Attract's aggregation API split over the common fork/join pool.
   *
   * @param s the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractParallel(AttractData s) {
    return AttractBreakdown.run(s.portfolio, true);
  }

  /**
   * (b) Hand loop over the plain objects, {@code long} sums.
   *
   * @param s the objects
   * @return the breakdown
   */
  @Benchmark
  public Breakdown handLoopObjects(ObjectData s) {
    return HandLoops.overObjects(s.projects, s.level1OfLeaf);
  }

  /**
   * (b) Hand loop over primitive columns: the limit.
   *
   * @param s the columns
   * @return the breakdown
   */
  @Benchmark
  public Breakdown handLoopColumns(ColumnData s) {
    return HandLoops.overColumns(s.columns);
  }

  /**
   * (c) Streams {@code groupingBy} with {@code BigDecimal} sums.
   *
   * @param s the objects
   * @return the sums by group
   */
  @Benchmark
  public Map<StreamsBreakdown.Key, StreamsBreakdown.Sums> streamsBigDecimal(ObjectData s) {
    return StreamsBreakdown.run(s.projects, s.level1OfLeaf);
  }

  /**
   * (d) H2 in-memory {@code GROUP BY}.
   *
   * @param s the database
   * @return the breakdown
   * @throws SQLException if H2 fails
   */
  @Benchmark
  public Breakdown h2(H2Data s) throws SQLException {
    return SqlTables.run(s.query);
  }

  /**
   * (e) DuckDB {@code GROUP BY}.
   *
   * @param s the database
   * @return the breakdown
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Breakdown duckDb(DuckDbData s) throws SQLException {
    return SqlTables.run(s.query);
  }
}
