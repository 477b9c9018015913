package io.github.attract.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.Violation;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.Target;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads whole portfolio documents, strictly (stop at the first problem) or leniently. */
final class Documents {
  private static final Pattern VERSION = Pattern.compile("([0-9]{1,9})\\.([0-9]{1,9})");
  private static final String DOCUMENT = "Portfolio document";

  private Documents() {}

  /** The sections of a document that hold one kind of record each, in document order. */
  @SuppressWarnings("ImmutableEnumChecker") // the fields hold stateless method references
  enum Section {
    CHAINS("chains", "chain", Decode::industrialChain, v -> ((IndustrialChain) v).id().value()),
    FOCUS_AREAS("focusAreas", "focus-area", Decode::focusArea, v -> ((FocusArea) v).id().value()),
    INVESTORS("investors", "investor", Decode::investor, v -> ((Investor) v).id().value()),
    PROJECTS("projects", "project", Decode::project, v -> ((Project) v).id().value()),
    ACTIVITIES(
        "activities", "activity", Decode::activity, v -> ((PromotionActivity) v).id().value()),
    SIGNINGS("signings", "signing", Decode::signing, v -> ((Signing) v).id().value()),
    TARGETS("targets", "target", Decode::target, v -> ((Target) v).id().value()),
    REPORTED_FIGURES(
        "reportedFigures",
        "reported-figure",
        Decode::reportedFigure,
        v -> ((ReportedFigure) v).id().value());

    final String property;
    final String kind;
    final Decode.Reader<?> reader;
    final Function<Object, String> id;

    Section(String property, String kind, Decode.Reader<?> reader, Function<Object, String> id) {
      this.property = property;
      this.kind = kind;
      this.reader = reader;
      this.id = id;
    }

    static @Nullable Section ofProperty(String property) {
      for (Section s : values()) {
        if (s.property.equals(property)) {
          return s;
        }
      }
      return null;
    }

    static @Nullable Section ofKind(String kind) {
      for (Section s : values()) {
        if (s.kind.equals(kind)) {
          return s;
        }
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    void addAll(Portfolio.Builder b, List<?> values) {
      switch (this) {
        case CHAINS -> b.addAllChains((List<IndustrialChain>) values);
        case FOCUS_AREAS -> b.addAllFocusAreas((List<FocusArea>) values);
        case INVESTORS -> b.addAllInvestors((List<Investor>) values);
        case PROJECTS -> b.addAllProjects((List<Project>) values);
        case ACTIVITIES -> b.addAllActivities((List<PromotionActivity>) values);
        case SIGNINGS -> b.addAllSignings((List<Signing>) values);
        case TARGETS -> b.addAllTargets((List<Target>) values);
        case REPORTED_FIGURES -> b.addAllReportedFigures((List<ReportedFigure>) values);
      }
    }
  }

  /** Checks the format version; the parser is on its value. */
  static void formatVersion(JsonIn in) throws AttractJsonException {
    String v = in.text("'formatVersion'");
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      throw in.fail(
          "'formatVersion' must be a major and a minor version such as \""
              + PortfolioJson.FORMAT_VERSION
              + "\", but was '"
              + v
              + "'");
    }
    if (!m.group(1).equals(PortfolioJson.FORMAT_MAJOR)) {
      throw in.fail(
          "Unsupported 'formatVersion' '"
              + v
              + "': this reader reads versions "
              + PortfolioJson.FORMAT_MAJOR
              + ".x");
    }
  }

  // ------------------------------------------------------------------ strict

  /**
   * Reads one portfolio document, stopping at the first problem; the parser is on its first token
   * and ends on its last one.
   */
  static Portfolio strict(JsonIn in) throws IOException {
    in.startObject(DOCUMENT);
    boolean versioned = false;
    IndustryTaxonomy industries = null;
    RegionHierarchy regions = null;
    Map<Section, List<?>> records = new LinkedHashMap<>();
    for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
      Section section = Section.ofProperty(name);
      if (section != null) {
        records.put(section, Decode.list(in, "'" + name + "'", section.reader));
      } else if (name.equals("formatVersion")) {
        formatVersion(in);
        versioned = true;
      } else if (name.equals("industryTaxonomy")) {
        industries = Decode.industryTaxonomy(in);
      } else if (name.equals("regions")) {
        regions = Decode.regionHierarchy(in);
      } else {
        in.unknownProperty(DOCUMENT, name);
      }
    }
    if (!versioned) {
      throw Decode.missing(in, DOCUMENT, "formatVersion");
    }
    Portfolio.Builder b = Portfolio.builder();
    if (industries != null) {
      b.industries(industries);
    }
    if (regions != null) {
      b.regions(regions);
    }
    records.forEach((section, values) -> section.addAll(b, values));
    // Warnings (a cost overrun) are kept with their projects; errors fail the read.
    List<Violation> violations = errors(b);
    if (!violations.isEmpty()) {
      Violation first = violations.get(0);
      throw in.fail(pointerOf(in.here(), first, records), first.toString(), null);
    }
    return b.build();
  }

