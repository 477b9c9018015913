package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.PortfolioReader;
import io.github.attract.json.ReadWarning;
import io.github.attract.json.RejectedRecord;
import io.github.attract.portfolio.Portfolio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimal reproducers of what fuzzing and abuse found in the portfolio readers. */
class ReaderHardeningTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\"";

  /** A chain of n investors, each in the group of the next. */
  static String investorChain(int n) {
    StringBuilder json = new StringBuilder(HEAD).append(",\"investors\":[");
    for (int i = 0; i < n; i++) {
      json.append("{\"id\":\"i").append(i).append("\",\"name\":\"I\"");
      if (i + 1 < n) {
        json.append(",\"group\":\"i").append(i + 1).append('"');
      }
      json.append(i + 1 < n ? "}," : "}");
    }
    return json.append("]}").toString();
  }

  /**
   * A chain of n industries, each the parent of the one before; the root's parent may be missing.
   */
  static String industryChain(int n, boolean rooted) {
    StringBuilder json =
        new StringBuilder(HEAD).append(",\"industryTaxonomy\":{\"scheme\":\"s\",\"industries\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"d").append(i).append("\",\"name\":\"D\"");
      if (i + 1 < n || !rooted) {
        json.append(",\"parent\":\"d").append(i + 1).append('"');
      }
      json.append('}');
    }
    return json.append("]}}").toString();
  }

  /** A document with n unknown top-level keys. */
  static String unknownKeys(int n) {
    StringBuilder json = new StringBuilder(HEAD);
    for (int i = 0; i < n; i++) {
      json.append(",\"k").append(i).append("\":").append(i);
    }
    return json.append('}').toString();
  }

  @Test
  void aLongChainOfInvestorGroupsReads() throws AttractJsonException {
    // 3000 investors in one chain once took more than 75 s to check
    Portfolio p = PortfolioJson.reader().read(investorChain(3000));
    assertThat(p.investors()).hasSize(3000);
    assertThat(PortfolioJson.reader().readLenient(investorChain(3000)).isClean()).isTrue();
  }

  @Test
  void aLongChainOfInvestorsWithoutItsTopIsRejectedWhollyInOnePass() throws AttractJsonException {
    // the top of the chain is missing: rejecting one investor per round once took n rounds
    String json = investorChain(3001).replace(",{\"id\":\"i3000\",\"name\":\"I\"}", "");
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.recordsRead()).isEqualTo(3000);
    assertThat(r.portfolio().investors()).isEmpty();
    assertThat(r.rejected()).hasSize(3000);
    assertThat(r.rejected())
        .extracting(RejectedRecord::reason)
        .contains(
            "unresolved-reference investor i0: 'group' 'i1' is not an investor of the portfolio",
            "unresolved-reference investor i2999: 'group' 'i3000' is not an investor of the"
                + " portfolio");

    String cycle =
        HEAD
            + ",\"investors\":[{\"id\":\"a\",\"name\":\"A\",\"group\":\"b\"},"
            + "{\"id\":\"b\",\"name\":\"B\",\"group\":\"c\"},"
            + "{\"id\":\"c\",\"name\":\"C\",\"group\":\"a\"},"
            + "{\"id\":\"tail\",\"name\":\"T\",\"group\":\"c\"},"
            + "{\"id\":\"top\",\"name\":\"T\"},"
            + "{\"id\":\"member\",\"name\":\"M\",\"group\":\"top\"}]}";
    PortfolioReadResult c = PortfolioJson.reader().readLenient(cycle);
    assertThat(c.portfolio().investors())
        .extracting(i -> i.id().value())
        .containsExactly("top", "member");
    assertThat(c.rejected())
        .extracting(RejectedRecord::reason)
        .containsExactly(
            "group-cycle investor a: 'group' memberships form a cycle: 'a' -> 'b' -> 'c' -> 'a'",
            "unresolved-reference investor b: 'group' 'c' is not an investor of the portfolio",
            "unresolved-reference investor c: 'group' 'a' is not an investor of the portfolio",
            "unresolved-reference investor tail: 'group' 'c' is not an investor of the portfolio");
  }

  @Test
  void aLongChainOfIndustriesIsAcceptedOrRejectedInDocumentOrder() throws AttractJsonException {
    // 20 000 industries once took 9 s to accept leniently
    PortfolioReadResult rooted = PortfolioJson.reader().readLenient(industryChain(20_000, true));
    assertThat(rooted.portfolio().industries().size()).isEqualTo(20_000);
    assertThat(rooted.rejected()).isEmpty();

    PortfolioReadResult orphaned = PortfolioJson.reader().readLenient(industryChain(20_000, false));
    assertThat(orphaned.portfolio().industries().size()).isZero();
    assertThat(orphaned.rejected()).hasSize(20_000);
    assertThat(orphaned.rejected().get(0).reason())
        .isEqualTo("Industry 'd0' has the parent 'd1', which is not an accepted industry");
    assertThat(orphaned.rejected().get(19_999).reason())
        .isEqualTo("Industry 'd19999' has the parent 'd20000', which is not an accepted industry");
    assertThat(orphaned.rejected())
        .extracting(r -> r.recordPointer().toString())
        .startsWith("/industryTaxonomy/industries/0", "/industryTaxonomy/industries/1");
  }

  @Test
  void industriesInACycleAndBelowAMissingParentAreToldApart() throws AttractJsonException {
    String json =
        HEAD
            + ",\"industryTaxonomy\":{\"scheme\":\"s\",\"industries\":["
            + "{\"id\":\"below\",\"name\":\"B\",\"parent\":\"orphan\"},"
            + "{\"id\":\"a\",\"name\":\"A\",\"parent\":\"b\"},"
            + "{\"id\":\"root\",\"name\":\"R\"},"
            + "{\"id\":\"b\",\"name\":\"B\",\"parent\":\"a\"},"
            + "{\"id\":\"orphan\",\"name\":\"O\",\"parent\":\"missing\"},"
            + "{\"id\":\"leaf\",\"name\":\"L\",\"parent\":\"root\"}]}}";
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.portfolio().industries().size()).isEqualTo(2);
    assertThat(r.rejected())
        .extracting(RejectedRecord::reason)
        .containsExactly(
            "Industry 'below' has the parent 'orphan', which is not an accepted industry",
            "Industry 'a' is in or below a cycle of parents",
            "Industry 'b' is in or below a cycle of parents",
            "Industry 'orphan' has the parent 'missing', which is not an accepted industry");
  }

  @Test
  void warningsAreCappedAndCounted() throws AttractJsonException {
    // 12 MB of unknown keys once kept a warning each: +0.6 GB of heap
    PortfolioReadResult r = PortfolioJson.reader().readLenient(unknownKeys(5000));
    assertThat(r.warnings()).hasSize(PortfolioReader.DEFAULT_MAX_WARNINGS);
    assertThat(r.warningCount()).isEqualTo(5000);
    assertThat(r.warningsTruncated()).isTrue();
    assertThat(r.isClean()).isFalse();
    assertThat(r.warnings().get(999)).hasToString("/k999: Ignored the unknown property 'k999'");
    assertThat(r)
        .hasToString("PortfolioReadResult[read 0, accepted 0, rejected 0, 5000 warning(s)]");

    PortfolioReadResult none =
        PortfolioJson.reader().withMaxWarnings(0).readLenient(unknownKeys(3));
    assertThat(none.warnings()).isEmpty();
    assertThat(none.warningCount()).isEqualTo(3);
    assertThat(none.isClean()).isFalse();

    PortfolioReadResult inRecords =
        PortfolioJson.reader()
            .withMaxWarnings(2)
            .readLenient(
                HEAD + ",\"investors\":[{\"id\":\"i\",\"name\":\"I\",\"x\":1,\"y\":2,\"z\":3}]}");
    assertThat(inRecords.warnings())
        .extracting(ReadWarning::toString)
        .containsExactly(
            "/investors/0/x: Ignored the unknown property 'x'",
            "/investors/0/y: Ignored the unknown property 'y'");
    assertThat(inRecords.warningCount()).isEqualTo(3);

    assertThatThrownBy(() -> PortfolioJson.reader().withMaxWarnings(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Portfolio reader 'maxWarnings' must be at least 0, but was -1");
    assertThatThrownBy(
            () ->
                PortfolioReadResult.of(
                    Portfolio.builder().build(),
                    List.of(),
                    List.of(ReadWarning.of(JsonPointer.empty(), "w")),
                    0,
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Portfolio read result 'warningCount' must be at least the 1 warnings kept, but was 0");
  }

  @Test
  void aMissingTaxonomySchemeFailsLenientlyAsStrictly() {
    String json = HEAD + ",\"industryTaxonomy\":{\"industries\":[]}}";
    AttractJsonException strict =
        catchThrowableOfType(AttractJsonException.class, () -> PortfolioJson.reader().read(json));
    AttractJsonException lenient =
        catchThrowableOfType(
            AttractJsonException.class, () -> PortfolioJson.reader().readLenient(json));
    assertThat(lenient).isNotNull();
    assertThat(strict).isNotNull();
    assertThat(lenient.getMessage()).isEqualTo(strict.getMessage());
  }
}
