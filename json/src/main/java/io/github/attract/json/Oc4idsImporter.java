package io.github.attract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.collect.ImmutableList;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
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
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports OC4IDS 0.9.5 projects (or the projects of a package) into Attract projects: it maps what
 * maps and returns a note with the JSON Pointer of everything that does not, so nothing is dropped
 * silently. The mapping is described in {@code OC4IDS.md}; projects exported by {@link
 * Oc4idsExporter} carry an {@code attract} extension that makes the import of their status,
 * location and industry exact.
 *
 * <pre>{@code
 * Oc4idsImport result = Oc4ids.importer()
 *     .withDefaultLocation(RegionId.of("cn-hl-sys"))
 *     .withDefaultIndustry(IndustryId.of("energy"))
 *     .importProject(json);
 * }</pre>
 *
 * <p>Real-world quirks are tolerated: dates without a time or a time zone (read as days; dates with
 * an offset are read at the configured offset), empty arrays and objects and {@code null}s
 * (ignored), zero budgets (read as unknown, with a note), amounts given as decimal strings, a
 * single {@code role} string instead of the {@code roles} array, and the older flat {@code
 * budget.amount} number next to a {@code budget.currency} (each read with a note). A project that
 * breaks a rule of Attract (e.g. phase investments above the total) loses the offending parts, with
 * a note, rather than failing.
 *
 * <p>The declared {@code status} is kept: {@code completion.endDate} dates a completion only when
 * the status is {@code completion} or absent; beside another status (older publications put the
 * planned end there) it is noted as not read. Without an {@code attract} location or a default
 * location, the id of the first location is read as the region, with a note.
 *
 * <p>Hostile input (arrays given as objects, {@code 1e1000000000}, currencies without minor unit,
 * hundreds of thousands of unknown keys) is noted or refused with an {@link AttractJsonException}
 * in time linear in the input; nothing else is thrown.
 *
 * <p>Immutable and thread-safe; the {@code withX} methods return copies.
 */
public final class Oc4idsImporter {
  private static final String CAPACITY = "capacity-";

  private final String idPrefix;
  private final ZoneOffset offset;
  private final Optional<RegionId> defaultLocation;
  private final Optional<IndustryId> defaultIndustry;
  private final ObjectMapper trees;

