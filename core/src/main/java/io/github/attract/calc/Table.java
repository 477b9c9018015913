package io.github.attract.calc;

import io.github.attract.portfolio.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the {@code toString} and {@code toTable} of results: first column left,
 * others right, padded by display width so that Chinese names line up.
 */
final class Table {
  private final List<List<String>> rows = new ArrayList<>();

  /** Returns the label of a group: its key's label, or the labels' word for the other groups. */
  static String label(Group<?> group, Labels labels) {
    if (group.isUnclassified()) {
      return labels.unclassified();
    }
    if (group.isOthers()) {
      return labels.others();
    }
    return labels.label(group.key().orElseThrow());
  }

  /** Returns the heading of the project count column. */
  static String projects(Labels labels) {
    return labels.language() == Labels.Language.CHINESE ? "项目数" : "projects";
  }

  Table row(List<String> cells) {
    rows.add(cells);
    return this;
  }

  /**
   * Returns the columns a text takes in a monospaced font: two for each wide (CJK) character, so
   * that tables of Chinese names line up.
   */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      w += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  @Override
  public String toString() {
    int columns = 0;
    for (List<String> r : rows) {
      columns = Math.max(columns, r.size());
    }
    int[] width = new int[columns];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], width(r.get(c)));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        String pad = " ".repeat(width[c] - width(cell));
        if (c > 0) {
          line.append(" | ").append(pad).append(cell);
        } else {
          line.append(cell).append(pad);
        }
      }
      s.append(line.toString().stripTrailing());
      if (i == 0) {
        s.append('\n');
        int total = 0;
        for (int c = 0; c < columns; c++) {
          total += width[c] + (c > 0 ? 3 : 0);
        }
        s.append("-".repeat(total));
      }
      if (i < rows.size() - 1) {
        s.append('\n');
      }
    }
    return s.toString();
  }
}
