/**
 * The aggregation API: breakdowns, pivots, exact shares, size bands, funnels and KPIs over a
 * portfolio; every accumulator is a mergeable monoid.
 *
 * <pre>{@code
 * Breakdown<IndustryId> byIndustry = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1))
 *     .measuring(Measures.count(), Measures.totalInvestment())
 *     .run();
 * byIndustry.shares(Measures.totalInvestment());   // exact, sums to 100.00 %
 * Pivot<IndustryId, Status> grid = Aggregation.over(portfolio)
 *     .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
 *     .run();
 * Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
 * Rate start = Kpis.startRate(portfolio, ProjectBase.signedIn(Year.of(2023)), asOf);
 * }</pre>
 *
 * <h2>Exact</h2>
 *
 * Counts and money are summed exactly: money as {@code long} minor units per currency with every
 * addition checked for overflow and carried on, exact, as a {@code BigInteger}; never in {@code
 * double}, never across currencies. Rounding happens only when a result is presented (shares,
 * rates), with a scale and rounding mode the caller gives.
 *
 * <h2>Mergeable: the contract for distributed engines</h2>
 *
 * {@link io.github.attract.calc.Breakdown}, {@link io.github.attract.calc.Pivot}, {@link
 * io.github.attract.calc.Totals} and {@link io.github.attract.calc.Funnel} are commutative monoids
 * under {@code combinedWith}, and serializable:
 *
 * <ul>
 *   <li>two-sided identity: {@code q.empty().combinedWith(a).equals(a)} and {@code
 *       a.combinedWith(q.empty()).equals(a)};
 *   <li>associative merge: {@code a.combinedWith(b).combinedWith(c).equals(
 *       a.combinedWith(b.combinedWith(c)))}, and commutative;
 *   <li>homomorphism: the result over a concatenation of projects equals the combination of the
 *       results over the parts, so any split gives the same result;
 *   <li>no rounding and no currency conversion inside a merge: merges add exact sums; shares,
 *       top-N, rates and conversions are taken from the final result.
 * </ul>
 *
 * This is what a Spark {@code Aggregator}, a Beam {@code CombineFn} or a Flink {@code
 * AggregateFunction} requires. A query here, though, is made over a portfolio and classifies
 * projects through all of it (taxonomy levels, region hierarchy, chains, investors), so a worker
 * holding only its shard cannot run it. For distributed runs use {@code attract-spark} (module
 * {@code spark}, see its README): it describes the question without a portfolio, broadcasts the
 * reference data once, aggregates chunks of projects with this engine and merges the partial
 * results with {@code combinedWith}. Results carry domain keys (ids, statuses, years), not index
 * codes, so partial results of different shards merge; shares or a top-N are taken from the final
 * result. On one machine the same contract lets {@link
 * io.github.attract.calc.BreakdownQuery#collector()} run on a parallel stream.
 *
 * <h2>Fast</h2>
 *
 * A portfolio keeps a columnar index beside its objects, built once on first use: built-in
 * dimensions as int codes, money as {@code long} minor units, and the dated histories (status
 * changes, annual plans, progress reports) as primitive arrays, so that the status on any day, the
 * plan of any year or completed investment as of any month is one pass over them, without touching
 * the objects. The columns of the last questions asked stay cached, within a bound of 48 bytes per
 * project (at least 1 MiB), so a repeated question only aggregates. Built-in dimensions and
 * measures aggregate in tight loops over primitive arrays; {@link
 * io.github.attract.calc.Aggregation#parallel()} splits the rows, both when the question's columns
 * are laid out and when they are added up, and merges the partial sums exactly.
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
@AttractStyle
package io.github.attract.calc;

import io.github.attract.internal.AttractStyle;
import org.jspecify.annotations.NullMarked;
