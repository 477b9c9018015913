package io.github.attract.sparktest;

import io.github.attract.calc.Pivot;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.spark.Attract;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * The README's Spark example: one question (level-1 industry x status at the end of 2024: count and
 * total investment) over a million generated projects, asked on this machine with {@code
 * Aggregation.over(portfolio)} and on Spark in local mode, with the wall time of each and a check
 * that the answers are equal. Projects are made from their number alone, so Spark's executors
 * generate them and the driver never holds them; the local run needs them all in memory.
 *
 * <p>Run from the repository root (not a test; it prints timings and asserts nothing):
 *
 * <pre>
 * mvn -B -pl spark -am test-compile
 * java -Xmx6g $(spark JVM options) -cp ... io.github.attract.sparktest.MillionProjectsExample 1000000
 * </pre>
 *
 * (the spark module's README gives the full command).
 */
public final class MillionProjectsExample {
  private static final int ROOTS = 8;
  private static final int CHILDREN = 6;
  private static final int PROVINCES = 6;
  private static final int CITIES = 5;
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private MillionProjectsExample() {}

  /**
   * Runs the example.
   *
   * @param args the number of projects (default 1,000,000) and the Spark master (default local[2])
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String master = args.length > 1 ? args[1] : "local[2]";
    ReferenceData reference = ReferenceData.of(reference());
    PivotSpec<IndustryId, Status> q =
        Query.all()
            .by(QueryDimension.industry(1), QueryDimension.statusOn(AS_OF))
            .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());

    long t0 = System.nanoTime();
    List<Project> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(project(i));
    }
    Portfolio portfolio = reference.portfolio().toBuilder().addAllProjects(all).build();
    all = null;
    long t1 = System.nanoTime();
    Pivot<IndustryId, Status> local = q.over(portfolio);
    long t2 = System.nanoTime();
    Pivot<IndustryId, Status> again = q.over(portfolio);
    long t3 = System.nanoTime();
    portfolio = null;
    System.out.printf(
        "local: generate and build the portfolio %.1f s, first query %.2f s, repeated query %.3f s%n",
        seconds(t0, t1), seconds(t1, t2), seconds(t2, t3));

    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("attract-million")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      Attract attract = Attract.on(spark, reference);
      long t4 = System.nanoTime();
      Dataset<Project> projects =
          spark
              .range(n)
              .map(
                  (MapFunction<Long, Project>) i -> project(i.intValue()),
                  ProjectDatasets.encoder());
      Pivot<IndustryId, Status> distributed = projects.select(attract.pivot(q)).first();
      long t5 = System.nanoTime();
      System.out.printf(
          "spark %s: generate, encode and aggregate %.1f s (%d partitions)%n",
          master, seconds(t4, t5), projects.rdd().getNumPartitions());
      System.out.println("equal to the local pivot: " + distributed.equals(local));
      System.out.println("repeated local query equal: " + again.equals(local));
      System.out.println(distributed.total());
    } finally {
      spark.stop();
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  /** Project number {@code i}: the same on every machine, drawn from a generator seeded by it. */
  static Project project(int i) {
    SplittableRandom r = new SplittableRandom(0x5DEECE66DL * (i + 1L));
    int root = r.nextInt(ROOTS);
    int child = r.nextInt(CHILDREN);
    int province = r.nextInt(PROVINCES);
    int city = r.nextInt(CITIES);
    LocalDate signed = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800));
    StatusHistory history = StatusHistory.empty().then(signed, Status.SIGNED);
    if (r.nextInt(3) > 0) {
      history = history.then(signed.plusDays(30 + r.nextInt(300)), Status.UNDER_CONSTRUCTION);
    }
    return Project.builder()
        .id(ProjectId.of(String.format("p-%07d", i)))
        .name("Project " + i)
        .location(RegionId.of("c-" + province + "-" + city))
        .industry(IndustryId.of("i-" + root + "-" + child))
        .totalInvestment(Money.ofMinor(Currencies.CNY, 1 + r.nextLong(100_000_000_000_000L)))
        .statusHistory(history)
        .build();
  }

  private static Portfolio reference() {
    List<Industry> industries = new ArrayList<>();
    for (int root = 0; root < ROOTS; root++) {
      IndustryId rootId = IndustryId.of("i-" + root);
      industries.add(Industry.of(rootId, "Industry " + root));
      for (int child = 0; child < CHILDREN; child++) {
        industries.add(
            Industry.of(IndustryId.of("i-" + root + "-" + child), "Industry " + root, rootId));
      }
    }
    List<Region> regions = new ArrayList<>();
    RegionId country = RegionId.of("cn");
    regions.add(Region.of(country, "Country", RegionKind.COUNTRY));
    for (int p = 0; p < PROVINCES; p++) {
      RegionId province = RegionId.of("p-" + p);
      regions.add(Region.of(province, "Province " + p, RegionKind.PROVINCE, country));
      for (int c = 0; c < CITIES; c++) {
        regions.add(
            Region.of(RegionId.of("c-" + p + "-" + c), "City " + c, RegionKind.CITY, province));
      }
    }
    return Portfolio.builder()
        .industries(IndustryTaxonomy.of("example", industries))
        .regions(RegionHierarchy.of(regions))
        .build();
  }
}
