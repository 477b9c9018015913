package io.github.attract.jsontest;

import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Valid portfolios drawn from a seeded random source, built on the sample's taxonomy and regions. A
 * stand-in until the shared domain generators ({@code io.github.attract.testing.DomainGens}) land
 * on main; every draw is reproducible from its seed.
 */
final class RandomPortfolios {
  private static final String NAMES = "abcXYZ 0-9 煤电钢粮 é\"\\/\t";
  private static final List<Currency> CURRENCIES =
      List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currency.getInstance("JPY"));

  private final Random random;

  RandomPortfolios(long seed) {
    this.random = new Random(seed);
  }

  private boolean coin() {
    return random.nextBoolean();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T extends Enum<T>> T pick(Class<T> type) {
    T[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  String text() {
    StringBuilder b = new StringBuilder("n");
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(NAMES.charAt(random.nextInt(NAMES.length())));
    }
    return b.append('.').toString();
  }

  Money money(Currency c, long maxMinor) {
    return Money.ofMinor(c, (long) (random.nextDouble() * maxMinor));
  }

  Quantity quantity() {
    BigDecimal v = BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(4));
    return Quantity.of(v, pick(Unit.class));
  }

  LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
  }

  StatusHistory history() {
    StatusHistory h = StatusHistory.empty();
    LocalDate day = date();
    int steps = random.nextInt(5);
    Status current = null;
    for (int i = 0; i < steps; i++) {
      List<Status> next =
          current == null ? List.of(Status.values()) : List.copyOf(current.allowedNext());
      if (next.isEmpty()) {
        break;
      }
      current = pick(next);
      h = h.then(day, current);
      day = day.plusDays(random.nextInt(400));
    }
    return h;
  }

  Project project(int index, List<InvestorId> investors) {
    Currency c = pick(CURRENCIES);
    Project.Builder b =
        Project.builder()
            .id(ProjectId.of("p-" + index))
            .name(text())
            .location(pick(List.of(Samples.SYS, Samples.HL, Samples.BJ)))
            .industry(pick(List.of(Samples.ENERGY, Samples.STORAGE, Samples.MATERIALS)))
            .currency(c)
            .totalInvestmentProvenance(pick(Provenance.class))
            .statusHistory(history());
    if (!investors.isEmpty() && coin()) {
      b.addInvestor(pick(investors));
    }
    if (coin()) {
      b.chainLink(ChainLinkRef.of(ChainId.of("graphite"), ChainLinkId.of("anode")));
    }
    if (coin()) {
      b.addDesignation(
          Designation.of(pick(DesignationKind.class), Year.of(2000 + random.nextInt(30))));
    }
    long total = 1_000_000_000_000L;
    boolean hasTotal = coin();
    if (hasTotal) {
      b.totalInvestment(Money.ofMinor(c, total));
    }
    int phases = random.nextInt(3);
    for (int i = 0; i < phases; i++) {
      Phase.Builder p = Phase.builder().id(PhaseId.of("phase-" + i)).name(text());
      if (coin()) {
        p.investment(money(c, total / 4));
      }
      if (coin()) {
        LocalDate s = date();
        p.plannedPeriod(DateRange.of(s, s.plusDays(random.nextInt(1000))));
      }
      if (coin()) {
        LocalDate s = date();
        p.actualPeriod(DateRange.of(s, s.plusDays(random.nextInt(1000))));
      }
      if (coin()) {
        p.addCapacity(DesignedCapacity.of(text(), quantity()));
      }
      p.statusHistory(history());
      b.addPhase(p.build());
    }
    if (coin()) {
      b.addCapacity(DesignedCapacity.of(text(), quantity()));
    }
    if (coin()) {
      ExpectedOutcomes.Builder o = ExpectedOutcomes.builder().provenance(pick(Provenance.class));
      if (coin()) {
        o.annualRevenue(money(c, total));
      }
      if (coin()) {
        o.annualTax(money(c, total));
      }
      if (coin()) {
        o.jobs(random.nextInt(100_000));
      }
      b.expectedOutcomes(o.build());
    }
    int year = 2000 + random.nextInt(20);
    for (int i = 0; i < random.nextInt(3); i++) {
      b.addAnnualPlan(
          AnnualPlan.of(Year.of(year + i), money(c, total / 4), pick(Provenance.class)));
    }
    YearMonth month = YearMonth.of(year, 1 + random.nextInt(12));
    long done = 0;
    for (int i = 0; i < random.nextInt(4); i++) {
      done += random.nextInt(1_000_000);
      ProgressReport.Builder r =
          ProgressReport.builder()
              .month(month.plusMonths(i))
              .completedInvestment(Money.ofMinor(c, done))
              .provenance(pick(Provenance.class));
      if (coin()) {
        r.fundsInPlace(Money.ofMinor(c, done));
      }
      b.addProgressReport(r.build());
    }
    if (coin()) {
      b.description(coin() ? "" : text());
    }
    return b.build();
  }

  Portfolio portfolio(int projects) {
    Portfolio base = Samples.portfolio();
    List<InvestorId> investors = new ArrayList<>();
    Portfolio.Builder b =
        Portfolio.builder()
            .industries(base.industries())
            .regions(base.regions())
            .addAllChains(base.chains())
            .addAllFocusAreas(base.focusAreas());
    for (Investor i : base.investors()) {
      b.addInvestor(i);
      investors.add(i.id());
    }
    for (int i = 0; i < projects; i++) {
      b.addProject(project(i, investors));
    }
    return b.build();
  }
}
