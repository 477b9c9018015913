/**
 * Money: exact amounts in one ISO-4217 currency ({@link io.github.attract.money.Money}), the units
 * that reports use (yuan, 万元, 亿元, million, billion), dated exchange-rate tables and mergeable
 * multi-currency totals.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.money;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
