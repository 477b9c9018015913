package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Designed capacity coming online by year, per unit {@link Dimension}, over a window of years: what
 * is added each year and the cumulative total, in the dimension's base unit (t/a, kW, kW/a, ...).
 *
 * <p>Rules: a phase's capacities come online at the phase's {@linkplain
 * Milestones#operationStart(Phase) start of operation}; the project's own capacities come online at
 * the project's {@linkplain Milestones#operationStart(Project) start of operation}, and count only
 * when no phase of the project declares a capacity, so that a whole and its parts are not counted
 * twice. A capacity counts in the calendar year of that date. Capacities of cancelled projects or
 * phases never come online ({@link #cancelled()}); capacities without any date are {@link
 * #undated()}; neither is dropped. The cumulative total includes everything online before the
 * window, and never decreases.
 *
 * <pre>{@code
 * CapacityOutlook c = CapacityOutlook.of(portfolio.projects(), Year.of(2023), Year.of(2030));
 * c.cumulative().get(Dimension.POWER_PER_YEAR);   // {2023=0 kW/a, ..., 2026=6000000 kW/a, ...}
 * c.entries();                                    // every capacity with its date, keyed by project
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CapacityOutlook {
  private final Year first;
  private final Year last;
  private final ImmutableList<CapacityOnline> entries;

  private CapacityOutlook(Year first, Year last, ImmutableList<CapacityOnline> entries) {
    this.first = first;
    this.last = last;
    this.entries = entries;
  }

  /**
   * Computes the capacity outlook of projects.
   *
   * @param projects the projects
   * @param first the first year shown
   * @param last the last year shown, not before {@code first}
   * @return the outlook
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static CapacityOutlook of(Iterable<Project> projects, Year first, Year last) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Capacity outlook 'last' must not be before 'first', but " + first + " > " + last);
    }
    List<CapacityOnline> entries = new ArrayList<>();
    for (Project p : projects) {
      boolean phased = false;
      for (Phase phase : p.phases()) {
        if (phase.capacities().isEmpty()) {
          continue;
        }
        phased = true;
        Optional<Milestone> online = Milestones.operationStart(phase);
        boolean cancelled = false;
        if ((online.isEmpty() || online.get().basis() == Milestone.Basis.PLANNED)
            && (Milestones.isCancelled(phase.statusHistory())
                || Milestones.isCancelled(p.statusHistory()))) {
          cancelled = true;
          online = Optional.empty();
        }
        for (DesignedCapacity c : phase.capacities()) {
          entries.add(new CapacityOnline(p.id(), Optional.of(phase.id()), c, online, cancelled));
        }
      }
      if (!phased) {
        Optional<Milestone> online = Milestones.operationStart(p);
        boolean cancelled = online.isEmpty() && Milestones.isCancelled(p.statusHistory());
        for (DesignedCapacity c : p.capacities()) {
          entries.add(new CapacityOnline(p.id(), Optional.empty(), c, online, cancelled));
        }
      }
    }
    Collections.sort(entries);
    return new CapacityOutlook(first, last, ImmutableList.copyOf(entries));
  }

  /**
   * Returns the first year shown.
   *
   * @return the year
   */
  public Year first() {
    return first;
  }

  /**
   * Returns the last year shown.
   *
   * @return the year
   */
  public Year last() {
    return last;
  }

  /**
   * Returns every capacity with its date: dated ones by date, then undated and cancelled ones.
   *
   * @return the entries
   */
  public ImmutableList<CapacityOnline> entries() {
    return entries;
  }

  /**
   * Returns the capacities that have no date to come online.
   *
   * @return the entries, possibly none
   */
  public ImmutableList<CapacityOnline> undated() {
    return entries.stream()
        .filter(e -> e.online().isEmpty() && !e.isCancelled())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the capacities of cancelled projects or phases, which never come online.
   *
   * @return the entries, possibly none
   */
  public ImmutableList<CapacityOnline> cancelled() {
    return entries.stream()
        .filter(CapacityOnline::isCancelled)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the capacity coming online before the window, per dimension, in base units.
   *
   * @return the sums; every dimension that has a dated capacity is present
   */
  public ImmutableSortedMap<Dimension, Quantity> beforeWindow() {
    NavigableMap<Dimension, Quantity> sums = zeros();
    for (CapacityOnline e : entries) {
      if (e.online().isPresent() && e.online().get().date().getYear() < first.getValue()) {
        add(sums, e);
      }
    }
    return ImmutableSortedMap.copyOfSorted(sums);
  }

  /**
   * Returns the capacity coming online each year of the window, per dimension, in base units.
   *
   * @return for every dimension that has a dated capacity, every year of the window (zero-filled)
   */
  public ImmutableSortedMap<Dimension, ImmutableSortedMap<Year, Quantity>> added() {
    return table(false);
  }

  /**
   * Returns the capacity online at the end of each year of the window, per dimension, in base
   * units, counting everything online before the window; it never decreases from year to year.
   *
   * @return for every dimension that has a dated capacity, every year of the window
   */
  public ImmutableSortedMap<Dimension, ImmutableSortedMap<Year, Quantity>> cumulative() {
    return table(true);
  }

  private ImmutableSortedMap<Dimension, ImmutableSortedMap<Year, Quantity>> table(
      boolean cumulative) {
    TreeMap<Dimension, TreeMap<Year, Quantity>> rows = new TreeMap<>();
    Map<Dimension, Quantity> opening = beforeWindow();
    for (Map.Entry<Dimension, Quantity> d : opening.entrySet()) {
      TreeMap<Year, Quantity> row = new TreeMap<>();
      for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
        row.put(y, Quantity.zero(d.getKey().baseUnit()));
      }
      rows.put(d.getKey(), row);
    }
    for (CapacityOnline e : entries) {
      if (e.online().isPresent()) {
        Year y = Year.of(e.online().get().date().getYear());
        if (!y.isBefore(first) && !y.isAfter(last)) {
          TreeMap<Year, Quantity> row = Objects.requireNonNull(rows.get(dimension(e)));
          row.merge(y, base(e), Quantity::plus);
        }
      }
    }
    ImmutableSortedMap.Builder<Dimension, ImmutableSortedMap<Year, Quantity>> out =
        ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Dimension, TreeMap<Year, Quantity>> r : rows.entrySet()) {
      if (cumulative) {
        Quantity running = Objects.requireNonNull(opening.get(r.getKey()));
        for (Map.Entry<Year, Quantity> cell : r.getValue().entrySet()) {
          running = running.plus(cell.getValue());
          cell.setValue(running);
        }
      }
      out.put(r.getKey(), ImmutableSortedMap.copyOfSorted(r.getValue()));
    }
    return out.buildOrThrow();
  }

  private NavigableMap<Dimension, Quantity> zeros() {
    TreeMap<Dimension, Quantity> sums = new TreeMap<>();
    for (CapacityOnline e : entries) {
      if (e.online().isPresent()) {
        sums.putIfAbsent(dimension(e), Quantity.zero(dimension(e).baseUnit()));
      }
    }
    return sums;
  }

  private static void add(Map<Dimension, Quantity> sums, CapacityOnline e) {
    sums.merge(dimension(e), base(e), Quantity::plus);
  }

  private static Dimension dimension(CapacityOnline e) {
    return e.capacity().quantity().dimension();
  }

  private static Quantity base(CapacityOnline e) {
    return e.capacity().quantity().to(dimension(e).baseUnit());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CapacityOutlook that
        && that.first.equals(first)
        && that.last.equals(last)
        && that.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last, entries);
  }

  /**
   * Returns the window and the cumulative capacity per dimension, e.g. {@code
   * "CapacityOutlook[2025..2027: power-per-year={2025=0 kW/a, 2026=6000000 kW/a, 2027=6000000
   * kW/a}]"}, plus the number of undated and cancelled capacities when there are any.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CapacityOutlook[").append(first).append("..").append(last);
    b.append(": ");
    String sep = "";
    for (Map.Entry<Dimension, ImmutableSortedMap<Year, Quantity>> e : cumulative().entrySet()) {
      b.append(sep).append(e.getKey().code()).append('=').append(e.getValue());
      sep = ", ";
    }
    if (sep.isEmpty()) {
      b.append("nothing online");
    }
    int undated = undated().size();
    int cancelled = cancelled().size();
    if (undated > 0) {
      b.append("; undated ").append(undated);
    }
    if (cancelled > 0) {
      b.append("; cancelled ").append(cancelled);
    }
    return b.append(']').toString();
  }
}
