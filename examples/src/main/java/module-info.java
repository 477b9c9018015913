/** Attract examples: the Shuangyashan 2023 report and an embedding example. */
module io.github.attract.examples {
  requires io.github.attract.core;
  requires io.github.attract.json;
  requires org.knowm.xchart;
  requires java.desktop;
  requires static org.jspecify;

  exports io.github.attract.examples;
}
