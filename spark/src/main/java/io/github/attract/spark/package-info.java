/**
 * Attract's aggregation API on Apache Spark: breakdowns and pivots of a {@code Dataset<Project>}
 * that equal {@link io.github.attract.calc.Aggregation#over} on one machine exactly.
 *
 * <pre>{@code
 * Attract attract = Attract.on(spark, referenceData);            // taxonomy, regions... broadcast
 * BreakdownSpec<IndustryId> q = Query.all()
 *     .by(QueryDimension.industry(1))
 *     .measuring(QueryMeasure.count(), QueryMeasure.totalInvestment());
 * Breakdown<IndustryId> b = projects.select(attract.breakdown(q)).first();
 * }</pre>
 *
 * <p>A query is described without a portfolio ({@link io.github.attract.spark.Query}, {@link
 * io.github.attract.spark.QueryDimension}, {@link io.github.attract.spark.QueryMeasure}); the
 * description is serializable and travels to the executors, and the reference data the dimensions
 * read (industry taxonomy, regions, chains, focus areas, investors) is broadcast once as an Attract
 * JSON document. Each executor aggregates its projects in chunks with the core engine and the
 * partial results merge with {@code combinedWith}, which is exact and associative, so the result
 * does not depend on the partitioning.
 */
@NullMarked
package io.github.attract.spark;

import org.jspecify.annotations.NullMarked;
