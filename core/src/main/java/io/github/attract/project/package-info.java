/**
 * Investment projects: {@link io.github.attract.project.Project}, its phases, investors, status
 * lifecycle, designations, plans, progress reports and expected outcomes.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.project;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
