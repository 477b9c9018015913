package io.github.attract.sparktest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.spark.Attract;
import io.github.attract.spark.BreakdownSpec;
import io.github.attract.spark.PivotSpec;
import io.github.attract.spark.ProjectDatasets;
import io.github.attract.spark.Query;
import io.github.attract.spark.QueryDimension;
import io.github.attract.spark.QueryMeasure;
import io.github.attract.spark.ReferenceData;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

class SparkAggregationTest {
  private static SparkSession spark;
  private static final Portfolio PORTFOLIO = portfolio();

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void builtInsMirrorCoresDimensionsAndMeasures() {
    assertThat(QueryDimension.industry(1).dimension()).isEqualTo(Dimensions.industry(1));
    assertThat(QueryDimension.statusOn(LocalDate.of(2023, 4, 24)).name())
        .isEqualTo("status-on(2023-04-24)");
    assertThat(QueryMeasure.totalInvestment().measure()).isEqualTo(Measures.totalInvestment());
  }

  @Test
  void selectGivesTheLocalBreakdown() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    BreakdownSpec<IndustryId> q =
        Query.all()
            .by(QueryDimension.industry(1))
            .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
    Breakdown<IndustryId> b = dataset(3).select(attract.breakdown(q)).first();

    Breakdown<IndustryId> local =
        Aggregation.over(PORTFOLIO)
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    assertThat(b).isEqualTo(local);
    assertThat(b.totals(IndustryId.of("energy")).count()).isEqualTo(2);
    assertThat(b.total().get(Measures.totalInvestment()))
        .isEqualTo(
            MultiCurrencyAmount.of(Money.parse("CNY 9223372036854775807.00"))
                .plus(Money.parse("CNY 300.00")));
  }

  @Test
  void customDimensionsAndMeasuresWorkWhenSerializable() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO)).withChunkSize(1);
    QueryDimension<String> initial =
        QueryDimension.of("initial", p -> Optional.of(p.name().substring(0, 1)));
    BigDecimal half = new BigDecimal("0.5");
    QueryMeasure<MultiCurrencyAmount> halfTotal =
        QueryMeasure.money(
            "half-total",
            p -> p.totalInvestment().map(m -> m.multipliedBy(half, RoundingMode.DOWN)));
    PivotSpec<String, Status> q =
        Query.all().by(initial, QueryDimension.status()).measuring(QueryMeasure.count(), halfTotal);

    assertThat(attract.run(dataset(2), q)).isEqualTo(q.over(PORTFOLIO));
    assertThat(
            attract
                .run(dataset(2), q)
                .total()
                .get(halfTotal.measure())
                .amount(io.github.attract.money.Currencies.CNY))
        .isEqualTo(Money.parse("CNY 4611686018427388053.50"));
  }

  @Test
  void aNonSerializableFunctionFailsBeforeTheJob() {
    Object notSerializable = new Object();
    assertThatThrownBy(
            () -> QueryDimension.of("odd", p -> Optional.of(notSerializable.hashCode() + p.name())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Dimension 'odd' must be serializable to run on Spark, but it holds a"
                + " 'java.lang.Object', which is not serializable; capture only serializable"
                + " values in its lambda");
    assertThatThrownBy(
            () ->
                QueryMeasure.money(
                    "odd", p -> Optional.of(Money.parse(notSerializable.toString()))))
        .hasMessageStartingWith("Measure 'odd' must be serializable to run on Spark");
    assertThatThrownBy(() -> Query.all().where(p -> p.equals(notSerializable)))
        .hasMessageStartingWith("Query condition must be serializable to run on Spark");
  }

  @Test
  void groupByKeyAggregatesEachGroup() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    BreakdownSpec<Status> q = Query.all().by(QueryDimension.status());
    List<Tuple2<String, Breakdown<Status>>> perRegion =
        dataset(2)
            .groupByKey((MapFunction<Project, String>) p -> p.location().value(), Encoders.STRING())
            .agg(attract.breakdown(q))
            .collectAsList();

    Map<String, Breakdown<Status>> got = new TreeMap<>();
    perRegion.forEach(t -> got.put(t._1(), t._2()));
    assertThat(got).containsOnlyKeys("hb", "sys");
    for (String region : got.keySet()) {
      BreakdownSpec<Status> local =
          Query.all().where(p -> p.location().value().equals(region)).by(QueryDimension.status());
      assertThat(got.get(region)).isEqualTo(local.over(PORTFOLIO));
    }
  }

  @Test
  void aProjectThatComesTwiceCountsTwice() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    BreakdownSpec<IndustryId> q = Query.all().by(QueryDimension.industry());
    Dataset<Project> twice = dataset(1).union(dataset(2));
    Breakdown<IndustryId> once = q.over(PORTFOLIO);
    assertThat(attract.run(twice, q)).isEqualTo(once.combinedWith(once));
  }

  @Test
  void anEmptyDatasetGivesTheEmptyResult() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    BreakdownSpec<IndustryId> q = Query.all().by(QueryDimension.industry());
    Dataset<Project> none = spark.createDataset(List.<Project>of(), ProjectDatasets.encoder());
    Breakdown<IndustryId> empty = attract.run(none, q);
    assertThat(empty.rows()).isEmpty();
    assertThat(empty).isEqualTo(q.over(ReferenceData.of(PORTFOLIO).portfolio()));
  }

  @Test
  void readsAttractJsonLines(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Project p : PORTFOLIO.projects()) {
      lines.add(ProjectDatasets.toJson(p));
      lines.add("");
    }
    Path file = dir.resolve("projects.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);

    Dataset<Project> read = ProjectDatasets.fromJsonLines(spark, file.toString());
    assertThat(read.collectAsList()).containsExactlyInAnyOrderElementsOf(PORTFOLIO.projects());

    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    BreakdownSpec<RegionId> q = Query.all().by(QueryDimension.location(RegionKind.PROVINCE));
    assertThat(attract.run(read, q)).isEqualTo(q.over(PORTFOLIO));
  }

  /** The snippet of the README's "On Apache Spark" section, line for line. */
  @Test
  void theReadmeSnippetHolds(@TempDir Path dir) throws IOException {
    Portfolio referencePortfolio = PORTFOLIO;
    Path file = dir.resolve("projects.jsonl");
    Files.write(
        file,
        PORTFOLIO.projects().stream().map(ProjectDatasets::toJson).toList(),
        StandardCharsets.UTF_8);
    Portfolio portfolio = PORTFOLIO;

    Attract attract = Attract.on(spark, ReferenceData.of(referencePortfolio));
    Dataset<Project> projects = ProjectDatasets.fromJsonLines(spark, file.toString());
    PivotSpec<IndustryId, Status> q =
        Query.all()
            .by(QueryDimension.industry(1), QueryDimension.statusOn(LocalDate.of(2024, 12, 31)))
            .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
    Pivot<IndustryId, Status> grid = projects.select(attract.pivot(q)).first();

    assertThat(grid).isEqualTo(q.over(portfolio));
    assertThat(grid.cell(IndustryId.of("mining"), Status.SIGNED).count()).isEqualTo(1);
  }

  @Test
  void aBadJsonLineNamesItself() {
    assertThatThrownBy(() -> ProjectDatasets.fromJson("{\"id\": \"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Project JSON '{\"id\": \"x\"}' is not a valid project: ");
    Dataset<String> lines =
        spark.createDataset(
            List.of(
                ProjectDatasets.toJson(PORTFOLIO.projects().get(0)), "", "{\"id\": \"x\"}", "["),
            Encoders.STRING());
    List<String> violations = ProjectDatasets.jsonLineViolations(lines).collectAsList();
    assertThat(violations).hasSize(2);
    assertThat(violations)
        .anySatisfy(
            v ->
                assertThat(v).startsWith("Project JSON '{\"id\": \"x\"}' is not a valid project: "))
        .anySatisfy(v -> assertThat(v).startsWith("Project JSON '[' is not a valid project: "));
  }

  private static String statusError(String code) {
    try {
      Status.ofCode(code);
      throw new AssertionError("'" + code + "' is a status");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void readsLedgerRowsFromCsvAndParquet(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("ledger.csv");
    Files.writeString(
        csv,
        "id,name,location,industry,currency,total_investment,status_history,chain_link,"
            + "focus_areas,investors\n"
            + "p-1,Fengfan storage,sys,storage,,CNY 100.00,"
            + "2023-01-05 signed; 2023-04-07 under-construction,,,\n"
            + "p-2,Coal washing,hb,coal,CNY,,,,,\n",
        StandardCharsets.UTF_8);
    Dataset<Row> rows =
        spark
            .read()
            .option("header", "true")
            .schema(ProjectDatasets.LEDGER_SCHEMA)
            .csv(csv.toString());
    List<Project> fromCsv = ProjectDatasets.fromLedger(rows).collectAsList();

    Project p1 =
        Project.builder()
            .id(ProjectId.of("p-1"))
            .name("Fengfan storage")
            .location(RegionId.of("sys"))
            .industry(IndustryId.of("storage"))
            .totalInvestment(Money.parse("CNY 100.00"))
            .statusHistory(
                StatusHistory.empty()
                    .then(LocalDate.of(2023, 1, 5), Status.SIGNED)
                    .then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
            .build();
    Project p2 =
        Project.builder()
            .id(ProjectId.of("p-2"))
            .name("Coal washing")
            .location(RegionId.of("hb"))
            .industry(IndustryId.of("coal"))
            .build();
    assertThat(fromCsv).containsExactlyInAnyOrder(p1, p2);

    String parquet = dir.resolve("ledger.parquet").toString();
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "p-3", "Wind farm", "sys", "energy", null, "CNY 7.00", null, null, null, null)),
            ProjectDatasets.LEDGER_SCHEMA)
        .write()
        .parquet(parquet);
    List<Project> fromParquet =
        ProjectDatasets.fromLedger(spark.read().parquet(parquet)).collectAsList();
    assertThat(fromParquet).hasSize(1);
    assertThat(fromParquet.get(0).totalInvestment()).contains(Money.parse("CNY 7.00"));
  }

  @Test
  void aBadLedgerRowNamesItsIdAndColumn() {
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "p-9", "X", "sys", "coal", null, "CNY 1.2.3", null, null, null, null)),
            ProjectDatasets.LEDGER_SCHEMA);
    assertThatThrownBy(() -> ProjectDatasets.fromLedger(rows).collectAsList())
        .hasStackTraceContaining("Ledger row 'p-9' column 'total_investment' is not valid: ");
    Dataset<Row> mixed =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p-1", "A", "sys", "coal", null, null, null, null, null, null),
                RowFactory.create("p-2", null, "sys", "coal", null, null, null, null, null, null),
                RowFactory.create(
                    "p-3", "C", "sys", "coal", null, null, "2023-01-01 won", null, null, null)),
            ProjectDatasets.LEDGER_SCHEMA);
    assertThat(ProjectDatasets.ledgerViolations(mixed).collectAsList())
        .containsExactlyInAnyOrder(
            "Ledger row 'p-2' column 'name' is not valid: it is required but empty",
            "Ledger row 'p-3' column 'status_history' is not valid: " + statusError("won"));
    Dataset<Row> idsOnly =
        spark.createDataFrame(
            List.<Row>of(),
            new StructType().add("id", DataTypes.StringType).add("name", DataTypes.StringType));
    assertThatThrownBy(() -> ProjectDatasets.fromLedger(idsOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Ledger rows must have the columns [id, name, location, industry, currency,"
                + " total_investment, status_history, chain_link, focus_areas, investors], but miss"
                + " [location, industry, currency, total_investment, status_history, chain_link,"
                + " focus_areas, investors]");
  }

  @Test
  void referenceDataTravelsAsJson() throws Exception {
    ReferenceData reference = ReferenceData.of(PORTFOLIO);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(reference);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(reference);
    }
    assertThat(reference.portfolio().projects()).isEmpty();
    assertThat(reference.portfolio().regions()).isEqualTo(PORTFOLIO.regions());
  }

  @Test
  void chunkSizeMustBePositive() {
    Attract attract = Attract.on(spark, ReferenceData.of(PORTFOLIO));
    assertThat(attract.chunkSize()).isEqualTo(Attract.DEFAULT_CHUNK_SIZE);
    assertThatThrownBy(() -> attract.withChunkSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Attract 'chunkSize' must be at least 1, but was 0");
  }

  private static Dataset<Project> dataset(int partitions) {
    List<Project> shuffled = new ArrayList<>(PORTFOLIO.projects());
    Collections.reverse(shuffled);
    return spark.createDataset(shuffled, ProjectDatasets.encoder()).repartition(partitions);
  }

  /** Two provinces' cities, three industries under two roots, an amount at Long.MAX_VALUE. */
  private static Portfolio portfolio() {
    return Portfolio.builder()
        .industries(
            IndustryTaxonomy.of(
                "test",
                List.of(
                    Industry.of(IndustryId.of("energy"), "Energy"),
                    Industry.of(IndustryId.of("storage"), "Storage", IndustryId.of("energy")),
                    Industry.of(IndustryId.of("mining"), "Mining"),
                    Industry.of(IndustryId.of("coal"), "Coal", IndustryId.of("mining")))))
        .regions(
            RegionHierarchy.of(
                List.of(
                    Region.of(RegionId.of("hlj"), "Heilongjiang", RegionKind.PROVINCE),
                    Region.of(
                        RegionId.of("sys"), "Shuangyashan", RegionKind.CITY, RegionId.of("hlj")),
                    Region.of(RegionId.of("hb"), "Hegang", RegionKind.CITY, RegionId.of("hlj")))))
        .addProject(project("a", "Alpha storage", "sys", "storage", "CNY 100.00", Status.SIGNED))
        .addProject(
            project(
                "b",
                "Beta wind",
                "sys",
                "energy",
                "CNY 9223372036854775807.00",
                Status.UNDER_CONSTRUCTION))
        .addProject(project("c", "Coal washing", "hb", "coal", "CNY 200.00", Status.SIGNED))
        .addProject(
            Project.builder()
                .id(ProjectId.of("d"))
                .name("Dormant lead")
                .location(RegionId.of("hb"))
                .industry(IndustryId.of("mining"))
                .build())
        .build();
  }

  private static Project project(
      String id, String name, String location, String industry, String total, Status status) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name(name)
        .location(RegionId.of(location))
        .industry(IndustryId.of(industry))
        .totalInvestment(Money.parse(total))
        .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 4, 7), status))
        .build();
  }
}
