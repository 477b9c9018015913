package io.github.attract.time;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of dates, both ends included: a planned period, an actual period, the period of a
 * target. Reports speak of periods this way ("from April 2023 to December 2025").
 *
 * <pre>{@code
 * DateRange build = DateRange.of(LocalDate.of(2023, 4, 7), LocalDate.of(2025, 12, 31));
 * build.contains(LocalDate.of(2024, 1, 1));   // true
 * DateRange.parse(build.toString());          // "2023-04-07/2025-12-31", equal to build
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DateRange implements Comparable<DateRange>, Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range from {@code start} to {@code endInclusive}.
   *
   * @param start the first day
   * @param endInclusive the last day, on or after the first
   * @return the range
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(LocalDate start, LocalDate endInclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          "Date range must end on or after its start, but " + start + " > " + endInclusive);
    }
    return new DateRange(start, endInclusive);
  }

  /**
   * Returns the range of one day.
   *
   * @param day the day
   * @return a range of one day
   */
  public static DateRange ofDay(LocalDate day) {
    return of(day, day);
  }

  /**
   * Returns the range of a calendar month.
   *
   * @param month the month
   * @return the range from its first to its last day
   */
  public static DateRange ofMonth(YearMonth month) {
    return of(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns the range from the first day of one month to the last day of another.
   *
   * @param first the first month
   * @param last the last month, not before the first
   * @return the range
   * @throws IllegalArgumentException if the last month is before the first
   */
  public static DateRange ofMonths(YearMonth first, YearMonth last) {
    return of(first.atDay(1), last.atEndOfMonth());
  }

  /**
   * Returns the range of a calendar year.
   *
   * @param year the year
   * @return the range from 1 January to 31 December
   */
  public static DateRange ofYear(Year year) {
    return of(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Returns the range of a calendar quarter.
   *
   * @param quarter the quarter
   * @return the range of its three months
   */
  public static DateRange ofQuarter(YearQuarter quarter) {
    return ofMonths(quarter.firstMonth(), quarter.lastMonth());
  }

  /**
   * Parses the form that {@link #toString()} writes: two ISO dates joined by a slash.
   *
   * @param text the text, e.g. {@code "2023-04-07/2025-12-31"}
   * @return the range
   * @throws IllegalArgumentException if the text is not of that form or the end is before the start
   */
  public static DateRange parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new IllegalArgumentException(
          "Date range text must be two ISO dates joined by '/', but was '" + text + "'");
    }
    try {
      return of(
          LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Date range text must be two ISO dates joined by '/', but was '" + text + "'", e);
    }
  }

  /**
   * Returns the first day.
   *
   * @return the start, included
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the end, included
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days in the range, both ends counted.
   *
   * @return at least one
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Tells whether a day lies in the range.
   *
   * @param date the day
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Tells whether this range and another share at least one day.
   *
   * @param other the other range
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Returns the days shared by this range and another.
   *
   * @param other the other range
   * @return the shared range, or empty if they do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(s, e));
  }

  /**
   * Returns a copy with another end.
   *
   * @param endInclusive the new last day
   * @return the range
   * @throws IllegalArgumentException if the end is before the start
   */
  public DateRange withEnd(LocalDate endInclusive) {
    return of(start, endInclusive);
  }

  /**
   * Returns the calendar months that the range touches, in order: {@code 2023-04-07/2023-06-01}
   * touches April, May and June 2023.
   *
   * @return the months, first to last, at least one
   * @throws ArithmeticException if the range touches more than {@link Integer#MAX_VALUE} months
   */
  public ImmutableList<YearMonth> months() {
    YearMonth first = YearMonth.from(start);
    long count = ChronoUnit.MONTHS.between(first, YearMonth.from(end)) + 1;
    ImmutableList.Builder<YearMonth> months =
        ImmutableList.builderWithExpectedSize(Math.toIntExact(count));
    for (long i = 0; i < count; i++) {
      months.add(first.plusMonths(i));
    }
    return months.build();
  }

  /**
   * Returns the calendar quarters that the range touches, in order.
   *
   * @return the quarters, first to last, at least one
   * @throws ArithmeticException if the range touches more than {@link Integer#MAX_VALUE} quarters
   */
  public ImmutableList<YearQuarter> quarters() {
    YearQuarter first = YearQuarter.from(start);
    YearQuarter last = YearQuarter.from(end);
    long count = (long) (last.year() - first.year()) * 4 + last.quarter() - first.quarter() + 1;
    ImmutableList.Builder<YearQuarter> quarters =
        ImmutableList.builderWithExpectedSize(Math.toIntExact(count));
    for (long i = 0; i < count; i++) {
      quarters.add(first.plusQuarters(i));
    }
    return quarters.build();
  }

  /**
   * Returns the calendar years that the range touches, in order: {@code 2023-04-07/2025-12-31}
   * touches 2023, 2024 and 2025.
   *
   * @return the years, first to last, at least one
   */
  public ImmutableList<Year> years() {
    ImmutableList.Builder<Year> years =
        ImmutableList.builderWithExpectedSize(end.getYear() - start.getYear() + 1);
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      years.add(Year.of(y));
    }
    return years.build();
  }

  /**
   * Returns a copy with another start.
   *
   * @param start the new first day
   * @return the range
   * @throws IllegalArgumentException if the end is before the new start
   */
  public DateRange withStart(LocalDate start) {
    return of(start, end);
  }

  /**
   * Orders by start, then by end.
   *
   * @param other the other range
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DateRange other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  /** Checks a deserialized instance: its end must not be before its start. */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      return of(start, end);
    } catch (RuntimeException e) {
      java.io.InvalidObjectException invalid =
          new java.io.InvalidObjectException("Invalid serialized DateRange: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateRange that && that.start.equals(start) && that.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the two ISO dates joined by a slash: {@code "2023-04-07/2025-12-31"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
