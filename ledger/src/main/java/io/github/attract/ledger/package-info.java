/**
 * Project ledgers (项目台账) in and out: {@link io.github.attract.ledger.LedgerReader} reads Excel
 * {@code .xlsx} and CSV ledgers with Chinese or English headers into a portfolio, leniently, with
 * every rejected and skipped row located; {@link io.github.attract.ledger.LedgerWriter} writes
 * projects, breakdowns and pivots back to {@code .xlsx} with names and units.
 *
 * <pre>{@code
 * LedgerImport result = LedgerReader.of(LedgerMapping.forYear(Year.of(2023)), base)
 *     .read(Path.of("台账.xlsx"));
 * LedgerWriter.of(LedgerMapping.forYear(Year.of(2023))).writeProjects(result.portfolio(), out);
 * }</pre>
 */
@NullMarked
package io.github.attract.ledger;

import org.jspecify.annotations.NullMarked;
