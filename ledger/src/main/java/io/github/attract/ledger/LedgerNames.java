package io.github.attract.ledger;

import com.google.common.collect.ImmutableMap;
import io.github.attract.calc.Group;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Chinese names that ledgers use for statuses and key-project levels, read in the many forms
 * ledgers write them and written in one, and the default labels of a ledger export.
 *
 * <pre>{@code
 * LedgerNames.status("在建");                       // Optional[under-construction]
 * LedgerNames.name(Status.UNDER_CONSTRUCTION);       // "在建"
 * Function<Object, String> labels = LedgerNames.labels(portfolio);
 * labels.apply(RegionId.of("sys"));                  // "双鸭山市", the region's name
 * }</pre>
 */
public final class LedgerNames {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  private static final ImmutableMap<Status, String> STATUS_NAMES =
      ImmutableMap.<Status, String>builder()
          .put(Status.LEAD, "储备")
          .put(Status.NEGOTIATING, "在谈")
          .put(Status.SIGNED, "已签约")
          .put(Status.READY_TO_START, "待开工")
          .put(Status.UNDER_CONSTRUCTION, "在建")
          .put(Status.IN_OPERATION, "已投产")
          .put(Status.COMPLETED, "已竣工")
          .put(Status.SUSPENDED, "停建")
          .put(Status.CANCELLED, "已取消")
          .buildOrThrow();

  private static final ImmutableMap<DesignationKind, String> DESIGNATION_NAMES =
      ImmutableMap.<DesignationKind, String>builder()
          .put(DesignationKind.NATIONAL_KEY, "国家重点")
          .put(DesignationKind.PROVINCIAL_KEY, "省级重点")
          .put(DesignationKind.CITY_KEY, "市级重点")
          .put(DesignationKind.COUNTY_KEY, "县级重点")
          .put(DesignationKind.SPRING_START, "春季开工")
          .put(DesignationKind.CONCENTRATED_START, "集中开工")
          .buildOrThrow();

  private static final ImmutableMap<String, Status> STATUS_BY_NAME = statusByName();
  private static final ImmutableMap<String, DesignationKind> DESIGNATION_BY_NAME =
      designationByName();

  private LedgerNames() {}

  private static ImmutableMap<String, Status> statusByName() {
    Map<String, Status> names = new HashMap<>();
    for (Status s : Status.values()) {
      names.put(s.code(), s);
      names.put(key(s.code().replace('-', ' ')), s);
      names.put(STATUS_NAMES.get(s), s);
    }
    put(names, Status.LEAD, "线索", "谋划", "储备项目");
    put(names, Status.NEGOTIATING, "洽谈", "洽谈中", "在谈项目", "谈判");
    put(names, Status.SIGNED, "签约", "签约项目", "已签约项目", "contracted");
    put(names, Status.READY_TO_START, "前期", "拟开工", "前期手续", "前期阶段", "计划开工");
    put(names, Status.UNDER_CONSTRUCTION, "开工", "已开工", "新开工", "续建", "施工", "在建项目", "建设中");
    put(names, Status.IN_OPERATION, "投产", "建成投产", "运营", "试生产", "并网", "投入运营", "in production");
    put(names, Status.COMPLETED, "竣工", "完工", "建成", "已完工");
    put(names, Status.SUSPENDED, "停工", "缓建", "暂停", "暂缓");
    put(names, Status.CANCELLED, "取消", "终止", "已终止", "canceled");
    return ImmutableMap.copyOf(names);
  }

  private static ImmutableMap<String, DesignationKind> designationByName() {
    Map<String, DesignationKind> names = new HashMap<>();
    for (DesignationKind k : DesignationKind.values()) {
      names.put(k.code(), k);
      names.put(DESIGNATION_NAMES.get(k), k);
    }
    put(names, DesignationKind.NATIONAL_KEY, "国家级", "国家级重点", "国家重点项目", "national");
    put(names, DesignationKind.PROVINCIAL_KEY, "省级", "省重点", "省级重点项目", "provincial");
    put(names, DesignationKind.CITY_KEY, "市级", "市重点", "市级重点项目", "city");
    put(names, DesignationKind.COUNTY_KEY, "县级", "县重点", "区级", "县级重点项目", "county");
    put(names, DesignationKind.SPRING_START, "春季开工项目", "spring start");
    put(names, DesignationKind.CONCENTRATED_START, "集中开工项目", "concentrated start");
    return ImmutableMap.copyOf(names);
  }

  @SafeVarargs
  private static <T> void put(Map<String, T> names, T value, String... texts) {
    for (String text : texts) {
      names.put(key(text), value);
    }
  }

