package io.github.attract.calc;

import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The naive oracle: a plain loop over the project objects with {@link BigDecimal} sums, written
 * without any of the code under test, for a few measures. Results are plain maps of strings, so
 * that they compare with what the columnar kernel produced.
 */
final class Oracle {
  static final Year PLAN_YEAR = Year.of(2023);
  static final YearMonth AS_OF = YearMonth.of(2023, 6);

  /** The measures the oracle knows, in the order {@link #sums} reports them. */
  static final Measure<?>[] MEASURES = {
    Measures.count(),
    Measures.totalInvestment(),
    Measures.annualPlannedInvestment(PLAN_YEAR),
    Measures.completedInvestment(AS_OF),
    Measures.expectedJobs(),
    Measures.capacity(Unit.KILOWATT)
  };

  private Oracle() {}

  /** The sums of one group, as text: count, then per-currency maps, jobs and capacity. */
  record Sums(
      long count,
      Map<String, BigDecimal> total,
      Map<String, BigDecimal> plan,
      Map<String, BigDecimal> completed,
      long jobs,
      BigDecimal capacityKw) {}

  static Map<String, Sums> byKey(
      List<Project> projects, Function<Project, ? extends Collection<String>> keys) {
    Map<String, List<Project>> groups = new TreeMap<>();
    for (Project p : projects) {
      Collection<String> ks = new TreeSet<>(keys.apply(p));
      if (ks.isEmpty()) {
        ks = List.of("(unclassified)");
      }
      for (String k : ks) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      }
    }
    Map<String, Sums> out = new TreeMap<>();
    groups.forEach((k, ps) -> out.put(k, sums(ps)));
    return out;
  }

  static Sums sums(List<Project> projects) {
    long count = 0;
    long jobs = 0;
    Map<String, BigDecimal> total = new TreeMap<>();
    Map<String, BigDecimal> plan = new TreeMap<>();
    Map<String, BigDecimal> completed = new TreeMap<>();
    BigDecimal kw = BigDecimal.ZERO;
    for (Project p : projects) {
      count++;
      String ccy = p.currency().getCurrencyCode();
      if (p.latestTotalInvestment().isPresent()) {
        total.merge(ccy, p.latestTotalInvestment().get().amount(), BigDecimal::add);
      }
      for (AnnualPlan a : p.annualPlans()) {
        if (a.year().equals(PLAN_YEAR)) {
          plan.merge(ccy, a.planned().amount(), BigDecimal::add);
        }
      }
      ProgressReport latest = null;
      for (ProgressReport r : p.progressReports()) {
        if (!r.month().isAfter(AS_OF)) {
          latest = r;
        }
      }
      if (latest != null) {
        completed.merge(ccy, latest.completedInvestment().amount(), BigDecimal::add);
      }
      if (p.expectedOutcomes().isPresent() && p.expectedOutcomes().get().jobs().isPresent()) {
        jobs += p.expectedOutcomes().get().jobs().getAsLong();
      }
      List<DesignedCapacity> caps = new ArrayList<>(p.capacities());
      if (caps.isEmpty()) {
        for (Phase ph : p.phases()) {
          caps.addAll(ph.capacities());
        }
      }
      for (DesignedCapacity c : caps) {
        if (c.quantity().dimension() == Unit.KILOWATT.dimension()) {
          kw = kw.add(c.quantity().to(Unit.KILOWATT).value());
        }
      }
    }
    return new Sums(count, total, plan, completed, jobs, kw.stripTrailingZeros());
  }

  /** Reads the same sums out of a breakdown made with {@link #MEASURES}. */
  static <K extends Comparable<?>> Map<String, Sums> of(Breakdown<K> b) {
    Map<String, Sums> out = new TreeMap<>();
    for (Row<K> r : b.rows()) {
      out.put(r.group().toString(), of(r.totals()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Sums of(Totals t) {
    return new Sums(
        t.get((Measure<Long>) MEASURES[0]),
        text(t.get((Measure<MultiCurrencyAmount>) MEASURES[1])),
        text(t.get((Measure<MultiCurrencyAmount>) MEASURES[2])),
        text(t.get((Measure<MultiCurrencyAmount>) MEASURES[3])),
        t.get((Measure<Long>) MEASURES[4]),
        t.get((Measure<Quantity>) MEASURES[5]).value().stripTrailingZeros());
  }

  private static Map<String, BigDecimal> text(MultiCurrencyAmount m) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (Money money : m.amounts()) {
      out.put(money.currency().getCurrencyCode(), money.amount());
    }
    return out;
  }
}
