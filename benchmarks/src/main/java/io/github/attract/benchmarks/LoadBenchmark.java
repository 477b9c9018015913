package io.github.attract.benchmarks;

import io.github.attract.calc.Pivot;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * Regime 3, getting the data ready to be asked (single shot per invocation): Attract's first
 * question on a fresh copy of the portfolio (it builds the columnar index and the history columns
 * from the objects, then answers), DuckDB's load of the same rows through its appender into a new
 * database, and building the plain objects from the raw data.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
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
          "attractFirstQuestion");
      Trials.settle();
    }

    /** Makes a copy of the portfolio with no index yet; not timed. */
    @Setup(Level.Invocation)
    public void copy() {
      copy = portfolio.toBuilder().build();
    }
  }

  /** The raw data, for building the plain objects. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class RawData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    SyntheticPortfolio data;

    /** Generates the data. */
    @Setup(Level.Trial)
    public void setUp() {
      data = Trials.data(size);
      Trials.settle();
    }
  }

  /** The raw data and an empty DuckDB database per invocation, for the load. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class Raw {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    /** DuckDB's threads. */
    @Param({"1", "2"})
    public int threads;

    SyntheticPortfolio data;
    DuckDBConnection connection;

    /**
     * Generates the data and opens a first DuckDB database, so that loading the native library is
     * not timed.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      data = Trials.data(size);
      try (Connection c = DriverManager.getConnection(SqlTables.DUCKDB_URL)) {
        SqlTables.threads(c, threads);
      }
      Trials.settle();
    }

    /**
     * Opens a new, empty database; not timed.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Invocation)
    public void open() throws SQLException {
      connection = (DuckDBConnection) DriverManager.getConnection(SqlTables.DUCKDB_URL);
      SqlTables.threads(connection, threads);
    }

    /**
     * Closes the database; not timed.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Invocation)
    public void close() throws SQLException {
      connection.close();
    }
  }

  /**
   * Attract's first question on a fresh portfolio: index, history columns and the question.
   *
   * @param s a fresh copy of the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractIndexAndFirstQuestion(Fresh s) {
    return AttractBreakdown.run(s.copy, false);
  }

  /**
   * DuckDB's appender load of the four tables into an empty database.
   *
   * @param s the raw data and the database
   * @return the connection
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public DuckDBConnection duckDbLoad(Raw s) throws SQLException {
    SqlTables.loadDuckDb(s.connection, s.data);
    return s.connection;
  }

  /**
   * Building the plain objects from the raw data.
   *
   * @param s the raw data
   * @return the objects
   */
  @Benchmark
  public PojoProject[] pojoBuild(RawData s) {
    return PojoProject.of(s.data);
  }
}
