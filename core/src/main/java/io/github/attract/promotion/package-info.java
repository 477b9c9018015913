/**
 * The promotion work behind the projects: activities, signings, the targets of the annual plan and
 * figures reported by a source.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.promotion;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
