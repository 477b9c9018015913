/**
 * The calculation engine behind {@link io.github.attract.calc}: a portfolio's columnar index (its
 * projects as rows, built-in dimensions as int codes, money as {@code long} minor units, the dated
 * histories as compressed sparse rows of primitives), the aggregation kernel and its mergeable
 * accumulators. Internal: the module does not export this package, and nothing of it appears in a
 * signature of the public API; it may change in any release.
 */
@NullMarked
package io.github.attract.calc.engine;

import org.jspecify.annotations.NullMarked;
