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

  // No 'opens': nothing reads core reflectively. attract-json's codecs are written by hand and
  // call the public API only; tests run patched into the module, their packages opened by Surefire.
  exports io.github.attract.money;
  exports io.github.attract.measure;
  exports io.github.attract.time;
  exports io.github.attract.taxonomy;
  exports io.github.attract.project;
  exports io.github.attract.promotion;
  exports io.github.attract.portfolio;
  exports io.github.attract.calc;
  exports io.github.attract.projection;
}
