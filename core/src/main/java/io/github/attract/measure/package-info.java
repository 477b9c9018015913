/**
 * Quantities: exact numbers with a unit ({@link io.github.attract.measure.Quantity}), grouped in
 * dimensions, converted exactly within a dimension and never across two.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.measure;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
