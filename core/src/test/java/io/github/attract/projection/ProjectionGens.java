package io.github.attract.projection;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Source;
import io.github.attract.time.DateRange;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Generators of valid projects for the projection properties: projects with and without phases,
 * periods, totals, annual plans, progress reports, status histories, capacities and outcomes, in
 * CNY and sometimes USD, all built valid by construction. (A small private generator until the
 * shared {@code DomainGens} lands on main.)
 */
final class ProjectionGens {
  static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);
  private static final String[] CAPACITIES = {
    "100000 t/a", "40 MW", "6000000 kW/a", "1000 t", "1.5 Mt/a", "2 GW"
  };

  private ProjectionGens() {}

  /** Minor units from 0 to 10^12, small and large magnitudes alike. */
  static long minor(Source s, long max) {
    return s.choose(0, 1) == 0 ? s.choose(0, Math.min(max, 100_000)) : s.choose(0, max);
  }

  private static Money money(Source s, Currency c, long max) {
    return Money.ofMinor(c, minor(s, max));
  }

  private static DateRange period(Source s) {
    LocalDate start = FIRST_DAY.plusDays(s.choose(0, 3650));
    LocalDate end = start.plusDays(s.choose(0, 1500));
    return DateRange.of(start, end.isAfter(LAST_DAY) ? LAST_DAY : end);
  }

  private static DesignedCapacity capacity(Source s) {
    return DesignedCapacity.of(
        "product " + s.choose(0, 3),
        Quantity.parse(CAPACITIES[(int) s.choose(0, CAPACITIES.length - 1)]));
  }

  /** One valid project with the given id. */
  static Project project(Source s, String id) {
    Currency c = s.choose(0, 5) == 0 ? Currencies.USD : Currencies.CNY;
    Project.Builder b = Fixtures.project(id).currency(c);
    long max = 1_000_000_000_000L;
    BigInteger phaseSum = BigInteger.ZERO;
    int phases = (int) s.choose(0, 3);
    for (int i = 0; i < phases; i++) {
      Phase.Builder p = Phase.builder().id(PhaseId.of("ph" + i)).name("Phase " + i);
      if (s.choose(0, 3) > 0) {
        Money inv = money(s, c, max);
        phaseSum = phaseSum.add(inv.minorUnits());
        p.investment(inv);
      }
      if (s.choose(0, 4) > 0) {
        p.plannedPeriod(period(s));
      }
      if (s.choose(0, 2) == 0) {
        p.addCapacity(capacity(s));
      }
      if (s.choose(0, 5) == 0) {
        LocalDate op = FIRST_DAY.plusDays(s.choose(0, 3650));
        p.statusHistory(
            StatusHistory.empty()
                .then(op.minusDays(s.choose(0, 400)), Status.UNDER_CONSTRUCTION)
                .then(op, Status.IN_OPERATION));
      }
      b.addPhase(p.build());
    }
    BigInteger total = null;
    if (s.choose(0, 4) > 0) {
      total = phaseSum.add(BigInteger.valueOf(minor(s, max)));
      b.totalInvestment(Money.ofMinor(c, total));
    }
    // status: none, started, started and operating, signed then cancelled
    LocalDate start = FIRST_DAY.plusDays(s.choose(0, 3000));
    switch ((int) s.choose(0, 3)) {
      case 1 -> b.statusHistory(StatusHistory.empty().then(start, Status.UNDER_CONSTRUCTION));
      case 2 ->
          b.statusHistory(
              StatusHistory.empty()
                  .then(start, Status.UNDER_CONSTRUCTION)
                  .then(start.plusDays(s.choose(0, 1000)), Status.IN_OPERATION));
      case 3 -> {
        if (s.choose(0, 1) == 0) {
          b.statusHistory(
              StatusHistory.empty()
                  .then(start, Status.SIGNED)
                  .then(start.plusDays(s.choose(0, 300)), Status.CANCELLED));
        }
      }
      default -> {}
    }
    int year = 2020 + (int) s.choose(0, 10);
    int plans = (int) s.choose(0, 3);
    // the plans add up to no more than the total investment, when there is one
    BigInteger planRoom = total == null ? BigInteger.valueOf(max) : total;
    for (int i = 0; i < plans && year <= 2030; i++) {
      long amount = s.choose(0, Math.min(planRoom.longValueExact(), max / 4));
      planRoom = planRoom.subtract(BigInteger.valueOf(amount));
      b.addAnnualPlan(AnnualPlan.of(Year.of(year), Money.ofMinor(c, amount)));
      year += 1 + (int) s.choose(0, 2);
    }
    int reports = (int) s.choose(0, 6);
    YearMonth month = YearMonth.of(2020, 1).plusMonths(s.choose(0, 100));
    BigInteger done = BigInteger.ZERO;
    BigInteger funds = BigInteger.ZERO;
    BigInteger cap = total == null ? BigInteger.valueOf(max) : total;
    for (int i = 0; i < reports; i++) {
      BigInteger room = cap.subtract(done);
      done = done.add(BigInteger.valueOf(s.choose(0, Math.min(room.longValueExact(), max / 5))));
      BigInteger fundsRoom = cap.subtract(funds);
      funds =
          funds.add(BigInteger.valueOf(s.choose(0, Math.min(fundsRoom.longValueExact(), max / 5))));
      ProgressReport.Builder r =
          ProgressReport.builder().month(month).completedInvestment(Money.ofMinor(c, done));
      if (s.choose(0, 2) > 0) {
        r.fundsInPlace(Money.ofMinor(c, funds));
      }
      b.addProgressReport(r.build());
      month = month.plusMonths(1 + s.choose(0, 3));
    }
    int capacities = (int) s.choose(0, 2);
    for (int i = 0; i < capacities; i++) {
      b.addCapacity(capacity(s));
    }
    if (s.choose(0, 1) == 0) {
      ExpectedOutcomes.Builder o = ExpectedOutcomes.builder();
      if (s.choose(0, 3) > 0) {
        o.annualRevenue(money(s, c, max));
      }
      if (s.choose(0, 3) > 0) {
        o.annualProfit(money(s, c, max / 5));
      }
      if (s.choose(0, 3) > 0) {
        o.annualTax(money(s, c, max / 10));
      }
      if (s.choose(0, 3) > 0) {
        o.jobs(s.choose(0, 10_000));
      }
      if (s.choose(0, 2) == 0) {
        o.provenance(Provenance.ESTIMATED);
      }
      b.expectedOutcomes(o.build());
    }
    if (s.choose(0, 1) == 0) {
      b.addDesignation(Ledger.CITY_KEY_2023);
    }
    return b.build();
  }

  /** Valid projects with distinct ids, 0 to {@code max} of them. */
  static Gen<List<Project>> projects(int max) {
    return s -> {
      int n = (int) s.choose(0, max);
      List<Project> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(project(s, "p" + i));
      }
      return out;
    };
  }

  /** One valid project. */
  static Gen<Project> projects() {
    return s -> project(s, "p");
  }

  /** Years of the generated periods. */
  static Gen<Year> years() {
    return Gens.ints(2020, 2030).map(Year::of);
  }
}
