package io.github.attract.ledger;

import com.google.common.collect.ImmutableMap;
import io.github.attract.money.Currencies;
import io.github.attract.money.ReportUnit;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a ledger's columns and figures map to the domain: the ledger's year, its as-of month, the
 * currency, the unit of money columns whose header names none, the sheet to read, and header
 * aliases beyond the built-in ones of {@link LedgerColumn}.
 *
 * <pre>{@code
 * LedgerMapping mapping = LedgerMapping.forYear(Year.of(2023))
 *     .withAsOf(YearMonth.of(2023, 6))                      // used when no header says "1-N月"
 *     .withAlias(LedgerColumn.LOCATION, "县区");
 * }</pre>
 *
 * <p>What a row means: the annual plan is the plan of {@link #year()} (or of the year a header such
 * as "2024年计划投资" names); "1-N月完成投资" is completed investment from January to month N of the year,
 * which also sets the as-of month; with a "累计完成投资" column beside it, the difference is recorded as
 * the cumulative figure at December of the year before, and without one nothing is taken to have
 * been completed before the year; "到位资金" is cumulative as of the as-of month; the status is the
 * status on the last day of the as-of month, reached on the start date (开工时间) for a project under
 * construction or beyond; "省级重点" and "市级重点" are designations of {@link #year()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerMapping {
  private static final Pattern ANNUAL_PLAN_OF_YEAR = Pattern.compile("^(\\d{4})年度?计划投资(额)?$");
  private static final Pattern YEAR_TO_DATE =
      Pattern.compile("^1月?[-—–~～至到](\\d{1,2})月(份)?(累计)?完成投资(额)?$");

  private final Year year;
  private final Optional<YearMonth> asOf;
  private final Currency currency;
  private final ReportUnit defaultUnit;
  private final ImmutableMap<String, LedgerColumn> aliases;
  private final Optional<String> sheet;
  private final String idPrefix;

  private LedgerMapping(
      Year year,
      Optional<YearMonth> asOf,
      Currency currency,
      ReportUnit defaultUnit,
      ImmutableMap<String, LedgerColumn> aliases,
      Optional<String> sheet,
      String idPrefix) {
    this.year = year;
    this.asOf = asOf;
    this.currency = currency;
    this.defaultUnit = defaultUnit;
    this.aliases = aliases;
    this.sheet = sheet;
    this.idPrefix = idPrefix;
  }

  /**
   * Returns the mapping of a ledger of one year: CNY, money in 万元 where a header names no unit, the
   * first sheet, the built-in aliases, and December as the as-of month unless a header says "1-N月".
   *
   * @param year the ledger's year
   * @return the mapping
   */
  public static LedgerMapping forYear(Year year) {
    Objects.requireNonNull(year, "year");
    return new LedgerMapping(
        year,
        Optional.empty(),
        Currencies.CNY,
        ReportUnit.TEN_THOUSAND_YUAN,
        ImmutableMap.of(),
        Optional.empty(),
        "row-");
  }

  /**
   * Returns this mapping with an as-of month, used when no header says "1-N月".
   *
   * @param month the as-of month, in the ledger's year
   * @return the changed mapping
   * @throws IllegalArgumentException if the month is not in the ledger's year
   */
  public LedgerMapping withAsOf(YearMonth month) {
    Objects.requireNonNull(month, "month");
    if (month.getYear() != year.getValue()) {
      throw new IllegalArgumentException(
          "Ledger mapping 'asOf' must be in the ledger's year " + year + ", but was " + month);
    }
    return new LedgerMapping(
        year, Optional.of(month), currency, defaultUnit, aliases, sheet, idPrefix);
  }

  /**
   * Returns this mapping with another currency for every money column.
   *
   * @param currency the currency
   * @return the changed mapping
   */
  public LedgerMapping withCurrency(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new LedgerMapping(year, asOf, currency, defaultUnit, aliases, sheet, idPrefix);
  }

  /**
   * Returns this mapping with another unit for money columns whose header and sheet name none.
   *
   * @param unit the unit, e.g. {@link ReportUnit#YUAN}
   * @return the changed mapping
   */
  public LedgerMapping withDefaultUnit(ReportUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return new LedgerMapping(year, asOf, currency, unit, aliases, sheet, idPrefix);
  }

  /**
   * Returns this mapping with one more header text for a column.
   *
   * @param column the column
   * @param header the header text, matched after {@link LedgerColumn#normalize(String)}
   * @return the changed mapping
   * @throws IllegalArgumentException if the header is blank
   */
  public LedgerMapping withAlias(LedgerColumn column, String header) {
    Objects.requireNonNull(column, "column");
    String key = LedgerColumn.normalize(Objects.requireNonNull(header, "header"));
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "Ledger mapping alias of '" + column + "' must not be blank, but was '" + header + "'");
    }
    Map<String, LedgerColumn> next = new LinkedHashMap<>(aliases);
    next.put(key, column);
    return new LedgerMapping(
        year, asOf, currency, defaultUnit, ImmutableMap.copyOf(next), sheet, idPrefix);
  }

  /**
   * Returns this mapping reading a named sheet of a workbook instead of the first.
   *
   * @param name the sheet's name
   * @return the changed mapping
   */
  public LedgerMapping withSheet(String name) {
    Objects.requireNonNull(name, "name");
    return new LedgerMapping(
        year, asOf, currency, defaultUnit, aliases, Optional.of(name), idPrefix);
  }

  /**
   * Returns this mapping with another prefix for the ids of projects in a ledger without a "项目编号"
   * column (the id is the prefix and the row number, {@code "row-17"} by default).
   *
   * @param prefix the prefix
   * @return the changed mapping
   */
  public LedgerMapping withIdPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new LedgerMapping(year, asOf, currency, defaultUnit, aliases, sheet, prefix);
  }

  /**
   * Returns the ledger's year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the as-of month used when no header says "1-N月".
   *
   * @return the month, December of the year unless set
   */
  public YearMonth asOf() {
    return asOf.orElse(year.atMonth(12));
  }

  /**
   * Returns the currency of every money column.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the unit of money columns whose header and sheet name none.
   *
   * @return the unit
   */
  public ReportUnit defaultUnit() {
    return defaultUnit;
  }

  /**
   * Returns the sheet to read, if not the first.
   *
   * @return the sheet's name or empty
   */
  public Optional<String> sheet() {
    return sheet;
  }

  /**
   * Returns the prefix of ids made from row numbers.
   *
   * @return the prefix
   */
  public String idPrefix() {
    return idPrefix;
  }

  /**
   * Returns the column a header names, by this mapping's aliases first, then the built-in ones,
   * then the patterns "1-N月完成投资" and "YYYY年计划投资".
   *
   * @param header the header text
   * @return the column or empty
   */
  public Optional<LedgerColumn> column(String header) {
    String key = LedgerColumn.normalize(header);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    LedgerColumn own = aliases.get(key);
    if (own != null) {
      return Optional.of(own);
    }
    for (LedgerColumn column : LedgerColumn.values()) {
      for (String alias : column.aliases()) {
        if (LedgerColumn.normalize(alias).equals(key)) {
          return Optional.of(column);
        }
      }
    }
    if (YEAR_TO_DATE.matcher(key).matches()) {
      return Optional.of(LedgerColumn.COMPLETED_YEAR_TO_DATE);
    }
    if (ANNUAL_PLAN_OF_YEAR.matcher(key).matches()) {
      return Optional.of(LedgerColumn.ANNUAL_PLAN);
    }
    return Optional.empty();
  }

  /** The month N of a "1-N月完成投资" header, if it is one. */
  static Optional<Integer> yearToDateMonth(String header) {
    Matcher m = YEAR_TO_DATE.matcher(LedgerColumn.normalize(header));
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The year of a "YYYY年计划投资" header, if it is one. */
  static Optional<Year> planYear(String header) {
    Matcher m = ANNUAL_PLAN_OF_YEAR.matcher(LedgerColumn.normalize(header));
    return m.matches() ? Optional.of(Year.of(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LedgerMapping that
        && that.year.equals(year)
        && that.asOf.equals(asOf)
        && that.currency.equals(currency)
        && that.defaultUnit == defaultUnit
        && that.aliases.equals(aliases)
        && that.sheet.equals(sheet)
        && that.idPrefix.equals(idPrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, asOf, currency, defaultUnit, aliases, sheet, idPrefix);
  }

  @Override
  public String toString() {
    return "LedgerMapping{year="
        + year
        + ", asOf="
        + asOf()
        + ", currency="
        + currency
        + ", defaultUnit="
        + defaultUnit
        + ", aliases="
        + aliases
        + "}";
  }
}
