package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReportedFigure} ("201 key projects, 16.6 billion yuan planned for 2023") held against
 * the itemized ledger: for each value the source states, the part the ledger's projects account for
 * and the unitemized remainder, with a flag where the ledger itemizes more than was reported. It
 * never invents projects to make a sum come out.
 *
 * <p>The itemized part of each metric is computed from the portfolio for the figure's scope over
 * its whole period, by the same rules as {@link TargetProgress} (see there for each metric); money
 * is counted in the currency of the reported value, and amounts in other currencies are left out
 * with a note.
 *
 * <pre>{@code
 * Reconciliation r = Reconciliation.of(portfolio, keyProjects2023);
 * r.line(Metric.PROJECTS);   // projects: reported 201, itemized 3, unitemized 198
 * r.isOverItemized();        // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Reconciliation {
  private final ReportedFigureId figureId;
  private final ImmutableList<ReconciliationLine> lines;
  private final ImmutableList<String> notes;

  private Reconciliation(
      ReportedFigureId figureId,
      ImmutableList<ReconciliationLine> lines,
      ImmutableList<String> notes) {
    this.figureId = figureId;
    this.lines = lines;
    this.notes = notes;
  }

  /**
   * Reconciles one reported figure with the ledger.
   *
   * @param portfolio the ledger
   * @param figure the reported figure
   * @return the reconciliation, one line per stated value in the figure's order
   */
  public static Reconciliation of(Portfolio portfolio, ReportedFigure figure) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(figure, "figure");
    ImmutableList.Builder<ReconciliationLine> lines = ImmutableList.builder();
    List<String> notes = new ArrayList<>();
    for (MetricValue reported : figure.values()) {
      LedgerMetrics.Result itemized =
          LedgerMetrics.evaluate(
              portfolio,
              reported.metric(),
              figure.scope(),
              figure.period(),
              figure.period().end(),
              reported);
      lines.add(new ReconciliationLine(reported, itemized.value));
      for (String n : itemized.notes) {
        notes.add(reported.metric().code() + ": " + n);
      }
    }
    return new Reconciliation(figure.id(), lines.build(), ImmutableList.copyOf(notes));
  }

  /**
   * Reconciles every reported figure of a portfolio.
   *
   * @param portfolio the ledger
   * @return one reconciliation per figure, in the portfolio's order
   */
  public static ImmutableList<Reconciliation> all(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    ImmutableList.Builder<Reconciliation> out = ImmutableList.builder();
    for (ReportedFigure f : portfolio.reportedFigures()) {
      out.add(of(portfolio, f));
    }
    return out.build();
  }

  /**
   * Returns the reported figure.
   *
   * @return its id
   */
  public ReportedFigureId figureId() {
    return figureId;
  }

  /**
   * Returns one line per stated value.
   *
   * @return the lines in the figure's order
   */
  public ImmutableList<ReconciliationLine> lines() {
    return lines;
  }

  /**
   * Returns the line of a metric.
   *
   * @param metric the metric
   * @return the line, if the figure states that metric
   */
  public Optional<ReconciliationLine> line(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return lines.stream().filter(l -> l.metric() == metric).findFirst();
  }

  /**
   * Tells whether any line is over-itemized.
   *
   * @return true if the ledger itemizes more than the source reported for some metric
   */
  public boolean isOverItemized() {
    return lines.stream().anyMatch(ReconciliationLine::isOverItemized);
  }

  /**
   * Returns notes on what could not be counted, such as amounts in another currency.
   *
   * @return the notes, possibly none
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Reconciliation that
        && that.figureId.equals(figureId)
        && that.lines.equals(lines)
        && that.notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(figureId, lines, notes);
  }

  /**
   * Returns the figure and its lines, e.g. {@code "Reconciliation[2023-key-projects: projects:
   * reported 201, itemized 3, unitemized 198; annual-planned-investment: ...]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Reconciliation[").append(figureId).append(": ");
    String sep = "";
    for (ReconciliationLine l : lines) {
      b.append(sep).append(l);
      sep = "; ";
    }
    if (!notes.isEmpty()) {
      b.append("; notes ").append(notes);
    }
    return b.append(']').toString();
  }
}
