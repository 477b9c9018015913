package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Gbt4754Test {
  private static final IndustryTaxonomy GB = Gbt4754.taxonomy();

  private static IndustryId id(String code) {
    return IndustryId.of(code);
  }

  private static List<String> codes(List<Industry> industries) {
    return industries.stream().map(i -> i.id().value()).collect(Collectors.toList());
  }

  private static long countAtLevel(IndustryTaxonomy taxonomy, int level) {
    return taxonomy.industries().stream().filter(i -> taxonomy.level(i.id()) == level).count();
  }

  @Test
  void bundledTaxonomyHasTheStandardsCounts() {
    assertThat(GB.scheme()).isEqualTo("gbt4754-2017");
    assertThat(GB.depth()).isEqualTo(3);
    assertThat(GB.roots()).hasSize(97);
    assertThat(countAtLevel(GB, Gbt4754.DIVISION)).isEqualTo(97);
    assertThat(countAtLevel(GB, Gbt4754.GROUP)).isEqualTo(473);
    assertThat(countAtLevel(GB, Gbt4754.CLASS)).isEqualTo(1381);
    assertThat(GB.size()).isEqualTo(97 + 473 + 1381);
    assertThat(GB.toString()).isEqualTo("IndustryTaxonomy[gbt4754-2017: 1951 industries, depth 3]");
  }

  @Test
  void divisionsRunFrom01To97() {
    assertThat(codes(GB.roots())).startsWith("01", "02", "03").endsWith("96", "97");
  }

  @Test
  void codesAreInPreOrder() {
    assertThat(codes(GB.industries().subList(0, 6)))
        .containsExactly("01", "011", "0111", "0112", "0113", "0119");
    assertThat(codes(GB.industries().subList(1948, 1951))).containsExactly("97", "970", "9700");
  }

  @Test
  void classRollsUpToItsGroupAndDivision() {
    assertThat(GB.level(id("1110"))).isEqualTo(Gbt4754.CLASS);
    assertThat(GB.rollUp(id("1110"), Gbt4754.DIVISION).id()).isEqualTo(id("11"));
    assertThat(GB.rollUp(id("1110"), Gbt4754.GROUP).id()).isEqualTo(id("111"));
    assertThat(GB.parent(id("1110")).map(Industry::id)).contains(id("111"));
    assertThat(GB.rollUp(id("1311"), Gbt4754.DIVISION).id()).isEqualTo(id("13"));
    assertThat(GB.isDescendantOf(id("1311"), id("13"))).isTrue();
    assertThat(GB.isDescendantOf(id("1311"), id("14"))).isFalse();
  }

  @Test
  void classesCarryTheirNamesAndCodesNameDivisionsAndGroups() {
    assertThat(GB.industry(id("1311"))).contains(Industry.of(id("1311"), "稻谷加工", id("131")));
    assertThat(GB.industry(id("131"))).contains(Industry.of(id("131"), "131", id("13")));
    assertThat(GB.industry(id("13"))).contains(Industry.of(id("13"), "13"));
  }

  @Test
  void longNamesAreTruncatedAsInTheSource() {
    assertThat(GB.industry(id("1110")).map(Industry::name)).contains("煤炭开采和洗选专业及辅助性");
  }

  @Test
  void graphiteAndEnergyClassesOfTheSeedExist() {
    // Classes the examples use: graphite products, wind power, energy storage batteries.
    assertThat(GB.industry(id("3091")).map(Industry::name)).contains("石墨及碳素制品制造");
    assertThat(GB.industry(id("4415")).map(Industry::name)).contains("风力发电");
    assertThat(GB.industry(id("3841")).map(Industry::name)).contains("锂离子电池制造");
  }

  @Test
  void taxonomyIsReadOnce() {
    assertThat(Gbt4754.taxonomy()).isSameAs(GB);
  }

  @Test
  void readAcceptsBomCommentsBlankLinesAndNamesOfEveryLevel() throws IOException {
    String text = "\uFEFF# comment\n\n13,农副食品加工业\n131,谷物磨制\n1311,稻谷加工\n1312,小麦加工\n0610 , 烟煤\n";

    IndustryTaxonomy taxonomy = Gbt4754.read(new StringReader(text));

    assertThat(taxonomy.industries())
        .containsExactly(
            Industry.of(id("06"), "06"),
            Industry.of(id("061"), "061", id("06")),
            Industry.of(id("0610"), "烟煤", id("061")),
            Industry.of(id("13"), "农副食品加工业"),
            Industry.of(id("131"), "谷物磨制", id("13")),
            Industry.of(id("1311"), "稻谷加工", id("131")),
            Industry.of(id("1312"), "小麦加工", id("131")));
  }

  @Test
  void readKeepsDivisionWithoutClassesAsLeaf() throws IOException {
    IndustryTaxonomy taxonomy = Gbt4754.read(new StringReader("97,国际组织\n"));

    assertThat(taxonomy.industries()).containsExactly(Industry.of(id("97"), "国际组织"));
  }

  @Test
  void readRejectsLineWithoutComma() {
    assertThatThrownBy(() -> Gbt4754.read(new StringReader("# c\n1311 稻谷加工\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GB/T 4754 line 2 must be 'code,name' with a code of 2 to 4 digits,"
                + " but was '1311 稻谷加工'");
  }

  @Test
  void readRejectsBadCode() {
    assertThatThrownBy(() -> Gbt4754.read(new StringReader("13111,x\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GB/T 4754 line 1 must be 'code,name' with a code of 2 to 4 digits, but was '13111,x'");
    assertThatThrownBy(() -> Gbt4754.read(new StringReader("A,农、林、牧、渔业\n")))
        .hasMessage(
            "GB/T 4754 line 1 must be 'code,name' with a code of 2 to 4 digits,"
                + " but was 'A,农、林、牧、渔业'");
  }

  @Test
  void readRejectsBlankName() {
    assertThatThrownBy(() -> Gbt4754.read(new StringReader("1311, \n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GB/T 4754 line 1 must have a non-blank name, but was '1311, '");
  }

  @Test
  void readRejectsRepeatedCode() {
    assertThatThrownBy(() -> Gbt4754.read(new StringReader("1311,a\n1311,b\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GB/T 4754 line 2 repeats the code '1311'");
  }

  @Test
  void readOfEmptyTextIsEmptyTaxonomy() throws IOException {
    assertThat(Gbt4754.read(new StringReader("# nothing\n")).size()).isZero();
  }

  @Test
  void readPassesOnIoErrors() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> Gbt4754.read(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk on fire");
  }

  @Test
  void loadReportsMissingResource() {
    assertThatThrownBy(() -> Gbt4754.load("no-such.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "GB/T 4754-2017 resource 'no-such.csv' is missing next to"
                + " io.github.attract.taxonomy.Gbt4754; the attract-core jar is incomplete");
  }

  @Test
  void loadReportsMalformedResource() {
    assertThatThrownBy(() -> Gbt4754.load("gbt4754-malformed.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "GB/T 4754-2017 resource 'gbt4754-malformed.csv' is malformed: GB/T 4754 line 3 must"
                + " be 'code,name' with a code of 2 to 4 digits, but was '011x,Broken'")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Gbt4754.class);
  }
}
