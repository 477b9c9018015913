/**
 * Periods of the domain: closed date ranges ({@link io.github.attract.time.DateRange}) and calendar
 * quarters.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.time;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
