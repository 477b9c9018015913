package io.github.attract.spark;

import java.io.Serializable;
import java.util.function.Predicate;

/**
 * A test that Spark can ship to its executors: a lambda written where this type is expected is
 * serializable, provided that everything it captures is.
 *
 * <pre>{@code
 * SerializablePredicate<Project> large =
 *     p -> p.totalInvestment().map(m -> m.isGreaterThan(threshold)).orElse(false);
 * }</pre>
 *
 * @param <T> the type of the argument
 */
@FunctionalInterface
public interface SerializablePredicate<T> extends Predicate<T>, Serializable {}
