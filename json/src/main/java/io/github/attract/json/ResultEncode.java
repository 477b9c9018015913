package io.github.attract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Funnel;
import io.github.attract.calc.FunnelStep;
import io.github.attract.calc.Group;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.calc.Rate;
import io.github.attract.calc.Row;
import io.github.attract.calc.Shares;
import io.github.attract.calc.Totals;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Labels;
import io.github.attract.projection.ProjectSchedule;
import io.github.attract.projection.RateProgress;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.TargetProgress;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Encoders of the result shapes of {@code FORMAT.md} ("Results"), writing straight to a {@link
 * JsonGenerator}. Money is the portfolio format's text, totals per currency its array of texts;
 * labels are written next to keys only when labels are given. Immutable and thread-safe.
 */
final class ResultEncode {
  static final ResultEncode UNLABELLED = new ResultEncode(null, 2, RoundingMode.HALF_EVEN);

  private final @Nullable Labels labels;
  private final int rateScale;
  private final RoundingMode rateRounding;

  ResultEncode(@Nullable Labels labels, int rateScale, RoundingMode rateRounding) {
    this.labels = labels;
    this.rateScale = rateScale;
    this.rateRounding = rateRounding;
  }

  @Nullable Labels labels() {
    return labels;
  }

  int rateScale() {
    return rateScale;
  }

  RoundingMode rateRounding() {
    return rateRounding;
  }

  // ---------------------------------------------------------------- breakdowns

