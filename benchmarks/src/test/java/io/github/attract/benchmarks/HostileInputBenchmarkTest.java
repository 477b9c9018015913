package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.json.AttractJsonException;
import org.junit.jupiter.api.Test;

/** Runs every hostile-input benchmark method once at a tiny size, after the set-up JMH runs. */
class HostileInputBenchmarkTest {
  private static final int TINY = 50;
  private final HostileInputBenchmark benchmark = new HostileInputBenchmark();

  @Test
  void eachShapeIsReadWholly() throws AttractJsonException {
    HostileInputBenchmark.Input in = new HostileInputBenchmark.Input();
    in.n = TINY;
    in.setUp();

    assertThat(benchmark.investorChain(in)).isEqualTo(TINY);
    assertThat(benchmark.brokenInvestorChain(in)).isEqualTo(TINY);
    assertThat(benchmark.industryChain(in)).isEqualTo(TINY);
    assertThat(benchmark.unknownKeys(in)).isEqualTo(TINY);
    assertThat(benchmark.oc4idsUnknownKeys(in)).isEqualTo(TINY);
  }
}
