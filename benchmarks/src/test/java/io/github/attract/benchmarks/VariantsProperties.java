package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/**
 * For any seed and size, the generator makes valid portfolios and every variant answers the
 * question exactly as the oracle does.
 */
class VariantsProperties {
  private static final Gen<Long> SEEDS = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
  private static final Gen<Integer> SIZES = Gens.ints(1, 150);

  @Test
  void everyInMemoryVariantAgreesWithTheOracle() {
    Property.forAll(SEEDS, SIZES)
        .tries(100)
        .check(
            (seed, size) -> {
              SyntheticPortfolio data = PortfolioGenerator.generate(size, seed);
              Breakdown expected = Oracle.of(data);
              int[] level1 = SyntheticPortfolio.level1Table();
              PojoProject[] objects = PojoProject.of(data);
              assertThat(expected.projects()).isEqualTo(size.longValue());
              assertThat(HandLoops.overObjects(objects, level1)).isEqualTo(expected);
              assertThat(HandLoops.overColumns(Columns.of(data))).isEqualTo(expected);
              assertThat(StreamsBreakdown.toBreakdown(StreamsBreakdown.run(objects, level1)))
                  .isEqualTo(expected);
              // Attract's builders validate every project: a bad history or sum would throw here.
              Portfolio portfolio = AttractPortfolios.of(data);
              assertThat(AttractLoop.breakdown(portfolio)).isEqualTo(expected);
              assertThat(AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, false)))
                  .isEqualTo(expected);
              assertThat(AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, true)))
                  .isEqualTo(expected);
            });
  }

  @Test
  void generatedAmountsKeepTheLedgerRules() {
    Property.forAll(SEEDS, SIZES)
        .tries(200)
        .check(
            (seed, size) -> {
              SyntheticPortfolio d = PortfolioGenerator.generate(size, seed);
              for (int i = 0; i < size; i++) {
                long phases = 0;
                for (int k = d.phaseOffset[i]; k < d.phaseOffset[i + 1]; k++) {
                  phases += d.phaseFen[k];
                }
                assertThat(phases).isEqualTo(d.totalFen[i]);
                long plans = 0;
                for (int k = d.planOffset[i]; k < d.planOffset[i + 1]; k++) {
                  plans += d.planFen[k];
                }
                assertThat(plans).isLessThanOrEqualTo(d.totalFen[i]);
                long previous = 0;
                for (int k = d.progressOffset[i]; k < d.progressOffset[i + 1]; k++) {
                  assertThat(d.progressFen[k]).isBetween(previous, d.totalFen[i]);
                  previous = d.progressFen[k];
                }
                for (int k = d.statusOffset[i] + 1; k < d.statusOffset[i + 1]; k++) {
                  assertThat(d.statusDay[k]).isGreaterThanOrEqualTo(d.statusDay[k - 1]);
                  assertThat(
                          Question.status(d.status[k - 1])
                              .canChangeTo(Question.status(d.status[k])))
                      .isTrue();
                }
              }
            });
  }

  @Test
  void bothDatabasesAgreeWithTheOracle() {
    Property.forAll(SEEDS, SIZES)
        .tries(15)
        .check(
            (seed, size) -> {
              SyntheticPortfolio data = PortfolioGenerator.generate(size, seed);
              Breakdown expected = Oracle.of(data);
              try (Connection h2 = DriverManager.getConnection(SqlTables.H2_URL)) {
                SqlTables.loadH2(h2, data);
                try (PreparedStatement q = h2.prepareStatement(SqlTables.H2_QUERY)) {
                  assertThat(SqlTables.run(q)).isEqualTo(expected);
                }
              }
              try (DuckDBConnection duck =
                  (DuckDBConnection) DriverManager.getConnection(SqlTables.DUCKDB_URL)) {
                SqlTables.loadDuckDb(duck, data);
                try (PreparedStatement q = duck.prepareStatement(SqlTables.DUCKDB_QUERY)) {
                  assertThat(SqlTables.run(q)).isEqualTo(expected);
                }
              }
            });
  }
}