  void breakdown(JsonGenerator g, Breakdown<?> b) throws IOException {
    g.writeStartObject();
    head(g, "breakdown");
    g.writeStringField("dimension", b.dimension());
    g.writeBooleanField("additive", b.isAdditive());
    g.writeBooleanField("mergeable", b.isMergeable());
    measures(g, b.total());
    g.writeArrayFieldStart("rows");
    for (Row<?> r : b.rows()) {
      g.writeStartObject();
      group(g, r.group());
      totalsFields(g, r.totals());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("total");
    totals(g, b.total());
    g.writeEndObject();
  }

  <R extends Comparable<?>, C extends Comparable<?>> void pivot(JsonGenerator g, Pivot<R, C> p)
      throws IOException {
    g.writeStartObject();
    head(g, "pivot");
    g.writeStringField("rowDimension", p.rowDimension());
    g.writeStringField("columnDimension", p.columnDimension());
    g.writeBooleanField("rowsAdditive", p.areRowsAdditive());
    g.writeBooleanField("columnsAdditive", p.areColumnsAdditive());
    g.writeBooleanField("mergeable", p.isMergeable());
    measures(g, p.total());
    g.writeArrayFieldStart("columns");
    for (Group<C> c : p.columnGroups()) {
      g.writeStartObject();
      group(g, c);
      totalsFields(g, p.columnTotal(c));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (Group<R> r : p.rowGroups()) {
      g.writeStartObject();
      group(g, r);
      totalsFields(g, p.rowTotal(r));
      g.writeArrayFieldStart("cells");
      for (Group<C> c : p.columnGroups()) {
        totals(g, p.cell(r, c));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("total");
    totals(g, p.total());
    g.writeEndObject();
  }

  void shares(JsonGenerator g, Shares<?> s) throws IOException {
    g.writeStartObject();
    head(g, "shares");
    g.writeStringField("measure", s.measure());
    g.writeNumberField("scale", s.scale());
    g.writeBooleanField("defined", s.isDefined());
    g.writeArrayFieldStart("shares");
    for (var e : s.percentages().entrySet()) {
      g.writeStartObject();
      group(g, e.getKey());
      g.writeStringField("percent", e.getValue().toPlainString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the name of a result's kind and, with labels, their language. */
  private void head(JsonGenerator g, String result) throws IOException {
    g.writeStringField("result", result);
    Labels l = labels;
    if (l != null) {
      g.writeStringField("language", l.language().code());
    }
  }

  private static void measures(JsonGenerator g, Totals t) throws IOException {
    g.writeArrayFieldStart("measures");
    for (Measure<?> m : t.measures()) {
      g.writeString(m.name());
    }
    g.writeEndArray();
  }

  /** Writes a group's key (or kind) and label as fields of the current object. */
  private void group(JsonGenerator g, Group<?> group) throws IOException {
    Optional<?> key = group.key();
    if (key.isPresent()) {
      g.writeStringField("key", key.get().toString());
    } else {
      g.writeStringField("group", group.isUnclassified() ? "unclassified" : "others");
    }
    Labels l = labels;
    if (l != null) {
      String label =
          key.isPresent()
              ? l.label(key.get())
              : group.isUnclassified() ? l.unclassified() : l.others();
      g.writeStringField("label", label);
    }
  }

  void totals(JsonGenerator g, Totals t) throws IOException {
    g.writeStartObject();
    totalsFields(g, t);
    g.writeEndObject();
  }

  private static void totalsFields(JsonGenerator g, Totals t) throws IOException {
    g.writeNumberField("count", t.count());
    g.writeObjectFieldStart("values");
    for (Measure<?> m : t.measures()) {
      if (!m.equals(Measures.count())) {
        g.writeFieldName(m.name());
        value(g, t.get(m));
      }
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof MultiCurrencyAmount a) {
      Encode.multiCurrencyAmount(g, a);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Quantity q) {
      Encode.quantity(g, q);
    } else if (v instanceof Money m) {
      Encode.money(g, m);
    } else {
      g.writeString(v.toString());
    }
  }

  // ---------------------------------------------------------------- funnels and rates

  void funnel(JsonGenerator g, Funnel f) throws IOException {
    g.writeStartObject();
    head(g, "funnel");
    g.writeStringField("basis", f.basis());
    g.writeArrayFieldStart("stages");
    for (FunnelStep s : f.steps()) {
      g.writeStartObject();
      g.writeStringField("stage", s.stage().code());
      Labels l = labels;
      if (l != null) {
        g.writeStringField(
            "label",
            s.stage()
                .status()
                .map(l::label)
                .orElse(l.language() == Labels.Language.CHINESE ? "招商活动" : "activities"));
      }
      g.writeNumberField("count", s.count());
      g.writeFieldName("money");
      Encode.multiCurrencyAmount(g, s.money());
      if (s.conversion().isPresent()) {
        g.writeFieldName("conversion");
        rate(g, s.conversion().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  void rate(JsonGenerator g, Rate r) throws IOException {
    g.writeStartObject();
    g.writeStringField("numerator", r.numerator().toPlainString());
    g.writeStringField("denominator", r.denominator().toPlainString());
    Optional<BigDecimal> percent = r.percent(rateScale, rateRounding);
    if (percent.isPresent()) {
      g.writeStringField("percent", percent.get().toPlainString());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- projections

  void schedule(JsonGenerator g, Schedule s) throws IOException {
    g.writeStartObject();
    head(g, "schedule");
    g.writeStringField("curve", s.curve().code());
    if (s.asOf().isPresent()) {
      g.writeStringField("asOf", s.asOf().get().toString());
    }
    if (s.windowStart().isPresent() && s.windowEnd().isPresent()) {
      g.writeObjectFieldStart("window");
      g.writeNumberField("first", s.windowStart().get().getValue());
      g.writeNumberField("last", s.windowEnd().get().getValue());
      g.writeEndObject();
    }
    g.writeNumberField("projects", s.projects().size());
    g.writeObjectFieldStart("byYear");
    for (Map.Entry<Year, MultiCurrencyAmount> e : s.byYear().entrySet()) {
      g.writeFieldName(e.getKey().toString());
      Encode.multiCurrencyAmount(g, e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("byMonth");
    for (Map.Entry<YearMonth, MultiCurrencyAmount> e : s.byMonth().entrySet()) {
      g.writeFieldName(e.getKey().toString());
      Encode.multiCurrencyAmount(g, e.getValue());
    }
    g.writeEndObject();
    if (s.windowStart().isPresent()) {
      g.writeFieldName("beforeWindow");
      Encode.multiCurrencyAmount(g, s.beforeWindow());
      g.writeFieldName("afterWindow");
      Encode.multiCurrencyAmount(g, s.afterWindow());
    }
    g.writeArrayFieldStart("unscheduled");
    for (var e : s.unscheduled().entrySet()) {
      g.writeStartObject();
      g.writeStringField("project", e.getKey().value());
      Labels l = labels;
      if (l != null) {
        g.writeStringField("label", l.label(e.getKey()));
      }
      g.writeFieldName("amount");
      Encode.money(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("unscheduledTotal");
    Encode.multiCurrencyAmount(g, s.unscheduledTotal());
    g.writeFieldName("total");
    Encode.multiCurrencyAmount(g, s.total());
    g.writeEndObject();
  }

  void projectSchedule(JsonGenerator g, ProjectSchedule s) throws IOException {
    g.writeStartObject();
    head(g, "project-schedule");
    g.writeStringField("project", s.projectId().value());
    Labels l = labels;
    if (l != null) {
      g.writeStringField("label", l.label(s.projectId()));
    }
    g.writeStringField("curve", s.curve().code());
    if (s.asOf().isPresent()) {
      g.writeStringField("asOf", s.asOf().get().toString());
    }
    g.writeStringField("currency", s.currency().getCurrencyCode());
    g.writeObjectFieldStart("byYear");
    for (Map.Entry<Year, Money> e : s.byYear().entrySet()) {
      g.writeFieldName(e.getKey().toString());
      Encode.money(g, e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("byMonth");
    for (Map.Entry<YearMonth, Money> e : s.months().entrySet()) {
      g.writeFieldName(e.getKey().toString());
      Encode.money(g, e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName("unscheduled");
    Encode.money(g, s.unscheduled());
    g.writeFieldName("total");
    Encode.money(g, s.total());
    notes(g, s.notes());
    g.writeEndObject();
  }

  void targetProgress(JsonGenerator g, TargetProgress p) throws IOException {
    g.writeStartObject();
    head(g, "target-progress");
    g.writeStringField("target", p.targetId().value());
    Labels l = labels;
    if (l != null) {
      g.writeStringField("label", l.label(p.targetId()));
    }
    g.writeStringField("metric", p.metric().code());
    g.writeFieldName("period");
    Encode.dateRange(g, p.period());
    g.writeStringField("asOf", p.asOf().toString());
    if (p.actual().isPresent()) {
      g.writeFieldName("actual");
      Encode.metricValue(g, p.actual().get());
    }
    g.writeFieldName("targetValue");
    Encode.metricValue(g, p.target());
    if (p.percent().isPresent()) {
      g.writeStringField("percent", p.percent().get().toPlainString());
    }
    g.writeBooleanField("met", p.isMet());
    if (p.gap().isPresent()) {
      g.writeStringField("gap", p.gap().get().toPlainString());
    }
    g.writeNumberField("monthsRemaining", p.monthsRemaining());
    if (p.monthlyRateNeeded().isPresent()) {
      g.writeStringField("monthlyRateNeeded", p.monthlyRateNeeded().get().toPlainString());
    }
    if (p.monthlyAmountNeeded().isPresent()) {
      g.writeFieldName("monthlyAmountNeeded");
      Encode.money(g, p.monthlyAmountNeeded().get());
    }
    if (p.rate().isPresent()) {
      RateProgress r = p.rate().get();
      g.writeFieldName("rate");
      rate(g, r.current());
      if (r.projectsShort().isPresent()) {
        g.writeNumberField("projectsShort", r.projectsShort().getAsLong());
      }
    }
    notes(g, p.notes());
    g.writeEndObject();
  }

  private static void notes(JsonGenerator g, Iterable<String> notes) throws IOException {
    if (!notes.iterator().hasNext()) {
      return;
    }
    g.writeArrayFieldStart("notes");
    for (String n : notes) {
      g.writeString(n);
    }
    g.writeEndArray();
  }
}
