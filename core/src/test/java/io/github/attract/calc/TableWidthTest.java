package io.github.attract.calc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The display width that lines up Chinese names in plain-text tables, at every range edge. */
class TableWidthTest {
  /** The ranges of wide code points, first and last of each, inclusive. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F},
    {0x2E80, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x20000, 0x3FFFD}
  };

  private static String of(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  @Test
  void eachWideRangeIsTwoColumnsFromItsFirstToItsLastCodePointAndNoFurther() {
    for (int[] range : WIDE) {
      assertThat(Table.width(of(range[0]))).as("U+%X", range[0]).isEqualTo(2);
      assertThat(Table.width(of(range[1]))).as("U+%X", range[1]).isEqualTo(2);
      assertThat(Table.width(of(range[0] - 1))).as("U+%X", range[0] - 1).isEqualTo(1);
      assertThat(Table.width(of(range[1] + 1))).as("U+%X", range[1] + 1).isEqualTo(1);
    }
  }

  @Test
  void aTextAddsItsCharactersWidthsCountingASurrogatePairOnce() {
    assertThat(Table.width("")).isZero();
    assertThat(Table.width("风电 2023")).isEqualTo(2 + 2 + 5);
    assertThat(Table.width(of(0x20000) + "a")).isEqualTo(3);
    assertThat(Table.width("ＡＢ")).isEqualTo(4);
  }
}
