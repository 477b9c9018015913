package io.github.attract.examples;

import io.github.attract.calc.Breakdown;
import io.github.attract.calc.FunnelStep;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Row;
import io.github.attract.calc.Shares;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.money.MoneyFormat;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.projection.OutcomeYear;
import io.github.attract.projection.ProjectOutcomes;
import io.github.attract.projection.Reconciliation;
import io.github.attract.projection.ReconciliationLine;
import io.github.attract.promotion.MetricValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Shuangyashan 2023 report: loads the example dataset, prints every headline figure of the
 * source article as computed by the library, and writes two charts.
 *
 * <pre>{@code
 * mvn -q -pl examples -am test-compile exec:java -Dexec.args="2023-06-30 target/report"
 * }</pre>
 */
public final class ShuangyashanReport {
  /** The classpath resource of the dataset. */
  public static final String DATASET = "/shuangyashan-2023.json";

  /** The article's date, the default as-of date. */
  public static final LocalDate ARTICLE_DATE = LocalDate.of(2023, 4, 24);

  private ShuangyashanReport() {}

  /**
   * Runs the report.
   *
   * @param args optional: the as-of date (ISO, default 2023-04-24) and the folder for the charts
   *     (default {@code target/report})
   * @throws IOException if the dataset cannot be read or a chart cannot be written
   */
  public static void main(String[] args) throws IOException {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : ARTICLE_DATE;
    Path out = Path.of(args.length > 1 ? args[1] : "target/report");
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Portfolio portfolio = load(console);
    ShuangyashanFigures figures = ShuangyashanFigures.compute(portfolio, asOf);
    print(portfolio, figures, console);
    for (Path chart : ReportCharts.write(portfolio, figures, out)) {
      console.println("Chart written: " + chart);
    }
  }

  /**
   * Loads the dataset from the classpath, leniently, printing any rejected record or warning.
   *
   * @param console where to print problems
   * @return the portfolio
   * @throws IOException if the resource cannot be read
   */
  public static Portfolio load(PrintStream console) throws IOException {
    try (InputStream in = ShuangyashanReport.class.getResourceAsStream(DATASET)) {
      if (in == null) {
        throw new IOException("Resource '" + DATASET + "' is missing from the classpath");
      }
      PortfolioReadResult result = PortfolioJson.reader().readLenient(in);
      result.rejected().forEach(r -> console.println("REJECTED: " + r));
      result.warnings().forEach(w -> console.println("WARNING: " + w));
      if (result.isClean()) {
        console.println(
            "Dataset " + DATASET + ": " + result.recordsRead() + " records, all valid.");
      }
      return result.portfolio();
    }
  }

