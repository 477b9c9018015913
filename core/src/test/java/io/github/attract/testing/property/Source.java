package io.github.attract.testing.property;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The random choices a {@link Gen} draws from, recorded so that a value can be re-created by
 * replaying them.
 *
 * <p>Each choice is stored as its offset from the minimum of its range, so a smaller recorded
 * number means a simpler value. While a property runs, choices come from a seeded random number
 * generator, biased now and then towards the ends of their range; while a failure is shrunk, they
 * come from a recorded, simplified sequence, and a sequence that runs out yields the minimum of
 * every further range. Not thread-safe: one source serves one try.
 *
 * <pre>{@code
 * Gen<Long> dice = source -> source.choose(1, 6);
 * }</pre>
 */
public final class Source {
  /** Beyond this many choices a try stops drawing at random and gets minimums only. */
  static final int MAX_CHOICES = 1 << 16;

  private final @Nullable SplittableRandom random;
  private final long[] replayed;
  private long[] recorded = new long[16];
  private int size;

  private Source(@Nullable SplittableRandom random, long[] replayed) {
    this.random = random;
    this.replayed = replayed;
  }

  static Source random(SplittableRandom random) {
    return new Source(random, new long[0]);
  }

  static Source replay(long[] choices) {
    return new Source(null, choices.clone());
  }

  /**
   * Draws a number in a closed range. Shrinking moves it towards {@code min}.
   *
   * @param min the smallest number allowed
   * @param max the largest number allowed
   * @return a number with {@code min <= n <= max}
   * @throws IllegalArgumentException if {@code min > max}
   */
  public long choose(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("Range must have min <= max, but " + min + " > " + max);
    }
    return min + next(max - min, true);
  }

  /**
   * Draws an unsigned offset in {@code [0, span]} (both unsigned), without edge bias when {@code
   * biased} is false: for the stop-or-continue draws of collections, whose odds must stay known.
   */
  long next(long span, boolean biased) {
    long offset;
    if (random == null || size >= MAX_CHOICES) {
      offset = size < replayed.length ? replayed[size] : 0;
      if (Long.compareUnsigned(offset, span) > 0) {
        offset = span;
      }
    } else if (biased) {
      int roll = random.nextInt(64);
      if (roll < 4) {
        offset = 0;
      } else if (roll < 6) {
        offset = span;
      } else if (roll < 8) {
        offset = uniform(random, Long.compareUnsigned(span, 16) < 0 ? span : 16);
      } else {
        offset = uniform(random, span);
      }
    } else {
      offset = uniform(random, span);
    }
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
    }
    recorded[size++] = offset;
    return offset;
  }

  private static long uniform(SplittableRandom random, long span) {
    if (span == -1) {
      return random.nextLong();
    }
    if (span >= 0 && span < Long.MAX_VALUE) {
      return random.nextLong(span + 1);
    }
    while (true) {
      long candidate = random.nextLong();
      if (Long.compareUnsigned(candidate, span) <= 0) {
        return candidate;
      }
    }
  }

  /** The choices drawn so far, without trailing zeros: replaying them re-creates the value. */
  long[] choices() {
    int end = size;
    while (end > 0 && recorded[end - 1] == 0) {
      end--;
    }
    return Arrays.copyOf(recorded, end);
  }
}
