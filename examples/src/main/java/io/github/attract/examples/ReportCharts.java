package io.github.attract.examples;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Row;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import io.github.attract.project.StatusChange;
import io.github.attract.projection.Milestones;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the report's charts as PNG and SVG with XChart: itemized investment by industry, and a
 * timeline of the projects' phases and status changes, project names on its y-axis, months on its
 * x-axis and the projects without any date listed beside it. Amounts are converted to {@code
 * double} only here, for plotting.
 *
 * <pre>{@code
 * List<Path> files = ReportCharts.write(portfolio, figures, Path.of("target/report"));
 * }</pre>
 */
public final class ReportCharts {
  /** The file name of the industry chart. */
  public static final String BY_INDUSTRY = "investment-by-industry.png";

  /** The file name of the timeline chart. */
  public static final String TIMELINE = "project-timeline.png";

  /** The file name of the industry chart as SVG. */
  public static final String BY_INDUSTRY_SVG = "investment-by-industry.svg";

  /** The file name of the timeline chart as SVG. */
  public static final String TIMELINE_SVG = "project-timeline.svg";

  private ReportCharts() {}

  /**
   * Writes both charts into a folder, creating it, each as PNG and as SVG.
   *
   * @param portfolio the portfolio
   * @param figures its figures
   * @param folder the folder
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(
      Portfolio portfolio, ShuangyashanFigures figures, Path folder) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(folder);
    CategoryChart industry = byIndustry(portfolio, figures);
    XYChart timeline = timeline(portfolio, figures.asOf());
    ImmutableList<Path> files =
        ImmutableList.of(
            folder.resolve(BY_INDUSTRY),
            folder.resolve(TIMELINE),
            folder.resolve(BY_INDUSTRY_SVG),
            folder.resolve(TIMELINE_SVG));
    save(industry, files.get(0));
    save(timeline, files.get(1));
    saveSvg(industry, files.get(2));
    saveSvg(timeline, files.get(3));
    return files;
  }

  /**
   * Builds the bar chart of itemized total investment by level-1 industry, in billion yuan.
   *
   * @param portfolio the portfolio
   * @param figures its figures
   * @return the chart
   */
  public static CategoryChart byIndustry(Portfolio portfolio, ShuangyashanFigures figures) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1000)
            .height(560)
            .title("Shuangyashan 2023: itemized total investment by industry (0 = not stated)")
            .xAxisTitle("Industry (level 1)")
            .yAxisTitle("Billion yuan")
            .build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(20);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    List<String> names = new ArrayList<>();
    List<Number> values = new ArrayList<>();
    for (Row<IndustryId> row : figures.byIndustry().rows()) {
      MultiCurrencyAmount inv = row.get(Measures.totalInvestment());
      if (!row.group().key().isPresent()) {
        continue;
      }
      IndustryId id = row.group().key().orElseThrow();
      names.add(portfolio.industries().industry(id).map(i -> i.name()).orElse(id.toString()));
      BigDecimal billions =
          inv.isEmpty() ? BigDecimal.ZERO : ReportUnit.BILLION.amountOf(inv.toMoney());
      values.add(billions.doubleValue());
    }
    chart.addSeries("Total investment", names, values);
    return chart;
  }

  /**
   * Builds the timeline: one row per project, named on the y-axis, a bar for each planned phase or
   * construction period, a dot for each dated status change, months on the x-axis. Projects with no
   * date at all are listed in a note inside the chart (see {@link #undated(Portfolio)}).
   *
   * @param portfolio the portfolio
   * @param asOf the as-of date, drawn as a vertical line
   * @return the chart
   */
  public static XYChart timeline(Portfolio portfolio, LocalDate asOf) {
    XYChart chart =
        new XYChartBuilder()
            .width(1400)
            .height(700)
            .title("Shuangyashan 2023: project phases (bars) and status changes (dots)")
            .xAxisTitle("Month")
            .yAxisTitle("")
            .build();
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setYAxisTickMarkSpacingHint(20);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(ReportCharts::month);
    Labels labels = Labels.english(portfolio);
    List<String> names = new ArrayList<>();
    chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> rowName(names, y));
    int row = 0;
    for (Project p : portfolio.projects()) {
      List<DateRange> periods = new ArrayList<>();
      for (Phase phase : p.phases()) {
        phase.plannedPeriod().or(phase::actualPeriod).ifPresent(periods::add);
      }
      if (periods.isEmpty()) {
        Milestones.constructionPeriod(p).ifPresent(periods::add);
      }
      List<StatusChange> changes = p.statusHistory().changes();
      if (periods.isEmpty() && changes.isEmpty()) {
        continue;
      }
      row++;
      String label = shorten(p.name());
      names.add(label);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (DateRange d : periods) {
        xs.add(year(d.start()));
        ys.add((double) row);
        xs.add(year(d.end()));
        ys.add((double) row);
      }
      if (!xs.isEmpty()) {
        XYSeries s = chart.addSeries(label + " (planned)", xs, ys);
        s.setLineWidth(8f);
        s.setMarker(SeriesMarkers.NONE);
      }
      if (!changes.isEmpty()) {
        List<Double> cx = new ArrayList<>();
        List<Double> cy = new ArrayList<>();
        for (StatusChange c : changes) {
          cx.add(year(c.date()));
          cy.add((double) row);
        }
        XYSeries s =
            chart.addSeries(
                label + ": " + labels.label(changes.get(changes.size() - 1).status()), cx, cy);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    XYSeries now =
        chart.addSeries("as of " + asOf, List.of(year(asOf), year(asOf)), List.of(0.0, row + 1.0));
    now.setMarker(SeriesMarkers.NONE);
    now.setLineColor(java.awt.Color.GRAY);
    List<String> undated = undated(portfolio);
    if (!undated.isEmpty()) {
      chart.setTitle(
          chart.getTitle()
              + "; not shown, no date: "
              + undated.size()
              + (undated.size() == 1 ? " project" : " projects"));
      for (int i = 0; i < undated.size(); i++) {
        chart.addAnnotation(
            new AnnotationText(
                (i == 0 ? "No date: " : "") + shorten(undated.get(i)),
                640,
                70 + 16 * (undated.size() - 1 - i),
                true));
      }
    }
    return chart;
  }

  /**
   * Returns the names of the projects the timeline cannot place: no phase period, no construction
   * period and no dated status change.
   *
   * @param portfolio the portfolio
   * @return their names, in portfolio order
   */
  public static ImmutableList<String> undated(Portfolio portfolio) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (Project p : portfolio.projects()) {
      boolean phased =
          p.phases().stream()
              .anyMatch(ph -> ph.plannedPeriod().isPresent() || ph.actualPeriod().isPresent());
      if (!phased
          && Milestones.constructionPeriod(p).isEmpty()
          && p.statusHistory().changes().isEmpty()) {
        names.add(p.name());
      }
    }
    return names.build();
  }

  /**
   * The project name of a row; blank between and beyond the rows. The blanks differ in length
   * because XChart discards a set of ticks whose labels repeat.
   */
  private static String rowName(List<String> names, double y) {
    long r = Math.round(y);
    if (Math.abs(y - r) < 1e-6 && r >= 1 && r <= names.size()) {
      return names.get((int) r - 1);
    }
    return " ".repeat((int) Math.max(1, Math.round(y * 2) + 2));
  }

  private static String month(double year) {
    int y = (int) Math.floor(year);
    int m = (int) Math.floor((year - y) * 12 + 1e-9) + 1;
    return String.format(java.util.Locale.ROOT, "%d-%02d", y, Math.min(m, 12));
  }

  private static String shorten(String name) {
    return name.length() <= 48 ? name : name.substring(0, 45) + "...";
  }

  private static double year(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }

  private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
    }
  }

  private static void saveSvg(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    }
  }
}
