/**
 * Attract JSON: a Jackson module with a documented, versioned JSON format for Attract portfolios,
 * strict and lenient readers, and OC4IDS export and import.
 */
module io.github.attract.json {
  requires transitive io.github.attract.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.jspecify;
}
