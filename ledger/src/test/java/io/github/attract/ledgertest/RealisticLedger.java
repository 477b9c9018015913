package io.github.attract.ledgertest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A county-style 2023 key-project ledger as bureaus keep it: a merged title, a unit line, a two-row
 * header with a merged group cell over the money columns, about a thousand projects, and the faults
 * of real ledgers at known rows, each with the outcome the reader must give it.
 */
final class RealisticLedger {
  /** What the reader must make of a data row: "accept", "skip:KIND" or "reject:COLUMN". */
  final Map<Integer, String> expected = new LinkedHashMap<>();

  final List<List<?>> rows = new ArrayList<>();
  static final String[] MERGED = {
    "A1:O1", "A2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4",
    "I3:I4", "J3:J4", "K3:O3"
  };

  private static final String[] INVESTORS = {
    "中国船舶集团风电发展有限公司", "国家能源集团宝清发电有限公司", "广东粤电集团", "建龙集团", "中嘉民元实业集团", "黑龙江奥贝莎建材有限公司"
  };
  private static final String[] KINDS = {
    "储能装备制造", "石墨负极材料", "风电装备基地", "腐植酸", "冷链物流", "粮食仓储", "焦化", "康养小镇"
  };
  private static final String[] STARTED = {"在建", "续建", "新开工", "已投产", "停建"};
  private static final String[] NOT_STARTED = {"已签约", "前期", "在谈"};

  RealisticLedger(int projects, long seed) {
    Random random = new Random(seed);
    rows.add(List.of("双鸭山市2023年重点项目建设台账"));
    rows.add(List.of("单位：万元"));
    rows.add(
        Arrays.asList(
            "序号",
            "项目编号",
            "项目名称",
            "建设地点",
            "所属行业",
            "投资方",
            "项目状态",
            "开工时间",
            "省级重点",
            "市级重点",
            "投资情况（万元）",
            null,
            null,
            null,
            null));
    rows.add(
        Arrays.asList(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "总投资",
            "2023年计划投资",
            "累计完成投资",
            "1-6月完成投资",
            "到位资金"));
    for (int i = 0; i < projects; i++) {
      int row = rows.size() + 1;
      if (i > 0 && i % 97 == 13) {
        rows.add(Arrays.asList(new Object[15]));
        expected.put(row, "skip:BLANK");
        continue;
      }
      if (i > 0 && i % 101 == 7) {
        rows.add(
            Arrays.asList(
                null, null, "小计（" + i + "个）", null, null, null, null, null, null, null, 1000));
        expected.put(row, "skip:TOTAL");
        continue;
      }
      List<Object> cells = good(i, random);
      String outcome = "accept";
      if (i > 0 && i % 89 == 5) {
        cells.set(3, "某某县");
        outcome = "reject:D";
      } else if (i > 0 && i % 83 == 3) {
        cells.set(10, "约500");
        outcome = "reject:K";
      } else if (i > 0 && i % 79 == 11) {
        cells.set(6, "在建");
        cells.set(7, "2023.13.5");
        outcome = "reject:H";
      } else if (i > 0 && i % 73 == 17) {
        cells.set(6, "待定");
        outcome = "reject:G";
      } else if (i > 0 && i % 71 == 19) {
        BigDecimal total = (BigDecimal) cells.get(10);
        cells.set(12, total.add(BigDecimal.ONE));
        cells.set(13, BigDecimal.ONE);
        // A cost overrun: completed above the total is kept, with a warning, not rejected.
        outcome = "accept";
      } else if (i > 0 && i % 67 == 23) {
        cells.set(1, "SYS-2023-0000");
        outcome = "reject:B";
      }
      rows.add(cells);
      expected.put(row, outcome);
    }
    rows.add(Arrays.asList("合计", null, null, null, null, null, null, null, null, null, 123456));
    expected.put(rows.size(), "skip:TOTAL");
  }

  private static List<Object> good(int i, Random random) {
    List<Object> cells = new ArrayList<>(Arrays.asList(new Object[15]));
    cells.set(0, i + 1);
    cells.set(1, String.format("SYS-2023-%04d", i));
    cells.set(
        2,
        Ledgers.COUNTIES.get(i % 5).substring(0, 2)
            + KINDS[random.nextInt(KINDS.length)]
            + "项目（"
            + i
            + "）");
    cells.set(3, Ledgers.COUNTIES.get(random.nextInt(Ledgers.COUNTIES.size())));
    cells.set(4, Ledgers.INDUSTRIES.get(random.nextInt(Ledgers.INDUSTRIES.size())));
    if (random.nextInt(4) > 0) {
      String investor = INVESTORS[random.nextInt(INVESTORS.length)];
      cells.set(
          5,
          random.nextInt(5) == 0
              ? investor + "、" + INVESTORS[(i + 1) % INVESTORS.length]
              : investor);
    }
    // 500 to 5,000,000 万元 with up to two decimals: 5 million yuan to 50 billion yuan.
    BigDecimal total = BigDecimal.valueOf(50_000 + random.nextInt(500_000_000), 2);
    cells.set(10, total);
    boolean started = random.nextInt(4) > 0;
    if (started) {
      cells.set(6, STARTED[random.nextInt(STARTED.length)]);
      LocalDate start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(900));
      cells.set(
          7,
          switch (random.nextInt(4)) {
            case 0 -> start.getYear() + "." + start.getMonthValue() + "." + start.getDayOfMonth();
            case 1 -> start.getYear() + "年" + start.getMonthValue() + "月";
            case 2 -> start.toString();
            default -> start;
          });
      BigDecimal cumulative = part(total, random);
      BigDecimal ytd = part(cumulative, random);
      cells.set(11, part(total, random));
      cells.set(12, cumulative);
      cells.set(13, ytd);
      cells.set(14, part(total, random));
    } else {
      cells.set(6, NOT_STARTED[random.nextInt(NOT_STARTED.length)]);
      if (random.nextBoolean()) {
        cells.set(11, part(total, random));
      }
    }
    cells.set(8, random.nextInt(4) == 0 ? "是" : null);
    cells.set(9, random.nextInt(3) == 0 ? "√" : "否");
    return cells;
  }

  /** A part of an amount in hundredths of 万元, at most the amount. */
  private static BigDecimal part(BigDecimal whole, Random random) {
    long cents = whole.movePointRight(2).longValueExact();
    return BigDecimal.valueOf((long) (random.nextDouble() * cents), 2);
  }

  byte[] xlsx() {
    return Ledgers.xlsx("台账", rows, MERGED);
  }
}
