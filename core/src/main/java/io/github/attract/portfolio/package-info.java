/**
 * The {@link io.github.attract.portfolio.Portfolio}: every entity of one ledger with unique ids and
 * resolvable references, and a bulk check that returns every violation at once.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.portfolio;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
