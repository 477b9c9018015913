/**
 * Attract core: immutable value types of investment-promotion portfolios and a pure, exact
 * calculation API for their aggregations and projections. No JSON library is needed.
 */
module io.github.attract.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.attract.money;
  exports io.github.attract.measure;
  exports io.github.attract.time;
  exports io.github.attract.taxonomy;
  exports io.github.attract.project;
  exports io.github.attract.promotion;
  exports io.github.attract.portfolio;
  exports io.github.attract.calc;
  exports io.github.attract.projection;

  // Reflection-based tools (Jackson in attract-json, AssertJ in tests) read the generated,
  // package-private implementation classes.
  opens io.github.attract.money;
  opens io.github.attract.measure;
  opens io.github.attract.time;
  opens io.github.attract.taxonomy;
  opens io.github.attract.project;
  opens io.github.attract.promotion;
  opens io.github.attract.portfolio;
  opens io.github.attract.calc;
  opens io.github.attract.projection;
}
