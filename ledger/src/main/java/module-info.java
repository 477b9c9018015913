/**
 * Attract ledger: reads county and city project ledgers (项目台账, Excel {@code .xlsx} through Apache
 * POI's streaming event API, CSV through Commons CSV) into portfolios, leniently and with every
 * rejected row located, and writes projects and results back to {@code .xlsx}.
 *
 * <pre>{@code
 * LedgerImport result = LedgerReader.of(LedgerMapping.forYear(Year.of(2023)), base)
 *     .read(Path.of("台账.xlsx"));
 * }</pre>
 */
module io.github.attract.ledger {
  requires transitive io.github.attract.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.csv;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.attract.ledger;
}
