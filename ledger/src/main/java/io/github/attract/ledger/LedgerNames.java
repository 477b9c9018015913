package io.github.attract.ledger;

import com.google.common.collect.ImmutableMap;
import io.github.attract.portfolio.Labels;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Status;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the statuses and key-project levels of ledgers in the many forms ledgers write them. What
 * {@link LedgerWriter} writes for them is their {@link Labels} name (Chinese or English), which
 * these read back; the older ledger names (停建, 储备, 已取消, 省级重点 ...) are read too.
 *
 * <pre>{@code
 * LedgerNames.status("在建");                       // Optional[under-construction]
 * LedgerNames.status("停缓建");                      // Optional[suspended], as Labels writes it
 * LedgerNames.designation("省重点");                 // Optional[provincial-key]
 * }</pre>
 */
public final class LedgerNames {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Labels CHINESE = Labels.fixed(Labels.Language.CHINESE);
  private static final Labels ENGLISH = Labels.fixed(Labels.Language.ENGLISH);

  private static final ImmutableMap<String, Status> STATUS_BY_NAME = statusByName();
  private static final ImmutableMap<String, DesignationKind> DESIGNATION_BY_NAME =
      designationByName();

  private LedgerNames() {}

  private static ImmutableMap<String, Status> statusByName() {
    Map<String, Status> names = new HashMap<>();
    for (Status s : Status.values()) {
      names.put(s.code(), s);
      names.put(key(s.code().replace('-', ' ')), s);
      put(names, s, CHINESE.label(s), ENGLISH.label(s));
    }
    put(names, Status.LEAD, "线索", "储备", "谋划", "储备项目");
    put(names, Status.NEGOTIATING, "洽谈", "洽谈中", "在谈", "在谈项目", "谈判");
    put(names, Status.SIGNED, "已签约", "签约", "签约项目", "已签约项目", "contracted");
    put(names, Status.READY_TO_START, "待开工", "前期", "拟开工", "前期手续", "前期阶段", "计划开工");
    put(names, Status.UNDER_CONSTRUCTION, "在建", "开工", "已开工", "新开工", "续建", "施工", "在建项目", "建设中");
    put(
        names,
        Status.IN_OPERATION,
        "已投产",
        "投产",
        "建成投产",
        "运营",
        "试生产",
        "并网",
        "投入运营",
        "in production");
    put(names, Status.COMPLETED, "已竣工", "竣工", "完工", "建成", "已完工");
    put(names, Status.SUSPENDED, "停建", "停缓建", "停工", "缓建", "暂停", "暂缓");
    put(names, Status.CANCELLED, "已取消", "取消", "终止", "已终止", "canceled");
    return ImmutableMap.copyOf(names);
  }

  private static ImmutableMap<String, DesignationKind> designationByName() {
    Map<String, DesignationKind> names = new HashMap<>();
    for (DesignationKind k : DesignationKind.values()) {
      names.put(k.code(), k);
      put(names, k, CHINESE.label(k), ENGLISH.label(k));
    }
    put(names, DesignationKind.NATIONAL_KEY, "国家重点", "国家级", "国家级重点", "国家重点项目", "national");
    put(names, DesignationKind.PROVINCIAL_KEY, "省级重点", "省级", "省重点", "省级重点项目", "provincial");
    put(names, DesignationKind.CITY_KEY, "市级重点", "市级", "市重点", "市级重点项目", "city");
    put(names, DesignationKind.COUNTY_KEY, "县级重点", "县级", "县重点", "区级", "县级重点项目", "county");
    put(names, DesignationKind.SPRING_START, "春季开工", "春季开工项目", "spring start");
    put(names, DesignationKind.CONCENTRATED_START, "集中开工", "集中开工项目", "concentrated start");
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
   * Reads a status as ledgers write it: a Chinese name (在建, 续建, 已投产, 停缓建, 停建 ...), an English name
   * or a {@link Status#code() code}.
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
}
