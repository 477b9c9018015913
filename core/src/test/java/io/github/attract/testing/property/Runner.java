package io.github.attract.testing.property;

import io.github.attract.testing.property.Property.Check;
import io.github.attract.testing.property.Property.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/** Runs the tries of a property and shrinks the first failure; see {@link Property}. */
final class Runner<T> {
  /** How many replays the shrinking of one failure may take. */
  static final int SHRINK_BUDGET = 2000;

  /** How far apart two choices may be for the passes that swap them or move amounts. */
  private static final int PAIR_DISTANCE = 8;

  private final Gen<T> gen;
  private final Check<T> check;
  private long[] best = new long[0];
  private @Nullable Throwable bestFailure;
  private int budget = SHRINK_BUDGET;
  private int steps;

  private Runner(Gen<T> gen, Check<T> check) {
    this.gen = gen;
    this.check = check;
  }

  static <T> void run(
      Settings settings, Gen<T> gen, Check<? super T> check, Function<T, List<?>> arguments) {
    int tries = settings.tries().orElseGet(Runner::triesFromSystem);
    long seed = settings.seed().orElseGet(Runner::seedFromSystem);
    String replay = "seed " + seed + "; replay with -D" + Property.SEED_PROPERTY + "=" + seed;
    Runner<T> runner = new Runner<>(gen, check::accept);
    SplittableRandom random = new SplittableRandom(seed);
    int passed = 0;
    int rejected = 0;
    while (passed < tries) {
      Source source = Source.random(random);
      Throwable failure;
      try {
        failure = runner.failure(gen.generate(source));
      } catch (Rejected e) {
        failure = e;
      } catch (RuntimeException e) {
        throw new AssertionError(
            "Generator failed on try " + (passed + 1) + " (" + replay + "): " + e, e);
      }
      if (failure == null) {
        passed++;
      } else if (failure instanceof Rejected || failure instanceof TestAbortedException) {
        if (++rejected > tries) {
          throw new AssertionError(
              String.format(
                  "Property gave up: %d tries were rejected by filters or assumptions, %d passed "
                      + "(%s); generate valid values by construction instead",
                  rejected, passed, replay),
              failure);
        }
      } else {
        throw runner.report(
            source.choices(),
            failure,
            arguments,
            String.format("Property failed on try %d of %d (%s)", passed + 1, tries, replay));
      }
    }
  }

  private static int triesFromSystem() {
    String text = System.getProperty(Property.TRIES_PROPERTY);
    if (text == null) {
      return Property.DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(text.strip());
      if (tries >= 1) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "System property '"
            + Property.TRIES_PROPERTY
            + "' must be a positive int, but was '"
            + text
            + "'");
  }

