package io.github.attract.ledger;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column that a project ledger (项目台账) may have, with the header texts that name it in Chinese and
 * English ledgers.
 *
 * <p>Header texts are matched after {@link #normalize(String) normalizing}: white space (also
 * full-width) and a money unit in brackets are removed and Latin letters are lower-cased, so {@code
 * "总投资（万元）"}, {@code "总 投 资"} and {@code "Total investment (yuan)"} all name {@link
 * #TOTAL_INVESTMENT}. Two forms are read by pattern rather than by a fixed text: {@code "1-N月完成投资"}
 * (year-to-date completed investment to month N, which also sets the ledger's as-of month) and
 * {@code "YYYY年计划投资"} (the annual plan of year YYYY). A {@link LedgerMapping} adds aliases of its
 * own.
 *
 * <pre>{@code
 * LedgerColumn.TOTAL_INVESTMENT.aliases();   // [总投资, 计划总投资, 项目总投资, total investment]
 * LedgerColumn.TOTAL_INVESTMENT.isMoney();   // true
 * }</pre>
 */
public enum LedgerColumn {
  /** The project's identifier (项目编号); without it, ids are made from the row number. */
  PROJECT_ID(false, "项目编号", "编号", "项目代码", "project id", "project code", "id"),
  /** The project's name (项目名称); required. */
  PROJECT_NAME(false, "项目名称", "名称", "project name", "project", "name"),
  /** Total investment (总投资), money. */
  TOTAL_INVESTMENT(true, "总投资", "计划总投资", "项目总投资", "total investment"),
  /**
   * The total investment as revised (调整总投资), money. Ledgers date no revision: when it differs from
   * {@link #TOTAL_INVESTMENT}, the project gets a revision dated on the last day of the ledger's
   * as-of month, the day its figures are stated for (the month of a "1-N月完成投资" header, else {@link
   * LedgerMapping#asOf()}).
   */
  REVISED_TOTAL_INVESTMENT(
      true, "调整总投资", "调整后总投资", "调整后项目总投资", "revised total investment", "revised total"),
  /** Annual planned investment (年度计划投资) of the ledger's year, money. */
  ANNUAL_PLAN(true, "年度计划投资", "年计划投资", "本年计划投资", "annual planned investment", "annual plan"),
  /** Completed investment from January to the ledger's as-of month (1-N月完成投资), money. */
  COMPLETED_YEAR_TO_DATE(
      true, "本年完成投资", "年度完成投资", "completed investment year to date", "completed ytd"),
  /** Completed investment since the project began (累计完成投资), money. */
  COMPLETED_CUMULATIVE(true, "累计完成投资", "开工累计完成投资", "自开工累计完成投资", "cumulative completed investment"),
  /** Funds in place (到位资金) as of the ledger's as-of month, cumulative, money. */
  FUNDS_IN_PLACE(true, "到位资金", "累计到位资金", "资金到位", "funds in place"),
  /** The status (项目状态) as of the ledger's as-of month. */
  STATUS(false, "项目状态", "状态", "status"),
  /** Where the project is built (建设地点); required, resolved against the regions. */
  LOCATION(false, "建设地点", "所在地", "项目地点", "所属县区", "属地", "location"),
  /** The industry (所属行业); required, resolved against the industry taxonomy. */
  INDUSTRY(false, "所属行业", "行业", "所属产业", "产业类别", "industry"),
  /** Key-project levels in one column (省级重点/市级重点), e.g. "省级重点、市级重点". */
  KEY_LEVEL(
      false,
      "省级重点/市级重点",
      "重点级别",
      "项目级别",
      "重点项目级别",
      "key-project level",
      "key level",
      "designations"),
  /** A yes/no column: a provincial-level key project (省级重点) of the ledger's year. */
  PROVINCIAL_KEY(false, "省级重点", "是否省级重点", "省级重点项目", "provincial key"),
  /** A yes/no column: a city-level key project (市级重点) of the ledger's year. */
  CITY_KEY(false, "市级重点", "是否市级重点", "市级重点项目", "city key"),
  /** The day construction started (开工时间). */
  START_DATE(false, "开工时间", "开工日期", "实际开工时间", "start date", "construction start"),
  /** The investors (投资方), several separated by 、 or ；. */
  INVESTOR(false, "投资方", "投资主体", "投资单位", "项目单位", "investor", "investors");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern UNIT = Pattern.compile("[(（\\[【]?(单位[:：])?(亿元|万元|元|yuan)[)）\\]】]?$");

  private final boolean money;
  private final ImmutableList<String> aliases;

  LedgerColumn(boolean money, String... aliases) {
    this.money = money;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /**
   * Tells whether the column holds money, whose unit (元, 万元, 亿元) comes from its header.
   *
   * @return true for a money column
   */
  public boolean isMoney() {
    return money;
  }

  /**
   * Returns the built-in header texts of this column, Chinese first, normalized.
   *
   * @return the aliases
   */
  public ImmutableList<String> aliases() {
    return aliases;
  }

  /**
   * Returns a header text as it is matched: without white space (also full-width and line breaks)
   * and without a bracketed money unit ("（万元）", "(亿元)", "(yuan)"), Latin letters lower-cased.
   *
   * @param header the header text
   * @return the normalized text, e.g. {@code "总投资"} for {@code "总 投 资\n（万元）"}
   */
  public static String normalize(String header) {
    String text = SPACE.matcher(header).replaceAll("").toLowerCase(Locale.ROOT);
    return UNIT.matcher(text).replaceAll("");
  }
}
