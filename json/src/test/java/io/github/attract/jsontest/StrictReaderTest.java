package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReader;
import io.github.attract.portfolio.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading fails on the first problem with the pointer of the bad value. */
class StrictReaderTest {
  static final String GOLDEN = golden("portfolio-1.0.json");

  /**
   * The same portfolio with money as {@code {"amount", "currency"}} objects, which readers read.
   */
  static final String OBJECTS = golden("portfolio-1.0-money-objects.json");

  static String golden(String name) {
    try {
      return GoldenTest.resource(name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static AttractJsonException failure(String json) {
    return catchThrowableOfType(
        AttractJsonException.class, () -> PortfolioJson.reader().read(json));
  }

  static AttractJsonException failure(PortfolioReader reader, String json) {
    return catchThrowableOfType(AttractJsonException.class, () -> reader.read(json));
  }

  /** The golden document with one text replaced, which must occur exactly once. */
  static String golden(String from, String to) {
    return replaceOnce(GOLDEN, from, to);
  }

  /** The golden document with money objects, with one text replaced that occurs exactly once. */
  static String objects(String from, String to) {
    return replaceOnce(OBJECTS, from, to);
  }

  private static String replaceOnce(String document, String from, String to) {
    assertThat(document.indexOf(from)).isNotNegative().isEqualTo(document.lastIndexOf(from));
    return document.replace(from, to);
  }

  @Test
  void readsFilesStreamsAndBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.json");
    Files.writeString(file, GOLDEN);
    Portfolio expected = Samples.portfolio();
    assertThat(PortfolioJson.reader().read(file)).isEqualTo(expected);
    assertThat(
            PortfolioJson.reader()
                .read(new ByteArrayInputStream(GOLDEN.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(PortfolioJson.reader().read(GOLDEN.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(expected);
    assertThat(PortfolioJson.reader().read(new java.io.StringReader(GOLDEN))).isEqualTo(expected);
  }

  @Test
  void moneyAsJsonNumberIsRejectedWithItsPointer() {
    AttractJsonException number =
        failure(
            golden(
                "\"totalInvestment\": \"CNY 1050000000.00\"",
                "\"totalInvestment\": 1050000000.00"));
    assertThat(number.getMessage())
        .as("the example in FORMAT.md")
        .isEqualTo(
            "/projects/0/totalInvestment: Money must be a text such as \"CNY 1050000000.00\" or an"
                + " object {\"amount\", \"currency\"}, but was a number [line 118, column 26]");
    assertThat(number.pointer()).hasToString("/projects/0/totalInvestment");
    assertThat(number.reason())
        .isEqualTo(
            "Money must be a text such as \"CNY 1050000000.00\" or an object {\"amount\","
                + " \"currency\"}, but was a number");
    AttractJsonException e =
        failure(objects("\"amount\": \"1050000000.00\"", "\"amount\": 1050000000.00"));
    assertThat(e.pointer()).hasToString("/projects/0/totalInvestment/amount");
    assertThat(e.reason())
        .isEqualTo(
            "Money 'amount' must be a decimal string such as \"1050000000.00\"; JSON numbers are"
                + " not accepted, but was the number 1050000000.00");
    assertThat(e.getMessage())
        .startsWith("/projects/0/totalInvestment/amount: Money 'amount' must be")
        .contains("[line ");
  }

  @Test
  void moneyTextIsACodeASpaceAndAPlainDecimal() {
    AttractJsonException e =
        failure(golden("\"investment\": \"CNY 600000000.00\"", "\"investment\": \"CNY 6e8\""));
    assertThat(e.pointer()).hasToString("/projects/0/phases/0/investment");
    assertThat(e.reason())
        .isEqualTo(
            "Money amount must be a plain decimal string such as \"1050000000.00\", but was"
                + " '6e8'");
    assertThat(failure(golden("\"CNY 600000000.00\"", "\"CNY  600000000.00\"")).reason())
        .isEqualTo(
            "Money must be a currency code, a space and a decimal such as \"CNY 1050000000.00\","
                + " but was 'CNY  600000000.00'");
    assertThat(failure(golden("\"CNY 600000000.00\"", "\"600000000.00\"")).reason())
        .isEqualTo(
            "Money must be a currency code, a space and a decimal such as \"CNY 1050000000.00\","
                + " but was '600000000.00'");
    assertThat(failure(golden("\"CNY 600000000.00\"", "\"cny 600000000.00\"")).reason())
        .isEqualTo("Unknown currency 'cny'");
    assertThat(failure(golden("\"CNY 600000000.00\"", "\"XXX 600000000.00\"")).reason())
        .isEqualTo("Currency 'XXX' has no minor unit and is not money");
    AttractJsonException otherCurrency =
        failure(golden("\"CNY 600000000.00\"", "\"USD 600000000.00\""));
    assertThat(otherCurrency.pointer()).hasToString("/projects/0");
    assertThat(otherCurrency.reason()).contains("must be in the project's currency CNY");
  }

  @Test
  void deepFieldPointerNamesTheArrayIndices() {
    AttractJsonException e =
        failure(objects("\"amount\": \"600000000.00\"", "\"amount\": \"6e8\""));
    assertThat(e.pointer()).hasToString("/projects/0/phases/0/investment/amount");
    assertThat(e.reason())
        .isEqualTo(
            "Money 'amount' must be a plain decimal string such as \"1050000000.00\", but was"
                + " '6e8'");
  }

  @Test
  void tooManyDecimalPlacesPointAtTheAmount() {
    AttractJsonException text = failure(golden("\"CNY 52000000.50\"", "\"CNY 52000000.505\""));
    assertThat(text.pointer()).hasToString("/projects/0/progressReports/0/completedInvestment");
    assertThat(text.reason())
        .isEqualTo("Money 'amount' 52000000.505 has more decimal places than CNY allows (2)");
    AttractJsonException e =
        failure(objects("\"amount\": \"52000000.50\"", "\"amount\": \"52000000.505\""));
    assertThat(e.pointer()).hasToString("/projects/0/progressReports/0/completedInvestment/amount");
    assertThat(e.reason())
        .isEqualTo("Money 'amount' 52000000.505 has more decimal places than CNY allows (2)");
  }

  @Test
  void wrongTypesAndCodes() {
    assertThat(failure(golden("\"jobs\": 300", "\"jobs\": \"300\"")).getMessage())
        .startsWith(
            "/projects/0/expectedOutcomes/jobs: Expected outcomes 'jobs' must be a whole number,"
                + " but was a string");
    assertThat(failure(golden("\"jobs\": 300", "\"jobs\": 3.5")).reason())
        .isEqualTo("Expected outcomes 'jobs' must be a whole number, but was a number");
    AttractJsonException status =
        failure(golden("\"status\": \"signed\"", "\"status\": \"Signed\""));
    assertThat(status.pointer()).hasToString("/projects/0/statusHistory/0/status");
    assertThat(status.reason()).isEqualTo("Unknown status 'Signed'");
    assertThat(failure(golden("\"kind\": \"country\"", "\"kind\": null")).getMessage())
        .startsWith("/regions/0/kind: Region 'kind' must be a string, but was null");
    assertThat(failure(golden("\"month\": \"2023-04\"", "\"month\": \"2023-13\"")).pointer())
        .hasToString("/projects/0/progressReports/0/month");
  }

  @Test
  void rulesOfTheDomainApplyWithThePointerOfTheRecord() {
    AttractJsonException e = failure(golden("\"CNY 600000000.00\"", "\"CNY 6000000000.00\""));
    assertThat(e.pointer()).hasToString("/projects/0");
    assertThat(e.reason())
        .isEqualTo(
            "Project 'sys-fengfan-storage' phase investments sum to CNY 6000000000.00, more than"
                + " its 'totalInvestment' CNY 1050000000.00");
    AttractJsonException history =
        failure(golden("\"date\": \"2023-02-10\"", "\"date\": \"2023-05-10\""));
    assertThat(history.pointer()).hasToString("/projects/0/statusHistory");
    assertThat(history.reason()).startsWith("Status change to 'under-construction' must not be");
  }

  @Test
  void missingRequiredProperties() {
    AttractJsonException e =
        failure(
            golden(
                "\"location\": \"cn-hl-sys\",\n      \"industry\": \"energy\"",
                "\"industry\": \"energy\""));
    assertThat(e.pointer()).hasToString("/projects/2");
    assertThat(e.reason()).contains("location");
    assertThat(failure("{\"projects\": []}").getMessage())
        .isEqualTo(
            "(root): Portfolio document is missing the required property 'formatVersion' [line 1,"
                + " column 16]");
  }

  @Test
  void unknownPropertiesAreRejected() {
    AttractJsonException e =
        failure(golden("\"jobs\": 300", "\"jobs\": 300, \"colour\": {\"deep\": [1]}"));
    assertThat(e.pointer()).hasToString("/projects/0/expectedOutcomes/colour");
    assertThat(e.reason()).isEqualTo("Expected outcomes has no property 'colour'");
    assertThat(
            failure(golden("\"formatVersion\": \"1.0\",", "\"formatVersion\": \"1.0\", \"x\": 1,"))
                .pointer())
        .hasToString("/x");
  }

  @Test
  void formatVersions() throws AttractJsonException {
    assertThat(
            PortfolioJson.reader()
                .read(golden("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.7\"")))
        .isEqualTo(Samples.portfolio());
    assertThat(
            failure(golden("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""))
                .getMessage())
        .startsWith(
            "/formatVersion: Unsupported 'formatVersion' '2.0': this reader reads versions 1.x");
    assertThat(failure(golden("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"v1\"")).reason())
        .isEqualTo(
            "'formatVersion' must be a major and a minor version such as \"1.0\", but was 'v1'");
    assertThat(failure(golden("\"formatVersion\": \"1.0\"", "\"formatVersion\": 1.0")).reason())
        .isEqualTo("'formatVersion' must be a string, but was a number");
  }

  @Test
  void unresolvedReferencesAndDuplicateIdsPointAtTheRecord() {
    AttractJsonException e =
        failure(
            golden(
                "\"location\": \"cn-hl-sys\",\n      \"industry\": \"new-materials\"",
                "\"location\": \"nowhere\",\n      \"industry\": \"new-materials\""));
    assertThat(e.pointer()).hasToString("/projects/1");
    assertThat(e.reason())
        .isEqualTo(
            "unresolved-reference project sys-graphite-anode: 'location' 'nowhere' is not a region"
                + " of the portfolio");
    AttractJsonException dup =
        failure(golden("\"id\": \"lead-usd-1\"", "\"id\": \"sys-fengfan-storage\""));
    assertThat(dup.pointer()).hasToString("/projects/2");
    assertThat(dup.reason())
        .isEqualTo(
            "duplicate-id project sys-fengfan-storage: id 'sys-fengfan-storage' is used by more"
                + " than one project");
  }

  @Test
  void malformedJson() {
    AttractJsonException truncated = failure(GOLDEN.substring(0, 2000));
    assertThat(truncated.reason())
        .startsWith("Malformed or oversized JSON: Unexpected end-of-input");
    assertThat(failure("").getMessage())
        .isEqualTo("(root): Unexpected end of input [line 1, column 0]");
    assertThat(failure("[1, 2]").reason())
        .isEqualTo("Portfolio document must be an object, but was an array");
    assertThat(failure(GOLDEN + " {}").reason())
        .isEqualTo("Unexpected content after the end of the document: an object");
    AttractJsonException dup =
        failure(golden("\"name\": \"China\",", "\"name\": \"China\", \"name\": \"PRC\","));
    assertThat(dup.pointer()).hasToString("/regions/0/name");
    assertThat(dup.reason()).isEqualTo("Malformed or oversized JSON: Duplicate field 'name'");
    assertThat(
            failure(
                    new String(
                        new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1},
                        StandardCharsets.ISO_8859_1))
                .pointer())
        .hasToString("");
  }

  @Test
  void limitsAreEnforced() {
    String deep = "{\"formatVersion\":\"1.0\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    AttractJsonException tooDeep =
        catchThrowableOfType(
            AttractJsonException.class, () -> PortfolioJson.reader().readLenient(deep));
    assertThat(tooDeep.reason())
        .startsWith(
            "Malformed or oversized JSON: Document nesting depth (65) exceeds the maximum allowed"
                + " (64");
    assertThat(failure(deep).reason()).isEqualTo("Portfolio document has no property 'x'");
    assertThat(
            call(() -> PortfolioJson.reader().withMaxNestingDepth(200).readLenient(deep))
                .warnings())
        .hasSize(1);
    String hugeNumber = golden("\"jobs\": 300", "\"jobs\": 1" + "0".repeat(200));
    assertThat(failure(hugeNumber).reason())
        .startsWith(
            "Malformed or oversized JSON: Number value length (201) exceeds the maximum allowed (100");
    assertThat(
            failure(golden("\"jobs\": 300", "\"jobs\": 123456789012345678901234567890")).reason())
        .isEqualTo(
            "Expected outcomes 'jobs' must be between 0 and 9223372036854775807, but was"
                + " 123456789012345678901234567890");
    String longAmount = golden("\"CNY 1050000000.00\"", "\"CNY 1" + "0".repeat(150) + "\"");
    assertThat(failure(longAmount).reason())
        .isEqualTo("Money amount must have at most 100 characters, but has 151");
    assertThat(
            failure(
                    objects(
                        "\"amount\": \"1050000000.00\"",
                        "\"amount\": \"1" + "0".repeat(150) + "\""))
                .reason())
        .isEqualTo("Money 'amount' must have at most 100 characters, but has 151");
    assertThat(failure(PortfolioJson.reader().withMaxStringLength(10), GOLDEN).reason())
        .startsWith("Malformed or oversized JSON: String value length (");
    assertThat(failure(PortfolioJson.reader().withMaxDocumentLength(1000), GOLDEN).reason())
        .startsWith("Malformed or oversized JSON: Document length (");
    assertThat(failure(PortfolioJson.reader().withMaxNameLength(5), GOLDEN).reason())
        .startsWith("Malformed or oversized JSON: Name length (");
    assertThatThrownBy(() -> PortfolioJson.reader().withMaxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Portfolio reader 'maxNumberLength' must be at least 1, but was 0");
    assertThat(PortfolioJson.reader().withMaxNumberLength(20).maxNumberLength()).isEqualTo(20);
    assertThat(PortfolioJson.reader())
        .hasToString(
            "PortfolioReader[maxNestingDepth=64, maxStringLength=1000000, maxNumberLength=100,"
                + " maxNameLength=1000, maxDocumentLength=2147483648, maxWarnings=1000]");
  }

  static <T> T call(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMissingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
    assertThatThrownBy(() -> PortfolioJson.reader().read(dir.resolve("missing.json")))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(AttractJsonException.class);
  }
}