  private static long seedFromSystem() {
    String text = System.getProperty(Property.SEED_PROPERTY);
    if (text == null) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "System property '" + Property.SEED_PROPERTY + "' must be a long, but was '" + text + "'",
          e);
    }
  }

  /** Runs the check; returns what it threw, or null if it passed. */
  private @Nullable Throwable failure(T value) {
    try {
      check.accept(value);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }

  private AssertionError report(
      long[] original, Throwable failure, Function<T, List<?>> arguments, String headline) {
    best = original;
    bestFailure = failure;
    shrink();
    Throwable shrunk = bestFailure != null ? bestFailure : failure;
    StringBuilder message = new StringBuilder(headline);
    message.append("\nShrunk counterexample (").append(steps).append(" shrink steps):");
    describe(message, arguments.apply(gen.generate(Source.replay(best))));
    message.append("\nOriginal counterexample:");
    describe(message, arguments.apply(gen.generate(Source.replay(original))));
    message.append("\nFailure: ").append(shrunk);
    if (shrunk != failure) {
      message.append("\nOriginal failure: ").append(failure);
    }
    AssertionError error = new AssertionError(message.toString(), shrunk);
    if (shrunk != failure) {
      error.addSuppressed(failure);
    }
    return error;
  }

  private static void describe(StringBuilder message, List<?> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      message.append(arguments.size() == 1 ? "\n  " : "\n  #" + (i + 1) + " = ");
      Object argument = arguments.get(i);
      message.append(argument instanceof String ? "\"" + argument + "\"" : argument);
    }
  }

  /** Repeats the passes until none makes the failing choices simpler or the budget is spent. */
  private void shrink() {
    long[] before;
    do {
      before = best;
      deleteChunks();
      zeroChunks();
      lowerEach();
      swapAndMove();
      if (before == best) {
        lowerAndSaturate();
      }
    } while (before != best && budget > 0);
  }

  private void deleteChunks() {
    for (int size = 8; size >= 1; size /= 2) {
      for (int i = best.length - size; i >= 0; i--) {
        if (i + size <= best.length) {
          long[] candidate = new long[best.length - size];
          System.arraycopy(best, 0, candidate, 0, i);
          System.arraycopy(best, i + size, candidate, i, best.length - i - size);
          fails(candidate);
        }
      }
    }
  }

  private void zeroChunks() {
    for (int size = 8; size >= 2; size /= 2) {
      for (int i = 0; i + size <= best.length; i++) {
        long[] candidate = best.clone();
        Arrays.fill(candidate, i, i + size, 0);
        if (!Arrays.equals(candidate, best)) {
          fails(candidate);
        }
      }
    }
  }

  /** Lowers each choice towards the smallest value that still fails, by binary search. */
  private void lowerEach() {
    for (int i = 0; i < best.length; i++) {
      long[] base = best.clone();
      long high = base[i];
      if (high == 0 || fails(with(base, i, 0))) {
        continue;
      }
      long low = 0; // passes; high fails
      while (Long.compareUnsigned(high - low, 1) > 0 && budget > 0) {
        long middle = low + ((high - low) >>> 1);
        if (fails(with(base, i, middle))) {
          high = middle;
        } else {
          low = middle;
        }
      }
      // Failing values need not be contiguous (a filter skips some): probe a few below.
      for (long step = 2; step <= 8 && Long.compareUnsigned(high, step) >= 0; step++) {
        if (fails(with(base, i, high - step))) {
          break;
        }
      }
    }
  }

  /** Sorts pairs of choices and moves all or half of an earlier choice's value to a later one. */
  private void swapAndMove() {
    for (int i = 0; i < best.length; i++) {
      for (int j = i + 1;
          j < Math.min(best.length, i + 1 + PAIR_DISTANCE) && i < best.length;
          j++) {
        long first = best[i];
        long second = best[j];
        if (first == 0) {
          break;
        }
        if (Long.compareUnsigned(first, second) > 0
            && fails(with(with(best, i, second), j, first))) {
          continue;
        }
        for (long moved : new long[] {first, first >>> 1}) {
          long sum = second + moved;
          if (moved != 0
              && Long.compareUnsigned(sum, second) >= 0
              && fails(with(with(best, i, first - moved), j, sum))) {
            break;
          }
        }
      }
    }
  }

  /**
   * Lowers a choice by one and raises the next few to the maximum of their ranges: this carries a
   * number drawn in pieces (a bit length, then its digits) down to a smaller magnitude.
   */
  private void lowerAndSaturate() {
    for (int i = 0; i < best.length; i++) {
      for (int count = 1; count <= PAIR_DISTANCE && i < best.length && best[i] != 0; count *= 2) {
        long[] candidate = with(best, i, best[i] - 1);
        Arrays.fill(candidate, i + 1, Math.min(candidate.length, i + 1 + count), -1);
        if (fails(candidate)) {
          break;
        }
      }
    }
  }

  private static long[] with(long[] choices, int index, long value) {
    long[] copy = choices.clone();
    copy[index] = value;
    return copy;
  }

  /**
   * Replays candidate choices (each simpler than the best so far); if the check still fails with
   * the same type of exception, they become the new best and this returns true.
   */
  private boolean fails(long[] candidate) {
    if (budget <= 0) {
      return false;
    }
    budget--;
    Source source = Source.replay(candidate);
    T value;
    try {
      value = gen.generate(source);
    } catch (RuntimeException e) {
      return false; // rejected by a filter, or a generator that cannot cope with these choices
    }
    Throwable failure = failure(value);
    if (failure == null || bestFailure == null || failure.getClass() != bestFailure.getClass()) {
      return false;
    }
    long[] choices = source.choices();
    if (simpler(choices, best)) {
      best = choices;
      bestFailure = failure;
      steps++;
    }
    return true;
  }

  /** Shorter is simpler; of equal length, the first smaller (unsigned) choice decides. */
  private static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compareUnsigned(a, b) < 0;
  }
}
