/**
 * Attract JSON: a Jackson module with a documented, versioned JSON format for Attract portfolios,
 * strict and lenient readers, and OC4IDS export and import.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioJson.reader().read(Path.of("portfolio.json"));
 * ObjectMapper mapper = new ObjectMapper().registerModule(new AttractModule());
 * }</pre>
 */
module io.github.attract.json {
  requires transitive io.github.attract.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.jspecify;

  exports io.github.attract.json;

  // Jackson reads nothing here reflectively (every serializer is written by hand), but a mapper
  // that introspects a registered serializer class must not fail on a module-path.
  opens io.github.attract.json to
      com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      io.github.attract.json.AttractModule;
}
