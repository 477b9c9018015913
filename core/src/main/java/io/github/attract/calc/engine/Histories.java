package io.github.attract.calc.engine;

import io.github.attract.money.Money;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The dated lists of a portfolio's projects as primitive columns in compressed sparse rows: the
 * entries of row {@code r} lie at {@code offsets[r]} (inclusive) to {@code offsets[r + 1]}
 * (exclusive), in the order of the project's list. Status histories are epoch days and status
 * codes, annual plans years and minor units, progress reports epoch months and minor units of
 * completed investment and of funds in place. Built once per portfolio, each kind on first use, and
 * kept by the {@link ColumnarIndex}.
 *
 * <p>A question's column (the status on a day, the plan of a year, completed investment as of a
 * month) is then one pass over these arrays, a forward scan or a binary search per row, with no
 * object access; the rare entry that does not fit a {@code long} is marked {@link ValueColumn#SIDE}
 * and its row is answered, exact, from the project object instead.
 */
public final class Histories {
  /** The status code of a row with no status yet on the day: one past the last status. */
  public static final int NO_STATUS = Status.values().length;

  private static final Status[] STATUSES = Status.values();

  private Histories() {}

  /** Status histories: {@code days} epoch days, {@code codes} status ordinals. */
  public static final class Statuses {
    public final int[] offsets;
    public final int[] days;
    public final byte[] codes;

    private Statuses(int[] offsets, int[] days, byte[] codes) {
      this.offsets = offsets;
      this.days = days;
      this.codes = codes;
    }

    public long bytes() {
      return 4L * offsets.length + 4L * days.length + codes.length;
    }

    /** Returns these histories after an edit; {@code fresh} lays out the inserted rows. */
    Statuses spliced(Statuses fresh, Splice edit) {
      return new Statuses(
          edit.offsets(offsets, fresh.offsets),
          edit.entries(days, offsets, fresh.days),
          edit.entries(codes, offsets, fresh.codes));
    }
  }

  /** Annual plans: {@code years} calendar years, {@code planned} minor units or markers. */
  public static final class Plans {
    public final int[] offsets;
    public final int[] years;
    public final long[] planned;

    private Plans(int[] offsets, int[] years, long[] planned) {
      this.offsets = offsets;
      this.years = years;
      this.planned = planned;
    }

    public long bytes() {
      return 4L * offsets.length + 4L * years.length + 8L * planned.length;
    }

    /** Returns these plans after an edit; {@code fresh} lays out the inserted rows. */
    Plans spliced(Plans fresh, Splice edit) {
      return new Plans(
          edit.offsets(offsets, fresh.offsets),
          edit.entries(years, offsets, fresh.years),
          edit.entries(planned, offsets, fresh.planned));
    }
  }

  /** The months of the progress reports, as epoch months. */
  public static final class Months {
    public final int[] offsets;
    public final int[] months;

    private Months(int[] offsets, int[] months) {
      this.offsets = offsets;
      this.months = months;
    }

    public long bytes() {
      return 4L * offsets.length + 4L * months.length;
    }

    /** Returns these months after an edit; {@code fresh} lays out the inserted rows. */
    Months spliced(Months fresh, Splice edit) {
      return new Months(
          edit.offsets(offsets, fresh.offsets), edit.entries(months, offsets, fresh.months));
    }
  }

  /**
   * Lays out the status histories, or returns null if a day lies beyond the range of {@code int}
   * epoch days (then the dimensions read the objects).
   */
  @SuppressWarnings("EnumOrdinal") // a dense code per status is the point of the column
  public static @Nullable Statuses statuses(List<Project> projects) {
    int n = projects.size();
    int[] offsets = new int[n + 1];
    for (int r = 0; r < n; r++) {
      offsets[r + 1] = Math.addExact(offsets[r], projects.get(r).statusHistory().changes().size());
    }
    int[] days = new int[offsets[n]];
    byte[] codes = new byte[offsets[n]];
    int e = 0;
    for (int r = 0; r < n; r++) {
      for (StatusChange c : projects.get(r).statusHistory().changes()) {
        long day = c.date().toEpochDay();
        if (day != (int) day) {
          return null;
        }
        days[e] = (int) day;
        codes[e++] = (byte) c.status().ordinal();
      }
    }
    return new Statuses(offsets, days, codes);
  }

  /** Lays out the annual plans. */
  public static Plans plans(List<Project> projects) {
    int n = projects.size();
    int[] offsets = new int[n + 1];
    for (int r = 0; r < n; r++) {
      offsets[r + 1] = Math.addExact(offsets[r], projects.get(r).annualPlans().size());
    }
    int[] years = new int[offsets[n]];
    long[] planned = new long[offsets[n]];
    int e = 0;
    for (int r = 0; r < n; r++) {
      for (AnnualPlan p : projects.get(r).annualPlans()) {
        years[e] = p.year().getValue();
        planned[e++] = minor(p.planned());
      }
    }
    return new Plans(offsets, years, planned);
  }

  /**
   * Lays out the months of the progress reports, or returns null if a month lies beyond the range
   * of {@code int} epoch months.
   */
  public static @Nullable Months months(List<Project> projects) {
    int n = projects.size();
    int[] offsets = new int[n + 1];
    for (int r = 0; r < n; r++) {
      offsets[r + 1] = Math.addExact(offsets[r], projects.get(r).progressReports().size());
    }
    int[] months = new int[offsets[n]];
    int e = 0;
    for (int r = 0; r < n; r++) {
      for (ProgressReport p : projects.get(r).progressReports()) {
        long m = epochMonth(p.month());
        if (m != (int) m) {
          return null;
        }
        months[e++] = (int) m;
      }
    }
    return new Months(offsets, months);
  }

  /** Lays out one money figure of every progress report, entry by entry. */
  public static long[] reportFigures(
      List<Project> projects, Months months, Function<ProgressReport, Optional<Money>> figure) {
    long[] out = new long[months.months.length];
    int e = 0;
    for (Project p : projects) {
      for (ProgressReport r : p.progressReports()) {
        Optional<Money> m = figure.apply(r);
        out[e++] = m.isPresent() ? minor(m.get()) : ValueColumn.ABSENT;
      }
    }
    return out;
  }

  /** The provenance code of a row without a figure: no provenance. */
  public static final byte NO_PROVENANCE = -1;

  private static final Provenance[] PROVENANCES = Provenance.values();

  /**
   * Lays out the provenance ordinal of every annual plan, a byte per entry as in {@link #plans}.
   */
  @SuppressWarnings("EnumOrdinal") // a dense code per provenance is the point of the column
  public static byte[] planProvenances(List<Project> projects, Plans h) {
    byte[] out = new byte[h.years.length];
    int e = 0;
    for (Project p : projects) {
      for (AnnualPlan a : p.annualPlans()) {
        out[e++] = (byte) a.provenance().ordinal();
      }
    }
    return out;
  }

  /**
   * Lays out the provenance ordinal of every progress report, a byte per entry as in {@link
   * #months}.
   */
  @SuppressWarnings("EnumOrdinal")
  public static byte[] reportProvenances(List<Project> projects, Months h) {
    byte[] out = new byte[h.months.length];
    int e = 0;
    for (Project p : projects) {
      for (ProgressReport r : p.progressReports()) {
        out[e++] = (byte) r.provenance().ordinal();
      }
    }
    return out;
  }

  /**
   * Returns, per row, the provenance code of the plan of a year, {@link #NO_PROVENANCE} without
   * one: the entry {@link #planOf} reads.
   */
  public static byte[] planProvenanceOf(Plans h, byte[] provenances, int year) {
    int[] off = h.offsets;
    int n = off.length - 1;
    byte[] out = new byte[n];
    for (int r = 0; r < n; r++) {
      byte v = NO_PROVENANCE;
      for (int k = off[r], end = off[r + 1]; k < end; k++) {
        if (h.years[k] == year) {
          v = provenances[k];
          break;
        }
      }
      out[r] = v;
    }
    return out;
  }

  /**
   * Returns, per row, the provenance code of a progress figure as of a month, {@link
   * #NO_PROVENANCE} without one: that of the report {@link #asOf} reads, and with {@code ytd}
   * {@link #combined combined} with that of the report of the December before.
   */
  public static byte[] asOfProvenance(
      Months h,
      long[] figures,
      byte[] provenances,
      YearMonth month,
      boolean ytd,
      boolean skipAbsent) {
    int m = clamp(epochMonth(month));
    int december = clamp(epochMonth(YearMonth.of(month.getYear() - 1, 12)));
    int[] off = h.offsets;
    int[] months = h.months;
    int n = off.length - 1;
    byte[] out = new byte[n];
    for (int r = 0; r < n; r++) {
      int start = off[r];
      int end = off[r + 1];
      int k = start;
      while (k < end && months[k] <= m) {
        k++;
      }
      int d = start;
      if (ytd) {
        while (d < k && months[d] <= december) {
          d++;
        }
      }
      int latest = latestEntry(figures, start, k, skipAbsent);
      byte v =
          latest < 0 || figures[latest] == ValueColumn.ABSENT ? NO_PROVENANCE : provenances[latest];
      if (ytd && v != NO_PROVENANCE) {
        int before = latestEntry(figures, start, d, skipAbsent);
        if (before >= 0 && figures[before] != ValueColumn.ABSENT) {
          v = combined(v, provenances[before]);
        }
      }
      out[r] = v;
    }
    return out;
  }

  /**
   * Returns the provenance code of a difference of two figures: their common provenance, estimated
   * if either is estimated, derived otherwise.
   */
  @SuppressWarnings("EnumOrdinal")
  public static byte combined(byte latest, byte before) {
    if (latest == before) {
      return latest;
    }
    byte estimated = (byte) Provenance.ESTIMATED.ordinal();
    return latest == estimated || before == estimated
        ? estimated
        : (byte) Provenance.DERIVED.ordinal();
  }

  /** Returns the provenance of a code, or null for {@link #NO_PROVENANCE}. */
  public static @Nullable Provenance provenance(byte code) {
    return code == NO_PROVENANCE ? null : PROVENANCES[code];
  }

  /** Returns the entry of the last figure before {@code end} (present, if asked), or -1. */
  private static int latestEntry(long[] figures, int start, int end, boolean skipAbsent) {
    int k = end - 1;
    if (skipAbsent) {
      while (k >= start && figures[k] == ValueColumn.ABSENT) {
        k--;
      }
    }
    return k >= start ? k : -1;
  }

  /** Returns the minor units of an amount, or {@link ValueColumn#SIDE} if it is not a long >= 0. */
  private static long minor(Money m) {
    if (!m.minorUnitsFitLong()) {
      return ValueColumn.SIDE;
    }
    long v = m.minorUnitsExact();
    return v < 0 ? ValueColumn.SIDE : v;
  }

  /** Returns a month as months since January 1970. */
  public static long epochMonth(YearMonth month) {
    return (month.getYear() - 1970L) * 12 + month.getMonthValue() - 1;
  }

  /** Returns an epoch day or month clamped to {@code int}: the stored ones all fit. */
  public static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  /** Returns the status of a code, or null for {@link #NO_STATUS}. */
  public static @Nullable Status status(int code) {
    return code == NO_STATUS ? null : STATUSES[code];
  }

  // ------------------------------------------------------------------------- question columns

  /** A flag of a pass: it wrote a {@link ValueColumn#SIDE} marker. */
  public static final int SIDE = 1;

  /** A flag of a pass: it wrote a present zero. */
  public static final int ZERO = 2;

  /** Computes part of a column: rows {@code [from, to)}; returns its flags. */
  public interface Pass {
    public int run(int from, int to);
  }

  /**
   * Runs a pass over all rows, split over the common fork/join pool when asked and worth it.
   *
   * @return the bounds of the chunks; {@code flags} receives the flags of each chunk
   */
  public static int[] run(int n, boolean parallel, Pass pass, int[] sides) {
    int chunks = sides.length;
    int[] bounds = new int[chunks + 1];
    for (int c = 0; c <= chunks; c++) {
      bounds[c] = (int) ((long) n * c / chunks);
    }
    if (chunks == 1 || !parallel) {
      for (int c = 0; c < chunks; c++) {
        sides[c] = pass.run(bounds[c], bounds[c + 1]);
      }
    } else {
      new Chunks(pass, bounds, sides, 0, chunks).invoke();
    }
    return bounds;
  }

  /** The number of chunks of a pass over {@code n} rows. */
  public static int chunks(int n, boolean parallel) {
    return parallel ? Kernel.chunks(n) : 1;
  }

  private static final class Chunks extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient Pass pass;
    private final int[] bounds;
    private final int[] sides;
    private final int from;
    private final int to;

    public Chunks(Pass pass, int[] bounds, int[] sides, int from, int to) {
      this.pass = pass;
      this.bounds = bounds;
      this.sides = sides;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from == 1) {
        sides[from] = pass.run(bounds[from], bounds[from + 1]);
        return;
      }
      int mid = (from + to) >>> 1;
      Chunks left = new Chunks(pass, bounds, sides, from, mid);
      left.fork();
      new Chunks(pass, bounds, sides, mid, to).compute();
      left.join();
    }
  }

  /**
   * Returns the column of the status on a day: one code per row, {@link Status} ordinals and {@link
   * #NO_STATUS}. Changes are in date order, so a forward scan that stops at the first later change
   * leaves the last change of the day, as {@link io.github.attract.project.StatusHistory#statusOn}.
   */
  public static KeyColumn<Status> statusOn(Statuses h, LocalDate date, boolean parallel) {
    int day = clamp(date.toEpochDay());
    int[] off = h.offsets;
    int[] days = h.days;
    byte[] codes = h.codes;
    int n = off.length - 1;
    int[] out = new int[n];
    run(
        n,
        parallel,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            int s = NO_STATUS;
            for (int k = off[r], end = off[r + 1]; k < end && days[k] <= day; k++) {
              s = codes[k];
            }
            out[r] = s;
          }
          return 0;
        },
        new int[chunks(n, parallel)]);
    return KeyColumn.ofCodes(com.google.common.collect.ImmutableList.copyOf(STATUSES), out);
  }

  /** Returns the column of the plans of a year: the plan's minor units, absent without one. */
  public static ValueColumn planOf(
      Plans h,
      int year,
      boolean parallel,
      ColumnarIndex index,
      Function<Project, Optional<Money>> exact) {
    int[] off = h.offsets;
    int[] years = h.years;
    long[] planned = h.planned;
    int n = off.length - 1;
    long[] out = new long[n];
    return finish(
        index,
        out,
        exact,
        parallel,
        (from, to) -> {
          int flags = 0;
          for (int r = from; r < to; r++) {
            long v = ValueColumn.ABSENT;
            for (int k = off[r], end = off[r + 1]; k < end; k++) {
              if (years[k] == year) {
                v = planned[k];
                break;
              }
            }
            out[r] = v;
            flags |= v == ValueColumn.SIDE ? SIDE : v == 0 ? ZERO : 0;
          }
          return flags;
        });
  }

  /**
   * Returns the column of a progress figure as of a month: that of the latest report of the month
   * or before that states it ({@code skipAbsent}: funds may be missing from a report), and with
   * {@code ytd} less the figure as of the December before (zero without one).
   */
  public static ValueColumn asOf(
      Months h,
      long[] figures,
      YearMonth month,
      boolean ytd,
      boolean skipAbsent,
      boolean parallel,
      ColumnarIndex index,
      Function<Project, Optional<Money>> exact) {
    int m = clamp(epochMonth(month));
    int december = clamp(epochMonth(YearMonth.of(month.getYear() - 1, 12)));
    int[] off = h.offsets;
    int[] months = h.months;
    int n = off.length - 1;
    long[] out = new long[n];
    return finish(
        index,
        out,
        exact,
        parallel,
        (from, to) -> {
          int flags = 0;
          for (int r = from; r < to; r++) {
            // A forward scan of the months (reports are in ascending months and the lists are
            // short, so this beats a binary search), reading a figure only at the end.
            int start = off[r];
            int end = off[r + 1];
            int k = start;
            int d = start;
            while (k < end && months[k] <= m) {
              k++;
            }
            if (ytd) {
              while (d < k && months[d] <= december) {
                d++;
              }
            }
            long v = latest(figures, start, k, skipAbsent);
            long before = ytd ? latest(figures, start, d, skipAbsent) : ValueColumn.ABSENT;
            if (ytd && v >= 0) {
              if (before == ValueColumn.SIDE) {
                v = ValueColumn.SIDE;
              } else if (before >= 0) {
                v = v - before < 0 ? ValueColumn.SIDE : v - before;
              }
            }
            out[r] = v;
            flags |= v == ValueColumn.SIDE ? SIDE : v == 0 ? ZERO : 0;
          }
          return flags;
        });
  }

  /** Returns the last figure before {@code end} (present, if asked), or absent. */
  private static long latest(long[] figures, int start, int end, boolean skipAbsent) {
    int k = end - 1;
    if (skipAbsent) {
      while (k >= start && figures[k] == ValueColumn.ABSENT) {
        k--;
      }
    }
    return k >= start ? figures[k] : ValueColumn.ABSENT;
  }

  /**
   * Fills a value column by a pass, then answers the rows marked {@link ValueColumn#SIDE} from the
   * objects, exactly: into the side table, in ascending rows.
   */
  private static ValueColumn finish(
      ColumnarIndex index,
      long[] out,
      Function<Project, Optional<Money>> exact,
      boolean parallel,
      Pass pass) {
    int n = out.length;
    int[] sides = new int[chunks(n, parallel)];
    int[] bounds = run(n, parallel, pass, sides);
    boolean zeros = false;
    List<Integer> sideRows = new ArrayList<>();
    List<BigInteger> sideValues = new ArrayList<>();
    for (int c = 0; c < sides.length; c++) {
      zeros |= (sides[c] & ZERO) != 0;
      if ((sides[c] & SIDE) == 0) {
        continue;
      }
      for (int r = bounds[c]; r < bounds[c + 1]; r++) {
        if (out[r] != ValueColumn.SIDE) {
          continue;
        }
        Optional<Money> m = exact.apply(index.projects.get(r));
        if (m.isEmpty()) {
          out[r] = ValueColumn.ABSENT;
        } else if (m.get().minorUnitsFitLong() && m.get().minorUnitsExact() >= 0) {
          out[r] = m.get().minorUnitsExact();
          zeros |= out[r] == 0;
        } else {
          sideRows.add(r);
          sideValues.add(m.get().minorUnits());
        }
      }
    }
    return ValueColumn.ofRows(out, zeros, index.rowCurrency, sideRows, sideValues);
  }
}
