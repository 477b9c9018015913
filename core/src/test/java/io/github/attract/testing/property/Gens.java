package io.github.attract.testing.property;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Factories of the basic generators. Numbers shrink towards zero (or the bound nearest to it),
 * choices towards the first option, collections towards fewer and simpler elements, optionals
 * towards empty. Numbers hit their bounds and zero more often than chance would.
 *
 * <pre>{@code
 * Gen<List<Integer>> scores = Gens.lists(Gens.ints(0, 100), 0, 20);
 * Gen<BigDecimal> amounts = Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("1e30"), 2);
 * }</pre>
 *
 * <p>Every generator returned is immutable and thread-safe; generated lists are immutable.
 */
public final class Gens {
  /** The mean number of optional elements of a collection (fewer when its range is smaller). */
  private static final int MEAN_EXTRA_ELEMENTS = 8;

  private Gens() {}

  /**
   * Generates longs in a closed range, shrinking towards zero if the range contains it, else
   * towards the bound nearest to zero.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Long> longs(long min, long max) {
    checkRange("longs", min <= max, "min <= max", min, max);
    if (min >= 0) {
      return source -> source.choose(min, max);
    }
    if (max <= 0) {
      return source -> max - (source.choose(min, max) - min);
    }
    return source ->
        source.choose(0, 1) == 0 ? source.choose(0, max) : -1 - source.choose(0, -1 - min);
  }

  /**
   * Generates ints in a closed range, shrinking like {@link #longs}.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Math::toIntExact);
  }

  /**
   * Generates booleans, shrinking towards {@code false}.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return source -> source.choose(0, 1) == 1;
  }

  /**
   * Generates always the same value.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the generator
   */
  public static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return source -> value;
  }

  /**
   * Generates one of the given values, shrinking towards the first.
   *
   * @param values the values, at least one
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never exposed
  public static <T> Gen<T> elements(T... values) {
    return elements(List.of(values));
  }

  /**
   * Generates one of the given values, shrinking towards the first.
   *
   * @param values the values, at least one
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   */
  public static <T> Gen<T> elements(List<T> values) {
    ImmutableList<T> copy = nonEmpty("elements", values);
    return source -> copy.get((int) source.choose(0, copy.size() - 1));
  }

  /**
   * Generates a value with one of the given generators, chosen with equal odds, shrinking towards
   * the first.
   *
   * @param gens the generators, at least one
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never exposed
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    ImmutableList<Gen<? extends T>> copy = nonEmpty("oneOf", List.of(gens));
    return source -> copy.get((int) source.choose(0, copy.size() - 1)).generate(source);
  }

  /**
   * Generates a value with one of the given generators, chosen with odds proportional to its
   * weight, shrinking towards the first.
   *
   * <pre>{@code
   * Gens.frequency(Map.entry(9, Gens.ints(0, 9)), Map.entry(1, Gens.ints(10, 1_000_000)));
   * }</pre>
   *
   * @param weighted pairs of a positive weight and a generator, at least one
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there are no pairs or a weight is not positive
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never exposed
  public static <T> Gen<T> frequency(Map.Entry<Integer, Gen<? extends T>>... weighted) {
    ImmutableList<Map.Entry<Integer, Gen<? extends T>>> copy =
        nonEmpty("frequency", List.of(weighted));
    long total = 0;
    for (Map.Entry<Integer, Gen<? extends T>> entry : copy) {
      if (entry.getKey() <= 0) {
        throw new IllegalArgumentException(
            "Gens 'frequency' needs positive weights, but got " + entry.getKey());
      }
      total += entry.getKey();
    }
    long last = total - 1;
    return source -> {
      long roll = source.choose(0, last);
      for (Map.Entry<Integer, Gen<? extends T>> entry : copy) {
        roll -= entry.getKey();
        if (roll < 0) {
          return entry.getValue().generate(source);
        }
      }
      throw new AssertionError("unreachable: roll within the total weight");
    };
  }

  /**
   * Generates immutable lists, shrinking towards shorter lists of simpler elements. Each element
   * beyond {@code minSize} is preceded by a choice to continue, so deleting choices deletes
   * elements.
   *
   * @param element the generator of the elements
   * @param minSize the smallest size
   * @param maxSize the largest size
   * @param <T> the type of the elements
   * @return the generator
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code minSize > maxSize}
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    checkRange("lists", 0 <= minSize && minSize <= maxSize, "0 <= min <= max", minSize, maxSize);
    long stopOdds = Math.max(1, Math.min(maxSize - minSize, MEAN_EXTRA_ELEMENTS));
    return source -> {
      ImmutableList.Builder<T> list = ImmutableList.builder();
      int size = 0;
      while (size < minSize || (size < maxSize && source.next(stopOdds, false) != 0)) {
        list.add(element.generate(source));
        size++;
      }
      return list.build();
    };
  }

  /**
   * Generates strings of characters (code points) from an alphabet, shrinking towards shorter
   * strings of the alphabet's first character.
   *
   * @param alphabet the characters allowed, at least one
   * @param minLength the smallest length, in code points
   * @param maxLength the largest length, in code points
   * @return the generator
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are not a range
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    checkRange(
        "strings",
        0 <= minLength && minLength <= maxLength,
        "0 <= min <= max",
        minLength,
        maxLength);
    ImmutableList<Integer> codePoints =
        nonEmpty("strings", alphabet.codePoints().boxed().collect(ImmutableList.toImmutableList()));
    return lists(elements(codePoints), minLength, maxLength)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder();
              chars.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  /**
   * Generates optionals, empty in about three tries out of ten, shrinking towards empty.
   *
   * @param gen the generator of the present values
   * @param <T> the type of the values
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return source ->
        source.choose(0, 3) == 0 ? Optional.empty() : Optional.of(gen.generate(source));
  }

  /**
   * Combines the values of two generators.
   *
   * @param a the first generator
   * @param b the second generator
   * @param combiner the function building the result
   * @param <A> the type of the first values
   * @param <B> the type of the second values
   * @param <R> the type of the results
   * @return the generator
   */
  public static <A, B, R> Gen<R> combine(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
    return source -> combiner.apply(a.generate(source), b.generate(source));
  }

  /**
   * Combines the values of three generators.
   *
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param combiner the function building the result
   * @param <A> the type of the first values
   * @param <B> the type of the second values
   * @param <C> the type of the third values
   * @param <R> the type of the results
   * @return the generator
   */
  public static <A, B, C, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source));
  }

  /**
   * Generates decimals of exactly the given scale in a closed range of any magnitude, shrinking
   * towards zero (or the bound nearest to it). Small and large magnitudes are equally likely: in
   * {@code [0, 1e40]} a value below 1 is as likely as one above 1e39.
   *
   * @param min the smallest value
   * @param max the largest value
   * @param scale the scale of every generated value
   * @return the generator
   * @throws IllegalArgumentException if no value of that scale lies in {@code [min, max]}
   */
  public static Gen<BigDecimal> bigDecimals(BigDecimal min, BigDecimal max, int scale) {
    BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          "Gens 'bigDecimals' needs a value of scale "
              + scale
              + " in [min, max], but ["
              + min.toPlainString()
              + ", "
              + max.toPlainString()
              + "] has none");
    }
    Gen<BigInteger> unscaled;
    if (low.signum() >= 0) {
      unscaled = source -> low.add(upTo(source, high.subtract(low)));
    } else if (high.signum() <= 0) {
      unscaled = source -> high.subtract(upTo(source, high.subtract(low)));
    } else {
      BigInteger negatives = low.negate().subtract(BigInteger.ONE);
      unscaled =
          source ->
              source.choose(0, 1) == 0
                  ? upTo(source, high)
                  : upTo(source, negatives).add(BigInteger.ONE).negate();
    }
    return unscaled.map(value -> new BigDecimal(value, scale));
  }

  /**
   * Draws {@code 0 <= n <= span}: first a bit length, so that every magnitude is equally likely and
   * shrinking the length shrinks the number, then the bits in 63-bit pieces, least significant
   * first, so that a smaller number needs fewer choices.
   */
  private static BigInteger upTo(Source source, BigInteger span) {
    int bits = (int) source.choose(0, span.bitLength());
    BigInteger result = BigInteger.ZERO;
    for (int shift = 0; shift < bits; shift += 63) {
      long piece = source.choose(0, (1L << Math.min(63, bits - shift)) - 1);
      result = result.or(BigInteger.valueOf(piece).shiftLeft(shift));
    }
    // Only at the span's own bit length can the result exceed it; clamping then hits the maximum.
    return result.min(span);
  }

  /**
   * Generates dates in a closed range, shrinking towards {@code min}.
   *
   * @param min the earliest date
   * @param max the latest date
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is after {@code max}
   */
  public static Gen<LocalDate> dates(LocalDate min, LocalDate max) {
    checkRange("dates", !min.isAfter(max), "min <= max", min, max);
    long first = min.toEpochDay();
    long last = max.toEpochDay();
    return source -> LocalDate.ofEpochDay(source.choose(first, last));
  }

  /**
   * Generates the permutations of a list, shrinking towards the list in its given order.
   *
   * @param values the values to permute
   * @param <T> the type of the values
   * @return the generator of immutable permutations
   */
  public static <T> Gen<List<T>> shuffle(List<T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    return source -> {
      List<T> permutation = new ArrayList<>(copy);
      for (int i = 0; i < permutation.size() - 1; i++) {
        Collections.swap(permutation, i, (int) source.choose(i, permutation.size() - 1));
      }
      return ImmutableList.copyOf(permutation);
    };
  }

  private static <T> ImmutableList<T> nonEmpty(String factory, List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "Gens '" + factory + "' needs at least one choice, but got none");
    }
    return ImmutableList.copyOf(values);
  }

  private static void checkRange(
      String factory, boolean valid, String rule, Object min, Object max) {
    if (!valid) {
      throw new IllegalArgumentException(
          "Gens '" + factory + "' needs " + rule + ", but got [" + min + ", " + max + "]");
    }
  }
}
