package io.github.attract.portfolio;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Readable names for the keys of results and ledgers: ids resolved to the names a portfolio gives
 * them (industries, regions, chains and their links, focus areas, investors, projects, targets),
 * and the fixed Chinese or English names of statuses, designations, region kinds and provenances.
 *
 * <pre>{@code
 * Labels zh = Labels.chinese(portfolio);
 * zh.label(IndustryId.of("electric-power"));       // "电力" (the taxonomy's name)
 * zh.label(Status.UNDER_CONSTRUCTION);              // "在建"
 * zh.label(Designation.parse("provincial-key 2023")); // "2023年省级重点项目"
 * Labels.english(portfolio).label(Status.UNDER_CONSTRUCTION);   // "under construction"
 * Function<Object, String> labeller = zh::label;    // for exports that take a labeller
 * }</pre>
 *
 * <p>Names from the portfolio are the portfolio's own, in the language its data is written in; only
 * the fixed names depend on the {@link Language}. A key without a name is labelled with its {@code
 * toString()} (an id's value, a status's code), so {@link #label(Object)} never fails and never
 * drops a key. Looking up a name is a hash lookup; building labels of a portfolio is linear in the
 * number of its entities. Nothing reads the default locale. Immutable and thread-safe.
 */
public final class Labels {
  /** The language of the fixed names. */
  public enum Language {
    /** Simplified Chinese: {@code 在建}, {@code 省级重点项目}, {@code 合计}. */
    CHINESE("zh"),
    /** English: {@code under construction}, {@code provincial key project}, {@code total}. */
    ENGLISH("en");

    private final String code;

    Language(String code) {
      this.code = code;
    }

    /**
     * Returns the language's ISO 639-1 code.
     *
     * @return {@code "zh"} or {@code "en"}
     */
    public String code() {
      return code;
    }
  }

  private static final ImmutableMap<Status, String> STATUS_ZH =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              Status.LEAD, "线索",
              Status.NEGOTIATING, "在谈",
              Status.SIGNED, "已签约",
              Status.READY_TO_START, "待开工",
              Status.UNDER_CONSTRUCTION, "在建",
              Status.IN_OPERATION, "已投产",
              Status.COMPLETED, "已竣工",
              Status.SUSPENDED, "停缓建",
              Status.CANCELLED, "已终止"));
  private static final ImmutableMap<Status, String> STATUS_EN =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              Status.LEAD, "lead",
              Status.NEGOTIATING, "negotiating",
              Status.SIGNED, "signed",
              Status.READY_TO_START, "ready to start",
              Status.UNDER_CONSTRUCTION, "under construction",
              Status.IN_OPERATION, "in operation",
              Status.COMPLETED, "completed",
              Status.SUSPENDED, "suspended",
              Status.CANCELLED, "cancelled"));
  private static final ImmutableMap<DesignationKind, String> DESIGNATION_ZH =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              DesignationKind.NATIONAL_KEY, "国家重点项目",
              DesignationKind.PROVINCIAL_KEY, "省级重点项目",
              DesignationKind.CITY_KEY, "市级重点项目",
              DesignationKind.COUNTY_KEY, "县级重点项目",
              DesignationKind.SPRING_START, "春季开工项目",
              DesignationKind.CONCENTRATED_START, "集中开工项目"));
  private static final ImmutableMap<DesignationKind, String> DESIGNATION_EN =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              DesignationKind.NATIONAL_KEY, "national key project",
              DesignationKind.PROVINCIAL_KEY, "provincial key project",
              DesignationKind.CITY_KEY, "city key project",
              DesignationKind.COUNTY_KEY, "county key project",
              DesignationKind.SPRING_START, "spring start batch",
              DesignationKind.CONCENTRATED_START, "concentrated start batch"));
  private static final ImmutableMap<RegionKind, String> REGION_KIND_ZH =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              RegionKind.COUNTRY, "国家",
              RegionKind.PROVINCE, "省",
              RegionKind.CITY, "市",
              RegionKind.COUNTY, "县",
              RegionKind.DISTRICT, "区",
              RegionKind.DEVELOPMENT_ZONE, "开发区",
              RegionKind.ECONOMIC_REGION, "经济区"));
  private static final ImmutableMap<RegionKind, String> REGION_KIND_EN =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              RegionKind.COUNTRY, "country",
              RegionKind.PROVINCE, "province",
              RegionKind.CITY, "city",
              RegionKind.COUNTY, "county",
              RegionKind.DISTRICT, "district",
              RegionKind.DEVELOPMENT_ZONE, "development zone",
              RegionKind.ECONOMIC_REGION, "economic region"));
  private static final ImmutableMap<Provenance, String> PROVENANCE_ZH =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              Provenance.REPORTED, "上报",
              Provenance.ESTIMATED, "估算",
              Provenance.DERIVED, "推算",
              Provenance.ITEMIZED, "分项汇总"));
  private static final ImmutableMap<Provenance, String> PROVENANCE_EN =
      Maps.immutableEnumMap(
          ImmutableMap.of(
              Provenance.REPORTED, "reported",
              Provenance.ESTIMATED, "estimated",
              Provenance.DERIVED, "derived",
              Provenance.ITEMIZED, "itemized"));

  private final Language language;
  private final ImmutableMap<Object, String> names;

  private Labels(Language language, ImmutableMap<Object, String> names) {
    this.language = language;
    this.names = names;
  }

  /**
   * Returns the labels of a portfolio's entities with the fixed names of a language.
   *
   * @param portfolio the portfolio whose taxonomies, regions, chains, focus areas, investors,
   *     projects and targets give the names
   * @param language the language of the fixed names
   * @return the labels
   */
  public static Labels of(Portfolio portfolio, Language language) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(language, "language");
    Map<Object, String> names = new HashMap<>();
    for (Industry i : portfolio.industries().industries()) {
      names.put(i.id(), i.name());
    }
    for (Region r : portfolio.regions().regions()) {
      names.put(r.id(), r.name());
    }
    for (IndustrialChain c : portfolio.chains()) {
      names.put(c.id(), c.name());
      for (ChainLink l : c.links()) {
        names.put(ChainLinkRef.of(c.id(), l.id()), c.name() + " / " + l.name());
      }
    }
    for (FocusArea f : portfolio.focusAreas()) {
      names.put(f.id(), f.name());
    }
    for (Investor i : portfolio.investors()) {
      names.put(i.id(), i.name());
    }
    for (Project p : portfolio.projects()) {
      names.put(p.id(), p.name());
    }
    for (Target t : portfolio.targets()) {
      names.put(t.id(), t.name());
    }
    return new Labels(language, ImmutableMap.copyOf(names));
  }

  /**
   * Returns the labels of a portfolio with Chinese fixed names.
   *
   * @param portfolio the portfolio
   * @return the labels
   */
  public static Labels chinese(Portfolio portfolio) {
    return of(portfolio, Language.CHINESE);
  }

  /**
   * Returns the labels of a portfolio with English fixed names.
   *
   * @param portfolio the portfolio
   * @return the labels
   */
  public static Labels english(Portfolio portfolio) {
    return of(portfolio, Language.ENGLISH);
  }

  /**
   * Returns labels with the fixed names of a language only: ids are labelled with their values.
   *
   * @param language the language of the fixed names
   * @return the labels
   */
  public static Labels fixed(Language language) {
    return new Labels(Objects.requireNonNull(language, "language"), ImmutableMap.of());
  }

  /**
   * Returns these labels with one more name, or a name replaced: for the keys of a dimension of
   * your own, or to rename an entity for one report.
   *
   * @param key the key, e.g. {@code "large"} of a custom dimension or an {@code IndustryId}
   * @param name its name
   * @return the extended labels
   * @throws IllegalArgumentException if the name is blank
   */
  public Labels with(Object key, String name) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Labels 'name' of '" + key + "' must not be blank, but was '" + name + "'");
    }
    Map<Object, String> copy = new HashMap<>(names);
    copy.put(key, name);
    return new Labels(language, ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the language of the fixed names.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the name of a key, if these labels know one: a name from the portfolio (or {@link
   * #with}), or a fixed name of a status, designation, designation kind, region kind or provenance,
   * or a year in Chinese ({@code 2023年}).
   *
   * @param key any key
   * @return the name, or empty if the key has none
   */
  public Optional<String> name(Object key) {
    Objects.requireNonNull(key, "key");
    String n = names.get(key);
    return n != null ? Optional.of(n) : Optional.ofNullable(fixedName(key));
  }

  /**
   * Returns the label of any key: its {@link #name}, or else its {@code toString()}. Never fails,
   * so {@code labels::label} serves as a {@code Function<Object, String>}.
   *
   * @param key any key: an id, a status, a designation, a year, a text...
   * @return the label
   */
  public String label(Object key) {
    return name(key).orElseGet(key::toString);
  }

  /**
   * Returns the name of an industry, or its id's value.
   *
   * @param id the industry
   * @return the label
   */
  public String label(IndustryId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of a region, or its id's value.
   *
   * @param id the region
   * @return the label
   */
  public String label(RegionId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of a chain, or its id's value.
   *
   * @param id the chain
   * @return the label
   */
  public String label(ChainId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of a focus area, or its id's value.
   *
   * @param id the focus area
   * @return the label
   */
  public String label(FocusAreaId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of an investor, or its id's value.
   *
   * @param id the investor
   * @return the label
   */
  public String label(InvestorId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of a project, or its id's value.
   *
   * @param id the project
   * @return the label
   */
  public String label(ProjectId id) {
    return label((Object) id);
  }

  /**
   * Returns the name of a target, or its id's value.
   *
   * @param id the target
   * @return the label
   */
  public String label(TargetId id) {
    return label((Object) id);
  }

  /**
   * Returns the fixed name of a status in the language.
   *
   * @param status the status
   * @return e.g. {@code "在建"} or {@code "under construction"}
   */
  public String label(Status status) {
    return label((Object) status);
  }

  /**
   * Returns the fixed name of a designation kind in the language.
   *
   * @param kind the kind
   * @return e.g. {@code "省级重点项目"} or {@code "provincial key project"}
   */
  public String label(DesignationKind kind) {
    return label((Object) kind);
  }

  /**
   * Returns the fixed name of a designation, with its year.
   *
   * @param designation the designation
   * @return e.g. {@code "2023年省级重点项目"} or {@code "provincial key project 2023"}
   */
  public String label(Designation designation) {
    return label((Object) designation);
  }

  /**
   * Returns the name of the group of projects without a key in a dimension.
   *
   * @return {@code "未分类"} or {@code "(unclassified)"}
   */
  public String unclassified() {
    return language == Language.CHINESE ? "未分类" : "(unclassified)";
  }

  /**
   * Returns the name of the group a top-N folds the remaining keys into.
   *
   * @return {@code "其他"} or {@code "(others)"}
   */
  public String others() {
    return language == Language.CHINESE ? "其他" : "(others)";
  }

  /**
   * Returns the name of a total row or column.
   *
   * @return {@code "合计"} or {@code "total"}
   */
  public String total() {
    return language == Language.CHINESE ? "合计" : "total";
  }

  private @Nullable String fixedName(Object key) {
    boolean zh = language == Language.CHINESE;
    if (key instanceof Status s) {
      return (zh ? STATUS_ZH : STATUS_EN).get(s);
    }
    if (key instanceof DesignationKind k) {
      return (zh ? DESIGNATION_ZH : DESIGNATION_EN).get(k);
    }
    if (key instanceof Designation d) {
      String kind = (zh ? DESIGNATION_ZH : DESIGNATION_EN).get(d.kind());
      return zh ? d.year() + "年" + kind : kind + " " + d.year();
    }
    if (key instanceof RegionKind k) {
      return (zh ? REGION_KIND_ZH : REGION_KIND_EN).get(k);
    }
    if (key instanceof Provenance p) {
      return (zh ? PROVENANCE_ZH : PROVENANCE_EN).get(p);
    }
    if (key instanceof Year y && zh) {
      return y + "年";
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Labels that && that.language == language && that.names.equals(names);
  }

  @Override
  public int hashCode() {
    return language.hashCode() * 31 + names.hashCode();
  }

  /**
   * Returns the language and how many names these labels hold, e.g. {@code "Labels[zh, 12 names]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Labels[" + language.code() + ", " + names.size() + " names]";
  }
}
