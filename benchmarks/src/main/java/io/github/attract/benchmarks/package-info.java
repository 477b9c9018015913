/**
 * JMH benchmarks of Attract against the ways the same portfolio question is answered without it:
 * hand loops over plain objects and over primitive columns, Java Streams with {@code BigDecimal},
 * H2 and DuckDB; plus a memory measurement and the writer of {@code RESULTS.md}.
 *
 * <p>Every variant answers one question ({@link io.github.attract.benchmarks.Question}) over data
 * drawn once by {@link io.github.attract.benchmarks.PortfolioGenerator} and converted into each
 * variant's representation, and every trial checks its answer against {@link
 * io.github.attract.benchmarks.Oracle} before it measures anything.
 */
@NullMarked
package io.github.attract.benchmarks;

import org.jspecify.annotations.NullMarked;
