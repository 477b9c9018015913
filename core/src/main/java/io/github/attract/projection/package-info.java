/**
 * Projections: spreading money over time, investment schedules, capacity and outcome outlooks,
 * year-end forecasts, target progress, project economics and reconciliation.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.projection;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
