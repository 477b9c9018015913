package io.github.attract.benchmarks;

import io.github.attract.project.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Draws realistic synthetic portfolios, the same ones for the same size and seed.
 *
 * <p>What a project looks like:
 *
 * <ul>
 *   <li>total investment log-normal, {@code log10(yuan) ~ N(8.3, 0.9)} clamped to 10^6..10^11 yuan,
 *       in whole units of 100 yuan (0.01 万元) as ledgers record it;
 *   <li>one of 48 level-2 industries under 8 level-1 industries (Zipf-weighted), one of 72 counties
 *       of 12 cities, one investor of a pool of {@code size / 20}, zero to two focus areas;
 *   <li>a status history that starts between 2020 and the end of the ledger at any ladder status up
 *       to under construction and then takes only allowed transitions (forward, suspended, resumed,
 *       cancelled) at realistic intervals until the ledger ends ({@link #LEDGER_END});
 *   <li>1 to 4 phases that split the total investment exactly, with planned periods;
 *   <li>for signed projects, annual plans for each construction year up to 2026, never more than
 *       the total; for started projects, monthly cumulative progress reports from the start of
 *       construction, flat while suspended, never above the total.
 * </ul>
 *
 * <p>Random shapes are drawn with {@code double}s and {@link StrictMath} (so the data is the same
 * on every JVM); every amount is then an exact {@code long} number of fen.
 */
final class PortfolioGenerator {
  /** The last day of the ledger: nothing happens after it. */
  static final LocalDate LEDGER_END = LocalDate.of(2025, 12, 31);

  /** The seed used by the benchmarks. */
  static final long DEFAULT_SEED = 20_240_601L;

  private static final int FIRST_DAY = (int) LocalDate.of(2020, 1, 1).toEpochDay();
  private static final int LAST_DAY = (int) LEDGER_END.toEpochDay();
  private static final int LAST_PLAN_YEAR = 2026;
  private static final long FEN_PER_UNIT = 10_000L; // 100 yuan

  private PortfolioGenerator() {}

  /**
   * Generates a portfolio.
   *
   * @param size the number of projects, at least 1
   * @param seed the seed
   * @return the portfolio's raw data
   * @throws IllegalArgumentException if {@code size} is not positive
   */
  static SyntheticPortfolio generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("Portfolio 'size' must be positive, but was " + size);
    }
    SplittableRandom random = new SplittableRandom(seed);
    // Floating point only shapes the random draws (Zipf weights, log-normal sizes); every amount
    // handed to Attract and to the peers is a whole number of fen, so all variants sum exactly.
    double[] industryWeights = zipfShuffled(SyntheticPortfolio.INDUSTRIES_L2.length, 0.8, random);
    double[] locationWeights =
        zipfShuffled(
            SyntheticPortfolio.CITIES.length * SyntheticPortfolio.COUNTIES_PER_CITY, 0.5, random);
    int investors = Math.max(10, size / 20);

    String[] id = new String[size];
    String[] name = new String[size];
    int[] investor = new int[size];
    int[] location = new int[size];
    int[] industry = new int[size];
    byte[] focusMask = new byte[size];
    long[] totalFen = new long[size];
    int[] phaseOffset = new int[size + 1];
    int[] statusOffset = new int[size + 1];
    int[] planOffset = new int[size + 1];
    int[] progressOffset = new int[size + 1];
    Ints phaseStart = new Ints(size * 2);
    Ints phaseEnd = new Ints(size * 2);
    Longs phaseFen = new Longs(size * 2);
    Ints statusDay = new Ints(size * 3);
    Ints statusCode = new Ints(size * 3);
    Ints planYear = new Ints(size * 2);
    Longs planFen = new Longs(size * 2);
    Ints progressMonth = new Ints(size * 8);
    Longs progressFen = new Longs(size * 8);
    Walk walk = new Walk();

    for (int i = 0; i < size; i++) {
      int leaf = pick(industryWeights, random);
      int county = pick(locationWeights, random);
      id[i] = projectId(i + 1);
      name[i] =
          SyntheticPortfolio.CITIES[county / SyntheticPortfolio.COUNTIES_PER_CITY]
              + SyntheticPortfolio.INDUSTRIES_L2[leaf]
              + "项目 No."
              + (i + 1);
      investor[i] = random.nextInt(investors);
      location[i] = county;
      industry[i] = leaf;
      focusMask[i] = focusMask(random);
      double log10Yuan = Math.max(6.0, Math.min(11.0, 8.3 + 0.9 * gaussian(random)));
      long units = Math.max(1L, (long) (StrictMath.pow(10.0, log10Yuan) / 100.0));
      totalFen[i] = units * FEN_PER_UNIT;
      // Bigger projects take longer to build: 12 to 54 months.
      int months = 12 + (int) ((log10Yuan - 6.0) * 6.0) + random.nextInt(13);

      walk.run(random, months);
      for (int k = 0; k < walk.changes; k++) {
        statusDay.add(walk.days[k]);
        statusCode.add(walk.codes[k]);
      }
      statusOffset[i + 1] = statusDay.size;

      int plannedStart = walk.plannedStart(random);
      phases(random, units, plannedStart, months, phaseStart, phaseEnd, phaseFen);
      phaseOffset[i + 1] = phaseFen.size;

      if (walk.signed) {
        plans(units, plannedStart, months, walk.cancelledYear(), planYear, planFen);
      }
      planOffset[i + 1] = planFen.size;

      if (walk.started >= 0) {
        progress(random, units, months, walk, progressMonth, progressFen);
      }
      progressOffset[i + 1] = progressFen.size;
    }
    byte[] status = new byte[statusCode.size];
    for (int k = 0; k < status.length; k++) {
      status[k] = (byte) statusCode.values[k];
    }
    return new SyntheticPortfolio(
        size,
        seed,
        investors,
        id,
        name,
        investor,
        location,
        industry,
        focusMask,
        totalFen,
        phaseOffset,
        phaseFen.toArray(),
        phaseStart.toArray(),
        phaseEnd.toArray(),
        statusOffset,
        statusDay.toArray(),
        status,
        planOffset,
        planYear.toArray(),
        planFen.toArray(),
        progressOffset,
        progressMonth.toArray(),
        progressFen.toArray());
  }

  /** Returns "P" and the number zero-padded to seven digits, without reading the locale. */
  private static String projectId(int number) {
    String digits = Integer.toString(number);
    StringBuilder b = new StringBuilder(8).append('P');
    for (int k = digits.length(); k < 7; k++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  private static byte focusMask(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 50) {
      return 0;
    }
    int first = random.nextInt(SyntheticPortfolio.FOCUS_AREAS.length);
    if (r < 85) {
      return (byte) (1 << first);
    }
    int second = (first + 1 + random.nextInt(SyntheticPortfolio.FOCUS_AREAS.length - 1)) % 3;
    return (byte) ((1 << first) | (1 << second));
  }

  private static void phases(
      SplittableRandom random,
      long units,
      int plannedStart,
      int months,
      Ints start,
      Ints end,
      Longs fen) {
    int r = random.nextInt(100);
    int count = r < 55 ? 1 : r < 80 ? 2 : r < 93 ? 3 : 4;
    count = (int) Math.min(count, units); // every phase gets at least one unit
    long left = units;
    int day = plannedStart;
    int daysPerPhase = Math.max(30, months * 30 / count);
    for (int k = 0; k < count; k++) {
      long share =
          k == count - 1
              ? left
              : 1 + (long) ((left - (count - k)) * (0.3 + 0.4 * random.nextDouble()));
      left -= share;
      fen.add(share * FEN_PER_UNIT);
      start.add(day);
      end.add(day + daysPerPhase - 1);
      day += daysPerPhase;
    }
  }

  private static void plans(
      long units, int plannedStart, int months, int lastYear, Ints year, Longs fen) {
    int firstMonth = Question.epochMonth(YearMonth.from(LocalDate.ofEpochDay(plannedStart)));
    int y0 = 1970 + firstMonth / 12;
    int y1 = Math.min(Math.min(1970 + (firstMonth + months - 1) / 12, LAST_PLAN_YEAR), lastYear);
    for (int y = y0; y <= y1; y++) {
      int from = Math.max(firstMonth, (y - 1970) * 12);
      int to = Math.min(firstMonth + months - 1, (y - 1970) * 12 + 11);
      int inYear = to - from + 1;
      // Floors of shares of whole months: the plans never add up to more than the total.
      long planned = units * inYear / months;
      year.add(y);
      fen.add(planned * FEN_PER_UNIT);
    }
  }

  private static void progress(
      SplittableRandom random, long units, int months, Walk walk, Ints month, Longs fen) {
    int from = epochMonthOfDay(walk.started);
    int last = epochMonthOfDay(walk.ended >= 0 ? walk.ended : LAST_DAY);
    double realisation = 0.75 + 0.25 * random.nextDouble();
    double finalShare = 0.9 + 0.1 * random.nextDouble();
    long previous = 0;
    int built = 0;
    for (int m = from; m <= last; m++) {
      int endOfMonth = (int) Question.month(m).atEndOfMonth().toEpochDay();
      if (walk.statusOn(Math.min(endOfMonth, LAST_DAY)) != Question.statusIndex(Status.SUSPENDED)) {
        built++;
      }
      double share = StrictMath.pow(Math.min(1.0, (double) built / months), 1.25) * realisation;
      if (m == last && walk.operating) {
        share = Math.max(share, finalShare);
      }
      long completed = Math.min(units, Math.max(previous, (long) (units * share)));
      month.add(m);
      fen.add(completed * FEN_PER_UNIT);
      previous = completed;
    }
  }

  private static int epochMonthOfDay(int day) {
    return Question.epochMonth(YearMonth.from(LocalDate.ofEpochDay(day)));
  }

  /** Weights 1/(k+1)^s over n items, assigned to the items in a random order. */
  private static double[] zipfShuffled(int n, double s, SplittableRandom random) {
    double[] w = new double[n];
    for (int k = 0; k < n; k++) {
      w[k] = 1.0 / StrictMath.pow(k + 1, s);
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      double t = w[k];
      w[k] = w[j];
      w[j] = t;
    }
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double acc = 0;
    for (int k = 0; k < n; k++) {
      acc += w[k] / sum;
      w[k] = acc; // cumulative
    }
    w[n - 1] = 1.0;
    return w;
  }

  private static int pick(double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble();
    int k = Arrays.binarySearch(cumulative, u);
    return k >= 0 ? k : Math.min(cumulative.length - 1, -k - 1);
  }

  /** A standard normal draw (Box-Muller), reproducible on every JVM. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble(); // (0, 1]
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** One project's status history, drawn as a random walk over the allowed transitions. */
  private static final class Walk {
    final int[] days = new int[32];
    final int[] codes = new int[32];
    int changes;
    boolean signed;
    boolean operating;
    int started;
    int ended;
    int signedDay;
    int cancelledDay;

    void run(SplittableRandom random, int months) {
      changes = 0;
      signed = false;
      operating = false;
      started = -1;
      ended = -1;
      signedDay = -1;
      cancelledDay = -1;
      int day = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1);
      Status s = first(random);
      int remaining = months * 30 + random.nextInt(61) - 30;
      record(day, s);
      while (changes < days.length) {
        Status next = next(s, random);
        if (next == null) {
          break;
        }
        int gap;
        if (s == Status.UNDER_CONSTRUCTION) {
          if (next == Status.IN_OPERATION || next == Status.COMPLETED) {
            gap = Math.max(30, remaining);
          } else {
            gap = 30 + random.nextInt(Math.max(1, remaining - 30));
            remaining = Math.max(60, remaining - gap);
          }
        } else if (s == Status.SUSPENDED) {
          gap = 60 + random.nextInt(341);
        } else if (s == Status.IN_OPERATION) {
          gap = 90 + random.nextInt(451);
        } else {
          gap = 20 + random.nextInt(281);
        }
        day += gap;
        if (day > LAST_DAY) {
          break;
        }
        record(day, next);
        s = next;
        if (s.isFinal()) {
          break;
        }
      }
    }

    private void record(int day, Status s) {
      days[changes] = day;
      codes[changes] = Question.statusIndex(s);
      changes++;
      if (s.isOnLadder() && s.isAtOrBeyond(Status.SIGNED) && !signed) {
        signed = true;
        signedDay = day;
      }
      if (s == Status.UNDER_CONSTRUCTION && started < 0) {
        started = day;
      }
      if (started >= 0
          && ended < 0
          && (s == Status.IN_OPERATION || s == Status.COMPLETED || s == Status.CANCELLED)) {
        ended = day;
        operating = s != Status.CANCELLED;
      }
      if (s == Status.CANCELLED) {
        cancelledDay = day;
      }
    }

    int plannedStart(SplittableRandom random) {
      if (started >= 0) {
        return started;
      }
      if (signed) {
        return signedDay + 120 + random.nextInt(281);
      }
      return days[0] + 365 + random.nextInt(356);
    }

    int cancelledYear() {
      return cancelledDay < 0 ? Integer.MAX_VALUE : LocalDate.ofEpochDay(cancelledDay).getYear();
    }

    int statusOn(int day) {
      int found = -1;
      for (int k = 0; k < changes && days[k] <= day; k++) {
        found = codes[k];
      }
      return found;
    }

    private static Status first(SplittableRandom random) {
      int r = random.nextInt(100);
      return r < 35
          ? Status.LEAD
          : r < 55
              ? Status.NEGOTIATING
              : r < 80 ? Status.SIGNED : r < 90 ? Status.READY_TO_START : Status.UNDER_CONSTRUCTION;
    }

    /** The next status, or null to stop the history here. */
    private static @Nullable Status next(Status s, SplittableRandom random) {
      int r = random.nextInt(100);
      return switch (s) {
        case LEAD ->
            r < 55 ? Status.NEGOTIATING : r < 70 ? Status.SIGNED : r < 85 ? Status.CANCELLED : null;
        case NEGOTIATING -> r < 60 ? Status.SIGNED : r < 80 ? Status.CANCELLED : null;
        case SIGNED ->
            r < 40
                ? Status.READY_TO_START
                : r < 75
                    ? Status.UNDER_CONSTRUCTION
                    : r < 80 ? Status.SUSPENDED : r < 85 ? Status.CANCELLED : null;
        case READY_TO_START ->
            r < 75
                ? Status.UNDER_CONSTRUCTION
                : r < 80 ? Status.SUSPENDED : r < 85 ? Status.CANCELLED : null;
        case UNDER_CONSTRUCTION ->
            r < 62
                ? Status.IN_OPERATION
                : r < 80
                    ? Status.COMPLETED
                    : r < 92 ? Status.SUSPENDED : r < 95 ? Status.CANCELLED : null;
        case IN_OPERATION -> r < 50 ? Status.COMPLETED : null;
        case SUSPENDED -> r < 60 ? Status.UNDER_CONSTRUCTION : r < 85 ? Status.CANCELLED : null;
        case COMPLETED, CANCELLED -> null;
      };
    }
  }

  /** A growable int array. */
  private static final class Ints {
    int[] values;
    int size;

    Ints(int capacity) {
      values = new int[Math.max(16, capacity)];
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1));
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A growable long array. */
  private static final class Longs {
    long[] values;
    int size;

    Longs(int capacity) {
      values = new long[Math.max(16, capacity)];
    }

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1));
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
