package io.github.attract.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar quarter of a year, the period of many published figures ("in the first quarter of this
 * year, 208 activities").
 *
 * <pre>{@code
 * YearQuarter q1 = YearQuarter.of(2023, 1);
 * q1.toString();                // "2023-Q1"
 * q1.toDateRange().end();       // 2023-03-31
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YearQuarter implements Comparable<YearQuarter>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int year;
  private final int quarter;

  private YearQuarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns a quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if the quarter is not 1 to 4
   */
  public static YearQuarter of(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException(
          "Year quarter 'quarter' must be 1 to 4, but was " + quarter);
    }
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Year quarter 'year' must be from "
              + Year.MIN_VALUE
              + " to "
              + Year.MAX_VALUE
              + ", but was "
              + year);
    }
    return new YearQuarter(year, quarter);
  }

  /**
   * Returns the quarter that contains a date.
   *
   * @param date the date
   * @return its quarter
   */
  public static YearQuarter from(LocalDate date) {
    return of(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses the form that {@link #toString()} writes, e.g. {@code "2023-Q1"}.
   *
   * @param text the text
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static YearQuarter parse(String text) {
    Objects.requireNonNull(text, "text");
    int dash = text.lastIndexOf("-Q");
    if (dash <= 0 || dash + 3 != text.length()) {
      throw new IllegalArgumentException(
          "Year quarter text must look like '2023-Q1', but was '" + text + "'");
    }
    try {
      return of(
          Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Year quarter text must look like '2023-Q1', but was '" + text + "'", e);
    }
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the first month of the quarter.
   *
   * @return January, April, July or October of the year
   */
  public YearMonth firstMonth() {
    return YearMonth.of(year, quarter * 3 - 2);
  }

  /**
   * Returns the last month of the quarter.
   *
   * @return March, June, September or December of the year
   */
  public YearMonth lastMonth() {
    return YearMonth.of(year, quarter * 3);
  }

  /**
   * Returns the days of the quarter.
   *
   * @return the closed range of the quarter's days
   */
  public DateRange toDateRange() {
    return DateRange.ofQuarter(this);
  }

  /**
   * Returns the quarter a number of quarters later (earlier if negative): {@code 2023-Q4} plus one
   * is {@code 2024-Q1}.
   *
   * @param quarters the number of quarters to add, may be negative
   * @return the quarter
   * @throws IllegalArgumentException if the result is outside the supported years
   */
  public YearQuarter plusQuarters(long quarters) {
    if (quarters == 0) {
      return this;
    }
    // Counting quarters from year 0 fits a long for every supported year, and overflow of the
    // addition is caught rather than wrapped.
    long index;
    try {
      index = Math.addExact((long) year * 4 + (quarter - 1), quarters);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Year quarter " + this + " plus " + quarters + " quarters is out of range", e);
    }
    long newYear = Math.floorDiv(index, 4);
    if (newYear < Year.MIN_VALUE || newYear > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Year quarter " + this + " plus " + quarters + " quarters is out of range");
    }
    return new YearQuarter((int) newYear, (int) Math.floorMod(index, 4) + 1);
  }

  /**
   * Returns the quarter a number of quarters earlier (later if negative).
   *
   * @param quarters the number of quarters to subtract, may be negative
   * @return the quarter
   * @throws IllegalArgumentException if the result is outside the supported years
   */
  public YearQuarter minusQuarters(long quarters) {
    if (quarters == Long.MIN_VALUE) {
      throw new IllegalArgumentException(
          "Year quarter " + this + " minus " + quarters + " quarters is out of range");
    }
    return plusQuarters(-quarters);
  }

  /**
   * Tells whether a date lies in this quarter.
   *
   * @param date the date
   * @return true if the date's year and quarter are this one's
   */
  public boolean contains(LocalDate date) {
    return date.getYear() == year && (date.getMonthValue() - 1) / 3 + 1 == quarter;
  }

  /** Checks a deserialized instance. */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      return of(year, quarter);
    } catch (RuntimeException e) {
      java.io.InvalidObjectException invalid =
          new java.io.InvalidObjectException("Invalid serialized YearQuarter: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Orders by year, then quarter.
   *
   * @param other the other quarter
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(YearQuarter other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YearQuarter that && that.year == year && that.quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /**
   * Returns the year, {@code -Q} and the quarter: {@code "2023-Q1"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
