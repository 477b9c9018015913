package io.github.attract.benchmarks;

import io.github.attract.calc.Pivot;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * Regime 2, a repeated question: the same question ({@link Question#DEFAULT}) every invocation, and
 * every variant is given the question's columns materialised beforehand. Attract reads the columns
 * its first run cached; DuckDB groups a table made by {@code CREATE TABLE AS} of the as-of
 * projection; the hand loop over the materialised primitive columns is the limit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepeatedQuestionBenchmark {
  /** The Attract portfolio, its index and the question's columns built by a first run. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class AttractData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio portfolio;

    /** Builds the portfolio and checks both Attract variants (the first run caches the columns). */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      Breakdown expected = Oracle.of(data);
      Trials.verify(
          expected,
          Trials.timed(
              "first Attract breakdown",
              () -> AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, false))),
          "attractSequential");
      Trials.verify(
          expected,
          AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, true)),
          "attractParallel");
      Trials.settle();
    }
  }

  /** The question's columns, materialised as primitive arrays. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class MaterialisedData {
    /** The number of projects. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    HandLoops.Materialised columns;

    /** Evaluates the question once into columns and checks the loop over them. */
    @Setup(Level.Trial)
    public void setUp() {
      SyntheticPortfolio data = Trials.data(size);
      columns = HandLoops.Materialised.of(Columns.of(data), Question.DEFAULT);
      Trials.verify(Oracle.of(data), HandLoops.overMaterialised(columns), "handLoopMaterialised");
      Trials.settle();
    }
  }

  /** DuckDB with the question's as-of projection materialised as a table, 1 or 2 threads. */
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

    /**
     * Loads the tables, materialises the projection and checks the query.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      SyntheticPortfolio data = Trials.data(size);
      connection = (DuckDBConnection) DriverManager.getConnection(SqlTables.DUCKDB_URL);
      SqlTables.threads(connection, threads);
      SqlTables.loadDuckDb(connection, data);
      SqlTables.materialise(connection, Question.DEFAULT);
      query = connection.prepareStatement(SqlTables.DUCKDB_MATERIALISED_QUERY);
      Trials.verify(Oracle.of(data), SqlTables.read(query), "duckDbMaterialised");
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
   * Attract's aggregation API on the calling thread, the question's columns cached.
   *
   * @param s the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractSequential(AttractData s) {
    return AttractBreakdown.run(s.portfolio, false);
  }

  /**
   * Attract's aggregation API split over the common fork/join pool, the question's columns cached.
   *
   * @param s the portfolio
   * @return the pivot
   */
  @Benchmark
  public Pivot<IndustryId, Status> attractParallel(AttractData s) {
    return AttractBreakdown.run(s.portfolio, true);
  }

  /**
   * Hand loop over the materialised primitive columns: the limit.
   *
   * @param s the columns
   * @return the breakdown
   */
  @Benchmark
  public Breakdown handLoopMaterialised(MaterialisedData s) {
    return HandLoops.overMaterialised(s.columns);
  }

  /**
   * DuckDB {@code GROUP BY} over the materialised projection.
   *
   * @param s the database
   * @return the breakdown
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Breakdown duckDbMaterialised(DuckDbData s) throws SQLException {
    return SqlTables.read(s.query);
  }
}
