package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.RejectedRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed documents, generated systematically from the golden document and from seeded random
 * bytes, produce only {@link AttractJsonException} with a pointer into the document, never another
 * exception; and the lenient reader loses no record.
 */
class MalformedInputTest {
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final String COMPACT =
      PortfolioJson.writer().withPrettyPrint(false).write(Samples.portfolio());
  private static final List<String> REPLACEMENTS =
      List.of(
          "1",
          "-2.5",
          "1e999999",
          "12345678901234567890123",
          "\"x\"",
          "\"\"",
          "true",
          "null",
          "[]",
          "{}",
          "[[[[[[[[[[[[1]]]]]]]]]]]]",
          "{\"a\":{\"b\":{\"c\":[{}]}}}");

  /** Reads strictly and leniently; anything but success or the documented exception fails. */
  private static void readBoth(String json, JsonNode tree) {
    try {
      PortfolioJson.reader().read(json);
    } catch (AttractJsonException e) {
      checkPointer(e.pointer(), tree, json, e);
    } catch (RuntimeException e) {
      fail("strict read threw " + e + " for " + json, e);
    }
    try {
      PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
      assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(r.recordsRead());
      if (tree != null) {
        assertThat(r.recordsRead()).as(json).isEqualTo(recordsIn(tree));
        for (RejectedRecord rejected : r.rejected()) {
          checkPointer(rejected.problemPointer(), tree, json, null);
          assertThat(TREES.readTree(rejected.rawJson()))
              .isEqualTo(tree.at(rejected.recordPointer()));
        }
      }
    } catch (AttractJsonException e) {
      checkPointer(e.pointer(), tree, json, e);
    } catch (Exception e) {
      fail("lenient read threw " + e + " for " + json, e);
    }
  }

  /** A pointer must name a value of the document, or a missing property of an object in it. */
  private static void checkPointer(
      JsonPointer pointer, JsonNode tree, String json, AttractJsonException e) {
    if (tree == null || pointer.matches()) {
      return;
    }
    boolean exists = !tree.at(pointer).isMissingNode() || !tree.at(pointer.head()).isMissingNode();
    assertThat(exists).as("pointer %s of %s in %s", pointer, e, json).isTrue();
  }

  private static int recordsIn(JsonNode tree) {
    int n = 0;
    for (String section :
        List.of(
            "regions",
            "chains",
            "focusAreas",
            "investors",
            "projects",
            "activities",
            "signings",
            "targets",
            "reportedFigures")) {
      n += tree.path(section).size();
    }
    return n + tree.path("industryTaxonomy").path("industries").size();
  }

  /** Every value position of a tree, as pointers. */
  private static void positions(JsonNode node, JsonPointer at, List<JsonPointer> out) {
    out.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        positions(e.getValue(), at.appendProperty(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        positions(node.get(i), at.appendIndex(i), out);
      }
    }
  }

  private static JsonNode replaced(JsonNode root, JsonPointer at, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
    }
    return copy;
  }

  @Test
  void everyValueReplacedByEveryKindOfValue() throws Exception {
    JsonNode root = TREES.readTree(COMPACT);
    List<JsonPointer> all = new ArrayList<>();
    positions(root, JsonPointer.empty(), all);
    int cases = 0;
    for (JsonPointer at : all) {
      if (at.matches()) {
        continue;
      }
      for (int k = 0; k < 4; k++) {
        String replacement = REPLACEMENTS.get((cases + k * 5) % REPLACEMENTS.size());
        JsonNode value = replacementNode(replacement);
        JsonNode mutated = replaced(root, at, value);
        String json = mutated.toString().replace("\"__RAW__\"", replacement);
        readBoth(json, TREES.readTree(json));
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(1000);
  }

  private static JsonNode replacementNode(String replacement) throws Exception {
    // 1e999999 and long integers do not survive a tree of doubles: splice them in as text
    if (replacement.startsWith("1e") || replacement.length() > 20) {
      return TREES.getNodeFactory().textNode("__RAW__");
    }
    return TREES.readTree(replacement);
  }

  @Test
  void everyTruncation() {
    for (int end = 0; end < COMPACT.length(); end += 7) {
      String json = COMPACT.substring(0, end);
      try {
        PortfolioJson.reader().read(json);
        fail("a truncated document was read: " + json);
      } catch (AttractJsonException e) {
        assertThat(e.reason()).isNotBlank();
      }
      try {
        PortfolioJson.reader().readLenient(json.getBytes(StandardCharsets.UTF_8));
        fail("a truncated document was read leniently: " + json);
      } catch (AttractJsonException e) {
        assertThat(e.reason()).isNotBlank();
      }
    }
  }

  @Test
  void duplicatedKeysInEveryObject() throws Exception {
    JsonNode root = TREES.readTree(COMPACT);
    List<JsonPointer> all = new ArrayList<>();
    positions(root, JsonPointer.empty(), all);
    int cases = 0;
    for (JsonPointer at : all) {
      JsonNode node = root.at(at);
      if (!node.isObject() || node.size() == 0) {
        continue;
      }
      String key = node.fieldNames().next();
      String object = node.toString();
      String doubled = "{\"" + key + "\":" + node.get(key) + "," + object.substring(1);
      String json =
          at.matches()
              ? doubled
              : replaced(root, at, TREES.getNodeFactory().textNode("__RAW__"))
                  .toString()
                  .replace("\"__RAW__\"", doubled);
      AttractJsonException e = null;
      try {
        PortfolioJson.reader().read(json);
      } catch (AttractJsonException thrown) {
        e = thrown;
      }
      assertThat(e).as(json).isNotNull();
      assertThat(e.reason())
          .isEqualTo("Malformed or oversized JSON: Duplicate field '" + key + "'");
      assertThat(e.pointer()).isEqualTo(at.appendProperty(key));
      cases++;
    }
    assertThat(cases).isGreaterThan(50);
  }

  @Test
  void randomBytesAndRandomTails() {
    Random random = new Random(20231);
    for (int i = 0; i < 1000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      if (i % 2 == 0) {
        byte[] prefix =
            COMPACT.substring(0, random.nextInt(COMPACT.length())).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, both, 0, prefix.length);
        System.arraycopy(bytes, 0, both, prefix.length, bytes.length);
        bytes = both;
      }
      for (boolean lenient : new boolean[] {false, true}) {
        try {
          if (lenient) {
            PortfolioJson.reader().readLenient(bytes);
          } else {
            PortfolioJson.reader().read(bytes);
          }
        } catch (AttractJsonException e) {
          assertThat(e.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
          fail("threw " + e + " for random bytes #" + i, e);
        }
      }
    }
  }

  @Test
  void deepNestingAndHugeNumbersInsideRecords() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String hugeInt = "9".repeat(5000);
    String hugeExponent = "1e99999999999";
    for (String value : List.of(deep, hugeInt, hugeExponent, "\"" + "9".repeat(5000) + "\"")) {
      for (String at : List.of("\"jobs\":300", "\"year\":2023", "\"name\":\"China\"")) {
        String json = COMPACT.replaceFirst(at, at.substring(0, at.indexOf(':') + 1) + value);
        readBoth(json, null);
      }
    }
  }
}
