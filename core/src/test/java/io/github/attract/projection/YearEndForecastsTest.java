package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.cny;
import static io.github.attract.projection.Fixtures.phase;
import static io.github.attract.projection.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearEndForecastsTest {
  private static final YearEndForecasts COLD = YearEndForecasts.of(Season.coldRegion());

  private static ProgressReport report(int year, int month, String cumulative) {
    return ProgressReport.builder()
        .month(YearMonth.of(year, month))
        .completedInvestment(cny(cumulative))
        .build();
  }

  /**
   * Plan 1,200.00 for 2023; 100.00 done by December 2022, 460.00 by April 2023: 360.00 this year.
   */
  private static Project planned() {
    return project("p")
        .totalInvestment(cny("5000.00"))
        .addPhase(phase("p1", "2022-01-01/2025-12-31"))
        .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("1200.00")))
        .addProgressReport(report(2022, 12, "100.00"))
        .addProgressReport(report(2023, 4, "460.00"))
        .build();
  }

  @Test
  void forecastsByRunRateAndBySeason() {
    YearEndForecast f = COLD.forecast(planned(), Year.of(2023), YearMonth.of(2023, 4));
    assertThat(f.plan()).isEqualTo(cny("1200.00"));
    assertThat(f.completedYearToDate()).isEqualTo(cny("360.00"));
    // 360 x 12 / 4
    assertThat(f.runRateForecast()).isEqualTo(cny("1080.00"));
    // 360 x 75 / 13 = 2076.923..
    assertThat(f.seasonalForecast()).contains(cny("2076.92"));
    assertThat(f.completionPercent()).contains(new BigDecimal("30.00"));
    assertThat(f.yearElapsedPercent()).isEqualTo(new BigDecimal("33.33"));
    assertThat(f.seasonElapsedPercent()).isEqualTo(new BigDecimal("17.33"));
    assertThat(f.runRatePercent(1)).contains(new BigDecimal("90.0"));
    assertThat(f.seasonalPercent(2)).contains(new BigDecimal("173.08"));
    assertThat(f.againstYear().orElseThrow().verdict()).isEqualTo("behind by 3.33 points");
    assertThat(f.againstSeason().orElseThrow().verdict()).isEqualTo("ahead by 12.67 points");
    assertThat(f.againstSeason().orElseThrow().points()).isEqualTo(new BigDecimal("12.67"));
    assertThat(f)
        .hasToString(
            "YearEndForecast[2023 as of 2023-04, 1 project: plan CNY 1200.00, done CNY 360.00"
                + " (30.00 %), run rate CNY 1080.00, seasonal CNY 2076.92; year 33.33 % gone:"
                + " behind by 3.33 points; season 17.33 % gone: ahead by 12.67 points]");
  }

  @Test
  void groupsByCurrencyAndCountsProjectsWithoutPlan() {
    Project noPlan =
        project("q")
            .totalInvestment(cny("100.00"))
            .addProgressReport(report(2023, 2, "40.00"))
            .build();
    Project usd =
        project("u")
            .currency(Currencies.USD)
            .totalInvestment(Money.of("USD", "100.00"))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), Money.of("USD", "60.00")))
            .build();
    List<YearEndForecast> all =
        YearEndForecasts.of(Season.allYear())
            .forecast(List.of(planned(), noPlan, usd), Year.of(2023), YearMonth.of(2023, 6));
    assertThat(all)
        .extracting(YearEndForecast::currency)
        .containsExactly(Currencies.CNY, Currencies.USD);
    YearEndForecast cny = all.get(0);
    assertThat(cny.projects()).isEqualTo(2);
    assertThat(cny.projectsWithoutPlan()).isEqualTo(1);
    assertThat(cny.completedYearToDate()).isEqualTo(cny("400.00"));
    assertThat(cny.runRateForecast()).isEqualTo(cny("800.00"));
    assertThat(cny.seasonalForecast()).contains(cny("800.00"));
    assertThat(all.get(1).completionPercent()).contains(new BigDecimal("0.00"));
    assertThat(all.get(1).againstYear().orElseThrow().verdict())
        .isEqualTo("behind by 50.00 points");
  }

  @Test
  void aZeroPlanHasNoPercentagesAndASeasonWithNothingGoneNoSeasonalForecast() {
    Season late = Season.allYear().withWeight(Month.JANUARY, BigDecimal.ZERO);
    Project p = project("p").addProgressReport(report(2023, 1, "10.00")).build();
    YearEndForecast f = YearEndForecasts.of(late).forecast(p, Year.of(2023), YearMonth.of(2023, 1));
    assertThat(f.completionPercent()).isEmpty();
    assertThat(f.againstYear()).isEmpty();
    assertThat(f.seasonalForecast()).isEmpty();
    assertThat(f.seasonalPercent(2)).isEmpty();
    assertThat(f.runRateForecast()).isEqualTo(cny("120.00"));
    assertThat(f.seasonElapsedPercent()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void rejectsAnAsOfMonthOutsideTheYear() {
    assertThatThrownBy(() -> COLD.forecast(planned(), Year.of(2023), YearMonth.of(2024, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year-end forecast 'asOf' must lie in 2023, but was 2024-01");
    assertThatThrownBy(() -> COLD.withPercentScale(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year-end forecasts 'percentScale' must be from 0 to 10, but was 11");
  }

  @Test
  void progressAgainstTime() {
    ProgressAgainstTime p =
        ProgressAgainstTime.of(new BigDecimal("30.00"), new BigDecimal("33.33"));
    assertThat(p.points()).isEqualTo(new BigDecimal("-3.33"));
    assertThat(p.isBehind()).isTrue();
    assertThat(p.isAhead()).isFalse();
    assertThat(p).hasToString("30.00 % done, 33.33 % of time gone: behind by 3.33 points");
    assertThat(ProgressAgainstTime.of(BigDecimal.TEN, BigDecimal.TEN).verdict())
        .isEqualTo("on time");
  }

  @Test
  void areValues() {
    new EqualsTester()
        .addEqualityGroup(
            COLD.forecast(planned(), Year.of(2023), YearMonth.of(2023, 4)),
            COLD.forecast(planned(), Year.of(2023), YearMonth.of(2023, 4)))
        .addEqualityGroup(COLD.forecast(planned(), Year.of(2023), YearMonth.of(2023, 5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(COLD, YearEndForecasts.of(Season.coldRegion()).withPercentScale(2))
        .addEqualityGroup(COLD.withPercentScale(1))
        .addEqualityGroup(YearEndForecasts.of(Season.allYear()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProgressAgainstTime.of(BigDecimal.ONE, BigDecimal.TEN),
            ProgressAgainstTime.of(BigDecimal.ONE, BigDecimal.TEN))
        .addEqualityGroup(ProgressAgainstTime.of(BigDecimal.TEN, BigDecimal.ONE))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Project.class, planned())
            .setDefault(Year.class, Year.of(2023))
            .setDefault(YearMonth.class, YearMonth.of(2023, 4))
            .setDefault(Season.class, Season.allYear());
    npt.testAllPublicStaticMethods(YearEndForecasts.class);
    npt.testAllPublicInstanceMethods(COLD);
    npt.testAllPublicStaticMethods(ProgressAgainstTime.class);
  }
}
