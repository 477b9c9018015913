package io.github.attract.spark;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The ledger table's columns, one row per project, every column a string; empty or null means
 * absent.
 *
 * <table>
 *   <caption>Ledger columns</caption>
 *   <tr><th>column</th><th>required</th><th>format</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>the project id</td></tr>
 *   <tr><td>{@code name}</td><td>yes</td><td>the project name</td></tr>
 *   <tr><td>{@code location}</td><td>yes</td><td>a region id</td></tr>
 *   <tr><td>{@code industry}</td><td>yes</td><td>an industry id</td></tr>
 *   <tr><td>{@code currency}</td><td>no</td><td>ISO 4217 code; else that of the total, else CNY</td></tr>
 *   <tr><td>{@code total_investment}</td><td>no</td><td>money text, {@code CNY 1050000000.00}</td></tr>
 *   <tr><td>{@code status_history}</td><td>no</td><td>{@code date status} pairs separated by
 *       {@code ;}, e.g. {@code 2023-01-05 signed; 2023-04-07 under-construction}</td></tr>
 *   <tr><td>{@code chain_link}</td><td>no</td><td>{@code chain/link}, as {@code ChainLinkRef}
 *       prints it</td></tr>
 *   <tr><td>{@code focus_areas}</td><td>no</td><td>focus area ids separated by {@code ;}</td></tr>
 *   <tr><td>{@code investors}</td><td>no</td><td>investor ids separated by {@code ;}</td></tr>
 * </table>
 */
final class LedgerRows {
  private LedgerRows() {}

  static final String[] COLUMNS = {
    "id",
    "name",
    "location",
    "industry",
    "currency",
    "total_investment",
    "status_history",
    "chain_link",
    "focus_areas",
    "investors"
  };

  static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : COLUMNS) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  static void checkColumns(StructType schema) {
    List<String> missing = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!List.of(schema.fieldNames()).contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Ledger rows must have the columns " + List.of(COLUMNS) + ", but miss " + missing);
    }
  }

  static Project project(Row row) {
    String id = text(row, "id");
    if (id == null) {
      throw new IllegalArgumentException("Ledger row " + row + " has no 'id'");
    }
    String column = "id";
    try {
      Project.Builder b = Project.builder().id(ProjectId.of(id));
      column = "name";
      b.name(required(row, column));
      column = "location";
      b.location(RegionId.of(required(row, column)));
      column = "industry";
      b.industry(IndustryId.of(required(row, column)));
      column = "total_investment";
      String total = text(row, column);
      Money money = total == null ? null : Money.parse(total);
      if (money != null) {
        b.totalInvestment(money);
      }
      column = "currency";
      String currency = text(row, column);
      if (currency != null) {
        b.currency(Currencies.of(currency));
      } else if (money != null) {
        b.currency(money.currency());
      }
      column = "status_history";
      b.statusHistory(history(text(row, column)));
      column = "chain_link";
      String link = text(row, column);
      if (link != null) {
        b.chainLink(ChainLinkRef.parse(link));
      }
      column = "focus_areas";
      for (String f : list(text(row, column))) {
        b.addFocusArea(FocusAreaId.of(f));
      }
      column = "investors";
      for (String i : list(text(row, column))) {
        b.addInvestor(InvestorId.of(i));
      }
      column = "id";
      return b.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Ledger row '" + id + "' column '" + column + "' is not valid: " + e.getMessage(), e);
    }
  }

  private static StatusHistory history(@Nullable String text) {
    StatusHistory h = StatusHistory.empty();
    for (String change : list(text)) {
      int space = change.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(
            "a status change must be 'date status', but was '" + change + "'");
      }
      h =
          h.then(
              LocalDate.parse(change.substring(0, space)),
              Status.ofCode(change.substring(space + 1).trim()));
    }
    return h;
  }

  private static List<String> list(@Nullable String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(";", -1)) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static String required(Row row, String column) {
    String value = text(row, column);
    if (value == null) {
      throw new IllegalArgumentException("it is required but empty");
    }
    return value;
  }

  private static @Nullable String text(Row row, String column) {
    Object value = row.get(row.fieldIndex(column));
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }
}