  /**
   * Prints the report.
   *
   * @param portfolio the portfolio
   * @param f its figures
   * @param o where to print
   */
  public static void print(Portfolio portfolio, ShuangyashanFigures f, PrintStream o) {
    o.println();
    o.println("SHUANGYASHAN 2023 INVESTMENT PROMOTION, as of " + f.asOf());
    o.println("=".repeat(72));
    o.println("Headline figures (reported figures, read through the library)");
    o.println("  Q1 promotion activities           " + f.q1Activities());
    o.println(
        "  Q1 contracted projects            "
            + f.q1Contracts()
            + ", "
            + money(f.q1ContractValue()));
    o.println(
        "  Zhongjia Minyuan signing          "
            + f.zhongjiaSigningProjects()
            + " projects on "
            + f.zhongjiaSigningDate());
    o.println(
        "  Key construction projects 2023    "
            + f.keyProjects()
            + ", planned "
            + money(f.keyProjectsPlanned()));
    o.println(
        "    of which provincial-level       "
            + f.provincialKeyProjects()
            + ", planned "
            + money(f.provincialKeyProjectsPlanned()));
    o.println(
        "  Spring-start key projects         "
            + f.springStartProjects()
            + ", planned "
            + money(f.springStartPlanned()));
    o.println(
        "  New-energy index                  "
            + f.newEnergyIndexProjects()
            + " projects, "
            + f.newEnergyIndex());
    o.println("  Chain promotion groups            " + f.chainPromotionGroups());
    o.println("  Six leading industries            " + String.join(", ", f.leadingIndustries()));
    o.println("  Chain special classes             " + String.join(", ", f.chains()));
    o.println("  Three focuses                     " + String.join(", ", f.focusAreas()));
    o.println("  Key source regions                " + String.join(", ", f.keySourceRegions()));
    o.println();
    o.println("Named projects (itemized)");
    for (Project p : portfolio.projects()) {
      o.println(
          "  - "
              + p.name()
              + ": "
              + p.totalInvestment().map(ShuangyashanReport::money).orElse("investment not stated")
              + "; "
              + p.statusOn(f.asOf()).map(Status::toString).orElse("status not stated")
              + p.capacities().stream()
                  .map(c -> "; " + c.quantity() + " " + c.product())
                  .reduce("", String::concat));
    }
    o.println();
    o.println(
        "Itemized: "
            + f.itemizedProjects()
            + " projects, total investment "
            + money(f.itemizedInvestment()));
    o.println();
    o.println("Itemized investment by industry (level 1)");
    printBreakdown(
        f.byIndustry(),
        o,
        k -> portfolio.industries().industry(k).map(i -> i.name()).orElse(k.toString()));
    o.println();
    o.println("Itemized investment by status on " + f.asOf());
    printBreakdown(f.byStatus(), o, Status::toString);
    o.println();
    o.println("Size bands (total investment)");
    printBreakdown(
        f.bySize(),
        o,
        b ->
            b.lower().amount().signum() == 0 && b.upper().isPresent()
                ? "below " + money(b.upper().orElseThrow())
                : b.upper().isPresent()
                    ? money(b.lower()) + " to " + money(b.upper().orElseThrow())
                    : money(b.lower()) + " and above");
    o.println();
    o.println("Q1 2023 funnel");
    o.println(
        "  reported: "
            + f.q1Activities()
            + " activities -> "
            + f.q1Contracts()
            + " contracts, "
            + money(f.q1ContractValue()));
    o.println("  itemized in the dataset:");
    for (FunnelStep s : f.q1Funnel().steps()) {
      o.println(
          "    "
              + pad(s.stage().toString(), 22)
              + s.count()
              + s.conversion()
                  .flatMap(r -> r.percent(1, java.math.RoundingMode.HALF_EVEN))
                  .map(p -> "  (" + p.toPlainString() + " % of previous)")
                  .orElse(""));
    }
    o.println();
    o.println("Reconciliation: reported totals against itemized projects");
    for (Reconciliation r : f.reconciliations()) {
      for (ReconciliationLine l : r.lines()) {
        o.println(
            "  "
                + pad(r.figureId() + " " + l.metric(), 52)
                + "reported "
                + value(l.reported())
                + ", itemized "
                + l.itemized().map(ShuangyashanReport::value).orElse("-")
                + remainder(l));
      }
    }
    o.println();
    o.println(
        "Fengfan energy storage: outcome outlook 2026-2030 (ramp-up "
            + f.fengfanOutlook().rampUp()
            + ")");
    ProjectOutcomes fo = f.fengfanOutlook().projects().get(ShuangyashanFigures.FENGFAN);
    if (fo == null) {
      o.println("  no production start known");
    } else {
      o.println("  production starts " + fo.productionStart().date());
      for (OutcomeYear y : fo.years().values()) {
        o.println(
            "  "
                + y.year()
                + "  share "
                + y.share().toPlainString()
                + "  revenue "
                + y.revenue().map(ShuangyashanReport::money).orElse("-")
                + "  profit "
                + y.profit().map(ShuangyashanReport::money).orElse("-")
                + "  tax "
                + y.tax().map(ShuangyashanReport::money).orElse("-")
                + "  jobs "
                + (y.jobs().isPresent() ? y.jobs().getAsLong() : "-"));
      }
    }
    o.println(
        "  payback from 2023 (investment spread evenly, profit ramping up): "
            + f.fengfanPayback()
                .map(p -> p.setScale(2, java.math.RoundingMode.HALF_EVEN) + " years")
                .orElse("not within 2030"));
    o.println(
        "  simple payback (investment / full annual profit): "
            + f.fengfanSimplePayback()
                .map(p -> p.setScale(2, java.math.RoundingMode.HALF_EVEN) + " years")
                .orElse("-"));
    o.println();
    o.println("Capacity coming online by year");
    f.capacity()
        .added()
        .forEach(
            (dim, years) ->
                years.forEach(
                    (y, q) -> {
                      if (q.value().signum() != 0) {
                        o.println("  " + y + "  +" + q);
                      }
                    }));
    if (!f.capacity().undated().isEmpty()) {
      o.println(
          "  undated: " + f.capacity().undated().size() + " capacities without an operation date");
    }
    o.println();
    o.println("Progress against time elapsed, as of " + f.asOf());
    f.yearProgress()
        .ifPresent(
            y -> {
              o.println(
                  "  year elapsed "
                      + y.yearElapsedPercent().toPlainString()
                      + " %, construction season elapsed "
                      + y.seasonElapsedPercent().toPlainString()
                      + " %");
              o.println(
                  "  completion: "
                      + y.againstYear()
                          .map(p -> p.toString())
                          .orElse(
                              "not reported (no annual plans or progress reports itemized; "
                                  + y.projectsWithoutPlan()
                                  + " projects without plan)"));
            });
    ShuangyashanFigures.constructionElapsed(portfolio, ShuangyashanFigures.FENGFAN, f.asOf())
        .ifPresent(
            p ->
                o.println(
                    "  Fengfan: "
                        + p.toPlainString()
                        + " % of its planned construction period elapsed, completion "
                        + ShuangyashanFigures.completion(portfolio, ShuangyashanFigures.FENGFAN)
                            .map(Object::toString)
                            .orElse("-")));
  }

