/**
 * Classifications defined as data: industry taxonomies with roll-up, industrial chains with ordered
 * links, focus areas of the promotion plan and regions with their kinds and parents.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.taxonomy;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
