package io.github.attract.jsontest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Mutates a JSON document as an attacker or a careless publisher would: a value replaced by another
 * kind of value or by a hostile one ({@code 1e1000000000}, {@code "XXX"}, {@code "many"}, a year
 * above 9999), an array given as an object, a property removed or added, an element repeated. The
 * same seed gives the same mutant.
 */
final class Mutator {
  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Values that broke a reader once, or might: written into the document as they are. */
  private static final List<String> HOSTILE =
      List.of(
          "{}",
          "[]",
          "{\"x\":1}",
          "[\"x\"]",
          "[{}]",
          "[[]]",
          "null",
          "true",
          "0",
          "-1",
          "1.5",
          "-0",
          "1e1000000000",
          "-1e1000000000",
          "1e-1000000000",
          "9223372036854775808",
          "123456789012345678901234567890.123456789",
          "\"\"",
          "\" \"",
          "\"many\"",
          "\"XXX\"",
          "\"XAU\"",
          "\"cny\"",
          "\"1e1000000000\"",
          "\"-5\"",
          "\"CNY 1e1000000000\"",
          "\"CNY -1.00\"",
          "\"+10000-01-01\"",
          "\"-0001-01-01\"",
          "\"2023-02-30\"",
          "\"2023-13\"",
          "\"9999-12-31T23:59:59-12:00\"",
          "\"\\u0000\"",
          "\"met\"",
          "\"completion\"",
          "\"funder\"",
          "\"phase-\"",
          "\"annualPlans\"",
          "\"jobs\"",
          "\"capacity-1\"",
          "\"maintenance\"",
          "\"a/b~c\"");

  private final JsonNode base;

  Mutator(String json) {
    try {
      this.base = TREES.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("Mutator base must be JSON", e);
    }
  }

  /** Returns a mutant of the base with one to four mutations chosen by the seed. */
  String mutant(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JsonNode doc = base.deepCopy();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      List<JsonPointer> places = new ArrayList<>();
      collect(doc, JsonPointer.empty(), places);
      JsonPointer at = places.get(random.nextInt(places.size()));
      doc = mutate(doc, at, random);
    }
    try {
      return TREES.writeValueAsString(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
    out.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at.appendProperty(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), out);
      }
    }
  }

  private static JsonNode mutate(JsonNode doc, JsonPointer at, SplittableRandom random) {
    JsonNode target = doc.at(at);
    JsonNode replacement;
    switch (random.nextInt(6)) {
      case 0, 1 -> replacement = F.rawValueNode(new RawValue(pick(HOSTILE, random)));
      case 2 -> {
        // an array given as an object, or an object given as an array
        if (target.isArray()) {
          ObjectNode o = F.objectNode();
          for (int i = 0; i < target.size(); i++) {
            o.set(String.valueOf(i), target.get(i));
          }
          replacement = o;
        } else {
          replacement = F.arrayNode().add(target);
        }
      }
      case 3 -> {
        if (target.isObject() && !target.isEmpty()) {
          List<String> names = new ArrayList<>();
          target.fieldNames().forEachRemaining(names::add);
          ((ObjectNode) target).remove(pick(names, random));
          return doc;
        }
        if (target.isArray() && !target.isEmpty()) {
          ((ArrayNode) target).remove(random.nextInt(target.size()));
          return doc;
        }
        replacement = F.nullNode();
      }
      case 4 -> {
        if (target.isObject()) {
          ((ObjectNode) target)
              .set(
                  "unknown" + random.nextInt(3),
                  F.rawValueNode(new RawValue(pick(HOSTILE, random))));
          return doc;
        }
        if (target.isArray() && !target.isEmpty()) {
          ((ArrayNode) target).add(target.get(random.nextInt(target.size())).deepCopy());
          return doc;
        }
        replacement = F.rawValueNode(new RawValue(pick(HOSTILE, random)));
      }
      default -> {
        // a number as a string or a string as a number, as real publishers do
        if (target.isNumber()) {
          replacement = F.textNode(target.asText());
        } else if (target.isTextual()) {
          replacement = F.rawValueNode(new RawValue(random.nextBoolean() ? "1" : "1e400"));
        } else {
          replacement = F.objectNode();
        }
      }
    }
    return replace(doc, at, replacement);
  }

  private static JsonNode replace(JsonNode doc, JsonPointer at, JsonNode replacement) {
    if (at.matches()) {
      return replacement;
    }
    JsonNode parent = doc.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    return doc;
  }

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