  private Oc4idsImporter(
      String idPrefix,
      ZoneOffset offset,
      Optional<RegionId> defaultLocation,
      Optional<IndustryId> defaultIndustry) {
    this.idPrefix = idPrefix;
    this.offset = offset;
    this.defaultLocation = defaultLocation;
    this.defaultIndustry = defaultIndustry;
    this.trees =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(PortfolioReader.DEFAULT_MAX_NESTING_DEPTH)
                            .maxStringLength(PortfolioReader.DEFAULT_MAX_STRING_LENGTH)
                            .maxNumberLength(PortfolioReader.DEFAULT_MAX_NUMBER_LENGTH)
                            .maxNameLength(PortfolioReader.DEFAULT_MAX_NAME_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  static Oc4idsImporter defaults() {
    return new Oc4idsImporter("", ZoneOffset.UTC, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy that removes a prefix from OC4IDS project ids that have no Attract identifier.
   *
   * @param prefix the publisher's prefix, e.g. {@code oc4ids-bu3kcz-}
   * @return the importer
   */
  public Oc4idsImporter withProjectIdPrefix(String prefix) {
    return new Oc4idsImporter(
        Objects.requireNonNull(prefix, "prefix"), offset, defaultLocation, defaultIndustry);
  }

  /**
   * Returns a copy that reads date-times with an offset as days at another offset.
   *
   * @param offset the offset, e.g. {@code +08:00}
   * @return the importer
   */
  public Oc4idsImporter withOffset(ZoneOffset offset) {
    return new Oc4idsImporter(
        idPrefix, Objects.requireNonNull(offset, "offset"), defaultLocation, defaultIndustry);
  }

  /**
   * Returns a copy with the region to use when a project has no Attract location.
   *
   * @param location the region
   * @return the importer
   */
  public Oc4idsImporter withDefaultLocation(RegionId location) {
    return new Oc4idsImporter(
        idPrefix,
        offset,
        Optional.of(Objects.requireNonNull(location, "location")),
        defaultIndustry);
  }

  /**
   * Returns a copy with the industry to use when no classification of a project maps to one.
   *
   * @param industry the industry
   * @return the importer
   */
  public Oc4idsImporter withDefaultIndustry(IndustryId industry) {
    return new Oc4idsImporter(
        idPrefix,
        offset,
        defaultLocation,
        Optional.of(Objects.requireNonNull(industry, "industry")));
  }

  /**
   * Imports one OC4IDS project (a JSON object).
   *
   * @param json the project
   * @return the project, its investors and the notes
   * @throws AttractJsonException if the JSON is malformed, or the project has no id, or no location
   *     or industry can be found or defaulted, or what maps still breaks a rule of Attract
   */
  public Oc4idsImport importProject(String json) throws AttractJsonException {
    return new Run(parse(json), JsonPointer.empty()).run();
  }

  /**
   * Imports every project of an OC4IDS project package.
   *
   * @param json the package
   * @return one result per project, in package order; the package's own metadata (publisher,
   *     license, ...) is not project data and is not noted
   * @throws AttractJsonException if the JSON is malformed, has no {@code projects} array, or a
   *     project cannot be imported (see {@link #importProject})
   */
  public ImmutableList<Oc4idsImport> importPackage(String json) throws AttractJsonException {
    JsonNode root = parse(json);
    JsonNode projects = root.path("projects");
    if (!projects.isArray()) {
      throw new AttractJsonException(
          JsonPointer.compile("/projects"),
          "OC4IDS project package must have a 'projects' array",
          null,
          null);
    }
    ImmutableList.Builder<Oc4idsImport> out = ImmutableList.builder();
    for (int i = 0; i < projects.size(); i++) {
      out.add(new Run(projects.get(i), JsonPointer.compile("/projects/" + i)).run());
    }
    return out.build();
  }

  private JsonNode parse(String json) throws AttractJsonException {
    Objects.requireNonNull(json, "json");
    JsonParser p;
    try {
      p = trees.createParser(json);
    } catch (IOException e) {
      throw new AttractJsonException(JsonPointer.empty(), JsonIn.problem(e), null, e);
    }
    try (p) {
      JsonNode node = trees.readTree(p);
      if (node == null || !node.isObject()) {
        throw new AttractJsonException(
            JsonPointer.empty(), "OC4IDS document must be a JSON object", null, null);
      }
      return node;
    } catch (AttractJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new AttractJsonException(
          p.getParsingContext().pathAsPointer(),
          JsonIn.problem(e),
          e instanceof JsonProcessingException jpe ? jpe.getLocation() : null,
          e);
    }
  }

  /** One import: the input, what of it was used, and the notes. */
  private final class Run {
    private final JsonNode root;
    private final JsonPointer base;
    private final Set<String> used = new HashSet<>();

    /** Every proper prefix of a used pointer, so that a partly used value is found in O(1). */
    private final Set<String> partlyUsed = new HashSet<>();

    private final List<ReadWarning> notes = new ArrayList<>();
    private final JsonNode ext;
    private Currency currency = Currencies.CNY;

    Run(JsonNode root, JsonPointer base) {
      this.root = root;
      this.base = base;
      this.ext = root.path(Oc4idsExporter.EXTENSION);
    }

    private JsonPointer abs(String pointer) {
      return pointer.isEmpty() ? base : base.append(JsonPointer.compile(pointer));
    }

    private void use(String pointer) {
      if (used.add(pointer)) {
        for (int i = pointer.lastIndexOf('/'); i > 0; i = pointer.lastIndexOf('/', i - 1)) {
          if (!partlyUsed.add(pointer.substring(0, i))) {
            break; // its own prefixes are in already
          }
        }
      }
    }

    private void note(String pointer, String message) {
      notes.add(ReadWarning.of(abs(pointer), message));
      use(pointer);
    }

    /** Returns the array at a pointer, or an empty node if the value there is not an array. */
    private JsonNode array(String pointer) {
      return array(root.at(pointer));
    }

    private JsonNode array(JsonNode node) {
      return node.isArray() ? node : MissingNode.getInstance();
    }

    /** Imports the project; a rule of Attract that the input breaks is an error with a pointer. */
    Oc4idsImport run() throws AttractJsonException {
      try {
        return project();
      } catch (InvalidProjectException e) {
        // every broken rule, with its field path in Attract's terms, at the project's pointer
        ImmutableList.Builder<RecordProblem> problems = ImmutableList.builder();
        e.violations().forEach(v -> problems.add(RecordProblem.of(abs(""), v)));
        e.warnings().forEach(v -> problems.add(RecordProblem.of(abs(""), v)));
        throw new AttractJsonException(
            abs(""),
            "OC4IDS project cannot become an Attract project: " + e.getMessage(),
            null,
            null,
            problems.build());
      } catch (IllegalArgumentException
          | IllegalStateException
          | DateTimeException
          | ArithmeticException e) {
        throw fail(
            "",
            "OC4IDS project cannot become an Attract project: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }

    private AttractJsonException fail(String pointer, String reason) {
      return new AttractJsonException(abs(pointer), reason, null, null);
    }

    private Optional<String> text(String pointer) {
      JsonNode n = root.at(pointer);
      if (n.isTextual() && !n.asText().isBlank()) {
        use(pointer);
        return Optional.of(n.asText().strip());
      }
      if (!n.isMissingNode() && !n.isNull()) {
        if (!n.isTextual()) {
          note(pointer, "not mapped: expected a string, but was " + n.getNodeType());
        }
      }
      return Optional.empty();
    }

    private Optional<LocalDate> date(String pointer) {
      Optional<String> text = text(pointer);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      try {
        if (t.length() == 10) {
          return Optional.of(LocalDate.parse(t));
        }
        try {
          return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(offset).toLocalDate());
        } catch (DateTimeException e) {
          return Optional.of(LocalDateTime.parse(t).toLocalDate());
        }
      } catch (DateTimeException e) {
        note(pointer, "not mapped: '" + t + "' is not an ISO date or date-time");
        return Optional.empty();
      }
    }

    /** Reads an OC4IDS Value (or a tolerated variant) as money in the project's currency. */
    private Optional<Money> money(String pointer) {
      JsonNode v = root.at(pointer);
      if (v.isMissingNode() || v.isNull()) {
        return Optional.empty();
      }
      JsonNode amountNode = v.path("amount");
      String amountAt = pointer + "/amount";
      String currencyAt = pointer + "/currency";
      Currency c = currency;
      if (v.isNumber() || v.isTextual()) {
        amountNode = v;
        amountAt = pointer;
        currencyAt = "";
        note(pointer, "read a bare amount without a Value object, in " + currency);
      }
      BigDecimal amount;
      if (amountNode.isNumber()) {
        amount = amountNode.decimalValue();
      } else if (amountNode.isTextual() && JsonIn.isPlainDecimal(amountNode.asText())) {
        amount = new BigDecimal(amountNode.asText());
        note(amountAt, "read the amount given as a decimal string");
      } else {
        if (!amountNode.isMissingNode()) {
          note(amountAt, "not mapped: the amount is not a number");
        }
        return Optional.empty();
      }
      if (!inRange(amount)) {
        note(amountAt, "not mapped: the amount " + amount + " is " + OUT_OF_RANGE);
        return Optional.empty();
      }
      use(amountAt);
      if (!currencyAt.isEmpty()) {
        Optional<String> code = text(currencyAt);
        if (code.isPresent()) {
          try {
            c = moneyCurrency(code.get());
          } catch (IllegalArgumentException e) {
            note(currencyAt, "not mapped: " + e.getMessage());
            note(amountAt, "not mapped: the currency is unknown");
            return Optional.empty();
          }
        }
      }
      if (!c.equals(currency)) {
        note(pointer, "not mapped: in " + c + ", but the project's currency is " + currency);
        return Optional.empty();
      }
      if (amount.signum() < 0) {
        note(pointer, "not mapped: a negative amount " + amount.toPlainString());
        return Optional.empty();
      }
      if (amount.stripTrailingZeros().scale() > Math.max(c.getDefaultFractionDigits(), 0)) {
        note(amountAt, "rounded " + amount.toPlainString() + " to the " + c + " minor unit");
        return Optional.of(Money.of(c, amount, RoundingMode.HALF_EVEN));
      }
      return Optional.of(Money.of(c, amount));
    }

    Oc4idsImport project() throws AttractJsonException {
      Project.Builder b = Project.builder();
      ProjectId id = id();
      b.id(id);
      b.name(
          text("/title")
              .orElseGet(
                  () -> {
                    note("", "has no 'title'; the project id is used as its name");
                    return id.value();
                  }));
      text("/description").ifPresent(b::description);
      currency();
      b.currency(currency);
      b.location(location());
      b.industry(industry());
      classifications(b);
      chainLink().ifPresent(b::chainLink);
      Optional<Money> total = total();
      total.ifPresent(b::totalInvestment);
      provenance("/" + Oc4idsExporter.EXTENSION + "/totalInvestmentProvenance")
          .ifPresent(b::totalInvestmentProvenance);
      b.addAllTotalInvestmentRevisions(revisions(id, total));
      List<Investor> investors = parties(b);
      List<AnnualPlan> plans = new ArrayList<>();
      Map<String, Phase.Builder> phases = new LinkedHashMap<>();
      breakdowns(plans, phases);
      Map<String, StatusHistory> phaseHistories = new LinkedHashMap<>();
      StatusHistory history = history(phases.keySet(), phaseHistories);
      List<DesignedCapacity> capacities = new ArrayList<>();
      Map<String, List<DesignedCapacity>> phaseCapacities = new LinkedHashMap<>();
      Optional<ExpectedOutcomes> outcomes = forecasts(capacities, phaseCapacities, phases.keySet());
      List<ProgressReport> progress = progress();
      derived();
      unmapped(root, "");
      List<Phase> builtPhases = new ArrayList<>();
      for (Map.Entry<String, Phase.Builder> e : phases.entrySet()) {
        Phase.Builder pb = e.getValue();
        pb.statusHistory(phaseHistories.getOrDefault(e.getKey(), StatusHistory.empty()));
        pb.addAllCapacities(phaseCapacities.getOrDefault(e.getKey(), List.of()));
        try {
          builtPhases.add(pb.build());
        } catch (IllegalArgumentException | IllegalStateException ex) {
          note(
              "/budget/budgetBreakdowns",
              "phase '" + e.getKey() + "' not mapped: " + ex.getMessage());
        }
      }
      b.statusHistory(history);
      b.addAllCapacities(capacities);
      outcomes.ifPresent(b::expectedOutcomes);
      return Oc4idsImport.of(build(b, builtPhases, plans, progress), investors, notes);
    }

    /** Builds the project, dropping (with a note) the parts that break a rule of Attract. */
    private Project build(
        Project.Builder b,
        List<Phase> phases,
        List<AnnualPlan> plans,
        List<ProgressReport> progress)
        throws AttractJsonException {
      Project p = b.build();
      List<String> dropped = new ArrayList<>();
      for (int attempt = 0; attempt < 4; attempt++) {
        Project.Builder full = Project.builder();
        copy(p, full);
        if (attempt < 3) {
          full.addAllProgressReports(progress);
        }
        if (attempt < 2) {
          full.addAllPhases(phases);
        }
        if (attempt < 1) {
          full.addAllAnnualPlans(plans);
        }
        try {
          Project built = full.build();
          for (String d : dropped) {
            note("", d);
          }
          return built;
        } catch (IllegalArgumentException e) {
          String part =
              attempt == 0 ? "annual plans" : attempt == 1 ? "phases" : "progress reports";
          if (e instanceof InvalidProjectException invalid) {
            // one note per broken rule, not one joined message
            for (Violation v : invalid.violations()) {
              dropped.add(part + " not mapped: " + v.message());
            }
          } else {
            dropped.add(part + " not mapped: " + e.getMessage());
          }
        }
      }
      throw fail("", "OC4IDS project cannot become an Attract project: " + dropped);
    }

    private void copy(Project p, Project.Builder b) {
      b.id(p.id())
          .name(p.name())
          .addAllInvestors(p.investors())
          .location(p.location())
          .industry(p.industry())
          .chainLink(p.chainLink())
          .addAllFocusAreas(p.focusAreas())
          .addAllDesignations(p.designations())
          .currency(p.currency())
          .totalInvestment(p.totalInvestment())
          .totalInvestmentProvenance(p.totalInvestmentProvenance())
          .addAllTotalInvestmentRevisions(p.totalInvestmentRevisions())
          .statusHistory(p.statusHistory())
          .addAllCapacities(p.capacities())
          .expectedOutcomes(p.expectedOutcomes())
          .description(p.description());
    }

    private ProjectId id() throws AttractJsonException {
      String value = null;
      JsonNode ids = array("/identifiers");
      for (int i = 0; i < ids.size(); i++) {
        if (Oc4idsExporter.ID_SCHEME.equals(ids.get(i).path("scheme").asText())
            && ids.get(i).path("id").isTextual()) {
          value = ids.get(i).path("id").asText();
          use("/identifiers/" + i);
        }
      }
      Optional<String> oc4idsId = text("/id");
      if (value == null) {
        if (oc4idsId.isEmpty()) {
          throw fail("/id", "OC4IDS project must have an 'id'");
        }
        value = oc4idsId.get();
        if (!idPrefix.isEmpty() && value.startsWith(idPrefix)) {
          value = value.substring(idPrefix.length());
        }
      }
      try {
        return ProjectId.of(value);
      } catch (IllegalArgumentException e) {
        throw fail("/id", String.valueOf(e.getMessage()));
      }
    }

    private void currency() {
      Optional<String> code = text("/" + Oc4idsExporter.EXTENSION + "/currency");
      if (code.isEmpty()) {
        JsonNode c = root.at("/budget/amount/currency");
        code = c.isTextual() ? Optional.of(c.asText()) : Optional.empty();
      }
      if (code.isEmpty()) {
        JsonNode c = root.at("/budget/currency");
        code = c.isTextual() ? Optional.of(c.asText()) : Optional.empty();
        if (code.isPresent()) {
          use("/budget/currency");
        }
      }
      if (code.isPresent()) {
        try {
          currency = moneyCurrency(code.get());
        } catch (IllegalArgumentException e) {
          notes.add(ReadWarning.of(base, "currency not mapped: " + e.getMessage()));
        }
      }
    }

    private RegionId location() throws AttractJsonException {
      Optional<String> ext = text("/" + Oc4idsExporter.EXTENSION + "/location");
      if (ext.isPresent()) {
        try {
          RegionId id = RegionId.of(ext.get());
          use("/locations");
          return id;
        } catch (IllegalArgumentException e) {
          note("/" + Oc4idsExporter.EXTENSION + "/location", "not mapped: " + e.getMessage());
        }
      }
      JsonNode locations = array("/locations");
      if (defaultLocation.isPresent()) {
        if (locations.size() > 0) {
          note(
              "/locations",
              "not mapped to a region; the default location '"
                  + defaultLocation.get()
                  + "' is used");
        }
        return defaultLocation.get();
      }
      for (int i = 0; i < locations.size(); i++) {
        JsonNode id = locations.get(i).path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
          try {
            RegionId region = RegionId.of(id.asText().strip());
            note(
                "/locations/" + i + "/id",
                "read the location id '"
                    + region
                    + "' as the region; give the importer a default location to choose another");
            return region;
          } catch (IllegalArgumentException e) {
            note("/locations/" + i + "/id", "not mapped: " + e.getMessage());
          }
        }
      }
      throw fail(
          "/locations",
          "OC4IDS project has no location that maps to an Attract region; give the importer a"
              + " default location");
    }

    private IndustryId industry() throws AttractJsonException {
      Optional<String> ext = text("/" + Oc4idsExporter.EXTENSION + "/industry");
      JsonNode list = array("/additionalClassifications");
      if (ext.isPresent()) {
        for (int i = 0; i < list.size(); i++) {
          if (ext.get().equals(list.get(i).path("id").asText())
              && !list.get(i).path("scheme").asText().startsWith("attract-")) {
            use("/additionalClassifications/" + i);
          }
        }
        try {
          return IndustryId.of(ext.get());
        } catch (IllegalArgumentException e) {
          note("/" + Oc4idsExporter.EXTENSION + "/industry", "not mapped: " + e.getMessage());
        }
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode c = list.get(i);
        if (!c.path("scheme").asText().startsWith("attract-") && c.path("id").isTextual()) {
          try {
            IndustryId id = IndustryId.of(c.path("id").asText());
            use("/additionalClassifications/" + i);
            return id;
          } catch (IllegalArgumentException e) {
            note("/additionalClassifications/" + i, "not mapped: " + e.getMessage());
          }
        }
      }
      if (defaultIndustry.isPresent()) {
        return defaultIndustry.get();
      }
      throw fail(
          "/additionalClassifications",
          "OC4IDS project has no classification that maps to an Attract industry; give the"
              + " importer a default industry");
    }

    private void classifications(Project.Builder b) {
      JsonNode list = array("/additionalClassifications");
      for (int i = 0; i < list.size(); i++) {
        String at = "/additionalClassifications/" + i;
        String scheme = list.get(i).path("scheme").asText();
        String id = list.get(i).path("id").asText();
        try {
          switch (scheme) {
            case Oc4idsExporter.DESIGNATION_SCHEME -> {
              b.addDesignation(Designation.parse(id));
              use(at);
            }
            case Oc4idsExporter.FOCUS_AREA_SCHEME -> {
              b.addFocusArea(FocusAreaId.of(id));
              use(at);
            }
            default -> {}
          }
        } catch (IllegalArgumentException e) {
          note(at, "not mapped: " + e.getMessage());
        }
      }
    }

    private Optional<ChainLinkRef> chainLink() {
      String at = "/" + Oc4idsExporter.EXTENSION + "/chainLink";
      JsonNode ext = root.at(at);
      JsonNode list = array("/additionalClassifications");
      Optional<ChainLinkRef> ref = Optional.empty();
      if (ext.isObject()) {
        try {
          ref =
              Optional.of(
                  ChainLinkRef.of(
                      ChainId.of(ext.path("chain").asText()),
                      ChainLinkId.of(ext.path("link").asText())));
          use(at);
        } catch (IllegalArgumentException e) {
          note(at, "not mapped: " + e.getMessage());
        }
      }
      for (int i = 0; i < list.size(); i++) {
        if (Oc4idsExporter.CHAIN_LINK_SCHEME.equals(list.get(i).path("scheme").asText())) {
          String cat = "/additionalClassifications/" + i;
          if (ref.isPresent()) {
            use(cat);
            continue;
          }
          try {
            ref = Optional.of(ChainLinkRef.parse(list.get(i).path("id").asText()));
            use(cat);
          } catch (IllegalArgumentException e) {
            note(cat, "not mapped: " + e.getMessage());
          }
        }
      }
      return ref;
    }

    private Optional<Money> total() {
      JsonNode amount = root.at("/budget/amount");
      if (amount.isMissingNode()) {
        return Optional.empty();
      }
      Optional<Money> total = money("/budget/amount");
      if (total.isPresent() && total.get().isZero()) {
        note("/budget/amount", "a zero budget is read as an unknown total investment");
        return Optional.empty();
      }
      return total;
    }

    /**
     * Reads the revisions of the total investment from the extension; a revision that cannot be
     * read is noted and left out, and revisions that break a rule of Attract together (no original
     * total, dates out of order) are noted and all left out.
     */
    private List<InvestmentRevision> revisions(ProjectId id, Optional<Money> total) {
      String at = "/" + Oc4idsExporter.EXTENSION + "/totalInvestmentRevisions";
      JsonNode list = array(at);
      List<InvestmentRevision> revisions = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        String rat = at + "/" + i;
        Optional<LocalDate> date = date(rat + "/date");
        Optional<Money> revised = money(rat + "/total");
        if (date.isEmpty() || revised.isEmpty()) {
          note(rat, "not mapped: a revision needs a 'date' and a 'total'");
          continue;
        }
        try {
          InvestmentRevision.Builder rb =
              InvestmentRevision.builder()
                  .date(date.get())
                  .total(revised.get())
                  .reason(text(rat + "/reason"))
                  .document(text(rat + "/document"));
          provenance(rat + "/provenance").ifPresent(rb::provenance);
          revisions.add(rb.build());
        } catch (IllegalArgumentException e) {
          note(rat, "not mapped: " + e.getMessage());
        }
      }
      if (revisions.isEmpty()) {
        return revisions;
      }
      // the revision rules hold among the revisions and the original total only
      for (Violation v :
          Project.check(
              Project.builder()
                  .id(id)
                  .name(id.value())
                  .location(RegionId.of("probe"))
                  .industry(IndustryId.of("probe"))
                  .currency(currency)
                  .totalInvestment(total)
                  .addAllTotalInvestmentRevisions(revisions))) {
        if (v.isError()) {
          note(at, "not mapped: " + v.message());
          return List.of();
        }
      }
      return revisions;
    }

    private Optional<Provenance> provenance(String pointer) {
      Optional<String> code = text(pointer);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Provenance.ofCode(code.get()));
      } catch (IllegalArgumentException e) {
        note(pointer, "not mapped: " + e.getMessage());
        return Optional.empty();
      }
    }

    private List<Investor> parties(Project.Builder b) {
      List<Investor> investors = new ArrayList<>();
      Set<InvestorId> seen = new HashSet<>();
      JsonNode parties = array("/parties");
      for (int i = 0; i < parties.size(); i++) {
        String at = "/parties/" + i;
        JsonNode party = parties.get(i);
        boolean funder = false;
        JsonNode roles = party.path("roles");
        if (roles.isArray()) {
          for (JsonNode r : roles) {
            funder |= "funder".equals(r.asText());
          }
        } else if (party.path("role").isTextual()) {
          funder = "funder".equals(party.path("role").asText());
          note(at + "/role", "read the single 'role' as 'roles'");
        }
        if (!funder) {
          continue;
        }
        Optional<String> id = text(at + "/id");
        Optional<String> name = text(at + "/name");
        try {
          InvestorId investor = InvestorId.of(id.or(() -> name).orElseThrow());
          if (seen.add(investor)) {
            b.addInvestor(investor);
            investors.add(
                Investor.builder().id(investor).name(name.orElse(investor.value())).build());
          }
          use(at + "/roles");
        } catch (RuntimeException e) {
          note(at, "funder not mapped: " + e.getMessage());
        }
      }
      return investors;
    }

    private void breakdowns(List<AnnualPlan> plans, Map<String, Phase.Builder> phases) {
      JsonNode groups = array("/budget/budgetBreakdowns");
      for (int g = 0; g < groups.size(); g++) {
        String groupAt = "/budget/budgetBreakdowns/" + g;
        String group = groups.get(g).path("id").asText();
        if (!group.equals("annualPlans") && !group.equals("phases")) {
          continue;
        }
        use(groupAt + "/id");
        use(groupAt + "/description");
        JsonNode items = array(groups.get(g).path("budgetBreakdown"));
        for (int i = 0; i < items.size(); i++) {
          String at = groupAt + "/budgetBreakdown/" + i;
          JsonNode item = items.get(i);
          Optional<Money> amount = money(at + "/amount");
          try {
            if (group.equals("annualPlans")) {
              Year year = Year.of(Integer.parseInt(item.path("id").asText()));
              if (amount.isEmpty()) {
                note(at, "annual plan not mapped: no amount");
                continue;
              }
              String description = item.path("description").asText();
              Provenance provenance =
                  description.endsWith("(estimated)")
                      ? Provenance.ESTIMATED
                      : description.endsWith("(derived)")
                          ? Provenance.DERIVED
                          : description.endsWith("(itemized)")
                              ? Provenance.ITEMIZED
                              : Provenance.REPORTED;
              plans.add(AnnualPlan.of(year, amount.get(), provenance));
              use(at + "/id");
              use(at + "/description");
              use(at + "/period");
            } else {
              String id = text(at + "/id").orElseThrow();
              Phase.Builder phase =
                  Phase.builder().id(PhaseId.of(id)).name(text(at + "/description").orElse(id));
              amount.ifPresent(phase::investment);
              Optional<LocalDate> start = date(at + "/period/startDate");
              Optional<LocalDate> end = date(at + "/period/endDate");
              if (start.isPresent() && end.isPresent()) {
                phase.plannedPeriod(DateRange.of(start.get(), end.get()));
                use(at + "/period");
              }
              phases.put(id, phase);
            }
          } catch (RuntimeException e) {
            note(at, "not mapped: " + e.getMessage());
          }
        }
      }
      plans.sort(Comparator.comparing(AnnualPlan::year));
    }

    private StatusHistory history(Set<String> phaseIds, Map<String, StatusHistory> phaseHistories) {
      String extAt = "/" + Oc4idsExporter.EXTENSION + "/statusHistory";
      JsonNode history = root.at(extAt);
      List<StatusChange> projectChanges = new ArrayList<>();
      Map<String, List<StatusChange>> phaseChanges = new LinkedHashMap<>();
      JsonNode milestones = array("/milestones");
      for (int i = 0; i < milestones.size(); i++) {
        String at = "/milestones/" + i;
        JsonNode m = milestones.get(i);
        String id = m.path("id").asText();
        String code = m.path("code").asText(id);
        Status status =
            switch (code) {
              case "commencement" -> Status.UNDER_CONSTRUCTION;
              case "commissioning" -> Status.IN_OPERATION;
              case "completion" -> Status.COMPLETED;
              case "signing" -> Status.SIGNED;
              default -> null;
            };
        if (status == null) {
          continue;
        }
        String phase = null;
        for (String p : phaseIds) {
          if (id.startsWith("phase-" + p + "-")) {
            phase = p;
          }
        }
        if (phase == null && id.startsWith("phase-") && !id.equals("phase-")) {
          continue; // the milestone of a phase that did not map: noted as not mapped
        }
        Optional<LocalDate> met =
            "met".equals(m.path("status").asText()) ? date(at + "/dateMet") : Optional.empty();
        if (phase == null && history.isArray()) {
          use(at); // derived from the extension's exact history
          continue;
        }
        if (met.isPresent()) {
          StatusChange change = StatusChange.of(met.get(), status);
          if (phase == null) {
            projectChanges.add(change);
          } else {
            phaseChanges.computeIfAbsent(phase, k -> new ArrayList<>()).add(change);
          }
          use(at);
        } else if (ext.isObject()) {
          use(at); // a scheduled date, derived from a phase's planned period
        }
      }
      phaseChanges.forEach((p, changes) -> phaseHistories.put(p, ordered(changes, "/milestones")));
      if (history.isArray()) {
        try {
          List<StatusChange> changes = new ArrayList<>();
          for (JsonNode c : history) {
            changes.add(
                StatusChange.of(
                    LocalDate.parse(c.path("date").asText()),
                    Status.ofCode(c.path("status").asText())));
          }
          StatusHistory h = StatusHistory.of(changes);
          use(extAt);
          use("/" + Oc4idsExporter.EXTENSION + "/status");
          use("/status");
          use("/completion");
          return h;
        } catch (RuntimeException e) {
          note(extAt, "not mapped: " + e.getMessage());
        }
      }
      Optional<String> code = text("/status");
      Optional<Status> declared = code.flatMap(Oc4ids::status);
      if (code.isPresent() && declared.isEmpty()) {
        note("/status", "not mapped: unknown projectStatus '" + code.get() + "'");
      }
      // completion.endDate is the date of a completion only when the declared status agrees:
      // older publications fill it with the planned end of projects still being built.
      String endAt = "/completion/endDate";
      Optional<LocalDate> completed = Optional.empty();
      if (root.at(endAt).isTextual()) {
        if (declared.isEmpty() || declared.get() == Status.COMPLETED) {
          completed = date(endAt);
        } else {
          note(
              endAt,
              "not read as a completion: the declared 'status' is '"
                  + code.orElseThrow()
                  + "', so "
                  + root.at(endAt).asText()
                  + " is read as a planned end, which Attract does not keep");
        }
      }
      if (declared.isPresent()) {
        Status status = declared.get();
        boolean reached = projectChanges.stream().anyMatch(c -> c.status() == status);
        Optional<LocalDate> dated =
            reached
                ? Optional.empty()
                : status == Status.COMPLETED && completed.isPresent()
                    ? completed
                    : root.has("updated") ? date("/updated") : Optional.empty();
        if (!reached && dated.isPresent()) {
          projectChanges.add(StatusChange.of(dated.get(), status));
          if (code.orElseThrow().startsWith("decommission")) {
            note("/status", "'" + code.get() + "' has no Attract status; read as 'completed'");
          }
        } else if (!reached) {
          note("/status", "not mapped: '" + code.orElseThrow() + "' has no date (no 'updated')");
        }
      }
      if (completed.isPresent()
          && projectChanges.stream().noneMatch(c -> c.status() == Status.COMPLETED)) {
        projectChanges.add(StatusChange.of(completed.get(), Status.COMPLETED));
      }
      return ordered(projectChanges, "/milestones");
    }

    /** Orders dated changes and keeps those that the lifecycle allows, noting the others. */
    private StatusHistory ordered(List<StatusChange> changes, String at) {
      List<StatusChange> sorted = new ArrayList<>(changes);
      sorted.sort(Comparator.comparing(StatusChange::date));
      StatusHistory h = StatusHistory.empty();
      for (StatusChange c : sorted) {
        try {
          h = h.then(c.date(), c.status());
        } catch (IllegalArgumentException e) {
          note(at, "status change not mapped: " + e.getMessage());
        }
      }
      return h;
    }

    private Optional<ExpectedOutcomes> forecasts(
        List<DesignedCapacity> capacities,
        Map<String, List<DesignedCapacity>> phaseCapacities,
        Set<String> phaseIds) {
      JsonNode list = array("/forecasts");
      ExpectedOutcomes.Builder o = ExpectedOutcomes.builder();
      boolean any = false;
      for (int i = 0; i < list.size(); i++) {
        String at = "/forecasts/" + i;
        JsonNode metric = list.get(i);
        String id = metric.path("id").asText();
        String obs = at + "/observations/0";
        try {
          if (id.startsWith(CAPACITY) || id.contains("-" + CAPACITY)) {
            JsonNode measure = root.at(obs + "/measure");
            String unit = root.at(obs + "/unit/name").asText();
            BigDecimal value = decimal(measure);
            DesignedCapacity c =
                DesignedCapacity.of(
                    metric.path("title").asText(id), Quantity.of(value, Unit.ofSymbol(unit)));
            String phase = null;
            for (String p : phaseIds) {
              if (id.startsWith("phase-" + p + "-" + CAPACITY)) {
                phase = p;
              }
            }
            if (phase == null) {
              capacities.add(c);
            } else {
              phaseCapacities.computeIfAbsent(phase, k -> new ArrayList<>()).add(c);
            }
            use(at);
          } else if (id.equals("annualRevenue")
              || id.equals("annualProfit")
              || id.equals("annualTax")) {
            Optional<Money> m = money(obs + "/value");
            if (m.isPresent()) {
              switch (id) {
                case "annualRevenue" -> o.annualRevenue(m.get());
                case "annualProfit" -> o.annualProfit(m.get());
                default -> o.annualTax(m.get());
              }
              any = true;
              use(at);
            }
          } else if (id.equals("jobs")) {
            o.jobs(jobs(root.at(obs + "/measure")));
            any = true;
            use(at);
          }
        } catch (RuntimeException e) {
          note(at, "not mapped: " + e.getMessage());
        }
      }
      Optional<Provenance> provenance =
          provenance("/" + Oc4idsExporter.EXTENSION + "/expectedOutcomesProvenance");
      if (provenance.isPresent()) {
        o.provenance(provenance.get());
        any = true;
      }
      if (!any) {
        return Optional.empty();
      }
      try {
        return Optional.of(o.build());
      } catch (IllegalArgumentException e) {
        note("/forecasts", "expected outcomes not mapped: " + e.getMessage());
        return Optional.empty();
      }
    }

    private List<ProgressReport> progress() {
      JsonNode list = array("/metrics");
      TreeMap<YearMonth, Money> completed = new TreeMap<>();
      Map<YearMonth, Money> funds = new TreeMap<>();
      Map<YearMonth, Provenance> provenances = new TreeMap<>();
      for (int i = 0; i < list.size(); i++) {
        String id = list.get(i).path("id").asText();
        if (!id.equals("financialProgress") && !id.equals("fundsInPlace")) {
          continue;
        }
        JsonNode observations = array(list.get(i).path("observations"));
        for (int k = 0; k < observations.size(); k++) {
          String at = "/metrics/" + i + "/observations/" + k;
          Optional<Money> m = money(at + "/value");
          Optional<LocalDate> start = date(at + "/period/startDate");
          if (m.isEmpty() || start.isEmpty()) {
            continue;
          }
          YearMonth month = YearMonth.from(start.get());
          (id.equals("financialProgress") ? completed : funds).put(month, m.get());
          String notesAt = at + "/notes";
          String text = root.at(notesAt).asText();
          if (text.startsWith("provenance: ")) {
            try {
              provenances.put(month, Provenance.ofCode(text.substring("provenance: ".length())));
            } catch (IllegalArgumentException e) {
              note(notesAt, "not mapped: " + e.getMessage());
            }
          }
          use(at);
        }
        use("/metrics/" + i + "/id");
        use("/metrics/" + i + "/title");
      }
      List<ProgressReport> reports = new ArrayList<>();
      for (Map.Entry<YearMonth, Money> e : completed.entrySet()) {
        ProgressReport.Builder r =
            ProgressReport.builder()
                .month(e.getKey())
                .completedInvestment(e.getValue())
                .provenance(provenances.getOrDefault(e.getKey(), Provenance.REPORTED));
        Money f = funds.get(e.getKey());
        if (f != null) {
          r.fundsInPlace(f);
        }
        reports.add(r.build());
      }
      return reports;
    }

    /** Marks the parts of an export that Attract derives from data it imports elsewhere. */
    private void derived() {
      if (!ext.isObject()) {
        return;
      }
      use("/" + Oc4idsExporter.EXTENSION + "/formatVersion");
      use("/implementationPeriod");
    }

    /** Notes every value of the input that was not used, at the highest level possible. */
    private void unmapped(JsonNode node, String at) {
      if (used.contains(at)) {
        return;
      }
      if (node.isNull() || (node.isContainerNode() && node.isEmpty())) {
        return;
      }
      if (!partlyUsed.contains(at) && !at.isEmpty()) {
        note(at, "not mapped");
        return;
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          unmapped(e.getValue(), at + "/" + escape(e.getKey()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          unmapped(node.get(i), at + "/" + i);
        }
      } else if (!at.isEmpty()) {
        note(at, "not mapped");
      }
    }
  }

  /** How a number beyond {@link #MAX_DIGITS} digits either side of the point is described. */
  private static final String OUT_OF_RANGE =
      "out of range (at most " + Oc4idsImporter.MAX_DIGITS + " digits before or after the point)";

  /**
   * The most digits an imported number may have before or after its decimal point. JSON allows
   * {@code 1e1000000000}; written out or rescaled it would take gigabytes, so it is refused first.
   */
  static final int MAX_DIGITS = PortfolioReader.DEFAULT_MAX_NUMBER_LENGTH;

  /** Tells whether a number has at most {@link #MAX_DIGITS} digits before and after its point. */
  static boolean inRange(BigDecimal value) {
    return value.scale() <= MAX_DIGITS && value.precision() - value.scale() <= MAX_DIGITS;
  }

  /** Reads a number, or a decimal string, within range. */
  private static BigDecimal decimal(JsonNode node) {
    BigDecimal value;
    if (node.isNumber()) {
      value = node.decimalValue();
    } else if (node.isTextual() && JsonIn.isPlainDecimal(node.asText())) {
      value = new BigDecimal(node.asText());
    } else {
      throw new IllegalArgumentException("a measure must be a number, but was " + describe(node));
    }
    if (!inRange(value)) {
      throw new IllegalArgumentException("the measure " + value + " is " + OUT_OF_RANGE);
    }
    return value;
  }

  /** Reads a count of jobs: a whole, non-negative number that fits a long. */
  private static long jobs(JsonNode node) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      if (inRange(value) && value.signum() >= 0) {
        try {
          return value.longValueExact();
        } catch (ArithmeticException e) {
          // not whole, or beyond a long: reported below
        }
      }
    }
    throw new IllegalArgumentException(
        "'jobs' must be a whole number from 0 to "
            + Long.MAX_VALUE
            + ", but was "
            + describe(node));
  }

  private static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "missing";
    }
    if (node.isNumber()) {
      return "the number " + node.decimalValue();
    }
    if (node.isTextual()) {
      return "the string '" + node.asText() + "'";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** Returns the currency of a code if it can carry money (it has a minor unit). */
  private static Currency moneyCurrency(String code) {
    Currency c = Currencies.of(code);
    if (c.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "Currency '" + code + "' has no minor unit and is not money");
    }
    return c;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
