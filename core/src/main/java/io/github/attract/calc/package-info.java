/**
 * The aggregation API: breakdowns, pivots, exact shares, size bands, funnels and KPIs over a
 * portfolio; every accumulator is a mergeable monoid.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.calc;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
