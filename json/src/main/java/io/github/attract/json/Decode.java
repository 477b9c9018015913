package io.github.attract.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Conversion;
import io.github.attract.money.Currencies;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvalidPartException;
import io.github.attract.project.InvalidProjectException;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.OfficialLevel;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decoders of Attract's JSON format, one per type, all on the streaming parser. Each one starts on
 * the first token of its value and ends on the last one, and goes through core's public factories
 * and builders, so every rule of the domain applies to JSON input.
 */
final class Decode {
  private Decode() {}

  /** A decoder of one value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }

  static <T> List<T> list(JsonIn in, String subject, Reader<T> element) throws IOException {
    in.startArray(subject);
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      out.add(element.read(in));
    }
    return out;
  }

  /**
   * Reads the parts of a project, an array; in a lenient read a part that breaks its own rule is
   * noted and left out, and the others are read.
   */
  static <T> List<T> parts(JsonIn in, String subject, Reader<T> element) throws IOException {
    in.startArray(subject);
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = part(in, element);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Reads one part of a project. In a lenient read, a part that breaks its own rules (found once
   * the part is read whole, so the parser stands at its end) is noted, each broken rule at its
   * field, and null is returned; a malformed value still fails, since the rest of the part was not
   * read.
   */
  static <T> @Nullable T part(JsonIn in, Reader<T> element) throws IOException {
    Problems problems = in.problems();
    if (problems == null || in.p.currentToken() != JsonToken.START_OBJECT) {
      return element.read(in);
    }
    JsonStreamContext parent = in.p.getParsingContext().getParent();
    try {
      return element.read(in);
    } catch (AttractJsonException e) {
      if (in.p.currentToken() == JsonToken.END_OBJECT && in.p.getParsingContext() == parent) {
        if (e.getCause() instanceof InvalidPartException invalid) {
          // every broken rule of the part, each where its field is
          problems.add(e.pointer(), invalid);
        } else {
          problems.add(e.pointer(), e.reason());
        }
        return null;
      }
      throw e;
    }
  }

  static <T> T build(JsonIn in, Supplier<T> builder) throws AttractJsonException {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw in.wrap(e);
    }
  }

  static AttractJsonException missing(JsonIn in, String subject, String property) {
    return in.fail(subject + " is missing the required property '" + property + "'");
  }

  // ---------------------------------------------------------------- leaves

  static Currency currency(JsonIn in) throws IOException {
    return in.text("'currency'", Currencies::of);
  }

