package io.github.attract.benchmarks;

import io.github.attract.project.Status;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * The one question every breakdown variant answers: for each level-1 industry and each status as of
 * {@link #AS_OF}, the number of projects, their total investment, their investment planned for
 * {@link #PLAN_YEAR} and their cumulative completed investment as of {@link #PROGRESS_MONTH}.
 *
 * <p>The as-of points lie before the end of the generated ledger ({@link
 * PortfolioGenerator#LEDGER_END}), so every variant has to read the histories, not just their last
 * entries. A project whose history starts after {@link #AS_OF} has no status then and counts in the
 * group {@link #NO_STATUS}.
 */
final class Question {
  /** The as-of day of the status. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The year of the annual planned investment. */
  static final Year PLAN_YEAR = Year.of(2025);

  /** The month as of which completed investment is taken. */
  static final YearMonth PROGRESS_MONTH = YearMonth.of(2025, 6);

  /** {@link #AS_OF} as an epoch day, for the primitive variants. */
  static final int AS_OF_DAY = (int) AS_OF.toEpochDay();

  /** {@link #PROGRESS_MONTH} as an epoch month (months since January 1970). */
  static final int PROGRESS_EPOCH_MONTH = epochMonth(PROGRESS_MONTH);

  /** The number of status indexes: one per {@link Status}, plus {@link #NO_STATUS}. */
  static final int STATUS_SLOTS = Status.values().length + 1;

  /** The status index of a project that has no status yet on {@link #AS_OF}. */
  static final int NO_STATUS = Status.values().length;

  private static final Status[] STATUSES = Status.values();

  /** The first day of the generated ledger: the fresh questions ask about days from here on. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  /** The days, months and years the fresh questions cycle through: 2020 to 2025. */
  private static final int DAYS = 2192;

  private static final int MONTHS = 72;
  private static final int YEARS = 6;

  /** The question of the repeated regime, and of the load regime's first question. */
  static final Ask DEFAULT = new Ask(AS_OF, PLAN_YEAR, PROGRESS_MONTH);

  private Question() {}

  /**
   * One question: the status on a day, the plan of a year and completed investment as of a month.
   *
   * @param day the as-of day of the status
   * @param year the year of the annual planned investment
   * @param month the month as of which completed investment is taken
   */
  record Ask(LocalDate day, Year year, YearMonth month) {
    /** Returns the day as an epoch day. */
    int epochDay() {
      return (int) day.toEpochDay();
    }

    /** Returns the month as an epoch month. */
    int epochMonth() {
      return Question.epochMonth(month);
    }
  }

  /**
   * Returns the {@code i}-th question of the fresh regime: consecutive questions differ in the day,
   * the month and the year, a day comes back only after 2,192 questions and a (month, year) pair
   * after 72, so no cache of earlier answers or columns can serve it.
   *
   * @param i the number of the question, from 0
   * @return the question
   */
  static Ask fresh(long i) {
    LocalDate day = FIRST_DAY.plusDays(Math.floorMod(i * 7919, DAYS));
    YearMonth month = YearMonth.of(2020, 1).plusMonths(Math.floorMod(i * 37, MONTHS));
    Year year = Year.of(2020 + (int) Math.floorMod(i, YEARS));
    return new Ask(day, year, month);
  }

  /**
   * Returns the index of a status in the breakdown, the compact int code the peers store.
   *
   * @param status the status
   * @return its index, 0 to {@link #NO_STATUS} exclusive
   */
  @SuppressWarnings("EnumOrdinal") // a dense index for arrays and SQL columns is the point here
  static int statusIndex(Status status) {
    return status.ordinal();
  }

  /**
   * Returns the status of an index.
   *
   * @param index an index returned by {@link #statusIndex}
   * @return the status
   */
  static Status status(int index) {
    return STATUSES[index];
  }

  /**
   * Returns a month as the number of months since January 1970.
   *
   * @param month the month
   * @return the epoch month
   */
  static int epochMonth(YearMonth month) {
    return (month.getYear() - 1970) * 12 + month.getMonthValue() - 1;
  }

  /**
   * Returns the month of an epoch month.
   *
   * @param epochMonth months since January 1970
   * @return the month
   */
  static YearMonth month(int epochMonth) {
    return YearMonth.of(1970 + Math.floorDiv(epochMonth, 12), Math.floorMod(epochMonth, 12) + 1);
  }
}
