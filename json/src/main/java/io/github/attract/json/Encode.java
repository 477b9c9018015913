package io.github.attract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Conversion;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.portfolio.Violation;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Investor;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.Target;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Encoders of Attract's JSON format, one per type, writing straight to a {@link JsonGenerator}.
 * Properties come in a fixed order; absent optional values and empty collections are left out, and
 * so is a provenance that is the default ({@code reported}); a project's currency and a signing's
 * project count are always written. Money is one text, {@code "CNY 1050000000.00"}.
 */
final class Encode {
  private Encode() {}

  /** An encoder of one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  static <T> void list(JsonGenerator g, String name, Collection<T> values, Writer<T> element)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }

  static <T> void field(JsonGenerator g, String name, Optional<T> value, Writer<T> writer)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      writer.write(g, value.get());
    }
  }

  static void text(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  static void texts(JsonGenerator g, String name, Collection<?> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- leaves

  /** Writes money as one text, {@code "CNY 1050000000.00"}: what {@code Money.parse} reads. */
  static void money(JsonGenerator g, Money m) throws IOException {
    g.writeString(m.toString());
  }

  /**
   * Returns a month in ISO-8601 form. {@code YearMonth.toString()} leaves out the {@code +} that
   * ISO-8601 and {@code YearMonth.parse} require before a year of more than four digits.
   */
  static String isoMonth(YearMonth m) {
    String text = m.toString();
    return m.getYear() > 9999 ? "+" + text : text;
  }

  /** Writes a provenance unless it is the default, {@code reported}. */
  static void provenance(JsonGenerator g, String name, Provenance p) throws IOException {
    if (p != Provenance.REPORTED) {
      g.writeStringField(name, p.code());
    }
  }

  static void multiCurrencyAmount(JsonGenerator g, MultiCurrencyAmount a) throws IOException {
    g.writeStartArray();
    for (Money m : a.amounts()) {
      money(g, m);
    }
    g.writeEndArray();
  }

