package io.github.attract.benchmarks;

/**
 * One synthetic portfolio as raw, primitive data: the single source from which every variant's
 * representation is built ({@link AttractPortfolios}, {@link PojoProject}, {@link Columns}, {@link
 * SqlTables}), so that every variant sees exactly the same projects.
 *
 * <p>Per-project lists (phases, status changes, annual plans, progress reports) are stored as
 * compressed sparse rows: the entries of project {@code i} lie at {@code offset[i]} (inclusive) to
 * {@code offset[i + 1]} (exclusive). Amounts are in fen (minor units of CNY), days are epoch days,
 * months epoch months ({@link Question#epochMonth}), statuses {@link
 * io.github.attract.project.Status} ordinals.
 *
 * <p>Made by {@link PortfolioGenerator}; the arrays are shared, not copied, and never modified
 * after generation.
 */
final class SyntheticPortfolio {
  /** Level-1 industry names; the index is the level-1 industry index of the breakdown. */
  static final String[] INDUSTRIES_L1 = {"煤炭", "电力", "钢铁", "粮食加工", "新材料", "旅游康养", "数字经济", "现代物流"};

  /** Level-2 industry names, {@link #LEAVES_PER_L1} per level-1 industry, in its order. */
  static final String[] INDUSTRIES_L2 = {
    "煤炭开采", "洗选煤", "煤化工", "焦化", "煤层气", "矿山装备",
    "风电", "光伏", "火电", "储能", "电网", "氢能",
    "炼铁", "炼钢", "特殊钢", "钢材轧制", "钒钛", "金属制品",
    "水稻加工", "大豆加工", "玉米深加工", "绿色食品", "种业", "饲料",
    "石墨负极材料", "石墨烯", "腐植酸", "褐煤蜡", "建材", "生物材料",
    "冰雪旅游", "生态旅游", "康养", "养老", "文化旅游", "温泉",
    "数据中心", "软件", "智能制造", "电子商务", "电子信息", "创意设计",
    "冷链物流", "粮食仓储", "保税物流", "铁路货运", "仓储", "边境贸易"
  };

  /** The number of level-2 industries under each level-1 industry. */
  static final int LEAVES_PER_L1 = 6;

  /** City names; each city has {@link #COUNTIES_PER_CITY} counties where projects are built. */
  static final String[] CITIES = {
    "哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "绥化"
  };

  /** The number of counties or districts per city. */
  static final int COUNTIES_PER_CITY = 6;

  /** The focus areas of the promotion plan; bit {@code k} of a focus mask means area {@code k}. */
  static final String[] FOCUS_AREAS = {"key-industries", "four-economies", "key-source-regions"};

  /** Phase names, shared by every project, as a ledger's loader would intern them. */
  static final String[] PHASE_NAMES = {"一期", "二期", "三期", "四期"};

  final int size;
  final long seed;
  final int investors;

  final String[] id;
  final String[] name;
  final int[] investor;
  final int[] location;
  final int[] industry;
  final byte[] focusMask;
  final long[] totalFen;

  final int[] phaseOffset;
  final long[] phaseFen;
  final int[] phaseStart;
  final int[] phaseEnd;

  final int[] statusOffset;
  final int[] statusDay;
  final byte[] status;

  final int[] planOffset;
  final int[] planYear;
  final long[] planFen;

  final int[] progressOffset;
  final int[] progressMonth;
  final long[] progressFen;

  SyntheticPortfolio(
      int size,
      long seed,
      int investors,
      String[] id,
      String[] name,
      int[] investor,
      int[] location,
      int[] industry,
      byte[] focusMask,
      long[] totalFen,
      int[] phaseOffset,
      long[] phaseFen,
      int[] phaseStart,
      int[] phaseEnd,
      int[] statusOffset,
      int[] statusDay,
      byte[] status,
      int[] planOffset,
      int[] planYear,
      long[] planFen,
      int[] progressOffset,
      int[] progressMonth,
      long[] progressFen) {
    this.size = size;
    this.seed = seed;
    this.investors = investors;
    this.id = id;
    this.name = name;
    this.investor = investor;
    this.location = location;
    this.industry = industry;
    this.focusMask = focusMask;
    this.totalFen = totalFen;
    this.phaseOffset = phaseOffset;
    this.phaseFen = phaseFen;
    this.phaseStart = phaseStart;
    this.phaseEnd = phaseEnd;
    this.statusOffset = statusOffset;
    this.statusDay = statusDay;
    this.status = status;
    this.planOffset = planOffset;
    this.planYear = planYear;
    this.planFen = planFen;
    this.progressOffset = progressOffset;
    this.progressMonth = progressMonth;
    this.progressFen = progressFen;
  }

  /**
   * Returns the level-1 industry index of a level-2 industry index.
   *
   * @param leaf the level-2 industry index
   * @return its level-1 industry index
   */
  static int level1(int leaf) {
    return leaf / LEAVES_PER_L1;
  }

  /**
   * Returns the level-1 industry of every level-2 industry, as a look-up table.
   *
   * @return the table, indexed by level-2 industry index
   */
  static int[] level1Table() {
    int[] t = new int[INDUSTRIES_L2.length];
    for (int leaf = 0; leaf < t.length; leaf++) {
      t[leaf] = level1(leaf);
    }
    return t;
  }

  /**
   * Returns the number of level-1 industries.
   *
   * @return 8
   */
  static int industriesL1() {
    return INDUSTRIES_L1.length;
  }

  /**
   * Returns a short description of the volumes, for logs.
   *
   * @return the counts of projects and of their list entries
   */
  String volumes() {
    return size
        + " projects, "
        + phaseFen.length
        + " phases, "
        + status.length
        + " status changes, "
        + planFen.length
        + " annual plans, "
        + progressFen.length
        + " progress reports, "
        + investors
        + " investors";
  }
}
