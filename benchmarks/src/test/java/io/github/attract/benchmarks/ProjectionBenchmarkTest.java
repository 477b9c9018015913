package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Currencies;
import io.github.attract.projection.Schedule;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Runs the projection benchmark once at a tiny size, after the set-up JMH runs. */
class ProjectionBenchmarkTest {
  @Test
  void scheduleCoversTheWindowAndAddsUpToTheTotal() {
    ProjectionBenchmark.AttractData s = new ProjectionBenchmark.AttractData();
    s.size = 1_000;
    s.setUp();

    Schedule schedule = new ProjectionBenchmark().attractSchedule(s);

    assertThat(schedule.byYear(Currencies.CNY).keySet())
        .allMatch(y -> y.getValue() >= 2023 && y.getValue() <= 2030);
    assertThat(schedule.byYear(Currencies.CNY)).containsKey(Year.of(2025));
    long total = 0;
    for (long fen : PortfolioGenerator.generate(1_000, PortfolioGenerator.DEFAULT_SEED).totalFen) {
      total += fen;
    }
    assertThat(schedule.total().amount(Currencies.CNY).minorUnitsExact()).isEqualTo(total);
  }

  @Test
  void aScheduleThatDoesNotAddUpAbortsTheTrial() {
    ProjectionBenchmark.AttractData s = new ProjectionBenchmark.AttractData();
    s.size = 200;
    s.setUp();
    Schedule schedule = new ProjectionBenchmark().attractSchedule(s);
    long total = schedule.total().amount(Currencies.CNY).minorUnitsExact();

    assertThatThrownBy(() -> ProjectionBenchmark.check(schedule, total + 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Variant 'attractSchedule' must add up to the total investment " + (total + 1));
  }
}
