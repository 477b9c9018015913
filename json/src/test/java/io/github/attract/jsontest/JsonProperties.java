package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.AttractModule;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.TaxonomyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The laws of the JSON format over generated values, with the project's property harness: {@code
 * read(write(x)) == x}, {@code write(read(json))} is stable, malformed input yields only the
 * documented exception, and the lenient reader loses nothing.
 */
class JsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AttractModule());

  private static final Gen<Currency> CURRENCIES =
      Gens.elements(Currencies.CNY, Currencies.USD, Currencies.EUR);

  private static Gen<StatusHistory> histories() {
    return Gens.combine(
        Gens.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)),
        Gens.lists(Gens.elements(Status.values()), 0, 5),
        Gens.ints(0, 300),
        (start, statuses, step) -> {
          StatusHistory h = StatusHistory.empty();
          LocalDate day = start;
          for (Status s : statuses) {
            if (h.current().map(c -> c.canChangeTo(s)).orElse(true)) {
              h = h.then(day, s);
              day = day.plusDays(step);
            }
          }
          return h;
        });
  }

  /** Money between two bounds; annual plans stay below every total, as core requires. */
  private static Gen<Money> money(Currency c, String min, String max) {
    return Gens.bigDecimals(new BigDecimal(min), new BigDecimal(max), 2)
        .map(v -> Money.of(c, v, java.math.RoundingMode.HALF_EVEN));
  }

  private static Gen<Project> project(
      int index, List<IndustryId> industries, List<RegionId> regions) {
    Gen<Currency> currency = CURRENCIES;
    return currency.flatMap(
        c ->
            Gens.combine(
                Gens.combine(
                    Gens.strings("ab 煤\"\\é", 0, 8).map(s -> "P" + s + "."),
                    Gens.elements(industries),
                    Gens.elements(regions),
                    (name, industry, region) ->
                        Project.builder()
                            .id(ProjectId.of("p" + index))
                            .name(name)
                            .industry(industry)
                            .location(region)
                            .currency(c)),
                Gens.combine(
                    Gens.optionals(money(c, "10000.00", "99999999999.99")),
                    histories(),
                    Gens.elements(Provenance.values()),
                    (total, history, provenance) ->
                        (UnaryOperator<Project.Builder>)
                            b ->
                                b.totalInvestment(total)
                                    .statusHistory(history)
                                    .totalInvestmentProvenance(provenance)),
                Gens.combine(
                    Gens.optionals(Gens.longs(0, 1_000_000)),
                    Gens.optionals(money(c, "0", "99999999999.99")),
                    Gens.lists(money(c, "0", "1000.00"), 0, 3),
                    (jobs, revenue, plans) ->
                        (UnaryOperator<Project.Builder>)
                            b -> {
                              if (jobs.isPresent() || revenue.isPresent()) {
                                ExpectedOutcomes.Builder o = ExpectedOutcomes.builder();
                                jobs.ifPresent(o::jobs);
                                revenue.ifPresent(o::annualRevenue);
                                b.expectedOutcomes(o.build());
                              }
                              for (int i = 0; i < plans.size(); i++) {
                                b.addAnnualPlan(AnnualPlan.of(Year.of(2020 + i), plans.get(i)));
                              }
                              return b;
                            }),
                (base, money, more) -> more.apply(money.apply(base)).build()));
  }

  /** Portfolios on generated taxonomies and regions, with projects that reference them. */
  static Gen<Portfolio> portfolios() {
    return TaxonomyGens.nonEmptyTaxonomies()
        .flatMap(
            taxonomy ->
                TaxonomyGens.regionHierarchies()
                    .filter(h -> h.size() > 0)
                    .flatMap(regions -> portfolios(taxonomy, regions)));
  }

  private static Gen<Portfolio> portfolios(IndustryTaxonomy taxonomy, RegionHierarchy regions) {
    List<IndustryId> industries = taxonomy.industries().stream().map(Industry::id).toList();
    List<RegionId> regionIds = regions.regions().stream().map(Region::id).toList();
    Gen<List<Project>> projects =
        Gens.ints(0, 4)
            .flatMap(
                n -> {
                  Gen<List<Project>> all = Gens.constant(List.of());
                  for (int i = 0; i < n; i++) {
                    Gen<Project> next = project(i, industries, regionIds);
                    all =
                        Gens.combine(
                            all,
                            next,
                            (list, p) -> {
                              List<Project> more = new ArrayList<>(list);
                              more.add(p);
                              return more;
                            });
                  }
                  return all;
                });
    return Gens.combine(
        projects,
        Gens.optionals(TaxonomyGens.chains(industries)),
        Gens.lists(TaxonomyGens.focusAreas(), 0, 2),
        (list, chain, focus) -> {
          Portfolio.Builder b = Portfolio.builder().industries(taxonomy).regions(regions);
          chain.ifPresent(b::addChain);
          List<String> seen = new ArrayList<>();
          for (FocusArea f : focus) {
            if (!seen.contains(f.id().value())) {
              seen.add(f.id().value());
              b.addFocusArea(f);
            }
          }
          return b.addAllProjects(list).build();
        });
  }

  static int records(Portfolio p) {
    return p.industries().size()
        + p.regions().size()
        + p.chains().size()
        + p.focusAreas().size()
        + p.investors().size()
        + p.projects().size()
        + p.activities().size()
        + p.signings().size()
        + p.targets().size()
        + p.reportedFigures().size();
  }

  @Test
  void portfoliosRoundTripAndTheirTextIsStable() {
    Property.forAll(portfolios())
        .tries(300)
        .check(
            p -> {
              String json = PortfolioJson.writer().write(p);
              Portfolio back = PortfolioJson.reader().read(json);
              assertThat(back).isEqualTo(p);
              assertThat(PortfolioJson.writer().write(back)).isEqualTo(json);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(p), Portfolio.class))
                  .isEqualTo(p);
            });
  }

  @Test
  void writtenPortfoliosValidateAgainstTheSchema() {
    Property.forAll(portfolios())
        .tries(100)
        .check(p -> Schemas.assertValid(Schemas.PORTFOLIO, PortfolioJson.writer().write(p)));
  }

  @Test
  void taxonomyValuesRoundTripThroughTheModule() {
    Property.forAll(TaxonomyGens.taxonomies(), TaxonomyGens.regionHierarchies())
        .tries(300)
        .check(
            (t, r) -> {
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(t), IndustryTaxonomy.class))
                  .isEqualTo(t);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r), RegionHierarchy.class))
                  .isEqualTo(r);
            });
    Property.forAll(TaxonomyGens.chains())
        .tries(200)
        .check(
            c ->
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(c), IndustrialChain.class))
                    .isEqualTo(c));
  }

  @Test
  void moneyValuesRoundTripThroughTheModule() {
    Property.forAll(MoneyGens.multiCurrencyAmount(), MoneyGens.anyMoney(), MoneyGens.quantity())
        .tries(500)
        .check(
            (total, money, quantity) -> {
              assertThat(
                      MAPPER.readValue(MAPPER.writeValueAsString(total), MultiCurrencyAmount.class))
                  .isEqualTo(total);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(money), Money.class))
                  .isEqualTo(money);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(quantity), Quantity.class))
                  .isEqualTo(quantity);
            });
    Property.forAll(
            MoneyGens.exchangeRate(
                Currencies.USD, Currencies.CNY, LocalDate.of(2000, 1, 1), LocalDate.of(2040, 1, 1)),
            MoneyGens.dateRange(),
            MoneyGens.yearQuarter())
        .tries(300)
        .check(
            (rate, range, quarter) -> {
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rate), ExchangeRate.class))
                  .isEqualTo(rate);
              ExchangeRateTable table = ExchangeRateTable.of(rate);
              assertThat(
                      MAPPER.readValue(MAPPER.writeValueAsString(table), ExchangeRateTable.class))
                  .isEqualTo(table);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(range), DateRange.class))
                  .isEqualTo(range);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(quarter), YearQuarter.class))
                  .isEqualTo(quarter);
            });
  }

  @Test
  void moneyTextAndMoneyObjectReadAlike() {
    Gen<Money> money =
        Gens.oneOf(
            MoneyGens.anyMoney(),
            MoneyGens.nearLongLimits(Currencies.CNY),
            MoneyGens.beyondLong(Currencies.USD));
    Property.forAll(money)
        .tries(500)
        .check(
            m -> {
              String text = MAPPER.writeValueAsString(m);
              assertThat(text).isEqualTo("\"" + m + "\"");
              assertThat(Money.parse(MAPPER.readValue(text, String.class))).isEqualTo(m);
              String object =
                  "{\"currency\":\""
                      + m.currency().getCurrencyCode()
                      + "\",\"amount\":\""
                      + m.amount().toPlainString()
                      + "\"}";
              assertThat(MAPPER.readValue(object, Money.class)).isEqualTo(m);
            });
  }

  @Test
  void moneyTextReadsExactlyAsTheGeneralDecimalPathDoes() {
    Gen<String> amounts =
        Gens.oneOf(
            Gens.strings("0123456789.-", 1, 24),
            Gens.strings("0123456789", 1, 22),
            Gens.combine(
                Gens.strings("0123456789", 1, 20),
                Gens.strings("0123456789", 0, 5),
                Gens.booleans(),
                (whole, fraction, negative) ->
                    (negative ? "-" : "") + whole + (fraction.isEmpty() ? "" : "." + fraction)));
    Property.forAll(amounts, Gens.elements("CNY", "JPY", "KWD"))
        .tries(3000)
        .check(
            (amount, code) -> {
              Object viaObject =
                  readOrFailure("{\"amount\":\"" + amount + "\",\"currency\":\"" + code + "\"}");
              Object viaText = readOrFailure("\"" + code + " " + amount + "\"");
              if (viaObject instanceof Money) {
                assertThat(viaText).isEqualTo(viaObject);
              } else {
                assertThat(viaText).isInstanceOf(AttractJsonException.class);
              }
            });
  }

  private static Object readOrFailure(String json) throws Exception {
    try {
      return MAPPER.readValue(json, Money.class);
    } catch (AttractJsonException e) {
      return e;
    }
  }

  @Test
  void datesAndMonthsReadAsTheIsoParserReadsThem() {
    Gen<LocalDate> days =
        Gens.oneOf(
            Gens.dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)),
            Gens.dates(LocalDate.of(-20000, 1, 1), LocalDate.of(40000, 12, 31)));
    Property.forAll(days)
        .tries(1000)
        .check(
            day -> {
              StatusChange change = StatusChange.of(day, Status.SIGNED);
              String written = MAPPER.writeValueAsString(change);
              assertThat(written).isEqualTo("{\"date\":\"" + day + "\",\"status\":\"signed\"}");
              assertThat(MAPPER.readValue(written, StatusChange.class)).isEqualTo(change);
              YearMonth month = YearMonth.from(day);
              ProgressReport report =
                  ProgressReport.builder()
                      .month(month)
                      .completedInvestment(Money.zero(Currencies.CNY))
                      .build();
              String iso = month.getYear() > 9999 ? "+" + month : month.toString();
              assertThat(MAPPER.writeValueAsString(report))
                  .startsWith("{\"month\":\"" + iso + "\",");
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), ProgressReport.class))
                  .isEqualTo(report);
            });
    Gen<String> damagedDates =
        Gens.combine(
            Gens.dates(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)),
            Gens.ints(0, 9),
            Gens.strings("0123456789-+x ", 1, 1),
            (day, at, c) -> day.toString().substring(0, at) + c + day.toString().substring(at + 1));
    Gen<String> shapes = Gens.oneOf(Gens.strings("0123456789-+x ", 10, 10), damagedDates);
    Property.forAll(shapes)
        .tries(2000)
        .check(
            text -> {
              String json = "{\"date\":\"" + text + "\",\"status\":\"signed\"}";
              Object expected;
              try {
                expected = StatusChange.of(LocalDate.parse(text), Status.SIGNED);
              } catch (java.time.DateTimeException e) {
                expected = null;
              }
              if (expected == null) {
                assertThat(catchThrowable(() -> MAPPER.readValue(json, StatusChange.class)))
                    .isInstanceOf(AttractJsonException.class)
                    .hasMessageContaining("must be an ISO date such as \"2023-04-07\", but was '");
              } else {
                assertThat(MAPPER.readValue(json, StatusChange.class)).isEqualTo(expected);
              }
            });
  }

  @Test
  void corruptedDocumentsFailOnlyWithTheDocumentedException() {
    Gen<String> corruption =
        Gens.elements("", "}", "]", "\"", ",", ":", "null", "1e99999", "{\"a\":");
    Property.forAll(portfolios(), Gens.ints(0, 1_000_000), corruption)
        .tries(500)
        .check(
            (p, at, insert) -> {
              String json = PortfolioJson.writer().withPrettyPrint(false).write(p);
              int cut = at % (json.length() + 1);
              String corrupted =
                  at % 2 == 0
                      ? json.substring(0, cut) + insert
                      : json.substring(0, cut) + insert + json.substring(cut);
              for (boolean lenient : new boolean[] {false, true}) {
                try {
                  if (lenient) {
                    PortfolioReadResult r = PortfolioJson.reader().readLenient(corrupted);
                    assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(r.recordsRead());
                  } else {
                    PortfolioJson.reader().read(corrupted);
                  }
                } catch (AttractJsonException e) {
                  assertThat(e.reason()).isNotBlank();
                } catch (RuntimeException e) {
                  fail("threw " + e + " for " + corrupted, e);
                }
              }
            });
  }

  @Test
  void theLenientReaderLosesNothing() {
    Gen<String> damage =
        Gens.elements(
            "\"id\":\"", "\"name\":\"", "\"location\":\"", "\"industry\":\"", "\"currency\":\"");
    Property.forAll(portfolios(), damage, Gens.ints(0, 20))
        .tries(300)
        .check(
            (p, property, which) -> {
              String json = PortfolioJson.writer().withPrettyPrint(false).write(p);
              // break one occurrence of a property by blanking its value
              int at = -1;
              for (int i = 0, from = 0; i <= which; i++) {
                int next = json.indexOf(property, from);
                if (next < 0) {
                  break;
                }
                at = next;
                from = next + 1;
              }
              Property.assume(at >= 0);
              int valueStart = at + property.length();
              int valueEnd = valueStart;
              while (json.charAt(valueEnd) != '"') {
                valueEnd += json.charAt(valueEnd) == '\\' ? 2 : 1;
              }
              String damaged = json.substring(0, valueStart) + " " + json.substring(valueEnd);
              PortfolioReadResult r = PortfolioJson.reader().readLenient(damaged);
              assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(r.recordsRead());
              assertThat(r.recordsRead()).isEqualTo(records(p));
              assertThat(r.rejected()).isNotEmpty();
            });
  }
}
