package io.github.attract.benchmarks;

import java.util.Locale;
import java.util.function.Supplier;

/** What every trial's set-up shares: the data, timing of the set-up steps, settling the heap. */
final class Trials {
  private Trials() {}

  /**
   * Generates the benchmark's portfolio of a size with the default seed, and logs the time taken.
   *
   * @param size the number of projects
   * @return the data
   */
  static SyntheticPortfolio data(int size) {
    SyntheticPortfolio d =
        timed(
            "generate " + size + " projects",
            () -> PortfolioGenerator.generate(size, PortfolioGenerator.DEFAULT_SEED));
    log("data: " + d.volumes());
    return d;
  }

  /**
   * Runs a set-up step and logs its wall time.
   *
   * @param what the step, for the log
   * @param step the step
   * @param <T> its result type
   * @return its result
   */
  static <T> T timed(String what, Supplier<T> step) {
    long start = System.nanoTime();
    T result = step.get();
    long ms = (System.nanoTime() - start) / 1_000_000;
    log(what + ": " + ms + " ms");
    return result;
  }

  /**
   * Checks a variant's answer against the oracle's and logs the check.
   *
   * @param expected the oracle's answer
   * @param actual the variant's answer
   * @param variant the variant's name
   * @throws IllegalStateException if they differ: the trial is aborted
   */
  static void verify(Breakdown expected, Breakdown actual, String variant) {
    Breakdown.requireSame(expected, actual, variant);
    log(
        String.format(
            Locale.ROOT,
            "verified '%s': %d projects in %d groups, identical to the oracle",
            variant,
            actual.projects(),
            actual.groups()));
  }

  /**
   * Collects garbage after set-up, so that the data set has been moved once, as long-lived data in
   * a running service would have been, before anything is measured.
   */
  @SuppressWarnings("SystemGc") // deliberate: between set-up and measurement, never in timed code
  static void settle() {
    System.gc();
    System.gc();
  }

  private static void log(String line) {
    System.out.println("# setup: " + line);
  }
}
