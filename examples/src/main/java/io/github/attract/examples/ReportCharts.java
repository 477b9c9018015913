package io.github.attract.examples;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Row;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
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
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the report's charts as PNG with XChart: itemized investment by industry, and a timeline of
 * the projects' phases and status changes. Amounts are converted to {@code double} only here, for
 * plotting.
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

  private ReportCharts() {}

  /**
   * Writes both charts into a folder, creating it.
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
    Path industry = folder.resolve(BY_INDUSTRY);
    save(byIndustry(portfolio, figures), industry);
    Path timeline = folder.resolve(TIMELINE);
    save(timeline(portfolio, figures.asOf()), timeline);
    return ImmutableList.of(industry, timeline);
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
   * Builds the timeline: one row per project, a bar for each planned phase or construction period,
   * a dot for each dated status change.
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
            .xAxisTitle("Year")
            .yAxisTitle("Project")
            .build();
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setDecimalPattern("0.0");
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
      String label = row + ". " + shorten(p.name());
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
            chart.addSeries(label + ": " + changes.get(changes.size() - 1).status(), cx, cy);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    XYSeries now =
        chart.addSeries("as of " + asOf, List.of(year(asOf), year(asOf)), List.of(0.5, row + 0.5));
    now.setMarker(SeriesMarkers.NONE);
    now.setLineColor(java.awt.Color.GRAY);
    return chart;
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
}
