package io.github.attract.testing.property;

/**
 * A function of three arguments, for {@link Gens#combine(Gen, Gen, Gen, Function3)}.
 *
 * <pre>{@code
 * Function3<Integer, Integer, Integer, Integer> sum = (a, b, c) -> a + b + c;
 * }</pre>
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface Function3<A, B, C, R> {
  /**
   * Applies this function.
   *
   * @param a the first argument
   * @param b the second argument
   * @param c the third argument
   * @return the result
   */
  R apply(A a, B b, C c);
}
