package io.github.attract.calc;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the {@code toString} of results: first column left, others right. */
final class Table {
  private final List<List<String>> rows = new ArrayList<>();

  Table row(List<String> cells) {
    rows.add(cells);
    return this;
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
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        String pad = " ".repeat(width[c] - cell.length());
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