  static String key(String text) {
    return SPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a status as ledgers write it: a Chinese name (在建, 续建, 已投产, 停建 ...), an English name or a
   * {@link Status#code() code}.
   *
   * @param text the text
   * @return the status or empty if the text names none
   */
  public static Optional<Status> status(String text) {
    return Optional.ofNullable(STATUS_BY_NAME.get(key(Objects.requireNonNull(text, "text"))));
  }

  /**
   * Reads a key-project level as ledgers write it: 省级重点, 省级, 市重点, 国家级, a code ...
   *
   * @param text the text
   * @return the kind or empty if the text names none
   */
  public static Optional<DesignationKind> designation(String text) {
    return Optional.ofNullable(DESIGNATION_BY_NAME.get(key(Objects.requireNonNull(text, "text"))));
  }

  /**
   * Returns the Chinese name a ledger writes for a status.
   *
   * @param status the status
   * @return e.g. {@code "在建"} for {@link Status#UNDER_CONSTRUCTION}
   */
  public static String name(Status status) {
    return Objects.requireNonNull(STATUS_NAMES.get(Objects.requireNonNull(status, "status")));
  }

  /**
   * Returns the Chinese name a ledger writes for a key-project level.
   *
   * @param kind the kind
   * @return e.g. {@code "省级重点"} for {@link DesignationKind#PROVINCIAL_KEY}
   */
  public static String name(DesignationKind kind) {
    return Objects.requireNonNull(DESIGNATION_NAMES.get(Objects.requireNonNull(kind, "kind")));
  }

  /**
   * Returns the labels of results without a portfolio: the Chinese names of statuses and
   * key-project levels, 未分类 and 其他 for the unclassified and "others" groups, and {@code toString()}
   * for ids and anything else.
   *
   * @return the labels
   */
  public static Function<Object, String> labels() {
    Map<Object, String> names = Map.of();
    Map<Status, String> statuses = new EnumMap<>(STATUS_NAMES);
    Map<DesignationKind, String> kinds = new EnumMap<>(DESIGNATION_NAMES);
    return key -> label(key, names, statuses, kinds);
  }

  /**
   * Returns the default labels of a ledger export: the names of the portfolio's regions, industries
   * and investors for their ids, the Chinese names of statuses and key-project levels, 未分类 and 其他
   * for the unclassified and "others" groups, Chinese headers for the names of the built-in
   * dimensions ("industry(level 1)" is 所属行业), and {@code toString()} for anything else. A caller
   * with a labels lookup of its own passes that instead (e.g. {@code labels::label}).
   *
   * @param portfolio the portfolio whose names to use
   * @return the labels, a function of ids, statuses, kinds and groups to names
   */
  public static Function<Object, String> labels(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    Map<Object, String> names = new HashMap<>();
    for (Region r : portfolio.regions().regions()) {
      names.put(r.id(), r.name());
    }
    for (Industry i : portfolio.industries().industries()) {
      names.put(i.id(), i.name());
    }
    for (Investor i : portfolio.investors()) {
      names.put(i.id(), i.name());
    }
    Map<Status, String> statuses = new EnumMap<>(STATUS_NAMES);
    Map<DesignationKind, String> kinds = new EnumMap<>(DESIGNATION_NAMES);
    return key -> label(key, names, statuses, kinds);
  }

  private static String label(
      Object key,
      Map<Object, String> names,
      Map<Status, String> statuses,
      Map<DesignationKind, String> kinds) {
    if (key instanceof Group<?> group) {
      if (group.isUnclassified()) {
        return "未分类";
      }
      if (group.isOthers()) {
        return "其他";
      }
      return group.key().map(k -> label(k, names, statuses, kinds)).orElse(group.toString());
    }
    if (key instanceof Status s) {
      return Objects.requireNonNull(statuses.get(s));
    }
    if (key instanceof DesignationKind k) {
      return Objects.requireNonNull(kinds.get(k));
    }
    if (key instanceof RegionId || key instanceof IndustryId || key instanceof InvestorId) {
      String name = names.get(key);
      return name != null ? name : key.toString();
    }
    if (key instanceof String dimension) {
      return dimension(dimension);
    }
    return key.toString();
  }

  /** The Chinese header of a built-in dimension's name, e.g. 所属行业 for "industry(level 1)". */
  private static String dimension(String name) {
    String head = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
    return switch (head) {
      case "industry" -> "所属行业";
      case "location" -> "建设地点";
      case "status", "status-on" -> "项目状态";
      case "designation-kind" -> "重点级别";
      case "source-region", "source-economic-region" -> "来源地区";
      case "start-year" -> "开工年份";
      case "signing-year" -> "签约年份";
      case "chain" -> "产业链";
      case "chain-link" -> "产业链环节";
      default -> name;
    };
  }
}