  static void exchangeRate(JsonGenerator g, ExchangeRate r) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", r.from().getCurrencyCode());
    g.writeStringField("to", r.to().getCurrencyCode());
    g.writeStringField("rate", r.rate().toPlainString());
    g.writeStringField("date", r.date().toString());
    g.writeEndObject();
  }

  static void exchangeRateTable(JsonGenerator g, ExchangeRateTable t) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("rates");
    for (ExchangeRate r : t.rates()) {
      exchangeRate(g, r);
    }
    g.writeEndArray();
    g.writeBooleanField("derivingInverses", t.isDerivingInverses());
    g.writeEndObject();
  }

  /** The code of a rounding mode: its name in lower case with hyphens, e.g. {@code half-even}. */
  static String code(RoundingMode m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static void conversion(JsonGenerator g, Conversion c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("source");
    money(g, c.source());
    g.writeFieldName("rate");
    exchangeRate(g, c.rate());
    g.writeStringField("rounding", code(c.rounding()));
    g.writeStringField("asOf", c.asOf().toString());
    g.writeEndObject();
  }

  static void quantity(JsonGenerator g, Quantity q) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", q.value().toPlainString());
    g.writeStringField("unit", q.unit().symbol());
    g.writeEndObject();
  }

  static void dateRange(JsonGenerator g, DateRange r) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", r.start().toString());
    g.writeStringField("end", r.end().toString());
    g.writeEndObject();
  }

  static void chainLinkRef(JsonGenerator g, ChainLinkRef r) throws IOException {
    g.writeStartObject();
    g.writeStringField("chain", r.chain().value());
    g.writeStringField("link", r.link().value());
    g.writeEndObject();
  }

  static void designation(JsonGenerator g, Designation d) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", d.kind().code());
    g.writeNumberField("year", d.year().getValue());
    g.writeEndObject();
  }

  static void statusChange(JsonGenerator g, StatusChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", c.date().toString());
    g.writeStringField("status", c.status().code());
    g.writeEndObject();
  }

  static void statusHistory(JsonGenerator g, StatusHistory h) throws IOException {
    g.writeStartArray();
    for (StatusChange c : h.changes()) {
      statusChange(g, c);
    }
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- taxonomy

  static void industry(JsonGenerator g, Industry i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id().value());
    g.writeStringField("name", i.name());
    text(g, "parent", i.parent());
    g.writeEndObject();
  }

  static void industryTaxonomy(JsonGenerator g, IndustryTaxonomy t) throws IOException {
    g.writeStartObject();
    g.writeStringField("scheme", t.scheme());
    list(g, "industries", t.industries(), Encode::industry);
    g.writeEndObject();
  }

  static void chainLink(JsonGenerator g, ChainLink l) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id().value());
    g.writeStringField("name", l.name());
    text(g, "description", l.description());
    g.writeEndObject();
  }

  static void industrialChain(JsonGenerator g, IndustrialChain c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("name", c.name());
    g.writeStringField("industry", c.industry().value());
    list(g, "links", c.links(), Encode::chainLink);
    g.writeEndObject();
  }

  static void focusArea(JsonGenerator g, FocusArea f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id().value());
    g.writeStringField("name", f.name());
    text(g, "description", f.description());
    g.writeEndObject();
  }

  static void region(JsonGenerator g, Region r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    g.writeStringField("name", r.name());
    g.writeStringField("kind", r.kind().code());
    text(g, "parent", r.parent());
    texts(g, "members", r.members());
    g.writeEndObject();
  }

  static void regionHierarchy(JsonGenerator g, RegionHierarchy h) throws IOException {
    g.writeStartArray();
    for (Region r : h.regions()) {
      region(g, r);
    }
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- projects

  static void investor(JsonGenerator g, Investor i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id().value());
    g.writeStringField("name", i.name());
    text(g, "origin", i.origin());
    text(g, "group", i.group());
    g.writeEndObject();
  }

  static void designedCapacity(JsonGenerator g, DesignedCapacity c) throws IOException {
    g.writeStartObject();
    g.writeStringField("product", c.product());
    g.writeFieldName("quantity");
    quantity(g, c.quantity());
    g.writeEndObject();
  }

  static void expectedOutcomes(JsonGenerator g, ExpectedOutcomes o) throws IOException {
    g.writeStartObject();
    field(g, "annualRevenue", o.annualRevenue(), Encode::money);
    field(g, "annualProfit", o.annualProfit(), Encode::money);
    field(g, "annualTax", o.annualTax(), Encode::money);
    if (o.jobs().isPresent()) {
      g.writeNumberField("jobs", o.jobs().getAsLong());
    }
    provenance(g, "provenance", o.provenance());
    g.writeEndObject();
  }

  static void annualPlan(JsonGenerator g, AnnualPlan p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", p.year().getValue());
    g.writeFieldName("planned");
    money(g, p.planned());
    provenance(g, "provenance", p.provenance());
    g.writeEndObject();
  }

  static void progressReport(JsonGenerator g, ProgressReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("month", isoMonth(r.month()));
    g.writeFieldName("completedInvestment");
    money(g, r.completedInvestment());
    field(g, "fundsInPlace", r.fundsInPlace(), Encode::money);
    provenance(g, "provenance", r.provenance());
    g.writeEndObject();
  }

  static void phase(JsonGenerator g, Phase p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    field(g, "investment", p.investment(), Encode::money);
    field(g, "plannedPeriod", p.plannedPeriod(), Encode::dateRange);
    field(g, "actualPeriod", p.actualPeriod(), Encode::dateRange);
    list(g, "capacities", p.capacities(), Encode::designedCapacity);
    if (!p.statusHistory().isEmpty()) {
      g.writeFieldName("statusHistory");
      statusHistory(g, p.statusHistory());
    }
    g.writeEndObject();
  }

  static void project(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    texts(g, "investors", p.investors());
    g.writeStringField("location", p.location().value());
    g.writeStringField("industry", p.industry().value());
    field(g, "chainLink", p.chainLink(), Encode::chainLinkRef);
    texts(g, "focusAreas", p.focusAreas());
    list(g, "designations", p.designations(), Encode::designation);
    g.writeStringField("currency", p.currency().getCurrencyCode());
    field(g, "totalInvestment", p.totalInvestment(), Encode::money);
    provenance(g, "totalInvestmentProvenance", p.totalInvestmentProvenance());
    list(g, "phases", p.phases(), Encode::phase);
    if (!p.statusHistory().isEmpty()) {
      g.writeFieldName("statusHistory");
      statusHistory(g, p.statusHistory());
    }
    list(g, "capacities", p.capacities(), Encode::designedCapacity);
    field(g, "expectedOutcomes", p.expectedOutcomes(), Encode::expectedOutcomes);
    list(g, "annualPlans", p.annualPlans(), Encode::annualPlan);
    list(g, "progressReports", p.progressReports(), Encode::progressReport);
    text(g, "description", p.description());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- promotion

  static void activity(JsonGenerator g, PromotionActivity a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().value());
    g.writeStringField("date", a.date().toString());
    g.writeStringField("kind", a.kind().code());
    g.writeStringField("title", a.title());
    if (a.leadOfficialLevel().isPresent()) {
      g.writeStringField("leadOfficialLevel", a.leadOfficialLevel().get().code());
    }
    texts(g, "regions", a.regions());
    texts(g, "counterparts", a.counterparts());
    texts(g, "resultingProjects", a.resultingProjects());
    g.writeEndObject();
  }

  static void signing(JsonGenerator g, Signing s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id().value());
    g.writeStringField("date", s.date().toString());
    texts(g, "investors", s.investors());
    texts(g, "projects", s.projects());
    g.writeNumberField("projectCount", s.projectCount());
    field(g, "contractValue", s.contractValue(), Encode::money);
    text(g, "activity", s.activity());
    g.writeEndObject();
  }

  static void metricValue(JsonGenerator g, MetricValue v) throws IOException {
    g.writeStartObject();
    g.writeStringField("metric", v.metric().code());
    if (v.amount().isPresent()) {
      g.writeFieldName("amount");
      money(g, v.amount().get());
    } else if (v.quantity().isPresent()) {
      g.writeFieldName("quantity");
      quantity(g, v.quantity().get());
    } else {
      g.writeNumberField("count", v.count().orElse(0));
    }
    g.writeEndObject();
  }

  static void scope(JsonGenerator g, Scope s) throws IOException {
    g.writeStartObject();
    field(g, "designation", s.designation(), Encode::designation);
    text(g, "region", s.region().map(RegionId::value));
    text(g, "industry", s.industry());
    text(g, "focusArea", s.focusArea().map(FocusAreaId::value));
    if (s.status().isPresent()) {
      g.writeStringField("status", s.status().get().code());
    }
    g.writeEndObject();
  }

  static void target(JsonGenerator g, Target t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id().value());
    g.writeStringField("name", t.name());
    g.writeFieldName("period");
    dateRange(g, t.period());
    if (!t.scope().isAll()) {
      g.writeFieldName("scope");
      scope(g, t.scope());
    }
    g.writeFieldName("value");
    metricValue(g, t.value());
    g.writeEndObject();
  }

  static void reportedFigure(JsonGenerator g, ReportedFigure f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id().value());
    g.writeStringField("source", f.source());
    g.writeFieldName("period");
    dateRange(g, f.period());
    if (!f.scope().isAll()) {
      g.writeFieldName("scope");
      scope(g, f.scope());
    }
    list(g, "values", f.values(), Encode::metricValue);
    text(g, "description", f.description());
    g.writeEndObject();
  }

  static void violation(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", v.rule().code());
    g.writeStringField("subjectKind", v.subjectKind());
    g.writeStringField("subjectId", v.subjectId());
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- document

  /** Writes a whole portfolio document; every top-level section is written, even when empty. */
  static void portfolio(JsonGenerator g, Portfolio p) throws IOException {
    g.writeStartObject();
    g.writeStringField("formatVersion", PortfolioJson.FORMAT_VERSION);
    g.writeFieldName("industryTaxonomy");
    industryTaxonomy(g, p.industries());
    g.writeFieldName("regions");
    regionHierarchy(g, p.regions());
    section(g, "chains", p.chains(), Encode::industrialChain);
    section(g, "focusAreas", p.focusAreas(), Encode::focusArea);
    section(g, "investors", p.investors(), Encode::investor);
    section(g, "projects", p.projects(), Encode::project);
    section(g, "activities", p.activities(), Encode::activity);
    section(g, "signings", p.signings(), Encode::signing);
    section(g, "targets", p.targets(), Encode::target);
    section(g, "reportedFigures", p.reportedFigures(), Encode::reportedFigure);
    g.writeEndObject();
  }

  private static <T> void section(
      JsonGenerator g, String name, Collection<T> values, Writer<T> element) throws IOException {
    g.writeArrayFieldStart(name);
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }
}
