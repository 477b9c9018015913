/**
 * Projections: spreading money over time, investment schedules, capacity and outcome outlooks,
 * year-end forecasts, target progress, project economics and reconciliation.
 *
 * <ul>
 *   <li>{@link io.github.attract.projection.SpreadProfile} (even, front-loaded, back-loaded,
 *       S-curve, bell, custom) within a {@link io.github.attract.projection.Season} spreads money
 *       exactly ({@link io.github.attract.projection.Allocation}: largest remainder, ties to the
 *       earlier period);
 *   <li>{@link io.github.attract.projection.Schedules}: baseline, actual and forecast investment by
 *       month and year, per project and for many ({@link io.github.attract.projection.Schedule});
 *   <li>{@link io.github.attract.projection.CapacityOutlook} and {@link
 *       io.github.attract.projection.OutcomeOutlook} (with a {@link
 *       io.github.attract.projection.RampUp}): what comes online and what it yields, year by year;
 *   <li>{@link io.github.attract.projection.YearEndForecasts}: year-end completed investment by run
 *       rate and by season, and progress against time elapsed;
 *   <li>{@link io.github.attract.projection.TargetProgress} and {@link
 *       io.github.attract.projection.Reconciliation}: the ledger against targets and reported
 *       figures;
 *   <li>{@link io.github.attract.projection.Economics} on {@link
 *       io.github.attract.projection.CashFlows}: payback, NPV and every IRR in a range.
 * </ul>
 *
 * <p>The dates and periods these read off a project are stated once, in {@link
 * io.github.attract.projection.Milestones}. Results are keyed by project id and period, so a caller
 * groups them by any dimension by grouping project ids ({@link
 * io.github.attract.projection.Schedule#only}).
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone: every as-of date, profile and rate is an argument.
 */
@NullMarked
@AttractStyle
package io.github.attract.projection;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