  /**
   * Formats money as "10.5亿元 / 1.05 billion yuan".
   *
   * @param money the amount
   * @return the text
   */
  public static String money(Money money) {
    return MoneyFormat.chinese().format(money) + " / " + MoneyFormat.english().format(money);
  }

  private static String money(MultiCurrencyAmount amount) {
    return amount.isEmpty() ? "-" : money(amount.toMoney());
  }

  private static String value(MetricValue v) {
    if (v.count().isPresent()) {
      return Long.toString(v.count().getAsLong());
    }
    Optional<Money> m = v.amount();
    return m.isPresent()
        ? money(m.orElseThrow())
        : v.quantity().map(Quantity::toString).orElse("-");
  }

  private static String remainder(ReconciliationLine l) {
    if (l.remainderCount().isPresent()) {
      return ", remainder " + l.remainderCount().getAsLong();
    }
    return l.remainderMoney()
        .map(m -> ", remainder " + money(m))
        .orElse(l.remainder().map(r -> ", remainder " + r.toPlainString()).orElse(""));
  }

  private static <K extends Comparable<?>> void printBreakdown(
      Breakdown<K> b, PrintStream o, java.util.function.Function<K, String> name) {
    Shares<K> shares = b.shares(Measures.totalInvestment());
    for (Row<K> row : b.rows()) {
      String label = row.group().key().map(name).orElse(row.group().toString());
      MultiCurrencyAmount inv = row.get(Measures.totalInvestment());
      o.println(
          "  "
              + pad(label, 44)
              + pad(row.count() + " projects", 13)
              + pad(money(inv), 44)
              + shares.of(row.group()).map(s -> s.toPlainString() + " %").orElse(""));
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
