package io.github.attract.examples;

import io.github.attract.calc.Breakdown;
import io.github.attract.calc.ChainGaps;
import io.github.attract.calc.CohortFunnel;
import io.github.attract.calc.FunnelStep;
import io.github.attract.calc.LinkCoverage;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Rate;
import io.github.attract.calc.Row;
import io.github.attract.calc.Shares;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Money;
import io.github.attract.money.MoneyFormat;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.projection.OutcomeYear;
import io.github.attract.projection.ProjectOutcomes;
import io.github.attract.projection.RampUp;
import io.github.attract.projection.Reconciliation;
import io.github.attract.projection.ReconciliationLine;
import io.github.attract.projection.TargetProgress;
import io.github.attract.promotion.MetricValue;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Shuangyashan 2023 report: loads the example dataset (or another portfolio document), prints
 * every headline figure of the source article as computed by the library, with names instead of ids
 * and power in 万千瓦 / MW, and writes two charts as PNG and SVG.
 *
 * <pre>{@code
 * mvn -q -pl examples -am test-compile exec:java -Dexec.args="2023-06-30 target/report"
 * mvn -q -pl examples -am test-compile exec:java -Dexec.args="--data my-city.json 2023-06-30"
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
   * @param args optional: {@code --data file.json} (a portfolio document; default the bundled
   *     dataset), then the as-of date (ISO, default 2023-04-24) and the folder for the charts
   *     (default {@code target/report})
   * @throws IOException if the dataset cannot be read or a chart cannot be written
   * @throws IllegalArgumentException if {@code --data} has no file after it
   */
  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    Path data = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Option '--data' needs a file, but none was given");
        }
        data = Path.of(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    LocalDate asOf = positional.size() > 0 ? LocalDate.parse(positional.get(0)) : ARTICLE_DATE;
    Path out = Path.of(positional.size() > 1 ? positional.get(1) : "target/report");
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Portfolio portfolio = data == null ? load(console) : load(data, console);
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
      report(DATASET, result, console);
      return result.portfolio();
    }
  }

  /**
   * Loads a portfolio document from a file, leniently, printing any rejected record or warning.
   *
   * @param file the portfolio document
   * @param console where to print problems
   * @return the portfolio
   * @throws IOException if the file cannot be read
   */
  public static Portfolio load(Path file, PrintStream console) throws IOException {
    PortfolioReadResult result = PortfolioJson.reader().readLenient(file);
    report(file.toString(), result, console);
    return result.portfolio();
  }

  private static void report(String name, PortfolioReadResult result, PrintStream console) {
    result.rejected().forEach(r -> console.println("REJECTED: " + r));
    result.warnings().forEach(w -> console.println("WARNING: " + w));
    if (result.isClean()) {
      console.println("Dataset " + name + ": " + result.recordsRead() + " records, all valid.");
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
    Labels en = Labels.english(portfolio);
    Labels zh = Labels.chinese(portfolio);
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
            + projects(f.zhongjiaSigningProjects())
            + " on "
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
            + projects(f.newEnergyIndexProjects())
            + ", "
            + quantity(f.newEnergyIndex()));
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
              + p.statusOn(f.asOf()).map(st -> status(st, en, zh)).orElse("status not stated")
              + p.capacities().stream()
                  .map(c -> "; " + quantity(c.quantity()) + " " + c.product())
                  .reduce("", String::concat));
    }
    List<String> undated = ReportCharts.undated(portfolio);
    if (!undated.isEmpty()) {
      o.println(
          "  Not on the timeline chart (no phase, construction period or dated status): "
              + projects(undated.size()));
      undated.forEach(n -> o.println("    " + n));
    }
    o.println();
    o.println(
        "Itemized: "
            + projects(f.itemizedProjects())
            + ", total investment "
            + money(f.itemizedInvestment()));
    o.println();
    o.println("Itemized investment by industry (level 1)");
    printBreakdown(f.byIndustry(), o, en::label);
    o.println();
    o.println("Itemized investment by status on " + f.asOf());
    printBreakdown(f.byStatus(), o, st -> status(st, en, zh));
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
              + pad(s.stage().toString().replace('-', ' '), 22)
              + s.count()
              + s.conversion()
                  .flatMap(r -> r.percent(1, java.math.RoundingMode.HALF_EVEN))
                  .map(p -> "  (" + p.toPlainString() + " % of previous stage's count)")
                  .orElse(""));
    }
    o.println();
    ChainGaps chainGaps = ChainGaps.minProjects(2);
    o.println("Industrial chains, upstream to downstream (covered: " + chainGaps.threshold() + ")");
    for (LinkCoverage l : chainGaps.analyze(portfolio)) {
      if (l.position() == 0) {
        o.println("  " + l.chain().name());
      }
      o.println(
          "    "
              + pad(l.link().name(), 40)
              + l.coverage()
              + ", "
              + projects(l.projects())
              + (l.investment().isEmpty() ? "" : ", " + l.investment()));
    }
    o.println();
    CohortFunnel cohort =
        CohortFunnel.bySigningDate(
            portfolio, DateRange.ofYear(java.time.Year.from(f.asOf())), f.asOf());
    o.println("Cohort funnel: projects signed in " + f.asOf().getYear() + ", as of " + f.asOf());
    o.println(
        "  signed "
            + cohort.signed().size()
            + " -> started "
            + cohort.started().size()
            + " ("
            + percent(cohort.startedRate())
            + ") -> producing "
            + cohort.producing().size()
            + " ("
            + percent(cohort.producingRate())
            + ")");
    CohortFunnel byActivity =
        CohortFunnel.byActivityDate(
            portfolio, DateRange.ofYear(java.time.Year.from(f.asOf())), f.asOf());
    o.println(
        "Cohort funnel: activities dated in "
            + f.asOf().getYear()
            + ", as of "
            + f.asOf()
            + " (activity-to-project links are the dataset's own; the article names none)");
    o.println(
        "  activities "
            + byActivity.activities().size()
            + " -> led to projects "
            + byActivity.fruitfulActivities().size()
            + " ("
            + percent(byActivity.projectRate())
            + "), "
            + projects(byActivity.projects().size())
            + " -> signed "
            + byActivity.signed().size()
            + " ("
            + percent(byActivity.signedRate())
            + ") -> started "
            + byActivity.started().size()
            + " ("
            + percent(byActivity.startedRate())
            + ") -> producing "
            + byActivity.producing().size()
            + " ("
            + percent(byActivity.producingRate())
            + ")");
    o.println();
    o.println(
        "Rate targets, as of " + f.asOf() + " (illustrative targets; the article states none)");
    for (TargetProgress t : TargetProgress.all(portfolio, f.asOf())) {
      if (t.rate().isPresent()) {
        o.println("  " + t.rate().get().summary(zh.label(t.targetId())));
        o.println("    " + t.metric().formula().orElseThrow());
      }
    }
    o.println();
    o.println("Reconciliation: reported totals against itemized projects");
    for (Reconciliation r : f.reconciliations()) {
      for (ReconciliationLine l : r.lines()) {
        o.println(
            "  "
                + pad(phrase(r.figureId().value()) + ": " + phrase(l.metric().code()), 64)
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
            + rampUp(f.fengfanOutlook().rampUp())
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
                + "  output "
                + plain(y.share().movePointRight(2))
                + " %"
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
                        o.println("  " + y + "  +" + quantity(q));
                      }
                    }));
    if (!f.capacity().undated().isEmpty()) {
      o.println(
          "  undated: "
              + f.capacity().undated().size()
              + (f.capacity().undated().size() == 1 ? " capacity" : " capacities")
              + " without an operation date");
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
                                  + projects(y.projectsWithoutPlan())
                                  + " without plan)"));
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

  /**
   * Formats a count of projects: "1 project", "2 projects".
   *
   * @param n the count
   * @return the text
   */
  public static String projects(long n) {
    return n + (n == 1 ? " project" : " projects");
  }

  /**
   * Formats a quantity in the units of a report: power in 万千瓦 and MW ("600万千瓦/年 / 6000 MW/a"),
   * anything else as it is.
   *
   * @param q the quantity
   * @return the text
   */
  public static String quantity(Quantity q) {
    if (q.dimension() == Dimension.POWER) {
      BigDecimal mw = q.to(Unit.MEGAWATT).value();
      return plain(mw.movePointLeft(1)) + "万千瓦 / " + plain(mw) + " MW";
    }
    if (q.dimension() == Dimension.POWER_PER_YEAR) {
      BigDecimal mw = q.to(Unit.MEGAWATT_PER_YEAR).value();
      return plain(mw.movePointLeft(1)) + "万千瓦/年 / " + plain(mw) + " MW/a";
    }
    return q.toString();
  }

  /**
   * Formats a ramp-up profile as percentages of full output by operating year: "50 % → 80 % → 100
   * %".
   *
   * @param r the profile
   * @return the text
   */
  public static String rampUp(RampUp r) {
    return r.shares().stream()
        .map(s -> plain(s.movePointRight(2)) + " %")
        .collect(Collectors.joining(" → "));
  }

  /**
   * Turns an id or code into words: "2023-provincial-key-projects" → "2023 provincial key
   * projects".
   *
   * @param code the id or code
   * @return the words
   */
  public static String phrase(String code) {
    return code.replace('-', ' ');
  }

  private static String status(Status status, Labels en, Labels zh) {
    return zh.label(status) + " / " + en.label(status);
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
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
        : v.quantity().map(ShuangyashanReport::quantity).orElse("-");
  }

  private static String remainder(ReconciliationLine l) {
    if (l.remainderCount().isPresent()) {
      return ", remainder " + l.remainderCount().getAsLong();
    }
    return l.remainderMoney()
        .map(m -> ", remainder " + money(m))
        .orElse(
            l.remainder()
                .map(
                    r ->
                        ", remainder "
                            + l.reported()
                                .quantity()
                                .map(q -> quantity(Quantity.of(r, q.unit())))
                                .orElse(r.toPlainString()))
                .orElse(""));
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
              + pad(projects(row.count()), 13)
              + pad(money(inv), 44)
              + shares.of(row.group()).map(s -> s.toPlainString() + " %").orElse(""));
    }
  }

  private static String percent(Rate r) {
    return r.percent(1, java.math.RoundingMode.HALF_EVEN)
        .map(p -> p.toPlainString() + " %")
        .orElse("undefined");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
