package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random portfolios over the taxonomy and regions of {@link Fixtures}: the same seed and
 * size always give the same portfolio. Amounts range from zero to beyond {@code Long.MAX_VALUE}
 * minor units, so that sums overflow and the side table is used.
 */
final class RandomPortfolios {
  private static final IndustryId[] INDUSTRIES = {COAL, COAL_MINING, POWER, WIND, MATERIALS};
  private static final RegionId[] LOCATIONS = {BAOQING, SYS, HL, CN, BJ};
  private static final InvestorId[] INVESTORS = {I_BJ, I_GD, I_NONE};
  private static final FocusAreaId[] FOCUS = {DIGITAL, GREEN};
  private static final Designation[] DESIGNATIONS = {PROVINCIAL_2023, SPRING_2023, CITY_2022};
  private static final Status[] LADDER = {
    Status.LEAD,
    Status.NEGOTIATING,
    Status.SIGNED,
    Status.READY_TO_START,
    Status.UNDER_CONSTRUCTION,
    Status.IN_OPERATION,
    Status.COMPLETED
  };

  private RandomPortfolios() {}

  static Portfolio of(long seed, int size) {
    return of(seed, size, false);
  }

  /**
   * Returns a random portfolio.
   *
   * @param huge whether amounts near and beyond {@code Long.MAX_VALUE} minor units are common
   */
  static Portfolio of(long seed, int size, boolean huge) {
    SplittableRandom r = new SplittableRandom(seed);
    Portfolio.Builder b = Fixtures.base();
    List<ProjectId> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Project p = project(r, i, huge);
      ids.add(p.id());
      b.addProject(p);
    }
    int signings = size == 0 ? 0 : r.nextInt(size / 3 + 1);
    for (int s = 0; s < signings; s++) {
      List<ProjectId> items = new ArrayList<>();
      for (int k = r.nextInt(3) + 1; k > 0; k--) {
        ProjectId id = ids.get(r.nextInt(ids.size()));
        if (!items.contains(id)) {
          items.add(id);
        }
      }
      b.addSigning(
          Signing.builder()
              .id(SigningId.of("s" + s))
              .date(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(700)))
              .addInvestor(INVESTORS[r.nextInt(INVESTORS.length)])
              .addAllProjects(items)
              .projectCount(items.size() + r.nextInt(3))
              .contractValue(
                  Money.ofMinor(
                      r.nextInt(5) == 0 ? Currencies.USD : Currencies.CNY, amount(r, huge)))
              .build());
    }
    for (int a = r.nextInt(5); a > 0; a--) {
      b.addActivity(activity("a" + a, LocalDate.of(2022, 1, 1).plusDays(r.nextInt(700))));
    }
    return b.build();
  }

  private static BigInteger amount(SplittableRandom r, boolean huge) {
    int kind = r.nextInt(huge ? 4 : 10);
    if (kind == 0) {
      return BigInteger.ZERO;
    }
    if (kind == 1 && huge) {
      // near Long.MAX_VALUE: sums of two overflow
      return BigInteger.valueOf(Long.MAX_VALUE - r.nextInt(1000));
    }
    if (kind == 2 && huge) {
      // beyond Long.MAX_VALUE: the side table
      return BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(r.nextLong(1, 1L << 40)));
    }
    return BigInteger.valueOf(r.nextLong(0, 10_000_000_000_000L));
  }

  private static Project project(SplittableRandom r, int i, boolean huge) {
    Currency currency = r.nextInt(6) == 0 ? Currencies.USD : Currencies.CNY;
    Project.Builder p =
        Project.builder()
            .id(ProjectId.of("p" + i))
            .name("Project " + i)
            .location(LOCATIONS[r.nextInt(LOCATIONS.length)])
            .industry(INDUSTRIES[r.nextInt(INDUSTRIES.length)])
            .currency(currency);
    for (InvestorId inv : INVESTORS) {
      if (r.nextInt(3) == 0) {
        p.addInvestor(inv);
      }
    }
    for (FocusAreaId f : FOCUS) {
      if (r.nextBoolean()) {
        p.addFocusArea(f);
      }
    }
    for (Designation d : DESIGNATIONS) {
      if (r.nextInt(3) == 0) {
        p.addDesignation(d);
      }
    }
    if (r.nextInt(4) == 0) {
      p.chainLink(ANODE);
    }
    BigInteger total = amount(r, huge);
    boolean hasTotal = r.nextInt(5) != 0;
    if (hasTotal) {
      p.totalInvestment(Money.ofMinor(currency, total));
    }
    StatusHistory h = StatusHistory.empty();
    LocalDate day = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(300));
    int rung = r.nextInt(3);
    for (int steps = r.nextInt(5); steps > 0 && rung < LADDER.length; steps--) {
      h = h.then(day, LADDER[rung]);
      rung += 1 + r.nextInt(2);
      day = day.plusDays(r.nextInt(200));
    }
    p.statusHistory(h);
    if (r.nextBoolean()) {
      BigInteger plan = hasTotal ? fraction(r, total) : amount(r, huge);
      p.addAnnualPlan(AnnualPlan.of(Year.of(2023), Money.ofMinor(currency, plan)));
    }
    if (hasTotal && r.nextBoolean()) {
      BigInteger first = fraction(r, total);
      BigInteger second = first.add(fraction(r, total.subtract(first)));
      p.addProgressReport(
          ProgressReport.builder()
              .month(YearMonth.of(2022, 6 + r.nextInt(7)))
              .completedInvestment(Money.ofMinor(currency, first))
              .fundsInPlace(Money.ofMinor(currency, first))
              .build());
      p.addProgressReport(
          ProgressReport.builder()
              .month(YearMonth.of(2023, 1 + r.nextInt(12)))
              .completedInvestment(Money.ofMinor(currency, second))
              .build());
    }
    if (r.nextBoolean()) {
      p.expectedOutcomes(
          ExpectedOutcomes.builder()
              .annualRevenue(Money.ofMinor(currency, amount(r, huge)))
              .jobs(r.nextInt(2000))
              .build());
    }
    if (r.nextBoolean()) {
      p.addCapacity(
          DesignedCapacity.of(
              "power", Quantity.parse(r.nextInt(100000) + "." + r.nextInt(10) + " kW")));
    }
    if (r.nextInt(3) == 0) {
      p.addCapacity(DesignedCapacity.of("power", Quantity.parse(r.nextInt(50) + " MW")));
    }
    return p.build();
  }

  private static BigInteger fraction(SplittableRandom r, BigInteger of) {
    return of.multiply(BigInteger.valueOf(r.nextInt(101))).divide(BigInteger.valueOf(100));
  }
}