  /** The pointer of the record a violation is about: the later one of two duplicates. */
  private static JsonPointer pointerOf(
      JsonPointer document, Violation v, Map<Section, List<?>> records) {
    Section section = Section.ofKind(v.subjectKind());
    List<?> values = section == null ? null : records.get(section);
    if (section == null || values == null) {
      return document;
    }
    int found = -1;
    for (int i = 0; i < values.size(); i++) {
      if (section.id.apply(values.get(i)).equals(v.subjectId())) {
        found = i;
        if (v.rule() != Violation.Rule.DUPLICATE_ID) {
          break;
        }
      }
    }
    return found < 0 ? document : document.appendProperty(section.property).appendIndex(found);
  }

  // ----------------------------------------------------------------- lenient

  /** A record read and accepted on its own, kept with its place and JSON until the end. */
  private static final class Entry {
    final Object value;
    final String id;
    final JsonPointer pointer;
    final JsonNode raw;

    Entry(Object value, String id, JsonPointer pointer, JsonNode raw) {
      this.value = value;
      this.id = id;
      this.pointer = pointer;
      this.raw = raw;
    }
  }

  /** The state of one lenient read. */
  static final class Lenient {
    private final ObjectMapper trees;
    private final int maxDecimalLength;
    private final List<RejectedRecord> rejected = new ArrayList<>();
    private final Warnings warnings;
    private final Map<Section, List<Entry>> entries = new LinkedHashMap<>();
    private final List<Entry> industries = new ArrayList<>();
    private final List<Entry> regions = new ArrayList<>();
    private String scheme = "none";
    private int recordsRead;

    Lenient(ObjectMapper trees, int maxDecimalLength, int maxWarnings) {
      this.trees = trees;
      this.maxDecimalLength = maxDecimalLength;
      this.warnings = new Warnings(maxWarnings);
      for (Section s : Section.values()) {
        entries.put(s, new ArrayList<>());
      }
    }

    private List<Entry> entriesOf(Section section) {
      return Objects.requireNonNull(entries.get(section), section.property);
    }

    /** Reads the document; the parser is on its first token. */
    PortfolioReadResult read(JsonIn in) throws IOException {
      in.startObject(DOCUMENT);
      boolean versioned = false;
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        Section section = Section.ofProperty(name);
        if (section != null) {
          records(in, name, section.reader, v -> section.id.apply(v), entriesOf(section));
        } else if (name.equals("formatVersion")) {
          formatVersion(in);
          versioned = true;
        } else if (name.equals("industryTaxonomy")) {
          taxonomy(in);
        } else if (name.equals("regions")) {
          records(in, name, Decode::region, v -> ((Region) v).id().value(), regions);
        } else {
          ignore(in, name);
        }
      }
      if (!versioned) {
        throw Decode.missing(in, DOCUMENT, "formatVersion");
      }
      IndustryTaxonomy taxonomy = acceptIndustries(in);
      RegionHierarchy hierarchy = acceptRegions(in);
      Portfolio portfolio = acceptRecords(in, taxonomy, hierarchy);
      return PortfolioReadResult.of(
          portfolio, rejected, warnings.kept(), warnings.count(), recordsRead);
    }

    /** Skips a property the format does not define, with a warning. */
    private void ignore(JsonIn in, String name) throws IOException {
      if (warnings.keepsMore()) {
        warnings.add(ReadWarning.of(in.here(), "Ignored the unknown property '" + name + "'"));
      } else {
        warnings.countOnly();
      }
      in.p.skipChildren();
    }

