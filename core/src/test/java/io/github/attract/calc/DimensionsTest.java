package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.RegionKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every built-in dimension on the hand-made portfolio of {@link Fixtures}. */
class DimensionsTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  /** Returns group text → count, in row order. */
  private <K extends Comparable<?>> Map<String, Long> counts(Dimension<K> d) {
    Breakdown<K> b = Aggregation.over(portfolio).by(d).measuring(Measures.count()).run();
    Map<String, Long> out = new LinkedHashMap<>();
    for (Row<K> r : b.rows()) {
      out.put(r.group().toString(), r.count());
    }
    assertThat(b.total().count()).as("each project once in the total").isEqualTo(4);
    assertThat(b.isAdditive()).isEqualTo(!d.isMultiValued());
    return out;
  }

  @Test
  void industryAsClassifiedAndRolledUp() {
    assertThat(counts(Dimensions.industry()))
        .containsExactly(
            Map.entry("coal", 1L),
            Map.entry("coal-mining", 1L),
            Map.entry("materials", 1L),
            Map.entry("wind", 1L));
    assertThat(counts(Dimensions.industry(1)))
        .containsExactly(Map.entry("coal", 2L), Map.entry("materials", 1L), Map.entry("power", 1L));
    assertThat(counts(Dimensions.industry(5))).isEqualTo(counts(Dimensions.industry()));
    assertThat(Dimensions.industry(2).name()).isEqualTo("industry(level 2)");
  }

  @Test
  void industryLevelMustBePositive() {
    assertThatThrownBy(() -> Dimensions.industry(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dimension 'industry' level must be at least 1, but was 0");
  }

  @Test
  void chainAndChainLinkLeaveProjectsWithoutALinkUnclassified() {
    assertThat(counts(Dimensions.chain()))
        .containsExactly(Map.entry("graphite", 1L), Map.entry("(unclassified)", 3L));
    assertThat(counts(Dimensions.chainLink()))
        .containsExactly(Map.entry("graphite/anode", 1L), Map.entry("(unclassified)", 3L));
  }

  @Test
  void focusAreasAreMultiValued() {
    assertThat(counts(Dimensions.focusArea()))
        .containsExactly(
            Map.entry("digital", 1L), Map.entry("green", 2L), Map.entry("(unclassified)", 2L));
  }

  @Test
  void statusLatestAndAsOfADay() {
    assertThat(counts(Dimensions.status()))
        .containsExactly(
            Map.entry("lead", 1L),
            Map.entry("signed", 1L),
            Map.entry("under-construction", 1L),
            Map.entry("in-operation", 1L));
    assertThat(counts(Dimensions.statusOn(LocalDate.of(2023, 2, 25))))
        .containsExactly(
            Map.entry("lead", 1L), Map.entry("signed", 2L), Map.entry("ready-to-start", 1L));
    assertThat(counts(Dimensions.statusOn(LocalDate.of(2022, 1, 1))))
        .containsExactly(Map.entry("(unclassified)", 4L));
  }

  @Test
  void designationsByValueKindAndYear() {
    assertThat(counts(Dimensions.designation()))
        .containsExactly(
            Map.entry("provincial-key 2023", 2L),
            Map.entry("city-key 2022", 1L),
            Map.entry("spring-start 2023", 1L),
            Map.entry("(unclassified)", 2L));
    assertThat(counts(Dimensions.designationKind()))
        .containsExactly(
            Map.entry("provincial-key", 2L),
            Map.entry("city-key", 1L),
            Map.entry("spring-start", 1L),
            Map.entry("(unclassified)", 2L));
    assertThat(counts(Dimensions.designationKind(Year.of(2023))))
        .containsExactly(
            Map.entry("provincial-key", 2L),
            Map.entry("spring-start", 1L),
            Map.entry("(unclassified)", 2L));
  }

  @Test
  void locationAsRecordedAndAtAKindOfRegion() {
    assertThat(counts(Dimensions.location()))
        .containsExactly(
            Map.entry("cn-hl", 1L), Map.entry("cn-hl-sys", 2L), Map.entry("cn-hl-sys-baoqing", 1L));
    assertThat(counts(Dimensions.location(RegionKind.CITY)))
        .containsExactly(Map.entry("cn-hl-sys", 3L), Map.entry("(unclassified)", 1L));
    assertThat(counts(Dimensions.location(RegionKind.PROVINCE)))
        .containsExactly(Map.entry("cn-hl", 4L));
  }

  @Test
  void sourceRegionsOfTheInvestors() {
    assertThat(counts(Dimensions.sourceRegion()))
        .containsExactly(
            Map.entry("cn-bj", 2L), Map.entry("cn-gd", 1L), Map.entry("(unclassified)", 2L));
    assertThat(counts(Dimensions.sourceRegion(RegionKind.COUNTRY)))
        .containsExactly(Map.entry("cn", 2L), Map.entry("(unclassified)", 2L));
    assertThat(counts(Dimensions.sourceEconomicRegion()))
        .containsExactly(
            Map.entry("gba", 1L), Map.entry("jjj", 2L), Map.entry("(unclassified)", 2L));
  }

  @Test
  void investors() {
    assertThat(counts(Dimensions.investor()))
        .containsExactly(
            Map.entry("i-bj", 2L),
            Map.entry("i-gd", 1L),
            Map.entry("i-none", 1L),
            Map.entry("(unclassified)", 1L));
  }

  @Test
  void sizeBandsDefaultAndOwn() {
    assertThat(counts(Dimensions.sizeBand()))
        .containsExactly(
            Map.entry("CNY 100000000 to under 1000000000", 1L),
            Map.entry("CNY 1000000000 to under 10000000000", 1L),
            Map.entry("(unclassified)", 2L));
    SizeBands usd = SizeBands.of(Money.ofMajor(Currencies.USD, 1_000_000L));
    assertThat(counts(Dimensions.sizeBand(usd)))
        .containsExactly(Map.entry("USD 1000000 and over", 1L), Map.entry("(unclassified)", 3L));
  }

  @Test
  void startAndSigningYears() {
    assertThat(counts(Dimensions.startYear()))
        .containsExactly(Map.entry("2023", 2L), Map.entry("(unclassified)", 2L));
    assertThat(counts(Dimensions.signingYear()))
        .containsExactly(
            Map.entry("2022", 1L), Map.entry("2023", 2L), Map.entry("(unclassified)", 1L));
  }

  @Test
  void provenanceOfTheTotalInvestment() {
    Breakdown<Provenance> b =
        Aggregation.over(portfolio).by(Dimensions.provenance()).measuring(Measures.count()).run();
    assertThat(b.keys()).containsExactly(Provenance.REPORTED, Provenance.ESTIMATED);
    assertThat(b.totals(Provenance.REPORTED).count()).isEqualTo(2);
    assertThat(b.totals(Group.unclassified()).count()).isEqualTo(1);
  }

  @Test
  void userDefinedDimensions() {
    Dimension<Boolean> hasPhases =
        Dimensions.of("has-phases", p -> Optional.of(!p.phases().isEmpty()));
    assertThat(counts(hasPhases)).containsExactly(Map.entry("false", 3L), Map.entry("true", 1L));
    Dimension<String> initials =
        Dimensions.ofAll(
            "investor-initial",
            p -> p.investors().stream().map(i -> i.value().substring(2, 3)).toList());
    assertThat(counts(initials))
        .containsExactly(
            Map.entry("b", 2L),
            Map.entry("g", 1L),
            Map.entry("n", 1L),
            Map.entry("(unclassified)", 1L));
    Dimension<String> none = Dimensions.of("none", p -> Optional.empty());
    assertThat(counts(none)).containsExactly(Map.entry("(unclassified)", 4L));
  }

  @Test
  void keysThatCompareEqualShareOneGroup() {
    // BigDecimal's equals tells 1.0 from 1.00, its order does not: one group, as in a sorted set
    Dimension<java.math.BigDecimal> scaled =
        Dimensions.ofAll(
            "scaled",
            p ->
                p.id().equals(P1)
                    ? List.of(new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00"))
                    : List.of(new java.math.BigDecimal("1.00")));
    assertThat(counts(scaled)).containsExactly(Map.entry("1.0", 4L));
  }

  @Test
  void userDefinedDimensionsCheckTheirArguments() {
    assertThatThrownBy(() -> Dimensions.of(" ", p -> Optional.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'name' must not be blank, but was ' '");
    Dimension<Integer> broken = Dimensions.of("broken", p -> null);
    assertThatThrownBy(() -> Aggregation.over(portfolio).by(broken).run())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key of p1");
  }

  @Test
  void builtInDimensionsAreValues() {
    assertThat(Dimensions.statusOn(LocalDate.of(2023, 1, 1)))
        .isEqualTo(Dimensions.statusOn(LocalDate.of(2023, 1, 1)))
        .isNotEqualTo(Dimensions.statusOn(LocalDate.of(2023, 1, 2)))
        .hasToString("status-on(2023-01-01)");
    assertThat(Dimensions.focusArea().isMultiValued()).isTrue();
    assertThat(Dimensions.designationKind(Year.of(2023)).name())
        .isEqualTo("designation-kind(2023)");
    assertThat(List.of(Designation.of(DesignationKind.CITY_KEY, Year.of(2023)))).hasSize(1);
    assertThat(Status.values()).hasSize(9);
  }
}
