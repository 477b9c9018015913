package io.github.attract.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Variants (d) and (e): the same projects as relational tables in H2 and DuckDB, loaded before
 * timing, and each engine's idiomatic query for {@link Question}.
 *
 * <p>The schema is what a ledger database holds: a {@code project} table and one table per list
 * ({@code status_change}, {@code annual_plan}, {@code progress}), amounts as {@code BIGINT} fen
 * (faster in both engines than {@code DECIMAL}). In favour of the peers, each project row carries
 * its level-1 industry, so no join with the taxonomy is needed.
 *
 * <p>H2 answers through correlated sub-queries on the primary keys (it has no hash join); DuckDB
 * through hash joins and {@code arg_max}. Both have to evaluate the histories as of the question's
 * dates, as every other variant does.
 */
final class SqlTables {
  /**
   * The H2 URL: a private in-memory database with result reuse off, or H2 answers a repeated query
   * from a cache while the tables are unchanged.
   */
  static final String H2_URL = "jdbc:h2:mem:;OPTIMIZE_REUSE_RESULTS=0";

  /** The DuckDB URL: a private in-memory database, default settings (threads = cores). */
  static final String DUCKDB_URL = "jdbc:duckdb:";

  // The question's day, year and month are parameters, bound per execution (see bind).
  private static final String AS_OF = "CAST(? AS DATE)";
  private static final String MONTH = "CAST(? AS DATE)";
  private static final String YEAR = "?";

  /** H2's query: one correlated look-up per list, on the primary keys. */
  static final String H2_QUERY =
      "SELECT l1, st, COUNT(*), SUM(total), SUM(planned), SUM(completed) FROM ("
          + " SELECT p.industry_l1 AS l1,"
          + "  COALESCE((SELECT s.status FROM status_change s"
          + "   WHERE s.project = p.id AND s.changed_on <= "
          + AS_OF
          + "   ORDER BY s.seq DESC FETCH FIRST 1 ROW ONLY), "
          + Question.NO_STATUS
          + ") AS st,"
          + "  p.total AS total,"
          + "  COALESCE((SELECT a.planned FROM annual_plan a"
          + "   WHERE a.project = p.id AND a.plan_year = "
          + YEAR
          + "), 0) AS planned,"
          + "  COALESCE((SELECT g.completed FROM progress g"
          + "   WHERE g.project = p.id AND g.report_month <= "
          + MONTH
          + "   ORDER BY g.report_month DESC FETCH FIRST 1 ROW ONLY), 0) AS completed"
          + " FROM project p) t"
          + " GROUP BY l1, st";

  /** DuckDB's as-of values of each list, by {@code arg_max} (three parameters). */
  private static final String DUCKDB_AS_OF =
      "WITH st AS (SELECT project, arg_max(status, seq) AS status FROM status_change"
          + "  WHERE changed_on <= "
          + AS_OF
          + "  GROUP BY project),"
          + " pl AS (SELECT project, planned FROM annual_plan WHERE plan_year = "
          + YEAR
          + "),"
          + " pr AS (SELECT project, arg_max(completed, report_month) AS completed FROM progress"
          + "  WHERE report_month <= "
          + MONTH
          + "  GROUP BY project)";

  /** The hash joins of the projects with their as-of values. */
  private static final String DUCKDB_JOINS =
      " FROM project p"
          + " LEFT JOIN st ON st.project = p.id"
          + " LEFT JOIN pl ON pl.project = p.id"
          + " LEFT JOIN pr ON pr.project = p.id";

  /** DuckDB's query: as-of values by {@code arg_max}, joined by hash joins. */
  static final String DUCKDB_QUERY =
      DUCKDB_AS_OF
          + " SELECT p.industry_l1, COALESCE(st.status, "
          + Question.NO_STATUS
          + ") AS s, COUNT(*),"
          + " CAST(SUM(p.total) AS BIGINT), CAST(SUM(COALESCE(pl.planned, 0)) AS BIGINT),"
          + " CAST(SUM(COALESCE(pr.completed, 0)) AS BIGINT)"
          + DUCKDB_JOINS
          + " GROUP BY p.industry_l1, s";

