package io.github.attract.sparktest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Pivot;
import io.github.attract.measure.Unit;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import io.github.attract.spark.Attract;
import io.github.attract.spark.BreakdownSpec;
import io.github.attract.spark.PivotSpec;
import io.github.attract.spark.ProjectDatasets;
import io.github.attract.spark.Query;
import io.github.attract.spark.QueryDimension;
import io.github.attract.spark.QueryMeasure;
import io.github.attract.spark.ReferenceData;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark's breakdowns and pivots equal the local ones, exactly, for generated portfolios (several
 * currencies, amounts beyond {@code long}), any partitioning (1, 2 or 7 partitions), any chunk
 * size, and built-in or custom (serializable) dimensions and measures. Spark jobs are slow, so the
 * tries are few; run deeper with {@code -Dattract.tries=...}.
 */
class SparkAggregationProperties {
  private static SparkSession spark;

  @SuppressWarnings("unchecked")
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  private static final List<QueryDimension<?>> DIMENSIONS =
      List.of(
          QueryDimension.industry(),
          QueryDimension.industry(1),
          QueryDimension.chain(),
          QueryDimension.chainLink(),
          QueryDimension.focusArea(),
          QueryDimension.status(),
          QueryDimension.statusOn(LocalDate.of(2023, 6, 30)),
          QueryDimension.designation(),
          QueryDimension.designationKind(),
          QueryDimension.designationKind(Year.of(2023)),
          QueryDimension.location(),
          QueryDimension.location(RegionKind.PROVINCE),
          QueryDimension.sourceRegion(),
          QueryDimension.sourceRegion(RegionKind.PROVINCE),
          QueryDimension.sourceEconomicRegion(),
          QueryDimension.investor(),
          QueryDimension.sizeBand(),
          QueryDimension.startYear(),
          QueryDimension.provenance(),
          QueryDimension.of("initial", p -> Optional.of(p.name().substring(0, 1))),
          QueryDimension.ofAll("phase", p -> p.phases().stream().map(Phase::id).toList()));

  private static final List<QueryMeasure<?>> MEASURES =
      List.of(
          QueryMeasure.count(),
          QueryMeasure.totalInvestment(),
          QueryMeasure.annualPlannedInvestment(Year.of(2024)),
          QueryMeasure.completedInvestment(YearMonth.of(2024, 6)),
          QueryMeasure.completedInvestmentYearToDate(YearMonth.of(2024, 6)),
          QueryMeasure.fundsInPlace(YearMonth.of(2024, 6)),
          QueryMeasure.fundsInPlaceYearToDate(YearMonth.of(2024, 6)),
          QueryMeasure.expectedRevenue(),
          QueryMeasure.expectedProfit(),
          QueryMeasure.expectedTax(),
          QueryMeasure.expectedJobs(),
          QueryMeasure.capacity(Unit.MEGAWATT),
          QueryMeasure.money("own-total", Project::totalInvestment));

  /** How the projects are laid out on Spark: partitions and projects per chunk. */
  private record Layout(int partitions, int chunkSize) {}

  /** What is asked: the dimensions of a breakdown (the first) and a pivot, and the measures. */
  private record Ask(QueryDimension<?> first, QueryDimension<?> second, List<QueryMeasure<?>> m) {}

  private static final Gen<Layout> LAYOUTS =
      Gens.combine(Gens.elements(1, 2, 7), Gens.elements(1, 3, 8192), Layout::new);

  private static final Gen<Ask> ASKS =
      Gens.combine(
          Gens.elements(DIMENSIONS),
          Gens.elements(DIMENSIONS),
          DomainGens.subsets(MEASURES, 5),
          Ask::new);

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void breakdownsAndPivotsEqualTheLocalOnesWhateverThePartitioning() {
    Property.forAll(PORTFOLIOS, LAYOUTS, ASKS)
        .tries(24)
        .check(
            (portfolio, layout, ask) -> {
              Attract attract =
                  Attract.on(spark, ReferenceData.of(portfolio)).withChunkSize(layout.chunkSize());
              Dataset<Project> projects = dataset(portfolio, layout.partitions());
              QueryMeasure<?>[] measures = ask.m().toArray(new QueryMeasure<?>[0]);
              try {
                BreakdownSpec<?> breakdown = Query.all().by(ask.first()).measuring(measures);
                Breakdown<?> distributed = attract.run(projects, breakdown);
                assertThat(distributed).isEqualTo(breakdown.over(portfolio));
                assertThat(distributed.isMergeable()).isTrue();

                PivotSpec<?, ?> pivot =
                    Query.all().by(ask.first(), ask.second()).measuring(measures);
                Pivot<?, ?> grid = projects.select(attract.pivot(pivot)).first();
                assertThat(grid).isEqualTo(pivot.over(portfolio));
              } finally {
                attract.release();
              }
            });
  }

  @Test
  void conditionsNarrowAsLocally() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    Property.forAll(PORTFOLIOS, Gens.elements(1, 2, 7))
        .tries(8)
        .check(
            (portfolio, partitions) -> {
              Attract attract = Attract.on(spark, ReferenceData.of(portfolio)).withChunkSize(4);
              try {
                BreakdownSpec<?> q =
                    Query.all()
                        .where(p -> !p.phases().isEmpty())
                        .where(
                            QueryDimension.statusOn(asOf),
                            s -> s.isAtOrBeyond(io.github.attract.project.Status.SIGNED))
                        .by(QueryDimension.industry(1))
                        .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
                assertThat(attract.run(dataset(portfolio, partitions), q))
                    .isEqualTo(q.over(portfolio));
              } finally {
                attract.release();
              }
            });
  }

  static Dataset<Project> dataset(Portfolio portfolio, int partitions) {
    return spark
        .createDataset(portfolio.projects(), ProjectDatasets.encoder())
        .repartition(partitions);
  }
}
