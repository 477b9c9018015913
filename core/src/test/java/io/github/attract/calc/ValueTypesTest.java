package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.promotion.Scope;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Equality, null checks and messages of the value types of calc. */
class ValueTypesTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  @Test
  void groups() {
    new EqualsTester()
        .addEqualityGroup(Group.of(Status.SIGNED), Group.of(Status.SIGNED))
        .addEqualityGroup(Group.of(Status.LEAD))
        .addEqualityGroup(Group.unclassified(), Group.unclassified())
        .addEqualityGroup(Group.others())
        .testEquals();
    assertThat(
            List.of(
                    Group.<Status>others(),
                    Group.unclassified(),
                    Group.of(Status.SIGNED),
                    Group.of(Status.LEAD))
                .stream()
                .sorted())
        .containsExactly(
            Group.of(Status.LEAD), Group.of(Status.SIGNED), Group.unclassified(), Group.others());
    assertThat(Group.of(Status.SIGNED).key()).contains(Status.SIGNED);
    assertThat(Group.unclassified().key()).isEmpty();
    assertThat(Group.of(Status.SIGNED).isKey()).isTrue();
    assertThat(Group.unclassified().isUnclassified()).isTrue();
    assertThat(Group.others().isOthers()).isTrue();
    assertThat(Group.others()).hasToString("(others)");
  }

  @Test
  void sizeBands() {
    SizeBands bands = SizeBands.defaults();
    assertThat(bands.bands())
        .extracting(SizeBand::toString)
        .containsExactly(
            "CNY under 10000000",
            "CNY 10000000 to under 100000000",
            "CNY 100000000 to under 1000000000",
            "CNY 1000000000 to under 10000000000",
            "CNY 10000000000 and over");
    assertThat(bands.bandOf(Money.ofMajor(Currencies.CNY, 10_000_000L)).orElseThrow())
        .hasToString("CNY 10000000 to under 100000000");
    assertThat(bands.bandOf(Money.of("CNY", "9999999.99")).orElseThrow())
        .hasToString("CNY under 10000000");
    assertThat(bands.bandOf(Money.ofMajor(Currencies.USD, 1))).isEmpty();
    assertThat(bands.bandOf(Money.of("CNY", "-1"))).isEmpty();
    assertThat(
            SizeBands.of(Money.ofMajor(Currencies.CNY, 0), Money.ofMajor(Currencies.CNY, 5))
                .bands())
        .extracting(SizeBand::toString)
        .containsExactly("CNY under 5", "CNY 5 and over");
    new EqualsTester()
        .addEqualityGroup(bands, SizeBands.of(bands.thresholds()))
        .addEqualityGroup(SizeBands.of(Money.ofMajor(Currencies.CNY, 5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            bands.bands().get(0),
            SizeBand.of(
                Money.zero(Currencies.CNY),
                Optional.of(Money.ofMajor(Currencies.CNY, 10_000_000L))))
        .addEqualityGroup(bands.bands().get(4))
        .testEquals();
    assertThat(bands.bands().get(1)).isGreaterThan(bands.bands().get(0));
  }

  @Test
  void sizeBandMessages() {
    assertThatThrownBy(() -> SizeBands.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size bands need at least one threshold");
    assertThatThrownBy(() -> SizeBands.of(cny("5"), cny("5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band thresholds must ascend, but CNY 5.00 follows CNY 5.00");
    assertThatThrownBy(() -> SizeBands.of(cny("5"), usd("6")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band thresholds must be in one currency CNY, but USD 6.00 is not");
    assertThatThrownBy(() -> SizeBands.of(cny("-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band threshold must not be negative, but was CNY -5.00");
    assertThatThrownBy(() -> SizeBand.of(cny("5"), Optional.of(cny("5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band 'upper' must be greater than 'lower', but CNY 5.00 <= CNY 5.00");
    assertThatThrownBy(() -> SizeBand.of(cny("5"), Optional.of(usd("6"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band 'upper' must be in the currency of 'lower' CNY, but was USD 6.00");
    assertThatThrownBy(() -> SizeBand.of(cny("-1"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Size band 'lower' must not be negative, but was CNY -1.00");
  }

  @Test
  void rates() {
    Rate r = Rate.of(12, 20);
    assertThat(r.percent(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("60.00"));
    assertThat(r.ratio(MathContext.DECIMAL64)).contains(new BigDecimal("0.6"));
    assertThat(Rate.of(1, 3).percent(3, RoundingMode.DOWN)).contains(new BigDecimal("33.333"));
    assertThat(Rate.of(2, 3).percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("67"));
    assertThat(Rate.of(0, 0).ratio(MathContext.DECIMAL64)).isEmpty();
    assertThat(r).hasToString("12 / 20 (60.00 %)");
    assertThat(Rate.of(5, 0)).hasToString("5 / 0 (undefined)");
    new EqualsTester()
        .addEqualityGroup(r, Rate.of(new BigDecimal("12.00"), new BigDecimal("20")))
        .addEqualityGroup(Rate.of(3, 5))
        .addEqualityGroup(Rate.of(0, 0))
        .testEquals();
  }

  @Test
  void totalsRowsAndShares() {
    ImmutableList<Measure<?>> ms = ImmutableList.of(Measures.count(), Measures.totalInvestment());
    Breakdown<IndustryId> b = Aggregation.over(portfolio).by(Dimensions.industry(1)).run();
    Totals coal = b.totals(COAL);
    new EqualsTester()
        .addEqualityGroup(Totals.empty(ms), Totals.empty(ms).combinedWith(Totals.empty(ms)))
        .addEqualityGroup(coal, Totals.empty(ms).combinedWith(coal))
        .addEqualityGroup(Totals.empty(List.of(Measures.count())))
        .testEquals();
    assertThat(coal.toString())
        .isEqualTo("{count=2, total-investment=[CNY 100000000.00, USD 5000000.00]}");
    assertThatThrownBy(() -> coal.combinedWith(Totals.empty(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Totals must have the same measures to combine, but [count, total-investment] differ"
                + " from []");
    assertThatThrownBy(() -> coal.get(Measures.expectedJobs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measure 'expected-jobs' was not measured; the measures are [count, total-investment]");
    new EqualsTester()
        .addEqualityGroup(b.rows().get(0), Row.of(Group.of(COAL), coal))
        .addEqualityGroup(b.rows().get(1))
        .testEquals();
    assertThat(b.rows().get(0).get(Measures.count())).isEqualTo(2L);
    assertThat(b.rows().get(0))
        .hasToString("coal {count=2, total-investment=[CNY 100000000.00, USD 5000000.00]}");
    new EqualsTester()
        .addEqualityGroup(b.shares(Measures.count()), b.shares(Measures.count(), 2))
        .addEqualityGroup(b.shares(Measures.count(), 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(b, Aggregation.over(portfolio).by(Dimensions.industry(1)).run())
        .addEqualityGroup(b.top(1, Measures.count()))
        .addEqualityGroup(Aggregation.over(portfolio).by(Dimensions.industry(2)).run())
        .testEquals();
  }

  @Test
  void funnelsAndPlanCompletion() {
    Funnel f = Funnels.byPeriod(portfolio, DateRange.ofYear(Year.of(2023)));
    new EqualsTester()
        .addEqualityGroup(f, Funnels.byPeriod(portfolio, DateRange.ofYear(Year.of(2023))))
        .addEqualityGroup(
            Funnels.byPeriod(Portfolio.builder().build(), DateRange.ofYear(Year.of(2023))))
        .addEqualityGroup(Funnels.byCohort(portfolio, Year.of(2023), LocalDate.of(2023, 12, 31)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(f.step(FunnelStage.SIGNED), f.steps().get(1))
        .addEqualityGroup(f.step(FunnelStage.ACTIVITIES))
        .testEquals();
    assertThat(FunnelStage.SIGNED.status()).contains(Status.SIGNED);
    assertThat(FunnelStage.ACTIVITIES.status()).isEmpty();
    assertThat(f.step(FunnelStage.ACTIVITIES).money()).isEqualTo(MultiCurrencyAmount.empty());
    PlanCompletion p = Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 4));
    new EqualsTester()
        .addEqualityGroup(
            p, Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 4)))
        .addEqualityGroup(Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 5)))
        .testEquals();
    assertThat(p.asOf()).isEqualTo(YearMonth.of(2023, 4));
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Portfolio.class, portfolio);
    t.setDefault(Project.class, portfolio.projects().get(0));
    t.setDefault(Dimension.class, Dimensions.status());
    t.setDefault(Measure.class, Measures.count());
    t.setDefault(Money.class, cny("1"));
    t.setDefault(Scope.class, Scope.all());
    t.setDefault(DateRange.class, DateRange.ofYear(Year.of(2023)));
    t.setDefault(ProjectBase.class, ProjectBase.all());
    t.setDefault(SizeBands.class, SizeBands.defaults());
    t.setDefault(Group.class, Group.of(Status.SIGNED));
    t.setDefault(Totals.class, Totals.empty(List.of()));
    t.setDefault(
        io.github.attract.time.YearQuarter.class, io.github.attract.time.YearQuarter.of(2023, 1));
    t.setDefault(Year.class, Year.of(2023));
    t.setDefault(
        io.github.attract.money.ExchangeRateTable.class,
        io.github.attract.money.ExchangeRateTable.empty());
    t.setDefault(YearMonth.class, YearMonth.of(2023, 4));
    for (Class<?> c :
        List.of(
            Dimensions.class,
            Measures.class,
            Aggregation.class,
            Group.class,
            Row.class,
            Rate.class,
            SizeBand.class,
            SizeBands.class,
            Funnels.class,
            Kpis.class,
            ProjectBase.class,
            Totals.class)) {
      t.testAllPublicStaticMethods(c);
    }
    Breakdown<Status> b = Aggregation.over(portfolio).by(Dimensions.status()).run();
    t.setDefault(Breakdown.class, b);
    t.testAllPublicInstanceMethods(Aggregation.over(portfolio));
    t.testAllPublicInstanceMethods(Aggregation.over(portfolio).by(Dimensions.status()));
    t.testAllPublicInstanceMethods(b);
    t.testAllPublicInstanceMethods(b.total());
    t.testAllPublicInstanceMethods(b.shares(Measures.count()));
    t.testAllPublicInstanceMethods(Rate.of(1, 2));
    t.testAllPublicInstanceMethods(SizeBands.defaults());
    t.testAllPublicInstanceMethods(SizeBands.defaults().bands().get(0));
    t.testAllPublicInstanceMethods(ProjectBase.all());
    Pivot<Status, Status> p =
        Aggregation.over(portfolio).by(Dimensions.status(), Dimensions.status()).run();
    t.setDefault(Pivot.class, p);
    t.testAllPublicInstanceMethods(p);
    t.testAllPublicInstanceMethods(
        Aggregation.over(portfolio).by(Dimensions.status(), Dimensions.status()));
    Funnel f = Funnels.byPeriod(portfolio, DateRange.ofYear(Year.of(2023)));
    t.setDefault(Funnel.class, f);
    t.testAllPublicInstanceMethods(f);
    t.testAllPublicInstanceMethods(
        Kpis.planCompletion(portfolio, ProjectBase.all(), YearMonth.of(2023, 4)));
  }
}