  /**
   * Reads money in either of its two shapes: the text {@code "CNY 1050000000.00"} that the writers
   * write, or the object {@code {"amount": "1050000000.00", "currency": "CNY"}}.
   */
  static Money money(JsonIn in) throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      return moneyText(in);
    }
    if (in.p.currentToken() != JsonToken.START_OBJECT) {
      throw in.fail(
          "Money must be a text such as \"CNY 1050000000.00\" or an object {\"amount\","
              + " \"currency\"}, but was "
              + in.describe());
    }
    BigDecimal amount = null;
    Currency currency = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "amount" -> amount = in.decimal("Money 'amount'", "1050000000.00");
        case "currency" -> currency = in.moneyCurrency(currency(in));
        default -> in.unknownProperty("Money", name);
      }
    }
    if (amount == null) {
      throw missing(in, "Money", "amount");
    }
    if (currency == null) {
      throw missing(in, "Money", "currency");
    }
    try {
      return Money.of(currency, amount);
    } catch (IllegalArgumentException e) {
      throw in.fail(in.here().appendProperty("amount"), String.valueOf(e.getMessage()), e);
    }
  }

  /** Reads the text shape of money: a currency code, one space and a plain decimal. */
  private static Money moneyText(JsonIn in) throws IOException {
    String text = in.text("Money");
    int space = text.indexOf(' ');
    if (space < 0 || text.indexOf(' ', space + 1) >= 0) {
      throw in.fail(
          "Money must be a currency code, a space and a decimal such as \"CNY 1050000000.00\","
              + " but was '"
              + text
              + "'");
    }
    Currency currency = in.currency(text, space);
    long minor = in.simpleMinorUnits(text, space + 1, currency.getDefaultFractionDigits());
    if (minor != JsonIn.NOT_SIMPLE) {
      return Money.ofMinor(currency, minor);
    }
    String digits = text.substring(space + 1);
    BigDecimal amount = in.decimal("Money amount", digits, "1050000000.00");
    try {
      return Money.of(currency, amount);
    } catch (IllegalArgumentException e) {
      throw in.wrap(e);
    }
  }

  static MultiCurrencyAmount multiCurrencyAmount(JsonIn in) throws IOException {
    List<Money> amounts = list(in, "Multi-currency amount", Decode::money);
    Set<Currency> seen = new HashSet<>();
    for (Money m : amounts) {
      if (!seen.add(m.currency())) {
        throw in.fail(
            "Multi-currency amount must have each currency once, but '"
                + m.currency().getCurrencyCode()
                + "' repeats");
      }
    }
    return MultiCurrencyAmount.total(amounts);
  }

  static ExchangeRate exchangeRate(JsonIn in) throws IOException {
    in.startObject("Exchange rate");
    ExchangeRate.Builder b = ExchangeRate.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "from" -> b.from(currency(in));
        case "to" -> b.to(currency(in));
        case "rate" -> b.rate(in.decimal("Exchange rate 'rate'", "6.9"));
        case "date" -> b.date(in.date("Exchange rate 'date'"));
        default -> in.unknownProperty("Exchange rate", name);
      }
    }
    return build(in, b::build);
  }

  static ExchangeRateTable exchangeRateTable(JsonIn in) throws IOException {
    in.startObject("Exchange rate table");
    List<ExchangeRate> rates = List.of();
    boolean inverses = false;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "rates" -> rates = list(in, "'rates'", Decode::exchangeRate);
        case "derivingInverses" -> inverses = in.bool("Exchange rate table 'derivingInverses'");
        default -> in.unknownProperty("Exchange rate table", name);
      }
    }
    List<ExchangeRate> r = rates;
    ExchangeRateTable table = build(in, () -> ExchangeRateTable.of(r));
    return inverses ? table.derivingInverses() : table;
  }

  static RoundingMode roundingMode(JsonIn in) throws IOException {
    return in.text("Rounding mode", Decode::roundingMode);
  }

  private static RoundingMode roundingMode(String code) {
    for (RoundingMode m : RoundingMode.values()) {
      if (Encode.code(m).equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("Unknown rounding mode '" + code + "'");
  }

  static Conversion conversion(JsonIn in) throws IOException {
    in.startObject("Conversion");
    Conversion.Builder b = Conversion.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "source" -> b.source(money(in));
        case "rate" -> b.rate(exchangeRate(in));
        case "rounding" -> b.rounding(roundingMode(in));
        case "asOf" -> b.asOf(in.date("Conversion 'asOf'"));
        default -> in.unknownProperty("Conversion", name);
      }
    }
    return build(in, b::build);
  }

  static Unit unit(JsonIn in) throws IOException {
    return in.text("'unit'", Unit::ofSymbol);
  }

  static Quantity quantity(JsonIn in) throws IOException {
    in.startObject("Quantity");
    BigDecimal value = null;
    Unit unit = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "value" -> value = in.decimal("Quantity 'value'", "100000");
        case "unit" -> unit = unit(in);
        default -> in.unknownProperty("Quantity", name);
      }
    }
    if (value == null) {
      throw missing(in, "Quantity", "value");
    }
    if (unit == null) {
      throw missing(in, "Quantity", "unit");
    }
    try {
      return Quantity.of(value, unit);
    } catch (IllegalArgumentException e) {
      throw in.fail(in.here().appendProperty("value"), String.valueOf(e.getMessage()), e);
    }
  }

  static DateRange dateRange(JsonIn in) throws IOException {
    in.startObject("Date range");
    LocalDate start = null;
    LocalDate end = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "start" -> start = in.date("Date range 'start'");
        case "end" -> end = in.date("Date range 'end'");
        default -> in.unknownProperty("Date range", name);
      }
    }
    if (start == null) {
      throw missing(in, "Date range", "start");
    }
    if (end == null) {
      throw missing(in, "Date range", "end");
    }
    LocalDate s = start;
    LocalDate e = end;
    return build(in, () -> DateRange.of(s, e));
  }

  static YearQuarter yearQuarter(JsonIn in) throws IOException {
    return in.text("Year quarter", YearQuarter::parse);
  }

  static ChainLinkRef chainLinkRef(JsonIn in) throws IOException {
    in.startObject("Chain link reference");
    ChainId chain = null;
    ChainLinkId link = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "chain" -> chain = in.text("Chain link reference 'chain'", ChainId::of);
        case "link" -> link = in.text("Chain link reference 'link'", ChainLinkId::of);
        default -> in.unknownProperty("Chain link reference", name);
      }
    }
    if (chain == null) {
      throw missing(in, "Chain link reference", "chain");
    }
    if (link == null) {
      throw missing(in, "Chain link reference", "link");
    }
    return ChainLinkRef.of(chain, link);
  }

  static Designation designation(JsonIn in) throws IOException {
    in.startObject("Designation");
    DesignationKind kind = null;
    Year year = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "kind" -> kind = in.text("Designation 'kind'", DesignationKind::ofCode);
        case "year" -> year = in.year("Designation 'year'");
        default -> in.unknownProperty("Designation", name);
      }
    }
    if (kind == null) {
      throw missing(in, "Designation", "kind");
    }
    if (year == null) {
      throw missing(in, "Designation", "year");
    }
    return Designation.of(kind, year);
  }

  static StatusChange statusChange(JsonIn in) throws IOException {
    in.startObject("Status change");
    LocalDate date = null;
    Status status = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "date" -> date = in.date("Status change 'date'");
        case "status" -> status = in.text("Status change 'status'", Status::ofCode);
        default -> in.unknownProperty("Status change", name);
      }
    }
    if (date == null) {
      throw missing(in, "Status change", "date");
    }
    if (status == null) {
      throw missing(in, "Status change", "status");
    }
    return StatusChange.of(date, status);
  }

  static StatusHistory statusHistory(JsonIn in) throws IOException {
    List<StatusChange> changes = list(in, "'statusHistory'", Decode::statusChange);
    if (in.problems() != null) {
      // a lenient read lets the project check the history, so that every bad change is listed
      return StatusHistory.ofUnchecked(changes);
    }
    return build(in, () -> StatusHistory.of(changes));
  }

  static Provenance provenance(JsonIn in) throws IOException {
    return in.text("'provenance'", Provenance::ofCode);
  }

  // ---------------------------------------------------------------- taxonomy

  static Industry industry(JsonIn in) throws IOException {
    in.startObject("Industry");
    IndustryId id = null;
    String label = null;
    IndustryId parent = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> id = in.text("Industry 'id'", IndustryId::of);
        case "name" -> label = in.text("Industry 'name'");
        case "parent" -> parent = in.text("Industry 'parent'", IndustryId::of);
        default -> in.unknownProperty("Industry", name);
      }
    }
    if (id == null) {
      throw missing(in, "Industry", "id");
    }
    if (label == null) {
      throw missing(in, "Industry", "name");
    }
    IndustryId i = id;
    String n = label;
    IndustryId p = parent;
    return build(in, () -> p == null ? Industry.of(i, n) : Industry.of(i, n, p));
  }

  static IndustryTaxonomy industryTaxonomy(JsonIn in) throws IOException {
    in.startObject("Industry taxonomy");
    String scheme = null;
    List<Industry> industries = List.of();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "scheme" -> scheme = in.text("Industry taxonomy 'scheme'");
        case "industries" -> industries = list(in, "'industries'", Decode::industry);
        default -> in.unknownProperty("Industry taxonomy", name);
      }
    }
    if (scheme == null) {
      throw missing(in, "Industry taxonomy", "scheme");
    }
    String s = scheme;
    List<Industry> list = industries;
    return build(in, () -> IndustryTaxonomy.of(s, list));
  }

  static ChainLink chainLink(JsonIn in) throws IOException {
    in.startObject("Chain link");
    ChainLinkId id = null;
    String label = null;
    String description = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> id = in.text("Chain link 'id'", ChainLinkId::of);
        case "name" -> label = in.text("Chain link 'name'");
        case "description" -> description = in.text("Chain link 'description'");
        default -> in.unknownProperty("Chain link", name);
      }
    }
    if (id == null) {
      throw missing(in, "Chain link", "id");
    }
    if (label == null) {
      throw missing(in, "Chain link", "name");
    }
    ChainLinkId i = id;
    String n = label;
    String d = description;
    return build(in, () -> d == null ? ChainLink.of(i, n) : ChainLink.of(i, n, d));
  }

  static IndustrialChain industrialChain(JsonIn in) throws IOException {
    in.startObject("Industrial chain");
    IndustrialChain.Builder b = IndustrialChain.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Industrial chain 'id'", ChainId::of));
        case "name" -> b.name(in.text("Industrial chain 'name'"));
        case "industry" -> b.industry(in.text("Industrial chain 'industry'", IndustryId::of));
        case "links" -> b.addAllLinks(list(in, "'links'", Decode::chainLink));
        default -> in.unknownProperty("Industrial chain", name);
      }
    }
    return build(in, b::build);
  }

  static FocusArea focusArea(JsonIn in) throws IOException {
    in.startObject("Focus area");
    FocusAreaId id = null;
    String label = null;
    String description = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> id = in.text("Focus area 'id'", FocusAreaId::of);
        case "name" -> label = in.text("Focus area 'name'");
        case "description" -> description = in.text("Focus area 'description'");
        default -> in.unknownProperty("Focus area", name);
      }
    }
    if (id == null) {
      throw missing(in, "Focus area", "id");
    }
    if (label == null) {
      throw missing(in, "Focus area", "name");
    }
    FocusAreaId i = id;
    String n = label;
    String d = description;
    return build(in, () -> d == null ? FocusArea.of(i, n) : FocusArea.of(i, n, d));
  }

  static Region region(JsonIn in) throws IOException {
    in.startObject("Region");
    Region.Builder b = Region.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Region 'id'", RegionId::of));
        case "name" -> b.name(in.text("Region 'name'"));
        case "kind" -> b.kind(in.text("Region 'kind'", RegionKind::ofCode));
        case "parent" -> b.parent(in.text("Region 'parent'", RegionId::of));
        case "members" ->
            b.addAllMembers(list(in, "'members'", i -> i.text("Region 'members'", RegionId::of)));
        default -> in.unknownProperty("Region", name);
      }
    }
    return build(in, b::build);
  }

  static RegionHierarchy regionHierarchy(JsonIn in) throws IOException {
    List<Region> regions = list(in, "'regions'", Decode::region);
    return build(in, () -> RegionHierarchy.of(regions));
  }

  // ---------------------------------------------------------------- projects

  static Investor investor(JsonIn in) throws IOException {
    in.startObject("Investor");
    Investor.Builder b = Investor.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Investor 'id'", InvestorId::of));
        case "name" -> b.name(in.text("Investor 'name'"));
        case "origin" -> b.origin(in.text("Investor 'origin'", RegionId::of));
        case "group" -> b.group(in.text("Investor 'group'", InvestorId::of));
        default -> in.unknownProperty("Investor", name);
      }
    }
    return build(in, b::build);
  }

  static DesignedCapacity designedCapacity(JsonIn in) throws IOException {
    in.startObject("Designed capacity");
    String product = null;
    Quantity quantity = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "product" -> product = in.text("Designed capacity 'product'");
        case "quantity" -> quantity = quantity(in);
        default -> in.unknownProperty("Designed capacity", name);
      }
    }
    if (product == null) {
      throw missing(in, "Designed capacity", "product");
    }
    if (quantity == null) {
      throw missing(in, "Designed capacity", "quantity");
    }
    String p = product;
    Quantity q = quantity;
    return build(in, () -> DesignedCapacity.of(p, q));
  }

  static ExpectedOutcomes expectedOutcomes(JsonIn in) throws IOException {
    in.startObject("Expected outcomes");
    ExpectedOutcomes.Builder b = ExpectedOutcomes.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "annualRevenue" -> b.annualRevenue(money(in));
        case "annualProfit" -> b.annualProfit(money(in));
        case "annualTax" -> b.annualTax(money(in));
        case "jobs" -> b.jobs(in.wholeNumber("Expected outcomes 'jobs'", 0, Long.MAX_VALUE));
        case "provenance" -> b.provenance(provenance(in));
        default -> in.unknownProperty("Expected outcomes", name);
      }
    }
    return build(in, b::build);
  }

  static AnnualPlan annualPlan(JsonIn in) throws IOException {
    in.startObject("Annual plan");
    Year year = null;
    Money planned = null;
    Provenance provenance = Provenance.REPORTED;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "year" -> year = in.year("Annual plan 'year'");
        case "planned" -> planned = money(in);
        case "provenance" -> provenance = provenance(in);
        default -> in.unknownProperty("Annual plan", name);
      }
    }
    if (year == null) {
      throw missing(in, "Annual plan", "year");
    }
    if (planned == null) {
      throw missing(in, "Annual plan", "planned");
    }
    Year y = year;
    Money m = planned;
    Provenance p = provenance;
    return build(in, () -> AnnualPlan.of(y, m, p));
  }

  static ProgressReport progressReport(JsonIn in) throws IOException {
    in.startObject("Progress report");
    ProgressReport.Builder b = ProgressReport.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "month" -> b.month(in.month("Progress report 'month'"));
        case "completedInvestment" -> b.completedInvestment(money(in));
        case "fundsInPlace" -> b.fundsInPlace(money(in));
        case "provenance" -> b.provenance(provenance(in));
        default -> in.unknownProperty("Progress report", name);
      }
    }
    return build(in, b::build);
  }

  static InvestmentRevision investmentRevision(JsonIn in) throws IOException {
    in.startObject("Investment revision");
    InvestmentRevision.Builder b = InvestmentRevision.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "date" -> b.date(in.date("Investment revision 'date'"));
        case "total" -> b.total(money(in));
        case "reason" -> b.reason(in.text("Investment revision 'reason'"));
        case "document" -> b.document(in.text("Investment revision 'document'"));
        case "provenance" -> b.provenance(provenance(in));
        default -> in.unknownProperty("Investment revision", name);
      }
    }
    return build(in, b::build);
  }

  static Phase phase(JsonIn in) throws IOException {
    in.startObject("Phase");
    Phase.Builder b = Phase.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Phase 'id'", PhaseId::of));
        case "name" -> b.name(in.text("Phase 'name'"));
        case "investment" -> b.investment(money(in));
        case "plannedPeriod" -> b.plannedPeriod(dateRange(in));
        case "actualPeriod" -> b.actualPeriod(dateRange(in));
        case "capacities" ->
            b.addAllCapacities(parts(in, "'capacities'", Decode::designedCapacity));
        case "statusHistory" -> b.statusHistory(statusHistory(in));
        default -> in.unknownProperty("Phase", name);
      }
    }
    return build(in, b::build);
  }

  static Project project(JsonIn in) throws IOException {
    in.startObject("Project");
    Project.Builder b = Project.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Project 'id'", ProjectId::of));
        case "name" -> b.name(in.text("Project 'name'"));
        case "investors" -> {
          b.addAllInvestors(
              list(in, "'investors'", i -> i.text("Project 'investors'", InvestorId::of)));
        }
        case "location" -> b.location(in.text("Project 'location'", RegionId::of));
        case "industry" -> b.industry(in.text("Project 'industry'", IndustryId::of));
        case "chainLink" -> b.chainLink(chainLinkRef(in));
        case "focusAreas" -> {
          b.addAllFocusAreas(
              list(in, "'focusAreas'", i -> i.text("Project 'focusAreas'", FocusAreaId::of)));
        }
        case "designations" ->
            b.addAllDesignations(list(in, "'designations'", Decode::designation));
        case "currency" -> b.currency(currency(in));
        case "totalInvestment" -> b.totalInvestment(money(in));
        case "totalInvestmentProvenance" -> b.totalInvestmentProvenance(provenance(in));
        case "totalInvestmentRevisions" -> {
          b.addAllTotalInvestmentRevisions(
              parts(in, "'totalInvestmentRevisions'", Decode::investmentRevision));
        }
        case "phases" -> b.addAllPhases(parts(in, "'phases'", Decode::phase));
        case "statusHistory" -> b.statusHistory(statusHistory(in));
        case "capacities" ->
            b.addAllCapacities(parts(in, "'capacities'", Decode::designedCapacity));
        case "expectedOutcomes" ->
            b.expectedOutcomes(Optional.ofNullable(part(in, Decode::expectedOutcomes)));
        case "annualPlans" -> b.addAllAnnualPlans(parts(in, "'annualPlans'", Decode::annualPlan));
        case "progressReports" ->
            b.addAllProgressReports(parts(in, "'progressReports'", Decode::progressReport));
        case "description" -> b.description(in.text("Project 'description'"));
        default -> in.unknownProperty("Project", name);
      }
    }
    Problems problems = in.problems();
    if (problems == null) {
      return build(in, b::build);
    }
    // lenient: every problem of the parts and every violation of the project, with its pointer
    Project project = null;
    try {
      project = b.build();
    } catch (InvalidProjectException e) {
      Project.check(b).forEach(problems::add);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw in.wrap(e);
    }
    if (project != null && !problems.isEmpty()) {
      project.violations().forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      RecordProblem first = problems.complete();
      throw in.fail(first.pointer(), first.reason(), null);
    }
    return Objects.requireNonNull(project, "project");
  }

  // ---------------------------------------------------------------- promotion

  static PromotionActivity activity(JsonIn in) throws IOException {
    in.startObject("Promotion activity");
    PromotionActivity.Builder b = PromotionActivity.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Promotion activity 'id'", ActivityId::of));
        case "date" -> b.date(in.date("Promotion activity 'date'"));
        case "kind" -> b.kind(in.text("Promotion activity 'kind'", ActivityKind::ofCode));
        case "title" -> b.title(in.text("Promotion activity 'title'"));
        case "leadOfficialLevel" -> {
          b.leadOfficialLevel(
              in.text("Promotion activity 'leadOfficialLevel'", OfficialLevel::ofCode));
        }
        case "regions" -> {
          b.addAllRegions(
              list(in, "'regions'", i -> i.text("Promotion activity 'regions'", RegionId::of)));
        }
        case "counterparts" -> {
          b.addAllCounterparts(
              list(
                  in,
                  "'counterparts'",
                  i -> i.text("Promotion activity 'counterparts'", InvestorId::of)));
        }
        case "resultingProjects" -> {
          b.addAllResultingProjects(
              list(
                  in,
                  "'resultingProjects'",
                  i -> i.text("Promotion activity 'resultingProjects'", ProjectId::of)));
        }
        default -> in.unknownProperty("Promotion activity", name);
      }
    }
    return build(in, b::build);
  }

  static Signing signing(JsonIn in) throws IOException {
    in.startObject("Signing");
    Signing.Builder b = Signing.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Signing 'id'", SigningId::of));
        case "date" -> b.date(in.date("Signing 'date'"));
        case "investors" -> {
          b.addAllInvestors(
              list(in, "'investors'", i -> i.text("Signing 'investors'", InvestorId::of)));
        }
        case "projects" -> {
          b.addAllProjects(
              list(in, "'projects'", i -> i.text("Signing 'projects'", ProjectId::of)));
        }
        case "projectCount" ->
            b.projectCount((int) in.wholeNumber("Signing 'projectCount'", 0, Integer.MAX_VALUE));
        case "contractValue" -> b.contractValue(money(in));
        case "activity" -> b.activity(in.text("Signing 'activity'", ActivityId::of));
        default -> in.unknownProperty("Signing", name);
      }
    }
    return build(in, b::build);
  }

  static MetricValue metricValue(JsonIn in) throws IOException {
    in.startObject("Metric value");
    Metric metric = null;
    Long count = null;
    Money amount = null;
    Quantity quantity = null;
    BigDecimal rate = null;
    int values = 0;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "metric" -> metric = in.text("Metric value 'metric'", Metric::ofCode);
        case "count" -> {
          count = in.wholeNumber("Metric value 'count'", 0, Long.MAX_VALUE);
          values++;
        }
        case "amount" -> {
          amount = money(in);
          values++;
        }
        case "quantity" -> {
          quantity = quantity(in);
          values++;
        }
        case "rate" -> {
          rate = in.decimal("Metric value 'rate'", "0.8");
          values++;
        }
        default -> in.unknownProperty("Metric value", name);
      }
    }
    if (metric == null) {
      throw missing(in, "Metric value", "metric");
    }
    if (values > 1) {
      throw in.fail(
          "Metric value must have one of 'count', 'amount', 'quantity' or 'rate', but has "
              + values);
    }
    Metric m = metric;
    if (count != null) {
      long c = count;
      return build(in, () -> MetricValue.ofCount(m, c));
    }
    if (amount != null) {
      Money a = amount;
      return build(in, () -> MetricValue.ofMoney(m, a));
    }
    if (quantity != null) {
      Quantity q = quantity;
      return build(in, () -> MetricValue.ofQuantity(m, q));
    }
    if (rate != null) {
      BigDecimal r = rate;
      return build(in, () -> MetricValue.ofRate(m, r));
    }
    throw missing(
        in,
        "Metric value",
        switch (m.kind()) {
          case COUNT -> "count";
          case MONEY -> "amount";
          case QUANTITY -> "quantity";
          case RATE -> "rate";
        });
  }

  static Scope scope(JsonIn in) throws IOException {
    in.startObject("Scope");
    Scope.Builder b = Scope.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "designation" -> b.designation(designation(in));
        case "region" -> b.region(in.text("Scope 'region'", RegionId::of));
        case "industry" -> b.industry(in.text("Scope 'industry'", IndustryId::of));
        case "focusArea" -> b.focusArea(in.text("Scope 'focusArea'", FocusAreaId::of));
        case "status" -> b.status(in.text("Scope 'status'", Status::ofCode));
        default -> in.unknownProperty("Scope", name);
      }
    }
    return build(in, b::build);
  }

  static Target target(JsonIn in) throws IOException {
    in.startObject("Target");
    Target.Builder b = Target.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Target 'id'", TargetId::of));
        case "name" -> b.name(in.text("Target 'name'"));
        case "period" -> b.period(dateRange(in));
        case "scope" -> b.scope(scope(in));
        case "value" -> b.value(metricValue(in));
        default -> in.unknownProperty("Target", name);
      }
    }
    return build(in, b::build);
  }

  static ReportedFigure reportedFigure(JsonIn in) throws IOException {
    in.startObject("Reported figure");
    ReportedFigure.Builder b = ReportedFigure.builder();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "id" -> b.id(in.text("Reported figure 'id'", ReportedFigureId::of));
        case "source" -> b.source(in.text("Reported figure 'source'"));
        case "period" -> b.period(dateRange(in));
        case "scope" -> b.scope(scope(in));
        case "values" -> b.addAllValues(list(in, "'values'", Decode::metricValue));
        case "description" -> b.description(in.text("Reported figure 'description'"));
        default -> in.unknownProperty("Reported figure", name);
      }
    }
    return build(in, b::build);
  }

  static Violation violation(JsonIn in) throws IOException {
    in.startObject("Violation");
    Violation.Rule rule = null;
    Violation.Severity severity = Violation.Severity.ERROR;
    String kind = null;
    String id = null;
    String path = null;
    String message = null;
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      switch (name) {
        case "rule" -> rule = in.text("Violation 'rule'", Decode::rule);
        case "severity" -> severity = in.text("Violation 'severity'", Decode::severity);
        case "path" -> path = in.text("Violation 'path'");
        case "subjectKind" -> kind = in.text("Violation 'subjectKind'");
        case "subjectId" -> id = in.text("Violation 'subjectId'");
        case "message" -> message = in.text("Violation 'message'");
        default -> in.unknownProperty("Violation", name);
      }
    }
    if (rule == null) {
      throw missing(in, "Violation", "rule");
    }
    if (kind == null) {
      throw missing(in, "Violation", "subjectKind");
    }
    if (id == null) {
      throw missing(in, "Violation", "subjectId");
    }
    if (message == null) {
      throw missing(in, "Violation", "message");
    }
    if (path == null) {
      return severity == Violation.Severity.ERROR
          ? Violation.of(rule, kind, id, message)
          : build(in, severityWithoutPath(rule, kind));
    }
    Violation.Rule r = rule;
    Violation.Severity v = severity;
    String k = kind;
    String i = id;
    String p = path;
    String m = message;
    return build(in, () -> Violation.of(r, v, k, i, p, m));
  }

  private static Supplier<Violation> severityWithoutPath(Violation.Rule rule, String kind) {
    return () -> {
      throw new IllegalArgumentException(
          "Violation of rule '"
              + rule.code()
              + "' of a "
              + kind
              + " must have a 'path' to be a warning; only errors concern a subject as a whole");
    };
  }

  private static Violation.Severity severity(String code) {
    for (Violation.Severity s : Violation.Severity.values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown violation severity '" + code + "'");
  }

  private static Violation.Rule rule(String code) {
    for (Violation.Rule r : Violation.Rule.values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown violation rule '" + code + "'");
  }
}
