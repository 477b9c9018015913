package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.AttractModule;
import io.github.attract.json.PackageVersion;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Conversion;
import io.github.attract.money.Currencies;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.Violation;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Jackson module: every value type, the same shapes as the document format. */
class ModuleTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AttractModule());

  <T> T roundTrip(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    return back;
  }

  @Test
  void leavesHaveTheDocumentedShapes() throws Exception {
    assertThat(MAPPER.writeValueAsString(Money.of("CNY", "1050000000")))
        .isEqualTo("\"CNY 1050000000.00\"");
    assertThat(MAPPER.readValue("{\"amount\":\"1050000000\",\"currency\":\"CNY\"}", Money.class))
        .isEqualTo(Money.of("CNY", "1050000000.00"));
    assertThat(MAPPER.readValue("\"JPY 12\"", Money.class)).isEqualTo(Money.of("JPY", "12"));
    assertThat(MAPPER.writeValueAsString(Quantity.parse("100000 t/a")))
        .isEqualTo("{\"value\":\"100000\",\"unit\":\"t/a\"}");
    assertThat(MAPPER.writeValueAsString(ProjectId.of("p-1"))).isEqualTo("\"p-1\"");
    assertThat(MAPPER.writeValueAsString(Status.IN_OPERATION)).isEqualTo("\"in-operation\"");
    assertThat(MAPPER.writeValueAsString(YearQuarter.of(2023, 1))).isEqualTo("\"2023-Q1\"");
    assertThat(MAPPER.writeValueAsString(Unit.SQUARE_METRE)).isEqualTo("\"m²\"");
    assertThat(MAPPER.writeValueAsString(Dimension.MASS_PER_YEAR)).isEqualTo("\"mass-per-year\"");
  }

  @Test
  void everyValueTypeRoundTrips() throws Exception {
    Portfolio p = Samples.portfolio();
    roundTrip(Money.of("USD", "-3.5"), Money.class);
    roundTrip(Quantity.parse("1.45 GW"), Quantity.class);
    roundTrip(DateRange.parse("2023-04-07/2025-12-31"), DateRange.class);
    roundTrip(YearQuarter.of(2023, 4), YearQuarter.class);
    roundTrip(Designation.of(DesignationKind.SPRING_START, Year.of(2023)), Designation.class);
    roundTrip(StatusChange.of(LocalDate.of(2023, 4, 7), Status.SUSPENDED), StatusChange.class);
    roundTrip(p.industries(), io.github.attract.taxonomy.IndustryTaxonomy.class);
    roundTrip(p.regions(), RegionHierarchy.class);
    roundTrip(p.chains().get(0), io.github.attract.taxonomy.IndustrialChain.class);
    roundTrip(p.chains().get(0).links().get(1), io.github.attract.taxonomy.ChainLink.class);
    roundTrip(p.focusAreas().get(1), io.github.attract.taxonomy.FocusArea.class);
    roundTrip(p.regions().regions().get(4), io.github.attract.taxonomy.Region.class);
    roundTrip(p.investors().get(1), io.github.attract.project.Investor.class);
    for (Project project : p.projects()) {
      roundTrip(project, Project.class);
      for (io.github.attract.project.Phase phase : project.phases()) {
        roundTrip(phase, io.github.attract.project.Phase.class);
      }
      roundTrip(project.statusHistory(), io.github.attract.project.StatusHistory.class);
      project
          .chainLink()
          .ifPresent(
              l ->
                  assertThat(
                          call(() -> roundTrip(l, io.github.attract.taxonomy.ChainLinkRef.class)))
                      .isEqualTo(l));
    }
    Project storage = p.project(Samples.STORAGE_PROJECT).orElseThrow();
    roundTrip(
        storage.expectedOutcomes().orElseThrow(), io.github.attract.project.ExpectedOutcomes.class);
    roundTrip(storage.annualPlans().get(1), io.github.attract.project.AnnualPlan.class);
    roundTrip(storage.progressReports().get(0), io.github.attract.project.ProgressReport.class);
    roundTrip(storage.capacities().get(0), io.github.attract.project.DesignedCapacity.class);
    roundTrip(p.activities().get(0), io.github.attract.promotion.PromotionActivity.class);
    roundTrip(p.signings().get(0), io.github.attract.promotion.Signing.class);
    roundTrip(p.targets().get(0), io.github.attract.promotion.Target.class);
    roundTrip(p.targets().get(1).value(), io.github.attract.promotion.MetricValue.class);
    roundTrip(p.reportedFigures().get(0), io.github.attract.promotion.ReportedFigure.class);
    roundTrip(p.reportedFigures().get(0).scope(), io.github.attract.promotion.Scope.class);
    roundTrip(
        Violation.of(
            Violation.Rule.UNRESOLVED_REFERENCE, "project", "p1", "'location' 'x' is not a region"),
        Violation.class);
    roundTrip(p, Portfolio.class);
  }

  @Test
  void moneyTypesRoundTrip() throws Exception {
    MultiCurrencyAmount total =
        MultiCurrencyAmount.of(Money.of("USD", "-2.5"), Money.of("CNY", "1"), Money.of("CNY", "0"));
    assertThat(MAPPER.writeValueAsString(total)).isEqualTo("[\"CNY 1.00\",\"USD -2.50\"]");
    roundTrip(total, MultiCurrencyAmount.class);
    roundTrip(MultiCurrencyAmount.empty(), MultiCurrencyAmount.class);
    ExchangeRate usd = ExchangeRate.parse("USD/CNY 6.9 on 2023-01-03");
    assertThat(MAPPER.writeValueAsString(usd))
        .isEqualTo("{\"from\":\"USD\",\"to\":\"CNY\",\"rate\":\"6.9\",\"date\":\"2023-01-03\"}");
    roundTrip(usd, ExchangeRate.class);
    ExchangeRateTable table =
        ExchangeRateTable.of(usd, ExchangeRate.parse("EUR/CNY 7.5 on 2023-01-03"))
            .derivingInverses();
    roundTrip(table, ExchangeRateTable.class);
    roundTrip(ExchangeRateTable.empty(), ExchangeRateTable.class);
    Conversion conversion =
        table.convert(
            Money.of("CNY", "100"),
            Currencies.USD,
            LocalDate.of(2023, 2, 1),
            RoundingMode.HALF_EVEN);
    assertThat(MAPPER.writeValueAsString(conversion)).contains("\"rounding\":\"half-even\"");
    roundTrip(conversion, Conversion.class);
    roundTrip(ReportUnit.HUNDRED_MILLION_YUAN, ReportUnit.class);
    assertThat(MAPPER.writeValueAsString(ReportUnit.TEN_THOUSAND_YUAN))
        .isEqualTo("\"ten-thousand-yuan\"");
    AttractJsonException twice =
        catchThrowableOfType(
            AttractJsonException.class,
            () ->
                MAPPER.readValue(
                    "[{\"amount\":\"1\",\"currency\":\"CNY\"},{\"amount\":\"2\",\"currency\":\"CNY\"}]",
                    MultiCurrencyAmount.class));
    assertThat(twice.reason())
        .isEqualTo("Multi-currency amount must have each currency once, but 'CNY' repeats");
    AttractJsonException negative =
        catchThrowableOfType(
            AttractJsonException.class,
            () ->
                MAPPER.readValue(
                    "{\"from\":\"USD\",\"to\":\"CNY\",\"rate\":\"-1\",\"date\":\"2023-01-03\"}",
                    ExchangeRate.class));
    assertThat(negative.getMessage())
        .startsWith("(root): Exchange rate 'USD/CNY' on 2023-01-03 must be positive");
  }

  private static <T> T call(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A user's own type that holds Attract values. */
  public static final class Holder {
    public Map<ProjectId, Money> budgets = Map.of();
    public Optional<LocalDate> asOf = Optional.empty();
    public List<Project> projects = new ArrayList<>();
  }

  @Test
  void idsAreMapKeysAndJavaTimeComesAlong() throws Exception {
    Holder h = new Holder();
    h.budgets = Map.of(ProjectId.of("p-1"), Money.of("CNY", "1.5"));
    h.asOf = Optional.of(LocalDate.of(2023, 4, 24));
    String json = MAPPER.writeValueAsString(h);
    assertThat(json).contains("\"budgets\":{\"p-1\":\"CNY 1.50\"}");
    Holder back = MAPPER.readValue(json, Holder.class);
    assertThat(back.budgets).isEqualTo(h.budgets);
    assertThat(back.asOf).isEqualTo(h.asOf);
  }

  @Test
  void errorsCarryThePathInTheUsersDocument() {
    String json =
        "{\"projects\":[{\"id\":\"p\",\"name\":\"P\",\"location\":\"r\",\"industry\":\"i\","
            + "\"totalInvestment\":{\"amount\":1.5,\"currency\":\"CNY\"}}]}";
    AttractJsonException e =
        catchThrowableOfType(
            AttractJsonException.class, () -> MAPPER.readValue(json, Holder.class));
    assertThat(e.pointer()).hasToString("/projects/0/totalInvestment/amount");
    List<Money> list =
        call(
            () ->
                MAPPER.readValue(
                    "[{\"amount\":\"1\",\"currency\":\"CNY\"}]",
                    new TypeReference<List<Money>>() {}));
    assertThat(list).containsExactly(Money.of("CNY", "1"));
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() throws Exception {
    String json = "{\"amount\":\"1\",\"currency\":\"CNY\",\"note\":{\"x\":[1]}}";
    AttractJsonException e =
        catchThrowableOfType(AttractJsonException.class, () -> MAPPER.readValue(json, Money.class));
    assertThat(e.getMessage()).startsWith("/note: Money has no property 'note'");
    ObjectMapper tolerant =
        new ObjectMapper()
            .registerModule(new AttractModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(tolerant.readValue(json, Money.class)).isEqualTo(Money.of("CNY", "1"));
  }

  @Test
  void isFoundByServiceLoaderAndBringsItsDependencies() {
    List<String> names = new ArrayList<>();
    ObjectMapper.findModules().forEach(m -> names.add(m.getModuleName()));
    assertThat(names).contains(AttractModule.NAME);
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(AttractModule.NAME);
    ObjectMapper one = new ObjectMapper().registerModule(new AttractModule());
    assertThat(one.getRegisteredModuleIds()).hasSize(3);
    assertThat(new AttractModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.toString()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("attract-json");
  }
}
