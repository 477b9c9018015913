package io.github.attract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Conversion;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
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
import java.time.LocalDate;
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
  // Property names, encoded once: writing a name from a constant skips escaping it every time.
  private static final SerializableString ACTIVITIES = new SerializedString("activities");
  private static final SerializableString ACTIVITY = new SerializedString("activity");
  private static final SerializableString ACTUAL_PERIOD = new SerializedString("actualPeriod");
  private static final SerializableString AMOUNT = new SerializedString("amount");
  private static final SerializableString ANNUAL_PLANS = new SerializedString("annualPlans");
  private static final SerializableString ANNUAL_PROFIT = new SerializedString("annualProfit");
  private static final SerializableString ANNUAL_REVENUE = new SerializedString("annualRevenue");
  private static final SerializableString ANNUAL_TAX = new SerializedString("annualTax");
  private static final SerializableString AS_OF = new SerializedString("asOf");
  private static final SerializableString CAPACITIES = new SerializedString("capacities");
  private static final SerializableString CHAIN = new SerializedString("chain");
  private static final SerializableString CHAINS = new SerializedString("chains");
  private static final SerializableString CHAIN_LINK = new SerializedString("chainLink");
  private static final SerializableString COMPLETED_INVESTMENT =
      new SerializedString("completedInvestment");
  private static final SerializableString CONTRACT_VALUE = new SerializedString("contractValue");
  private static final SerializableString COUNT = new SerializedString("count");
  private static final SerializableString COUNTERPARTS = new SerializedString("counterparts");
  private static final SerializableString CURRENCY = new SerializedString("currency");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString DERIVING_INVERSES =
      new SerializedString("derivingInverses");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString DOCUMENT = new SerializedString("document");
  private static final SerializableString DESIGNATION = new SerializedString("designation");
  private static final SerializableString DESIGNATIONS = new SerializedString("designations");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString EXPECTED_OUTCOMES =
      new SerializedString("expectedOutcomes");
  private static final SerializableString FOCUS_AREA = new SerializedString("focusArea");
  private static final SerializableString FOCUS_AREAS = new SerializedString("focusAreas");
  private static final SerializableString FORMAT_VERSION = new SerializedString("formatVersion");
  private static final SerializableString FROM = new SerializedString("from");
  private static final SerializableString FUNDS_IN_PLACE = new SerializedString("fundsInPlace");
  private static final SerializableString GROUP = new SerializedString("group");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString INDUSTRIES = new SerializedString("industries");
  private static final SerializableString INDUSTRY = new SerializedString("industry");
  private static final SerializableString INDUSTRY_TAXONOMY =
      new SerializedString("industryTaxonomy");
  private static final SerializableString INVESTMENT = new SerializedString("investment");
  private static final SerializableString INVESTORS = new SerializedString("investors");
  private static final SerializableString JOBS = new SerializedString("jobs");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString LEAD_OFFICIAL_LEVEL =
      new SerializedString("leadOfficialLevel");
  private static final SerializableString LINK = new SerializedString("link");
  private static final SerializableString LINKS = new SerializedString("links");
  private static final SerializableString LOCATION = new SerializedString("location");
  private static final SerializableString MEMBERS = new SerializedString("members");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString METRIC = new SerializedString("metric");
  private static final SerializableString MONTH = new SerializedString("month");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString ORIGIN = new SerializedString("origin");
  private static final SerializableString PARENT = new SerializedString("parent");
  private static final SerializableString PERIOD = new SerializedString("period");
  private static final SerializableString PHASES = new SerializedString("phases");
  private static final SerializableString PLANNED = new SerializedString("planned");
  private static final SerializableString PLANNED_PERIOD = new SerializedString("plannedPeriod");
  private static final SerializableString PRODUCT = new SerializedString("product");
  private static final SerializableString PROGRESS_REPORTS =
      new SerializedString("progressReports");
  private static final SerializableString PROJECTS = new SerializedString("projects");
  private static final SerializableString PROJECT_COUNT = new SerializedString("projectCount");
  private static final SerializableString PROVENANCE = new SerializedString("provenance");
  private static final SerializableString QUANTITY = new SerializedString("quantity");
  private static final SerializableString RATE = new SerializedString("rate");
  private static final SerializableString RATES = new SerializedString("rates");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString REGION = new SerializedString("region");
  private static final SerializableString REGIONS = new SerializedString("regions");
  private static final SerializableString REPORTED_FIGURES =
      new SerializedString("reportedFigures");
  private static final SerializableString RESULTING_PROJECTS =
      new SerializedString("resultingProjects");
  private static final SerializableString ROUNDING = new SerializedString("rounding");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString PATH = new SerializedString("path");
  private static final SerializableString POINTER = new SerializedString("pointer");
  private static final SerializableString RECORD_POINTER = new SerializedString("recordPointer");
  private static final SerializableString PROBLEMS = new SerializedString("problems");
  private static final SerializableString RAW_JSON = new SerializedString("rawJson");
  private static final SerializableString SCHEME = new SerializedString("scheme");
  private static final SerializableString SCOPE = new SerializedString("scope");
  private static final SerializableString SIGNINGS = new SerializedString("signings");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString STATUS_HISTORY = new SerializedString("statusHistory");
  private static final SerializableString SUBJECT_ID = new SerializedString("subjectId");
  private static final SerializableString SUBJECT_KIND = new SerializedString("subjectKind");
  private static final SerializableString TARGETS = new SerializedString("targets");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString TO = new SerializedString("to");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString TOTAL_INVESTMENT =
      new SerializedString("totalInvestment");
  private static final SerializableString TOTAL_INVESTMENT_PROVENANCE =
      new SerializedString("totalInvestmentProvenance");
  private static final SerializableString TOTAL_INVESTMENT_REVISIONS =
      new SerializedString("totalInvestmentRevisions");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString VALUES = new SerializedString("values");
  private static final SerializableString YEAR = new SerializedString("year");

  private Encode() {}

  static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  static void number(JsonGenerator g, SerializableString name, long value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  static void bool(JsonGenerator g, SerializableString name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  /** An encoder of one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  static <T> void list(
      JsonGenerator g, SerializableString name, Collection<T> values, Writer<T> element)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }

  static <T> void field(
      JsonGenerator g, SerializableString name, Optional<T> value, Writer<T> writer)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      writer.write(g, value.get());
    }
  }

  static void text(JsonGenerator g, SerializableString name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      string(g, name, value.get().toString());
    }
  }

  static void texts(JsonGenerator g, SerializableString name, Collection<?> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
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

  /** Writes an ISO-8601 date, {@code 2023-04-07}; years of four digits without a string builder. */
  static void date(JsonGenerator g, SerializableString name, LocalDate d) throws IOException {
    g.writeFieldName(name);
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(d.toString());
      return;
    }
    char[] c = new char[10];
    yearMonth(c, year, d.getMonthValue());
    c[7] = '-';
    twoDigits(c, 8, d.getDayOfMonth());
    g.writeString(c, 0, c.length);
  }

  /**
   * Writes an ISO-8601 month, {@code 2023-04}. {@code YearMonth.toString()} leaves out the {@code
   * +} that ISO-8601 and {@code YearMonth.parse} require before a year of more than four digits;
   * this writes it.
   */
  static void month(JsonGenerator g, SerializableString name, YearMonth m) throws IOException {
    g.writeFieldName(name);
    int year = m.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(year > 9999 ? "+" + m : m.toString());
      return;
    }
    char[] c = new char[7];
    yearMonth(c, year, m.getMonthValue());
    g.writeString(c, 0, c.length);
  }

  private static void yearMonth(char[] c, int year, int month) {
    twoDigits(c, 0, year / 100);
    twoDigits(c, 2, year % 100);
    c[4] = '-';
    twoDigits(c, 5, month);
  }

  private static void twoDigits(char[] c, int at, int value) {
    c[at] = (char) ('0' + value / 10);
    c[at + 1] = (char) ('0' + value % 10);
  }

  /** Writes a provenance unless it is the default, {@code reported}. */
  static void provenance(JsonGenerator g, SerializableString name, Provenance p)
      throws IOException {
    if (p != Provenance.REPORTED) {
      string(g, name, p.code());
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
    string(g, FROM, r.from().getCurrencyCode());
    string(g, TO, r.to().getCurrencyCode());
    string(g, RATE, r.rate().toPlainString());
    date(g, DATE, r.date());
    g.writeEndObject();
  }

  static void exchangeRateTable(JsonGenerator g, ExchangeRateTable t) throws IOException {
    g.writeStartObject();
    g.writeFieldName(RATES);
    g.writeStartArray();
    for (ExchangeRate r : t.rates()) {
      exchangeRate(g, r);
    }
    g.writeEndArray();
    bool(g, DERIVING_INVERSES, t.isDerivingInverses());
    g.writeEndObject();
  }

  /** The code of a rounding mode: its name in lower case with hyphens, e.g. {@code half-even}. */
  static String code(RoundingMode m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static void conversion(JsonGenerator g, Conversion c) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SOURCE);
    money(g, c.source());
    g.writeFieldName(RATE);
    exchangeRate(g, c.rate());
    string(g, ROUNDING, code(c.rounding()));
    date(g, AS_OF, c.asOf());
    g.writeEndObject();
  }

  static void quantity(JsonGenerator g, Quantity q) throws IOException {
    g.writeStartObject();
    string(g, VALUE, q.value().toPlainString());
    string(g, UNIT, q.unit().symbol());
    g.writeEndObject();
  }

  static void dateRange(JsonGenerator g, DateRange r) throws IOException {
    g.writeStartObject();
    date(g, START, r.start());
    date(g, END, r.end());
    g.writeEndObject();
  }

  static void chainLinkRef(JsonGenerator g, ChainLinkRef r) throws IOException {
    g.writeStartObject();
    string(g, CHAIN, r.chain().value());
    string(g, LINK, r.link().value());
    g.writeEndObject();
  }

  static void designation(JsonGenerator g, Designation d) throws IOException {
    g.writeStartObject();
    string(g, KIND, d.kind().code());
    number(g, YEAR, d.year().getValue());
    g.writeEndObject();
  }

  static void statusChange(JsonGenerator g, StatusChange c) throws IOException {
    g.writeStartObject();
    date(g, DATE, c.date());
    string(g, STATUS, c.status().code());
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
    string(g, ID, i.id().value());
    string(g, NAME, i.name());
    text(g, PARENT, i.parent());
    g.writeEndObject();
  }

  static void industryTaxonomy(JsonGenerator g, IndustryTaxonomy t) throws IOException {
    g.writeStartObject();
    string(g, SCHEME, t.scheme());
    list(g, INDUSTRIES, t.industries(), Encode::industry);
    g.writeEndObject();
  }

  static void chainLink(JsonGenerator g, ChainLink l) throws IOException {
    g.writeStartObject();
    string(g, ID, l.id().value());
    string(g, NAME, l.name());
    text(g, DESCRIPTION, l.description());
    g.writeEndObject();
  }

  static void industrialChain(JsonGenerator g, IndustrialChain c) throws IOException {
    g.writeStartObject();
    string(g, ID, c.id().value());
    string(g, NAME, c.name());
    string(g, INDUSTRY, c.industry().value());
    list(g, LINKS, c.links(), Encode::chainLink);
    g.writeEndObject();
  }

  static void focusArea(JsonGenerator g, FocusArea f) throws IOException {
    g.writeStartObject();
    string(g, ID, f.id().value());
    string(g, NAME, f.name());
    text(g, DESCRIPTION, f.description());
    g.writeEndObject();
  }

  static void region(JsonGenerator g, Region r) throws IOException {
    g.writeStartObject();
    string(g, ID, r.id().value());
    string(g, NAME, r.name());
    string(g, KIND, r.kind().code());
    text(g, PARENT, r.parent());
    texts(g, MEMBERS, r.members());
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
    string(g, ID, i.id().value());
    string(g, NAME, i.name());
    text(g, ORIGIN, i.origin());
    text(g, GROUP, i.group());
    g.writeEndObject();
  }

  static void designedCapacity(JsonGenerator g, DesignedCapacity c) throws IOException {
    g.writeStartObject();
    string(g, PRODUCT, c.product());
    g.writeFieldName(QUANTITY);
    quantity(g, c.quantity());
    g.writeEndObject();
  }

  static void expectedOutcomes(JsonGenerator g, ExpectedOutcomes o) throws IOException {
    g.writeStartObject();
    field(g, ANNUAL_REVENUE, o.annualRevenue(), Encode::money);
    field(g, ANNUAL_PROFIT, o.annualProfit(), Encode::money);
    field(g, ANNUAL_TAX, o.annualTax(), Encode::money);
    if (o.jobs().isPresent()) {
      number(g, JOBS, o.jobs().getAsLong());
    }
    provenance(g, PROVENANCE, o.provenance());
    g.writeEndObject();
  }

  static void annualPlan(JsonGenerator g, AnnualPlan p) throws IOException {
    g.writeStartObject();
    number(g, YEAR, p.year().getValue());
    g.writeFieldName(PLANNED);
    money(g, p.planned());
    provenance(g, PROVENANCE, p.provenance());
    g.writeEndObject();
  }

  static void progressReport(JsonGenerator g, ProgressReport r) throws IOException {
    g.writeStartObject();
    month(g, MONTH, r.month());
    g.writeFieldName(COMPLETED_INVESTMENT);
    money(g, r.completedInvestment());
    field(g, FUNDS_IN_PLACE, r.fundsInPlace(), Encode::money);
    provenance(g, PROVENANCE, r.provenance());
    g.writeEndObject();
  }

  static void investmentRevision(JsonGenerator g, InvestmentRevision r) throws IOException {
    g.writeStartObject();
    date(g, DATE, r.date());
    g.writeFieldName(TOTAL);
    money(g, r.total());
    text(g, REASON, r.reason());
    text(g, DOCUMENT, r.document());
    provenance(g, PROVENANCE, r.provenance());
    g.writeEndObject();
  }

  static void phase(JsonGenerator g, Phase p) throws IOException {
    g.writeStartObject();
    string(g, ID, p.id().value());
    string(g, NAME, p.name());
    field(g, INVESTMENT, p.investment(), Encode::money);
    field(g, PLANNED_PERIOD, p.plannedPeriod(), Encode::dateRange);
    field(g, ACTUAL_PERIOD, p.actualPeriod(), Encode::dateRange);
    list(g, CAPACITIES, p.capacities(), Encode::designedCapacity);
    if (!p.statusHistory().isEmpty()) {
      g.writeFieldName(STATUS_HISTORY);
      statusHistory(g, p.statusHistory());
    }
    g.writeEndObject();
  }

  static void project(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    string(g, ID, p.id().value());
    string(g, NAME, p.name());
    texts(g, INVESTORS, p.investors());
    string(g, LOCATION, p.location().value());
    string(g, INDUSTRY, p.industry().value());
    field(g, CHAIN_LINK, p.chainLink(), Encode::chainLinkRef);
    texts(g, FOCUS_AREAS, p.focusAreas());
    list(g, DESIGNATIONS, p.designations(), Encode::designation);
    string(g, CURRENCY, p.currency().getCurrencyCode());
    field(g, TOTAL_INVESTMENT, p.totalInvestment(), Encode::money);
    provenance(g, TOTAL_INVESTMENT_PROVENANCE, p.totalInvestmentProvenance());
    list(g, TOTAL_INVESTMENT_REVISIONS, p.totalInvestmentRevisions(), Encode::investmentRevision);
    list(g, PHASES, p.phases(), Encode::phase);
    if (!p.statusHistory().isEmpty()) {
      g.writeFieldName(STATUS_HISTORY);
      statusHistory(g, p.statusHistory());
    }
    list(g, CAPACITIES, p.capacities(), Encode::designedCapacity);
    field(g, EXPECTED_OUTCOMES, p.expectedOutcomes(), Encode::expectedOutcomes);
    list(g, ANNUAL_PLANS, p.annualPlans(), Encode::annualPlan);
    list(g, PROGRESS_REPORTS, p.progressReports(), Encode::progressReport);
    text(g, DESCRIPTION, p.description());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- promotion

  static void activity(JsonGenerator g, PromotionActivity a) throws IOException {
    g.writeStartObject();
    string(g, ID, a.id().value());
    date(g, DATE, a.date());
    string(g, KIND, a.kind().code());
    string(g, TITLE, a.title());
    if (a.leadOfficialLevel().isPresent()) {
      string(g, LEAD_OFFICIAL_LEVEL, a.leadOfficialLevel().get().code());
    }
    texts(g, REGIONS, a.regions());
    texts(g, COUNTERPARTS, a.counterparts());
    texts(g, RESULTING_PROJECTS, a.resultingProjects());
    g.writeEndObject();
  }

  static void signing(JsonGenerator g, Signing s) throws IOException {
    g.writeStartObject();
    string(g, ID, s.id().value());
    date(g, DATE, s.date());
    texts(g, INVESTORS, s.investors());
    texts(g, PROJECTS, s.projects());
    number(g, PROJECT_COUNT, s.projectCount());
    field(g, CONTRACT_VALUE, s.contractValue(), Encode::money);
    text(g, ACTIVITY, s.activity());
    g.writeEndObject();
  }

  static void metricValue(JsonGenerator g, MetricValue v) throws IOException {
    g.writeStartObject();
    string(g, METRIC, v.metric().code());
    if (v.amount().isPresent()) {
      g.writeFieldName(AMOUNT);
      money(g, v.amount().get());
    } else if (v.quantity().isPresent()) {
      g.writeFieldName(QUANTITY);
      quantity(g, v.quantity().get());
    } else if (v.rate().isPresent()) {
      string(g, RATE, v.rate().get().toPlainString());
    } else {
      number(g, COUNT, v.count().orElse(0));
    }
    g.writeEndObject();
  }

  static void scope(JsonGenerator g, Scope s) throws IOException {
    g.writeStartObject();
    field(g, DESIGNATION, s.designation(), Encode::designation);
    text(g, REGION, s.region().map(RegionId::value));
    text(g, INDUSTRY, s.industry());
    text(g, FOCUS_AREA, s.focusArea().map(FocusAreaId::value));
    if (s.status().isPresent()) {
      string(g, STATUS, s.status().get().code());
    }
    g.writeEndObject();
  }

  static void target(JsonGenerator g, Target t) throws IOException {
    g.writeStartObject();
    string(g, ID, t.id().value());
    string(g, NAME, t.name());
    g.writeFieldName(PERIOD);
    dateRange(g, t.period());
    if (!t.scope().isAll()) {
      g.writeFieldName(SCOPE);
      scope(g, t.scope());
    }
    g.writeFieldName(VALUE);
    metricValue(g, t.value());
    g.writeEndObject();
  }

  static void reportedFigure(JsonGenerator g, ReportedFigure f) throws IOException {
    g.writeStartObject();
    string(g, ID, f.id().value());
    string(g, SOURCE, f.source());
    g.writeFieldName(PERIOD);
    dateRange(g, f.period());
    if (!f.scope().isAll()) {
      g.writeFieldName(SCOPE);
      scope(g, f.scope());
    }
    list(g, VALUES, f.values(), Encode::metricValue);
    text(g, DESCRIPTION, f.description());
    g.writeEndObject();
  }

  static void violation(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    string(g, RULE, v.rule().code());
    string(g, SEVERITY, v.severity().code());
    string(g, SUBJECT_KIND, v.subjectKind());
    string(g, SUBJECT_ID, v.subjectId());
    text(g, PATH, v.path());
    string(g, MESSAGE, v.message());
    g.writeEndObject();
  }

  /** Writes a problem of a record: pointer, severity, the violation's rule and path, reason. */
  static void recordProblem(JsonGenerator g, RecordProblem p) throws IOException {
    g.writeStartObject();
    string(g, POINTER, p.pointer().toString());
    string(g, SEVERITY, p.severity().code());
    text(g, RULE, p.violation().map(v -> v.rule().code()));
    text(g, PATH, p.violation().flatMap(Violation::path));
    string(g, REASON, p.reason());
    g.writeEndObject();
  }

  /** Writes a rejected record: its pointer, every problem, and its JSON as a string. */
  static void rejectedRecord(JsonGenerator g, RejectedRecord r) throws IOException {
    g.writeStartObject();
    string(g, RECORD_POINTER, r.recordPointer().toString());
    list(g, PROBLEMS, r.problems(), Encode::recordProblem);
    string(g, RAW_JSON, r.rawJson());
    g.writeEndObject();
  }

  /** Writes a read warning: pointer, severity {@code warning}, the violation's rule and path. */
  static void readWarning(JsonGenerator g, ReadWarning w) throws IOException {
    g.writeStartObject();
    string(g, POINTER, w.pointer().toString());
    string(g, SEVERITY, Violation.Severity.WARNING.code());
    text(g, RULE, w.violation().map(v -> v.rule().code()));
    text(g, PATH, w.violation().flatMap(Violation::path));
    string(g, MESSAGE, w.message());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- document

  /** Writes a whole portfolio document; every top-level section is written, even when empty. */
  static void portfolio(JsonGenerator g, Portfolio p) throws IOException {
    g.writeStartObject();
    string(g, FORMAT_VERSION, PortfolioJson.FORMAT_VERSION);
    g.writeFieldName(INDUSTRY_TAXONOMY);
    industryTaxonomy(g, p.industries());
    g.writeFieldName(REGIONS);
    regionHierarchy(g, p.regions());
    section(g, CHAINS, p.chains(), Encode::industrialChain);
    section(g, FOCUS_AREAS, p.focusAreas(), Encode::focusArea);
    section(g, INVESTORS, p.investors(), Encode::investor);
    section(g, PROJECTS, p.projects(), Encode::project);
    section(g, ACTIVITIES, p.activities(), Encode::activity);
    section(g, SIGNINGS, p.signings(), Encode::signing);
    section(g, TARGETS, p.targets(), Encode::target);
    section(g, REPORTED_FIGURES, p.reportedFigures(), Encode::reportedFigure);
    g.writeEndObject();
  }

  private static <T> void section(
      JsonGenerator g, SerializableString name, Collection<T> values, Writer<T> element)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }
}