    private void taxonomy(JsonIn in) throws IOException {
      in.startObject("Industry taxonomy");
      boolean schemed = false;
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        switch (name) {
          case "scheme" -> {
            scheme = in.text("Industry taxonomy 'scheme'");
            String s = scheme;
            Decode.build(in, () -> IndustryTaxonomy.of(s, List.of()));
            schemed = true;
          }
          case "industries" ->
              records(in, name, Decode::industry, v -> ((Industry) v).id().value(), industries);
          default -> ignore(in, name);
        }
      }
      if (!schemed) {
        // as in strict reading: a taxonomy without its scheme is a problem of the whole document
        throw Decode.missing(in, "Industry taxonomy", "scheme");
      }
    }

    /** Reads the records of one array, each on its own, keeping the first of duplicate ids. */
    private void records(
        JsonIn in,
        String property,
        Decode.Reader<?> reader,
        Function<Object, String> idOf,
        List<Entry> accepted)
        throws IOException {
      in.startArray("'" + property + "'");
      Map<String, JsonPointer> seen = new HashMap<>();
      while (in.nextElement()) {
        recordsRead++;
        JsonPointer pointer = in.here();
        JsonNode read = trees.readTree(in.p);
        JsonNode raw = read == null ? NullNode.getInstance() : read;
        JsonParser tokens = trees.treeAsTokens(raw);
        JsonIn record =
            new JsonIn(tokens, pointer, JsonIn.Unknown.WARN, warnings, maxDecimalLength, false);
        Problems problems = new Problems(pointer, raw);
        record.collectInto(problems);
        Object value;
        try {
          tokens.nextToken();
          try {
            value = reader.read(record);
          } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            throw record.wrap(e);
          }
        } catch (AttractJsonException e) {
          rejected.add(RejectedRecord.of(pointer, problems.rejection(e), text(raw)));
          continue;
        } catch (IOException e) {
          AttractJsonException wrapped = record.wrap(e);
          rejected.add(RejectedRecord.of(pointer, problems.rejection(wrapped), text(raw)));
          continue;
        }
        if (value instanceof Project project) {
          // a warning (a cost overrun) keeps the record; the read reports it where it applies
          for (Violation v : project.violations()) {
            if (warnings.keepsMore()) {
              JsonPointer at =
                  v.path().map(p -> FieldPointers.pointer(pointer, raw, p)).orElse(pointer);
              warnings.add(ReadWarning.of(at, v));
            } else {
              warnings.countOnly();
            }
          }
        }
        String id = idOf.apply(value);
        JsonPointer first = seen.putIfAbsent(id, pointer);
        if (first != null) {
          rejected.add(
              RejectedRecord.of(
                  pointer,
                  pointer.appendProperty("id"),
                  "id '" + id + "' is already used by the record at " + first,
                  text(raw)));
        } else {
          accepted.add(new Entry(value, id, pointer, raw));
        }
      }
    }

    private String text(JsonNode raw) {
      try {
        return trees.writeValueAsString(raw);
      } catch (IOException e) {
        return String.valueOf(raw);
      }
    }

    private void reject(Entry e, String reason) {
      rejected.add(RejectedRecord.of(e.pointer, e.pointer, reason, text(e.raw)));
    }

    /**
     * Rejects industries whose parent is missing or rejected, then those in or below a cycle, in
     * document order. Linear: one pass builds the children of every id, one walk down from the
     * industries with a missing parent finds everything below them, one walk down from the roots
     * finds the accepted; what neither walk reaches is in or below a cycle.
     */
    private IndustryTaxonomy acceptIndustries(JsonIn in) throws AttractJsonException {
      Map<String, Entry> byId = new LinkedHashMap<>();
      industries.forEach(e -> byId.put(e.id, e));
      Map<String, List<String>> children = new HashMap<>();
      ArrayDeque<String> orphaned = new ArrayDeque<>();
      ArrayDeque<String> reachable = new ArrayDeque<>();
      for (Entry e : byId.values()) {
        Optional<IndustryId> parent = ((Industry) e.value).parent();
        if (parent.isEmpty()) {
          reachable.add(e.id);
        } else if (!byId.containsKey(parent.get().value())) {
          orphaned.add(e.id);
        } else {
          children.computeIfAbsent(parent.get().value(), k -> new ArrayList<>()).add(e.id);
        }
      }
      Set<String> missingParent = walkDown(orphaned, children);
      Set<String> rooted = walkDown(reachable, children);
      List<Industry> accepted = new ArrayList<>();
      for (Entry e : byId.values()) {
        Industry industry = (Industry) e.value;
        if (missingParent.contains(e.id)) {
          reject(
              e,
              "Industry '"
                  + e.id
                  + "' has the parent '"
                  + industry.parent().orElseThrow()
                  + "', which is not an accepted industry");
        } else if (rooted.contains(e.id)) {
          accepted.add(industry);
        } else {
          reject(e, "Industry '" + e.id + "' is in or below a cycle of parents");
        }
      }
      return Decode.build(in, () -> IndustryTaxonomy.of(scheme, accepted));
    }

    /** Returns the ids from which a walk down the children starts, and all below them. */
    private static Set<String> walkDown(
        ArrayDeque<String> starts, Map<String, List<String>> children) {
      Set<String> reached = new HashSet<>();
      while (!starts.isEmpty()) {
        String id = starts.pop();
        if (reached.add(id)) {
          starts.addAll(children.getOrDefault(id, List.of()));
        }
      }
      return reached;
    }

    /** Rejects regions whose parent or members are missing or of the wrong kind, to a fixpoint. */
    private RegionHierarchy acceptRegions(JsonIn in) throws AttractJsonException {
      Map<RegionId, Entry> byId = new LinkedHashMap<>();
      regions.forEach(e -> byId.put(((Region) e.value).id(), e));
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Entry e : new ArrayList<>(byId.values())) {
          String problem = regionProblem((Region) e.value, byId);
          if (problem != null) {
            byId.remove(((Region) e.value).id());
            reject(e, problem);
            changed = true;
          }
        }
      }
      List<Region> accepted = new ArrayList<>();
      byId.values().forEach(e -> accepted.add((Region) e.value));
      return Decode.build(in, () -> RegionHierarchy.of(accepted));
    }

    private static @Nullable String regionProblem(Region r, Map<RegionId, Entry> byId) {
      if (r.parent().isPresent()) {
        Entry parent = byId.get(r.parent().get());
        if (parent == null) {
          return "Region '"
              + r.id()
              + "' has the parent '"
              + r.parent().get()
              + "', which is not an accepted region";
        }
        Region p = (Region) parent.value;
        if (!p.kind().isCoarserThan(r.kind())) {
          return "Region '"
              + r.id()
              + "' of kind '"
              + r.kind().code()
              + "' must lie in a parent of a coarser kind, but '"
              + p.id()
              + "' is of kind '"
              + p.kind().code()
              + "'";
        }
      }
      for (RegionId member : r.members()) {
        Entry m = byId.get(member);
        if (m == null) {
          return "Region '"
              + r.id()
              + "' has the member '"
              + member
              + "', which is not an accepted region";
        }
        if (!((Region) m.value).kind().isAdministrative()) {
          return "Region '"
              + r.id()
              + "' has the member '"
              + member
              + "', which is not administrative";
        }
      }
      return null;
    }

    /** Rejects records whose references do not resolve until the portfolio has no violation. */
    private Portfolio acceptRecords(JsonIn in, IndustryTaxonomy taxonomy, RegionHierarchy hierarchy)
        throws AttractJsonException {
      rejectBrokenGroupChains(taxonomy, hierarchy);
      while (true) {
        Portfolio.Builder b = Portfolio.builder().industries(taxonomy).regions(hierarchy);
        for (Map.Entry<Section, List<Entry>> e : entries.entrySet()) {
          List<Object> values = new ArrayList<>(e.getValue().size());
          e.getValue().forEach(x -> values.add(x.value));
          e.getKey().addAll(b, values);
        }
        List<Violation> violations = errors(b);
        if (violations.isEmpty()) {
          return Decode.build(in, b::build);
        }
        // Each record with a violation is rejected with all of them; one look-up each, so that a
        // round costs what the check costs, however many records it rejects.
        Map<Section, Map<String, Entry>> byId = new HashMap<>();
        Map<Entry, List<RecordProblem>> gone = new LinkedHashMap<>();
        for (Violation v : violations) {
          Section section = Section.ofKind(v.subjectKind());
          if (section == null) {
            continue;
          }
          Entry entry = byId.computeIfAbsent(section, this::index).get(v.subjectId());
          if (entry != null) {
            JsonPointer at =
                v.path()
                    .map(p -> FieldPointers.pointer(entry.pointer, entry.raw, p))
                    .orElse(entry.pointer);
            gone.computeIfAbsent(entry, k -> new ArrayList<>())
                .add(RecordProblem.of(at, v.toString()));
          }
        }
        gone.forEach(
            (e, problems) -> rejected.add(RejectedRecord.of(e.pointer, problems, text(e.raw))));
        for (Section section : byId.keySet()) {
          entriesOf(section).removeIf(gone::containsKey);
        }
        if (gone.isEmpty()) {
          throw in.fail(in.here(), "Could not resolve the portfolio: " + violations, null);
        }
      }
    }

    private Map<String, Entry> index(Section section) {
      Map<String, Entry> index = new HashMap<>();
      for (Entry e : entriesOf(section)) {
        index.putIfAbsent(e.id, e);
      }
      return index;
    }

    /**
     * Rejects, in one linear pass and in document order, the investors whose chain of groups leads
     * to a missing investor or into a cycle. The loop of {@link #acceptRecords} would reject them
     * one per round: a chain of n investors, n rounds over the whole portfolio. Each gets the
     * reason that loop would give it, from core's own check: the smallest id of a cycle its
     * 'group-cycle' violation (core's check of the cycle), every other one its unresolved 'group'
     * (core's check of the investor alone, without the group it names).
     */
    private void rejectBrokenGroupChains(IndustryTaxonomy taxonomy, RegionHierarchy hierarchy) {
      List<Entry> list = entriesOf(Section.INVESTORS);
      Map<InvestorId, Investor> byId = new HashMap<>();
      for (Entry e : list) {
        Investor investor = (Investor) e.value;
        byId.put(investor.id(), investor);
      }
      Map<InvestorId, Boolean> sound = new HashMap<>(); // true: the chain ends at a top investor
      Map<InvestorId, List<Investor>> cycles = new HashMap<>(); // by the smallest id of each
      for (Entry e : list) {
        List<InvestorId> path = new ArrayList<>();
        Map<InvestorId, Integer> onPath = new HashMap<>();
        Investor current = (Investor) e.value;
        boolean ok;
        while (true) {
          Boolean known = sound.get(current.id());
          if (known != null) {
            ok = known;
            break;
          }
          Integer seen = onPath.get(current.id());
          if (seen != null) {
            List<Investor> cycle = new ArrayList<>();
            path.subList(seen, path.size())
                .forEach(id -> cycle.add(Objects.requireNonNull(byId.get(id))));
            cycles.put(Collections.min(path.subList(seen, path.size())), cycle);
            ok = false;
            break;
          }
          onPath.put(current.id(), path.size());
          path.add(current.id());
          if (current.group().isEmpty()) {
            ok = true;
            break;
          }
          Investor next = byId.get(current.group().get());
          if (next == null) {
            ok = false;
            break;
          }
          current = next;
        }
        for (InvestorId id : path) {
          sound.put(id, ok);
        }
      }
      List<Entry> kept = new ArrayList<>(list.size());
      for (Entry e : list) {
        Investor investor = (Investor) e.value;
        if (sound.getOrDefault(investor.id(), true)) {
          kept.add(e);
        } else {
          List<Investor> cycle = cycles.get(investor.id());
          List<Violation> found =
              Portfolio.builder()
                  .industries(taxonomy)
                  .regions(hierarchy)
                  .addAllInvestors(cycle == null ? List.of(investor) : cycle)
                  .violations();
          Violation reason = found.get(0);
          for (Violation v : found) {
            if (v.rule() == Violation.Rule.GROUP_CYCLE && v.subjectId().equals(e.id)) {
              reason = v;
            }
          }
          reject(e, reason.toString());
        }
      }
      list.clear();
      list.addAll(kept);
    }
  }

  /** Fails if anything but white space follows the document. */
  static void end(JsonIn in) throws IOException {
    JsonToken t = in.p.nextToken();
    if (t != null) {
      throw in.fail("Unexpected content after the end of the document: " + in.describe());
    }
  }

  /** Returns the errors among a builder's violations; warnings do not reject a record. */
  private static List<Violation> errors(Portfolio.Builder b) {
    List<Violation> errors = new ArrayList<>();
    for (Violation v : b.violations()) {
      if (v.isError()) {
        errors.add(v);
      }
    }
    return errors;
  }
}
