package io.github.attract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports projects to the Open Contracting for Infrastructure Data Standard (OC4IDS) 0.9.5: one
 * project, or a whole portfolio as a project package. The mapping is described in {@code
 * OC4IDS.md}; every exported document validates against the OC4IDS project (or package) schema.
 *
 * <pre>{@code
 * Oc4idsExporter exporter = Oc4ids.exporter()
 *     .withProjectIdPrefix("oc4ids-abc123-")
 *     .withPublisher("Shuangyashan Investment Promotion Bureau");
 * String project = exporter.exportProject(portfolio, ProjectId.of("sys-fengfan-storage"));
 * String pkg = exporter.exportPackage(portfolio, OffsetDateTime.parse("2023-04-24T00:00:00+08:00"));
 * }</pre>
 *
 * <p>Dates of Attract are days; OC4IDS wants date-times, so a start or a met date is written as
 * midnight and an end date as 23:59:59, at the configured offset (UTC unless set). Nothing reads
 * the clock: the package's published date is an argument.
 *
 * <p>Immutable and thread-safe; the {@code withX} methods return copies.
 */
public final class Oc4idsExporter {
  /** The scheme of the identifier that keeps the Attract project id. */
  public static final String ID_SCHEME = "attract";

  /** The classification scheme of designations, e.g. {@code provincial-key 2023}. */
  public static final String DESIGNATION_SCHEME = "attract-designation";

  /** The classification scheme of focus areas. */
  public static final String FOCUS_AREA_SCHEME = "attract-focus-area";

  /** The classification scheme of industrial chain links, e.g. {@code graphite/anode}. */
  public static final String CHAIN_LINK_SCHEME = "attract-chain-link";