  /** DuckDB's as-of projection of one question, without the grouping (three parameters). */
  private static final String DUCKDB_PROJECTION =
      DUCKDB_AS_OF
          + " SELECT p.industry_l1 AS industry_l1, CAST(COALESCE(st.status, "
          + Question.NO_STATUS
          + ") AS TINYINT) AS s,"
          + " p.total AS total, COALESCE(pl.planned, 0) AS planned,"
          + " COALESCE(pr.completed, 0) AS completed"
          + DUCKDB_JOINS;

  /**
   * DuckDB's query over the materialised projection {@code as_of_projection} of {@link
   * #materialise}.
   */
  static final String DUCKDB_MATERIALISED_QUERY =
      "SELECT industry_l1, s, COUNT(*), CAST(SUM(total) AS BIGINT),"
          + " CAST(SUM(planned) AS BIGINT), CAST(SUM(completed) AS BIGINT)"
          + " FROM as_of_projection GROUP BY industry_l1, s";

  private static final int BATCH = 10_000;

  private SqlTables() {}

  /**
   * Creates the tables in H2, with primary keys, and loads them by batched inserts in one
   * transaction.
   *
   * @param c an open H2 connection
   * @param d the synthetic data
   * @throws SQLException if H2 fails
   */
  static void loadH2(Connection c, SyntheticPortfolio d) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE project(id INT PRIMARY KEY, industry INT NOT NULL,"
              + " industry_l1 INT NOT NULL, total BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE status_change(project INT NOT NULL, seq INT NOT NULL,"
              + " changed_on DATE NOT NULL, status INT NOT NULL, PRIMARY KEY (project, seq))");
      s.execute(
          "CREATE TABLE annual_plan(project INT NOT NULL, plan_year INT NOT NULL,"
              + " planned BIGINT NOT NULL, PRIMARY KEY (project, plan_year))");
      s.execute(
          "CREATE TABLE progress(project INT NOT NULL, report_month DATE NOT NULL,"
              + " completed BIGINT NOT NULL, PRIMARY KEY (project, report_month))");
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO project VALUES (?, ?, ?, ?)");
        PreparedStatement s = c.prepareStatement("INSERT INTO status_change VALUES (?, ?, ?, ?)");
        PreparedStatement a = c.prepareStatement("INSERT INTO annual_plan VALUES (?, ?, ?)");
        PreparedStatement g = c.prepareStatement("INSERT INTO progress VALUES (?, ?, ?)")) {
      int[] pending = new int[4];
      for (int i = 0; i < d.size; i++) {
        p.setInt(1, i);
        p.setInt(2, d.industry[i]);
        p.setInt(3, SyntheticPortfolio.level1(d.industry[i]));
        p.setLong(4, d.totalFen[i]);
        batch(p, pending, 0);
        for (int k = d.statusOffset[i]; k < d.statusOffset[i + 1]; k++) {
          s.setInt(1, i);
          s.setInt(2, k - d.statusOffset[i]);
          s.setObject(3, LocalDate.ofEpochDay(d.statusDay[k]));
          s.setInt(4, d.status[k]);
          batch(s, pending, 1);
        }
        for (int k = d.planOffset[i]; k < d.planOffset[i + 1]; k++) {
          a.setInt(1, i);
          a.setInt(2, d.planYear[k]);
          a.setLong(3, d.planFen[k]);
          batch(a, pending, 2);
        }
        for (int k = d.progressOffset[i]; k < d.progressOffset[i + 1]; k++) {
          g.setInt(1, i);
          g.setObject(2, Question.month(d.progressMonth[k]).atDay(1));
          g.setLong(3, d.progressFen[k]);
          batch(g, pending, 3);
        }
      }
      p.executeBatch();
      s.executeBatch();
      a.executeBatch();
      g.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static void batch(PreparedStatement ps, int[] pending, int which) throws SQLException {
    ps.addBatch();
    if (++pending[which] == BATCH) {
      ps.executeBatch();
      pending[which] = 0;
    }
  }

  /**
   * Creates the tables in DuckDB, without indexes (it joins by hashing), and loads them through its
   * appender.
   *
   * @param c an open DuckDB connection
   * @param d the synthetic data
   * @throws SQLException if DuckDB fails
   */
  static void loadDuckDb(DuckDBConnection c, SyntheticPortfolio d) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE project(id INTEGER NOT NULL, industry INTEGER NOT NULL,"
              + " industry_l1 INTEGER NOT NULL, total BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE status_change(project INTEGER NOT NULL, seq INTEGER NOT NULL,"
              + " changed_on DATE NOT NULL, status INTEGER NOT NULL)");
      s.execute(
          "CREATE TABLE annual_plan(project INTEGER NOT NULL, plan_year INTEGER NOT NULL,"
              + " planned BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE progress(project INTEGER NOT NULL, report_month DATE NOT NULL,"
              + " completed BIGINT NOT NULL)");
    }
    try (DuckDBAppender p = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "project")) {
      for (int i = 0; i < d.size; i++) {
        p.beginRow()
            .append(i)
            .append(d.industry[i])
            .append(SyntheticPortfolio.level1(d.industry[i]))
            .append(d.totalFen[i])
            .endRow();
      }
    }
    try (DuckDBAppender s = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "status_change")) {
      for (int i = 0; i < d.size; i++) {
        for (int k = d.statusOffset[i]; k < d.statusOffset[i + 1]; k++) {
          s.beginRow()
              .append(i)
              .append(k - d.statusOffset[i])
              .append(LocalDate.ofEpochDay(d.statusDay[k]))
              .append((int) d.status[k])
              .endRow();
        }
      }
    }
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "annual_plan")) {
      for (int i = 0; i < d.size; i++) {
        for (int k = d.planOffset[i]; k < d.planOffset[i + 1]; k++) {
          a.beginRow().append(i).append(d.planYear[k]).append(d.planFen[k]).endRow();
        }
      }
    }
    try (DuckDBAppender g = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "progress")) {
      for (int i = 0; i < d.size; i++) {
        for (int k = d.progressOffset[i]; k < d.progressOffset[i + 1]; k++) {
          g.beginRow()
              .append(i)
              .append(Question.month(d.progressMonth[k]).atDay(1))
              .append(d.progressFen[k])
              .endRow();
        }
      }
    }
  }

  /**
   * Runs a prepared breakdown query and reads every row.
   *
   * @param query the prepared {@link #H2_QUERY} or {@link #DUCKDB_QUERY}
   * @return the breakdown
   * @throws SQLException if the engine fails
   */
  static Breakdown run(PreparedStatement query) throws SQLException {
    return run(query, Question.DEFAULT);
  }

  /**
   * Binds a question to a prepared breakdown query, runs it and reads every row.
   *
   * @param query the prepared {@link #H2_QUERY} or {@link #DUCKDB_QUERY}
   * @param q the question
   * @return the breakdown
   * @throws SQLException if the engine fails
   */
  static Breakdown run(PreparedStatement query, Question.Ask q) throws SQLException {
    bind(query, q);
    return read(query);
  }

  /**
   * Binds a question's day, year and month, the three parameters of both queries, in this order.
   *
   * @param query a prepared query
   * @param q the question
   * @throws SQLException if the engine fails
   */
  static void bind(PreparedStatement query, Question.Ask q) throws SQLException {
    query.setString(1, q.day().toString());
    query.setInt(2, q.year().getValue());
    query.setString(3, q.month().atDay(1).toString());
  }

  /**
   * Materialises DuckDB's as-of projection of a question as the table {@code as_of_projection}
   * ({@code CREATE TABLE AS}), for the repeated-question regime.
   *
   * @param c an open DuckDB connection with the tables loaded
   * @param q the question
   * @throws SQLException if DuckDB fails
   */
  static void materialise(Connection c, Question.Ask q) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("CREATE TABLE as_of_projection AS " + DUCKDB_PROJECTION)) {
      bind(ps, q);
      ps.execute();
    }
  }

  /**
   * Sets DuckDB's number of threads.
   *
   * @param c an open DuckDB connection
   * @param threads the threads
   * @throws SQLException if DuckDB fails
   */
  static void threads(Connection c, int threads) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /**
   * Runs a prepared query whose parameters are bound (or that has none) and reads every row.
   *
   * @param query the prepared query
   * @return the breakdown
   * @throws SQLException if the engine fails
   */
  static Breakdown read(PreparedStatement query) throws SQLException {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        b.add(
            rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
      }
    }
    return b;
  }
}
