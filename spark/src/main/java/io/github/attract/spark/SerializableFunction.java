package io.github.attract.spark;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A function that Spark can ship to its executors: a lambda written where this type is expected is
 * serializable, provided that everything it captures is.
 *
 * <pre>{@code
 * SerializableFunction<Project, Optional<String>> initial =
 *     p -> Optional.of(p.name().substring(0, 1));
 * }</pre>
 *
 * @param <T> the type of the argument
 * @param <R> the type of the result
 */
@FunctionalInterface
public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}