  /** The name of the extension object that keeps what OC4IDS has no field for. */
  public static final String EXTENSION = "attract";

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.instance)
          .disable(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final String idPrefix;
  private final String publisher;
  private final String packageUri;
  private final ZoneOffset offset;
  private final Optional<String> publicAuthorityId;
  private final Optional<String> publicAuthorityName;

  private Oc4idsExporter(
      String idPrefix,
      String publisher,
      String packageUri,
      ZoneOffset offset,
      Optional<String> publicAuthorityId,
      Optional<String> publicAuthorityName) {
    this.idPrefix = idPrefix;
    this.publisher = publisher;
    this.packageUri = packageUri;
    this.offset = offset;
    this.publicAuthorityId = publicAuthorityId;
    this.publicAuthorityName = publicAuthorityName;
  }

  static Oc4idsExporter defaults() {
    return new Oc4idsExporter(
        "", "Attract", "urn:attract:portfolio", ZoneOffset.UTC, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy that puts a prefix before every project id. OC4IDS ids must begin with the
   * publisher's registered project identifier prefix, such as {@code oc4ids-bu3kcz-}.
   *
   * @param prefix the prefix, possibly empty
   * @return the exporter
   */
  public Oc4idsExporter withProjectIdPrefix(String prefix) {
    return new Oc4idsExporter(
        Objects.requireNonNull(prefix, "prefix"),
        publisher,
        packageUri,
        offset,
        publicAuthorityId,
        publicAuthorityName);
  }

  /**
   * Returns a copy with another publisher name for packages.
   *
   * @param name the publisher's name, not blank
   * @return the exporter
   * @throws IllegalArgumentException if the name is blank
   */
  public Oc4idsExporter withPublisher(String name) {
    return new Oc4idsExporter(
        idPrefix,
        nonBlank("publisher", name),
        packageUri,
        offset,
        publicAuthorityId,
        publicAuthorityName);
  }

  /**
   * Returns a copy with another package URI.
   *
   * @param uri the URI that identifies the package, e.g. where it is published
   * @return the exporter
   * @throws IllegalArgumentException if the text is not an absolute URI
   */
  public Oc4idsExporter withPackageUri(String uri) {
    nonBlank("packageUri", uri);
    if (!java.net.URI.create(uri).isAbsolute()) {
      throw new IllegalArgumentException(
          "OC4IDS exporter 'packageUri' must be an absolute URI, but was '" + uri + "'");
    }
    return new Oc4idsExporter(
        idPrefix, publisher, uri, offset, publicAuthorityId, publicAuthorityName);
  }

  /**
   * Returns a copy that writes dates at another UTC offset, e.g. {@code +08:00} for China.
   *
   * @param offset the offset
   * @return the exporter
   */
  public Oc4idsExporter withOffset(ZoneOffset offset) {
    return new Oc4idsExporter(
        idPrefix,
        publisher,
        packageUri,
        Objects.requireNonNull(offset, "offset"),
        publicAuthorityId,
        publicAuthorityName);
  }

  /**
   * Returns a copy that names the public authority of every project (the agency or government that
   * develops the projects), as a party with the role {@code publicAuthority}.
   *
   * @param id the party's id, not blank
   * @param name the party's name, not blank
   * @return the exporter
   * @throws IllegalArgumentException if the id or the name is blank
   */
  public Oc4idsExporter withPublicAuthority(String id, String name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    return new Oc4idsExporter(
        idPrefix,
        publisher,
        packageUri,
        offset,
        Optional.of(nonBlank("publicAuthority id", id)),
        Optional.of(nonBlank("publicAuthority name", name)));
  }

  private static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "OC4IDS exporter '" + field + "' must not be blank, but was '" + value + "'");
    }
    return value;
  }

  /**
   * Exports one project of a portfolio as an OC4IDS project (a JSON object).
   *
   * @param portfolio the portfolio, which names the project's investors, regions and industry
   * @param id the project's id
   * @return the OC4IDS project, indented JSON
   * @throws IllegalArgumentException if the portfolio has no such project, or the project has a
   *     date outside the years 0000 to 9999, which RFC 3339 date-times cannot hold
   */
  public String exportProject(Portfolio portfolio, ProjectId id) {
    Objects.requireNonNull(id, "id");
    Project p =
        portfolio
            .project(id)
            .orElseThrow(
                () -> new IllegalArgumentException("Portfolio has no project '" + id + "'"));
    return text(checked(portfolio, p));
  }

  /** Maps a project, naming it in the message of a value that OC4IDS cannot hold. */
  private ObjectNode checked(Portfolio portfolio, Project p) {
    try {
      return project(portfolio, p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Project '" + p.id() + "' cannot be exported to OC4IDS: " + e.getMessage(), e);
    }
  }

  /**
   * Exports every project of a portfolio as an OC4IDS project package.
   *
   * @param portfolio the portfolio, with at least one project
   * @param publishedDate when the package is published (OC4IDS requires it; nothing here reads the
   *     clock)
   * @return the OC4IDS project package, indented JSON
   * @throws IllegalArgumentException if the portfolio has no project (a package needs one), or a
   *     date (of a project or the publication) is outside the years 0000 to 9999, which RFC 3339
   *     date-times cannot hold
   */
  public String exportPackage(Portfolio portfolio, OffsetDateTime publishedDate) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(publishedDate, "publishedDate");
    if (portfolio.projects().isEmpty()) {
      throw new IllegalArgumentException(
          "OC4IDS project package must have at least one project, but the portfolio has none");
    }
    ObjectNode pkg = MAPPER.createObjectNode();
    pkg.put("version", Oc4ids.PACKAGE_VERSION);
    pkg.put("uri", packageUri);
    pkg.put("publishedDate", dateTime(publishedDate));
    pkg.putObject("publisher").put("name", publisher);
    ArrayNode projects = pkg.putArray("projects");
    for (Project p : portfolio.projects()) {
      projects.add(checked(portfolio, p));
    }
    return text(pkg);
  }

  private static String text(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ mapping

  ObjectNode project(Portfolio pf, Project p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", idPrefix + p.id().value());
    o.putArray("identifiers").addObject().put("id", p.id().value()).put("scheme", ID_SCHEME);
    o.put("title", p.name());
    p.description().filter(d -> !d.isBlank()).ifPresent(d -> o.put("description", d));
    if (!p.statusHistory().isEmpty()) {
      o.put("status", Oc4ids.statusOf(p.statusHistory()));
    }
    implementationPeriod(p).ifPresent(r -> o.set("implementationPeriod", period(r)));
    location(pf, p, o);
    budget(p, o);
    classifications(pf, p, o);
    parties(pf, p, o);
    milestones(p, o);
    forecasts(p, o);
    metrics(p, o);
    p.statusHistory()
        .firstReached(Status.COMPLETED)
        .ifPresent(d -> o.putObject("completion").put("endDate", end(d)));
    extension(p, o);
    return o;
  }

  private String start(LocalDate d) {
    return dateTime(d.atStartOfDay().atOffset(offset));
  }

  private String end(LocalDate d) {
    return dateTime(d.atTime(23, 59, 59).atOffset(offset));
  }

  /**
   * Writes an RFC 3339 date-time, which OC4IDS requires; RFC 3339 has four-digit years only, so a
   * year outside 0000 to 9999 (which {@code LocalDate} allows) cannot be written.
   */
  private static String dateTime(OffsetDateTime t) {
    if (t.getYear() < 0 || t.getYear() > 9999) {
      throw new IllegalArgumentException(
          "OC4IDS date-time must have a year from 0000 to 9999 (RFC 3339), but was "
              + t.toLocalDate());
    }
    return DATE_TIME.format(t);
  }

  private ObjectNode period(DateRange r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("startDate", start(r.start()));
    o.put("endDate", end(r.end()));
    o.put("durationInDays", r.lengthInDays());
    return o;
  }

  static ObjectNode value(Money m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("amount", m.amount());
    o.put("currency", m.currency().getCurrencyCode());
    return o;
  }

  private static Optional<DateRange> implementationPeriod(Project p) {
    LocalDate start = null;
    LocalDate end = null;
    for (Phase phase : p.phases()) {
      if (phase.plannedPeriod().isPresent()) {
        DateRange r = phase.plannedPeriod().get();
        start = start == null || r.start().isBefore(start) ? r.start() : start;
        end = end == null || r.end().isAfter(end) ? r.end() : end;
      }
    }
    return start == null || end == null ? Optional.empty() : Optional.of(DateRange.of(start, end));
  }

  private static void location(Portfolio pf, Project p, ObjectNode o) {
    ObjectNode loc = o.putArray("locations").addObject();
    loc.put("id", p.location().value());
    Optional<Region> region = pf.regions().region(p.location());
    if (region.isEmpty()) {
      return;
    }
    loc.put("description", region.get().name());
    ObjectNode address = MAPPER.createObjectNode();
    for (RegionKind kind :
        new RegionKind[] {RegionKind.COUNTY, RegionKind.DISTRICT, RegionKind.CITY}) {
      Optional<Region> r = pf.regions().ancestorOfKind(p.location(), kind);
      if (r.isPresent()) {
        address.put("locality", r.get().name());
        break;
      }
    }
    pf.regions()
        .ancestorOfKind(p.location(), RegionKind.PROVINCE)
        .ifPresent(r -> address.put("region", r.name()));
    pf.regions()
        .ancestorOfKind(p.location(), RegionKind.COUNTRY)
        .ifPresent(r -> address.put("countryName", r.name()));
    if (!address.isEmpty()) {
      loc.set("address", address);
    }
  }

  private void budget(Project p, ObjectNode o) {
    ObjectNode budget = MAPPER.createObjectNode();
    p.totalInvestment().ifPresent(t -> budget.set("amount", value(t)));
    ArrayNode groups = MAPPER.createArrayNode();
    if (!p.annualPlans().isEmpty()) {
      ObjectNode group = groups.addObject();
      group.put("id", "annualPlans");
      group.put("description", "Annual planned investment");
      ArrayNode items = group.putArray("budgetBreakdown");
      for (AnnualPlan plan : p.annualPlans()) {
        ObjectNode item = items.addObject();
        item.put("id", plan.year().toString());
        item.put(
            "description",
            "Planned investment " + plan.year() + " (" + plan.provenance().code() + ")");
        item.set("amount", value(plan.planned()));
        item.set("period", period(DateRange.ofYear(plan.year())));
      }
    }
    if (!p.phases().isEmpty()) {
      ObjectNode group = groups.addObject();
      group.put("id", "phases");
      group.put("description", "Investment by phase");
      ArrayNode items = group.putArray("budgetBreakdown");
      for (Phase phase : p.phases()) {
        ObjectNode item = items.addObject();
        item.put("id", phase.id().value());
        item.put("description", phase.name());
        phase.investment().ifPresent(m -> item.set("amount", value(m)));
        phase.plannedPeriod().ifPresent(r -> item.set("period", period(r)));
      }
    }
    if (!groups.isEmpty()) {
      budget.set("budgetBreakdowns", groups);
    }
    if (!budget.isEmpty()) {
      o.set("budget", budget);
    }
  }

  private static void classifications(Portfolio pf, Project p, ObjectNode o) {
    ArrayNode list = MAPPER.createArrayNode();
    ObjectNode industry = list.addObject();
    industry.put("scheme", pf.industries().scheme());
    industry.put("id", p.industry().value());
    pf.industries().industry(p.industry()).ifPresent(i -> industry.put("description", i.name()));
    p.chainLink()
        .ifPresent(
            link -> {
              ObjectNode c = list.addObject();
              c.put("scheme", CHAIN_LINK_SCHEME);
              c.put("id", link.toString());
              pf.chain(link.chain())
                  .ifPresent(
                      chain ->
                          c.put(
                              "description",
                              chain.name()
                                  + ": "
                                  + chain
                                      .link(link.link())
                                      .map(l -> l.name())
                                      .orElse(link.link().value())));
            });
    for (Designation d : p.designations()) {
      list.addObject().put("scheme", DESIGNATION_SCHEME).put("id", d.toString());
    }
    for (FocusAreaId f : p.focusAreas()) {
      ObjectNode c = list.addObject().put("scheme", FOCUS_AREA_SCHEME).put("id", f.value());
      pf.focusArea(f).ifPresent(a -> c.put("description", a.name()));
    }
    o.set("additionalClassifications", list);
  }

  private void parties(Portfolio pf, Project p, ObjectNode o) {
    ArrayNode parties = MAPPER.createArrayNode();
    for (InvestorId id : p.investors()) {
      ObjectNode party = parties.addObject();
      party.put("id", id.value());
      Optional<Investor> investor = pf.investor(id);
      party.put("name", investor.map(Investor::name).orElse(id.value()));
      investor
          .flatMap(Investor::origin)
          .flatMap(r -> pf.regions().region(r))
          .ifPresent(r -> party.putObject("address").put("region", r.name()));
      party.putArray("roles").add("funder");
    }
    if (publicAuthorityId.isPresent() && publicAuthorityName.isPresent()) {
      ObjectNode authority = parties.addObject();
      authority.put("id", publicAuthorityId.get());
      authority.put("name", publicAuthorityName.get());
      authority.putArray("roles").add("publicAuthority");
      o.putObject("publicAuthority")
          .put("id", publicAuthorityId.get())
          .put("name", publicAuthorityName.get());
    }
    if (!parties.isEmpty()) {
      o.set("parties", parties);
    }
  }

  private void milestones(Project p, ObjectNode o) {
    ArrayNode list = MAPPER.createArrayNode();
    milestonesOf("", p.statusHistory(), implementationPeriod(p), list);
    for (Phase phase : p.phases()) {
      milestonesOf(
          "phase-" + phase.id().value() + "-", phase.statusHistory(), phase.plannedPeriod(), list);
    }
    p.statusHistory()
        .firstReached(Status.SIGNED)
        .ifPresent(
            d ->
                list.addObject()
                    .put("id", "signing")
                    .put("title", "Investment agreement signed")
                    .put("type", "approval")
                    .put("status", "met")
                    .put("dateMet", start(d)));
    if (!list.isEmpty()) {
      o.set("milestones", list);
    }
  }

  private void milestonesOf(
      String prefix, StatusHistory history, Optional<DateRange> planned, ArrayNode list) {
    milestone(
        list,
        prefix + "commencement",
        "commencement",
        "Commencement of construction",
        history.firstReached(Status.UNDER_CONSTRUCTION),
        planned.map(DateRange::start),
        true);
    milestone(
        list,
        prefix + "commissioning",
        "commissioning",
        "In operation (production or grid connection)",
        history.firstReached(Status.IN_OPERATION),
        Optional.empty(),
        true);
    milestone(
        list,
        prefix + "completion",
        "completion",
        "Completion of construction",
        history.firstReached(Status.COMPLETED),
        planned.map(DateRange::end),
        false);
  }

  private void milestone(
      ArrayNode list,
      String id,
      String code,
      String title,
      Optional<LocalDate> met,
      Optional<LocalDate> due,
      boolean startOfDay) {
    if (met.isEmpty() && due.isEmpty()) {
      return;
    }
    ObjectNode m = list.addObject();
    m.put("id", id);
    m.put("title", title);
    m.put("type", "delivery");
    m.put("code", code);
    due.ifPresent(d -> m.put("dueDate", startOfDay ? start(d) : end(d)));
    if (met.isPresent()) {
      m.put("status", "met");
      m.put("dateMet", start(met.get()));
    } else {
      m.put("status", "scheduled");
    }
  }

  private static void forecasts(Project p, ObjectNode o) {
    ArrayNode list = MAPPER.createArrayNode();
    int n = 0;
    for (DesignedCapacity c : p.capacities()) {
      capacity(list, "capacity-" + ++n, c);
    }
    for (Phase phase : p.phases()) {
      int k = 0;
      for (DesignedCapacity c : phase.capacities()) {
        capacity(list, "phase-" + phase.id().value() + "-capacity-" + ++k, c);
      }
    }
    if (p.expectedOutcomes().isPresent()) {
      ExpectedOutcomes e = p.expectedOutcomes().get();
      e.annualRevenue()
          .ifPresent(m -> money(list, "annualRevenue", "Annual sales revenue at full output", m));
      e.annualProfit()
          .ifPresent(m -> money(list, "annualProfit", "Annual profit at full output", m));
      e.annualTax().ifPresent(m -> money(list, "annualTax", "Annual tax at full output", m));
      if (e.jobs().isPresent()) {
        ObjectNode metric = list.addObject();
        metric.put("id", "jobs");
        metric.put("title", "New jobs");
        ObjectNode obs = metric.putArray("observations").addObject();
        obs.put("id", "1");
        obs.put("measure", e.jobs().getAsLong());
        obs.putObject("unit").put("name", "jobs");
      }
    }
    if (!list.isEmpty()) {
      o.set("forecasts", list);
    }
  }

  private static void capacity(ArrayNode list, String id, DesignedCapacity c) {
    ObjectNode metric = list.addObject();
    metric.put("id", id);
    metric.put("title", c.product());
    metric.put("description", "Designed capacity at full output");
    ObjectNode obs = metric.putArray("observations").addObject();
    obs.put("id", "1");
    obs.put("measure", c.quantity().value());
    obs.putObject("unit").put("name", c.quantity().unit().symbol());
  }

  private static void money(ArrayNode list, String id, String title, Money m) {
    ObjectNode metric = list.addObject();
    metric.put("id", id);
    metric.put("title", title);
    ObjectNode obs = metric.putArray("observations").addObject();
    obs.put("id", "1");
    obs.set("value", value(m));
  }

  private void metrics(Project p, ObjectNode o) {
    if (p.progressReports().isEmpty()) {
      return;
    }
    ArrayNode list = MAPPER.createArrayNode();
    ObjectNode completed = list.addObject();
    completed.put("id", "financialProgress");
    completed.put("title", "Completed investment, cumulative");
    ArrayNode completedObs = completed.putArray("observations");
    ArrayNode fundsObs = MAPPER.createArrayNode();
    for (ProgressReport r : p.progressReports()) {
      ObjectNode obs = completedObs.addObject();
      obs.put("id", r.month().toString());
      obs.set("period", period(DateRange.ofMonth(r.month())));
      obs.set("value", value(r.completedInvestment()));
      obs.put("notes", "provenance: " + r.provenance().code());
      r.fundsInPlace()
          .ifPresent(
              f -> {
                ObjectNode fo = fundsObs.addObject();
                fo.put("id", r.month().toString());
                fo.set("period", period(DateRange.ofMonth(r.month())));
                fo.set("value", value(f));
                fo.put("notes", "provenance: " + r.provenance().code());
              });
    }
    if (!fundsObs.isEmpty()) {
      ObjectNode funds = list.addObject();
      funds.put("id", "fundsInPlace");
      funds.put("title", "Funds in place, cumulative");
      funds.set("observations", fundsObs);
    }
    o.set("metrics", list);
  }

  private static void extension(Project p, ObjectNode o) {
    ObjectNode x = o.putObject(EXTENSION);
    x.put("formatVersion", PortfolioJson.FORMAT_VERSION);
    p.statusHistory().current().ifPresent(s -> x.put("status", s.code()));
    if (!p.statusHistory().isEmpty()) {
      ArrayNode h = x.putArray("statusHistory");
      for (StatusChange c : p.statusHistory().changes()) {
        h.addObject().put("date", c.date().toString()).put("status", c.status().code());
      }
    }
    x.put("location", p.location().value());
    x.put("industry", p.industry().value());
    p.chainLink()
        .ifPresent(
            l ->
                x.putObject("chainLink")
                    .put("chain", l.chain().value())
                    .put("link", l.link().value()));
    x.put("currency", p.currency().getCurrencyCode());
    x.put("totalInvestmentProvenance", p.totalInvestmentProvenance().code());
    // OC4IDS has no dated amendment of a project's budget (modifications belong to contracting
    // processes), so budget.amount stays the original total and the revisions travel here.
    if (!p.totalInvestmentRevisions().isEmpty()) {
      ArrayNode revisions = x.putArray("totalInvestmentRevisions");
      for (InvestmentRevision r : p.totalInvestmentRevisions()) {
        ObjectNode ro = revisions.addObject();
        ro.put("date", r.date().toString());
        ro.set("total", value(r.total()));
        r.reason().ifPresent(t -> ro.put("reason", t));
        r.document().ifPresent(t -> ro.put("document", t));
        ro.put("provenance", r.provenance().code());
      }
    }
    p.expectedOutcomes().ifPresent(e -> x.put("expectedOutcomesProvenance", e.provenance().code()));
  }
}
