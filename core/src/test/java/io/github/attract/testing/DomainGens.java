package io.github.attract.testing;

import com.google.common.collect.ImmutableList;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.OfficialLevel;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Source;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Generators of valid domain values for property tests: money, dates, status histories, phases,
 * projects, investors, promotion records and whole portfolios, all valid by construction (built
 * with the combinators of {@link Gens}, never by filtering), so they shrink for free.
 *
 * <pre>{@code
 * Property.forAll(DomainGens.portfolios(0, 20)).tries(200)
 *     .check(p -> assertThat(p.toBuilder().violations()).isEmpty());
 * Property.forAll(DomainGens.statusHistories())
 *     .check(h -> assertThat(StatusHistory.of(h.changes())).isEqualTo(h));
 * }</pre>
 *
 * <p>Dates lie between {@link #EARLIEST} and {@link #LATEST} (periods may run a few years beyond).
 * Ordinary amounts range from zero to about 10<sup>11</sup> major units; {@link #hugeMoney} and
 * {@link #portfoliosWithHugeAmounts()} reach {@link Long#MAX_VALUE} minor units, so that sums of
 * two of them overflow a {@code long}. Amounts are in CNY unless a {@link ProjectContext} or a
 * {@link PortfolioShape} asks for several currencies.
 */
public final class DomainGens {
  /** The earliest date the generators draw. */
  public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

  /** The latest date the generators draw (periods may end later). */
  public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  /** The currencies of multi-currency portfolios, CNY first; JPY has no minor unit. */
  public static final ImmutableList<Currency> CURRENCIES =
      ImmutableList.of(
          Currencies.CNY,
          Currencies.USD,
          Currencies.EUR,
          Currencies.HKD,
          Currency.getInstance("JPY"));

  private static final String NAME_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyz0123456789项目能源煤电钢粮材料旅游新基地";
  private static final ImmutableList<String> PRODUCTS =
      ImmutableList.of(
          "graphite anode material",
          "battery storage equipment",
          "electricity",
          "coke",
          "humic acid",
          "montan wax",
          "wind turbines");

  private static final ProjectContext DEFAULT_CONTEXT =
      ProjectContext.of(
              List.of(IndustryId.of("coal"), IndustryId.of("power"), IndustryId.of("steel")),
              List.of(RegionId.of("cn-hl-sys"), RegionId.of("cn-hl-sys-baoqing")))
          .withInvestors(
              List.of(InvestorId.of("fengfan"), InvestorId.of("jianlong"), InvestorId.of("cssc")))
          .withChainLinks(
              List.of(
                  ChainLinkRef.of(ChainId.of("graphite"), ChainLinkId.of("anode")),
                  ChainLinkRef.of(ChainId.of("graphite"), ChainLinkId.of("mining"))))
          .withFocusAreas(List.of(FocusAreaId.of("key-industries"), FocusAreaId.of("digital")))
          .withPromotion(
              List.of(ProjectId.of("p-001"), ProjectId.of("p-002")),
              List.of(ActivityId.of("a-001")));

  private DomainGens() {}

  // ---------------------------------------------------------------------------------- money

  /**
   * Returns the currencies of multi-currency portfolios, {@link #CURRENCIES}.
   *
   * @return a generator of currencies
   */
  public static Gen<Currency> currencies() {
    return Gens.elements(CURRENCIES);
  }

  /**
   * Returns ordinary non-negative amounts in a currency: zero, small amounts up to 10 000 major
   * units, and project-sized amounts from a million to 10<sup>11</sup> major units, with any minor
   * units.
   *
   * @param currency the currency
   * @return a generator of amounts
   */
  public static Gen<Money> money(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    long perMajor = minorPerMajor(currency);
    return source -> {
      long band = source.choose(0, 9);
      long major;
      if (band == 0) {
        major = 0;
      } else if (band < 4) {
        major = source.choose(0, 10_000);
      } else {
        major = source.choose(1_000_000, 100_000_000_000L);
      }
      long minor = source.choose(0, perMajor - 1);
      return Money.ofMinor(currency, major * perMajor + minor);
    };
  }

  /**
   * Returns ordinary non-negative amounts in CNY, see {@link #money(Currency)}.
   *
   * @return a generator of amounts
   */
  public static Gen<Money> cnyAmounts() {
    return money(Currencies.CNY);
  }

  /**
   * Returns huge non-negative amounts: between {@code Long.MAX_VALUE / 2} and {@link
   * Long#MAX_VALUE} minor units, so that the sum of any two overflows a {@code long}.
   *
   * @param currency the currency
   * @return a generator of amounts
   */
  public static Gen<Money> hugeMoney(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return Gens.longs(0, Long.MAX_VALUE / 2)
        .map(less -> Money.ofMinor(currency, Long.MAX_VALUE - less));
  }

  /**
   * Returns amounts from zero to a maximum, in the maximum's currency.
   *
   * @param max the largest amount, not negative, at most {@link Long#MAX_VALUE} minor units
   * @return a generator of amounts
   */
  public static Gen<Money> moneyUpTo(Money max) {
    long limit = max.minorUnitsExact();
    return Gens.longs(0, limit).map(m -> Money.ofMinor(max.currency(), m));
  }

  /**
   * Returns lists of {@code count} amounts that never decrease and never exceed a maximum: the
   * successive values of a cumulative figure.
   *
   * @param max the largest amount, not negative, at most {@link Long#MAX_VALUE} minor units
   * @param count the number of amounts
   * @return a generator of non-decreasing lists
   */
  public static Gen<List<Money>> cumulative(Money max, int count) {
    long limit = max.minorUnitsExact();
    return source -> {
      long[] cuts = sortedCuts(source, limit, count);
      List<Money> list = new ArrayList<>(count);
      for (long c : cuts) {
        list.add(Money.ofMinor(max.currency(), c));
      }
      return ImmutableList.copyOf(list);
    };
  }

  /**
   * Returns lists of {@code count} non-negative amounts whose sum never exceeds a total: the parts
   * of a whole, with some of the whole possibly left over.
   *
   * @param total the total, not negative, at most {@link Long#MAX_VALUE} minor units
   * @param count the number of parts
   * @return a generator of parts
   */
  public static Gen<List<Money>> partsOf(Money total, int count) {
    long limit = total.minorUnitsExact();
    return source -> {
      long[] cuts = sortedCuts(source, limit, count);
      List<Money> parts = new ArrayList<>(count);
      long previous = 0;
      for (long c : cuts) {
        parts.add(Money.ofMinor(total.currency(), c - previous));
        previous = c;
      }
      return ImmutableList.copyOf(parts);
    };
  }

  // ---------------------------------------------------------------------------------- dates

  /**
   * Returns dates from {@link #EARLIEST} to {@link #LATEST}.
   *
   * @return a generator of dates
   */
  public static Gen<LocalDate> dates() {
    return Gens.dates(EARLIEST, LATEST);
  }

  /**
   * Returns date ranges that start between {@link #EARLIEST} and {@link #LATEST} and last from one
   * day to about four years.
   *
   * @return a generator of ranges
   */
  public static Gen<DateRange> dateRanges() {
    return Gens.combine(
        dates(), Gens.longs(0, 1500), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  // ---------------------------------------------------------------------------------- project

  /**
   * Returns status histories starting between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @return a generator of histories
   * @see #statusHistories(LocalDate, LocalDate)
   */
  public static Gen<StatusHistory> statusHistories() {
    return statusHistories(EARLIEST, LATEST);
  }

  /**
   * Returns status histories dated within a range: random walks of up to seven changes over the
   * allowed transitions ({@link Status#allowedNext()}), starting at any status (a ledger may take a
   * project up in the middle of its life), with dates that never decrease (several changes may fall
   * on one day). About one history in eight is empty.
   *
   * @param min the earliest date of a change
   * @param max the latest date of a change
   * @return a generator of histories
   */
  public static Gen<StatusHistory> statusHistories(LocalDate min, LocalDate max) {
    Gen<LocalDate> first = Gens.dates(min, max);
    Gen<Status> start = Gens.elements(Status.values());
    return source -> {
      int changes = (int) source.choose(0, 7);
      if (changes == 0) {
        return StatusHistory.empty();
      }
      Status status = start.generate(source);
      LocalDate date = first.generate(source);
      StatusHistory history = StatusHistory.empty().then(date, status);
      for (int i = 1; i < changes && !status.isFinal(); i++) {
        status = Gens.elements(status.allowedNext().asList()).generate(source);
        LocalDate later = date.plusDays(source.choose(0, 400));
        date = later.isAfter(max) ? max : later;
        history = history.then(date, status);
      }
      return history;
    };
  }

  /**
   * Returns designations of any kind for the years 2018 to 2030.
   *
   * @return a generator of designations
   */
  public static Gen<Designation> designations() {
    return Gens.combine(
        Gens.elements(DesignationKind.values()),
        Gens.ints(2018, 2030).map(Year::of),
        Designation::of);
  }

  /**
   * Returns designed capacities: a product and a non-negative quantity of any unit, with up to
   * three decimal places.
   *
   * @return a generator of capacities
   */
  public static Gen<DesignedCapacity> capacities() {
    Gen<Quantity> quantities =
        Gens.combine(
            Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.valueOf(10_000_000), 3),
            Gens.elements(Unit.values()),
            Quantity::of);
    return Gens.combine(Gens.elements(PRODUCTS), quantities, DesignedCapacity::of);
  }

  /**
   * Returns expected outcomes in one currency: each figure absent about one time in four.
   *
   * @param currency the currency of the money figures
   * @return a generator of outcomes
   */
  public static Gen<ExpectedOutcomes> expectedOutcomes(Currency currency) {
    return expectedOutcomes(money(currency));
  }

  private static Gen<ExpectedOutcomes> expectedOutcomes(Gen<Money> amounts) {
    Gen<Optional<Money>> figure = Gens.optionals(amounts);
    Gen<Optional<Long>> jobs = Gens.optionals(Gens.longs(0, 50_000));
    Gen<Provenance> provenance = Gens.elements(Provenance.values());
    return source -> {
      ExpectedOutcomes.Builder b =
          ExpectedOutcomes.builder()
              .annualRevenue(figure.generate(source))
              .annualProfit(figure.generate(source))
              .annualTax(figure.generate(source))
              .provenance(provenance.generate(source));
      jobs.generate(source).ifPresent(b::jobs);
      return b.build();
    };
  }

  /**
   * Returns the phases of a project in one currency: up to four phases with the unique ids {@code
   * phase-1}, {@code phase-2}..., each with its own optional investment, planned and actual
   * periods, capacities and status history. When the project has a total investment, the phase
   * investments add up to at most that total.
   *
   * @param currency the project's currency
   * @param totalInvestment the project's total investment, if known; at most {@link Long#MAX_VALUE}
   *     minor units
   * @return a generator of phase lists
   */
  public static Gen<List<Phase>> phases(Currency currency, Optional<Money> totalInvestment) {
    return phases(totalInvestment, money(currency));
  }

  private static Gen<List<Phase>> phases(Optional<Money> total, Gen<Money> freeAmounts) {
    return source -> {
      int count = (int) source.choose(0, 4);
      List<Money> amounts =
          total.isPresent()
              ? partsOf(total.get(), count).generate(source)
              : Gens.lists(freeAmounts, count, count).generate(source);
      List<Phase> phases = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        boolean withInvestment = source.choose(0, 3) != 0;
        phases.add(
            phase(PhaseId.of("phase-" + (i + 1)), withInvestment ? amounts.get(i) : null)
                .generate(source));
      }
      return ImmutableList.copyOf(phases);
    };
  }

  private static Gen<Phase> phase(PhaseId id, @Nullable Money investment) {
    Gen<String> names = names("Phase " + id.value().substring("phase-".length()));
    Gen<Optional<DateRange>> periods = Gens.optionals(dateRanges());
    Gen<List<DesignedCapacity>> capacities = Gens.lists(capacities(), 0, 2);
    Gen<StatusHistory> histories = statusHistories();
    return source ->
        Phase.builder()
            .id(id)
            .name(names.generate(source))
            .investment(Optional.ofNullable(investment))
            .plannedPeriod(periods.generate(source))
            .actualPeriod(periods.generate(source))
            .addAllCapacities(capacities.generate(source))
            .statusHistory(histories.generate(source))
            .build();
  }

  /**
   * Returns annual plans in ascending, distinct years from 2018 on, up to six of them; when the
   * project has a total investment, the plans add up to at most that total.
   *
   * @param currency the project's currency
   * @param totalInvestment the project's total investment, if known
   * @return a generator of plan lists
   */
  public static Gen<List<AnnualPlan>> annualPlans(
      Currency currency, Optional<Money> totalInvestment) {
    return annualPlans(totalInvestment, money(currency));
  }

  private static Gen<List<AnnualPlan>> annualPlans(Optional<Money> total, Gen<Money> freeAmounts) {
    Gen<Provenance> provenance = Gens.elements(Provenance.values());
    return source -> {
      int count = (int) source.choose(0, 6);
      List<Money> amounts =
          total.isPresent()
              ? partsOf(total.get(), count).generate(source)
              : Gens.lists(freeAmounts, count, count).generate(source);
      int year = (int) source.choose(2018, 2028);
      List<AnnualPlan> plans = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        plans.add(AnnualPlan.of(Year.of(year), amounts.get(i), provenance.generate(source)));
        year += (int) source.choose(1, 2);
      }
      return ImmutableList.copyOf(plans);
    };
  }

  /**
   * Returns monthly progress reports in ascending, distinct months from 2018 on, up to twelve of
   * them, whose completed investment and funds in place (present about three times in four) never
   * decrease and never exceed the total investment when there is one.
   *
   * @param currency the project's currency
   * @param totalInvestment the project's total investment, if known
   * @return a generator of report lists
   */
  public static Gen<List<ProgressReport>> progressReports(
      Currency currency, Optional<Money> totalInvestment) {
    return progressReports(totalInvestment, money(currency));
  }

  private static Gen<List<ProgressReport>> progressReports(
      Optional<Money> total, Gen<Money> freeAmounts) {
    Gen<Provenance> provenance = Gens.elements(Provenance.values());
    return source -> {
      int count = (int) source.choose(0, 12);
      if (count == 0) {
        return ImmutableList.of();
      }
      Money ceiling = total.isPresent() ? total.get() : freeAmounts.generate(source);
      List<Money> completed = cumulative(ceiling, count).generate(source);
      List<Money> funds = cumulative(ceiling, count).generate(source);
      YearMonth month = YearMonth.of(2018, 1).plusMonths(source.choose(0, 12 * 12));
      List<ProgressReport> reports = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        reports.add(
            ProgressReport.builder()
                .month(month)
                .completedInvestment(completed.get(i))
                .fundsInPlace(
                    source.choose(0, 3) == 0 ? Optional.empty() : Optional.of(funds.get(i)))
                .provenance(provenance.generate(source))
                .build());
        month = month.plusMonths(source.choose(1, 3));
      }
      return ImmutableList.copyOf(reports);
    };
  }

  /**
   * Returns investors with ids {@code inv-1}..{@code inv-999}, an origin from the context's regions
   * and a group from the context's investors (never the investor itself).
   *
   * @param context the regions and investors that may be referenced
   * @return a generator of investors
   */
  public static Gen<Investor> investors(ProjectContext context) {
    return Gens.ints(1, 999)
        .flatMap(n -> investors(context, InvestorId.of("inv-" + n), context.investors()));
  }

  /**
   * Returns an investor with a given id, an origin from the context's regions and a group from a
   * list (never the investor itself).
   *
   * @param context the regions that may be referenced
   * @param id the investor's id
   * @param groups the investors that may be its group
   * @return a generator of investors
   */
  public static Gen<Investor> investors(
      ProjectContext context, InvestorId id, List<InvestorId> groups) {
    ImmutableList<InvestorId> others =
        groups.stream().filter(g -> !g.equals(id)).collect(ImmutableList.toImmutableList());
    Gen<String> names = names("Investor " + id.value());
    Gen<Optional<RegionId>> origins = optionalElement(context.regions());
    Gen<Optional<InvestorId>> groupIds = optionalElement(others);
    return source ->
        Investor.builder()
            .id(id)
            .name(names.generate(source))
            .origin(origins.generate(source))
            .group(groupIds.generate(source))
            .build();
  }

  /**
   * Returns projects of the default context (three industries, two regions, three investors, two
   * chain links, two focus areas), see {@link #projects(ProjectContext)}.
   *
   * @return a generator of projects
   */
  public static Gen<Project> projects() {
    return projects(DEFAULT_CONTEXT);
  }

  /**
   * Returns the default context used by {@link #projects()} and the promotion generators without
   * arguments.
   *
   * @return the default context
   */
  public static ProjectContext defaultContext() {
    return DEFAULT_CONTEXT;
  }

  /**
   * Returns projects with ids {@code p-0001}..{@code p-9999} that reference only the ids of a
   * context, see {@link #projects(ProjectContext, ProjectId)}.
   *
   * @param context the ids the projects may reference and their currencies
   * @return a generator of projects
   */
  public static Gen<Project> projects(ProjectContext context) {
    return Gens.ints(1, 9999)
        .flatMap(n -> projects(context, ProjectId.of(String.format("p-%04d", n))));
  }

  /**
   * Returns projects with a given id that reference only the ids of a context: up to four distinct
   * investors, a location, an industry, maybe a chain link, up to three focus areas and
   * designations, a currency of the context, a total investment (absent about one time in four),
   * phases, a status history, capacities, expected outcomes, annual plans and progress reports that
   * keep every rule of {@link Project}.
   *
   * @param context the ids the projects may reference and their currencies
   * @param id the project's id
   * @return a generator of projects
   */
  public static Gen<Project> projects(ProjectContext context, ProjectId id) {
    Gen<String> names = names("Project " + id.value());
    Gen<List<InvestorId>> investors = subsets(context.investors(), 4);
    Gen<RegionId> locations = Gens.elements(context.locations());
    Gen<IndustryId> industries = Gens.elements(context.industries());
    Gen<Optional<ChainLinkRef>> links = optionalElement(context.chainLinks());
    Gen<List<FocusAreaId>> focus = subsets(context.focusAreas(), 3);
    Gen<List<Designation>> designations = Gens.lists(designations(), 0, 3);
    Gen<Provenance> provenance = Gens.elements(Provenance.values());
    Gen<StatusHistory> histories = statusHistories();
    Gen<List<DesignedCapacity>> capacities = Gens.lists(capacities(), 0, 2);
    Gen<Optional<String>> descriptions = Gens.optionals(names("About " + id.value()));
    return source -> {
      Currency currency = context.currency().generate(source);
      Gen<Money> amounts = context.amounts(currency);
      Optional<Money> total = Gens.optionals(amounts).generate(source);
      return Project.builder()
          .id(id)
          .name(names.generate(source))
          .addAllInvestors(investors.generate(source))
          .location(locations.generate(source))
          .industry(industries.generate(source))
          .chainLink(links.generate(source))
          .addAllFocusAreas(focus.generate(source))
          .addAllDesignations(designations.generate(source))
          .currency(currency)
          .totalInvestment(total)
          .totalInvestmentProvenance(provenance.generate(source))
          .addAllPhases(phases(total, amounts).generate(source))
          .statusHistory(histories.generate(source))
          .addAllCapacities(capacities.generate(source))
          .expectedOutcomes(Gens.optionals(expectedOutcomes(amounts)).generate(source))
          .addAllAnnualPlans(annualPlans(total, amounts).generate(source))
          .addAllProgressReports(progressReports(total, amounts).generate(source))
          .description(descriptions.generate(source))
          // drawn last so that the projects drawn before revisions existed stay as they were
          .addAllTotalInvestmentRevisions(totalInvestmentRevisions(total, amounts).generate(source))
          .build();
    };
  }

  /**
   * Returns revisions of a total investment: none without a total and about two times in three with
   * one, else up to three in ascending, distinct dates from 2018 on. Each revised total is at least
   * the one before, so the plans, phases and funds that keep within the original total keep within
   * every revised one.
   *
   * @param totalInvestment the original total investment, if known
   * @param amounts the amounts a revised total is drawn from, in the total's currency
   * @return a generator of revision lists
   */
  public static Gen<List<InvestmentRevision>> totalInvestmentRevisions(
      Optional<Money> totalInvestment, Gen<Money> amounts) {
    Gen<Provenance> provenance = Gens.elements(Provenance.values());
    Gen<Optional<String>> texts = rarely(names("Revision"));
    return source -> {
      if (totalInvestment.isEmpty() || source.choose(0, 2) != 0) {
        return ImmutableList.of();
      }
      int count = (int) source.choose(1, 3);
      LocalDate date = LocalDate.of(2018, 1, 1).plusDays(source.choose(0, 12 * 365));
      Money previous = totalInvestment.get();
      List<InvestmentRevision> revisions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Money drawn = amounts.generate(source);
        Money revised = drawn.isGreaterThan(previous) ? drawn : previous;
        revisions.add(
            InvestmentRevision.builder()
                .date(date)
                .total(revised)
                .reason(texts.generate(source))
                .document(texts.generate(source))
                .provenance(provenance.generate(source))
                .build());
        previous = revised;
        date = date.plusDays(source.choose(1, 400));
      }
      return ImmutableList.copyOf(revisions);
    };
  }

  // ---------------------------------------------------------------------------------- promotion

  /**
   * Returns scopes whose parts (each present about one time in four: designation, region, industry,
   * focus area, status) reference only the ids of a context.
   *
   * @param context the regions, industries and focus areas that may be referenced
   * @return a generator of scopes
   */
  public static Gen<Scope> scopes(ProjectContext context) {
    Gen<Optional<Designation>> designation = rarely(designations());
    Gen<Optional<RegionId>> region = rarely(context.regions());
    Gen<Optional<IndustryId>> industry = rarely(context.industries());
    Gen<Optional<FocusAreaId>> focus = rarely(context.focusAreas());
    Gen<Optional<Status>> status = rarely(Gens.elements(Status.values()));
    return source ->
        Scope.builder()
            .designation(designation.generate(source))
            .region(region.generate(source))
            .industry(industry.generate(source))
            .focusArea(focus.generate(source))
            .status(status.generate(source))
            .build();
  }

  /**
   * Returns metric values of any metric: counts up to 100 000, amounts of the context, powers (kW,
   * MW, GW) with up to three decimal places, or rates from 0 to 1 with up to four decimal places.
   *
   * @param context the currencies and the size of amounts
   * @return a generator of metric values
   */
  public static Gen<MetricValue> metricValues(ProjectContext context) {
    return Gens.elements(Metric.values()).flatMap(m -> metricValues(context, m));
  }

  private static Gen<MetricValue> metricValues(ProjectContext context, Metric metric) {
    if (metric.kind() == MetricKind.COUNT) {
      return Gens.longs(0, 100_000).map(n -> MetricValue.ofCount(metric, n));
    }
    if (metric.kind() == MetricKind.QUANTITY) {
      return Gens.combine(
          Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.valueOf(10_000_000), 3),
          Gens.elements(Unit.KILOWATT, Unit.MEGAWATT, Unit.GIGAWATT),
          (value, unit) -> MetricValue.ofQuantity(metric, Quantity.of(value, unit)));
    }
    if (metric.kind() == MetricKind.RATE) {
      return Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 4)
          .map(r -> MetricValue.ofRate(metric, r));
    }
    return context
        .currency()
        .flatMap(context::amounts)
        .map(amount -> MetricValue.ofMoney(metric, amount));
  }

  /**
   * Returns promotion activities of the default context, see {@link #activities(ProjectContext)}.
   *
   * @return a generator of activities
   */
  public static Gen<PromotionActivity> activities() {
    return activities(DEFAULT_CONTEXT);
  }

  /**
   * Returns promotion activities with ids {@code a-0001}..{@code a-9999}, see {@link
   * #activities(ProjectContext, ActivityId)}.
   *
   * @param context the ids the activities may reference
   * @return a generator of activities
   */
  public static Gen<PromotionActivity> activities(ProjectContext context) {
    return Gens.ints(1, 9999)
        .flatMap(n -> activities(context, ActivityId.of(String.format("a-%04d", n))));
  }

  /**
   * Returns promotion activities with a given id that reference up to three regions, three
   * counterpart investors and four resulting projects of a context.
   *
   * @param context the ids the activities may reference
   * @param id the activity's id
   * @return a generator of activities
   */
  public static Gen<PromotionActivity> activities(ProjectContext context, ActivityId id) {
    Gen<String> titles = names("Activity " + id.value());
    Gen<ActivityKind> kinds = Gens.elements(ActivityKind.values());
    Gen<Optional<OfficialLevel>> levels = Gens.optionals(Gens.elements(OfficialLevel.values()));
    Gen<List<RegionId>> regions = subsets(context.regions(), 3);
    Gen<List<InvestorId>> counterparts = subsets(context.investors(), 3);
    Gen<List<ProjectId>> projects = subsets(context.projects(), 4);
    Gen<LocalDate> dates = dates();
    return source ->
        PromotionActivity.builder()
            .id(id)
            .date(dates.generate(source))
            .kind(kinds.generate(source))
            .title(titles.generate(source))
            .leadOfficialLevel(levels.generate(source))
            .addAllRegions(regions.generate(source))
            .addAllCounterparts(counterparts.generate(source))
            .addAllResultingProjects(projects.generate(source))
            .build();
  }

  /**
   * Returns signings of the default context, see {@link #signings(ProjectContext)}.
   *
   * @return a generator of signings
   */
  public static Gen<Signing> signings() {
    return signings(DEFAULT_CONTEXT);
  }

  /**
   * Returns signings with ids {@code s-0001}..{@code s-9999}, see {@link #signings(ProjectContext,
   * SigningId)}.
   *
   * @param context the ids the signings may reference; it must have at least one investor
   * @return a generator of signings
   */
  public static Gen<Signing> signings(ProjectContext context) {
    return Gens.ints(1, 9999)
        .flatMap(n -> signings(context, SigningId.of(String.format("s-%04d", n))));
  }

  /**
   * Returns signings with a given id: one to three distinct investors and up to five distinct
   * projects of a context, a project count at least the itemized projects (sometimes more, as in
   * "12 projects signed"), maybe a contract value in a currency of the context and maybe an
   * activity of the context.
   *
   * @param context the ids the signings may reference; it must have at least one investor
   * @param id the signing's id
   * @return a generator of signings
   * @throws IllegalArgumentException if the context has no investor
   */
  public static Gen<Signing> signings(ProjectContext context, SigningId id) {
    if (context.investors().isEmpty()) {
      throw new IllegalArgumentException("Signings need a context with at least one investor");
    }
    Gen<List<InvestorId>> investors =
        Gens.ints(1, Math.min(3, context.investors().size()))
            .flatMap(n -> subsetsOfSize(context.investors(), n));
    Gen<List<ProjectId>> projects = subsets(context.projects(), 5);
    Gen<Optional<Money>> values = Gens.optionals(context.currency().flatMap(context::amounts));
    Gen<Optional<ActivityId>> activities = optionalElement(context.activities());
    Gen<LocalDate> dates = dates();
    return source -> {
      List<ProjectId> itemized = projects.generate(source);
      int unitemized = source.choose(0, 2) == 0 ? (int) source.choose(0, 20) : 0;
      return Signing.builder()
          .id(id)
          .date(dates.generate(source))
          .addAllInvestors(investors.generate(source))
          .addAllProjects(itemized)
          .projectCount(itemized.size() + unitemized)
          .contractValue(values.generate(source))
          .activity(activities.generate(source))
          .build();
    };
  }

  /**
   * Returns targets of the default context, see {@link #targets(ProjectContext)}.
   *
   * @return a generator of targets
   */
  public static Gen<Target> targets() {
    return targets(DEFAULT_CONTEXT);
  }

  /**
   * Returns targets with ids {@code t-0001}..{@code t-9999}, see {@link #targets(ProjectContext,
   * TargetId)}.
   *
   * @param context the ids the targets' scopes may reference
   * @return a generator of targets
   */
  public static Gen<Target> targets(ProjectContext context) {
    return Gens.ints(1, 9999)
        .flatMap(n -> targets(context, TargetId.of(String.format("t-%04d", n))));
  }

  /**
   * Returns targets with a given id: a period (often a calendar year), a scope of the context and a
   * value of any metric.
   *
   * @param context the ids the target's scope may reference
   * @param id the target's id
   * @return a generator of targets
   */
  public static Gen<Target> targets(ProjectContext context, TargetId id) {
    Gen<String> names = names("Target " + id.value());
    Gen<DateRange> periods = periods();
    Gen<Scope> scopes = scopes(context);
    Gen<MetricValue> values = metricValues(context);
    return source ->
        Target.builder()
            .id(id)
            .name(names.generate(source))
            .period(periods.generate(source))
            .scope(scopes.generate(source))
            .value(values.generate(source))
            .build();
  }

  /**
   * Returns reported figures of the default context, see {@link #reportedFigures(ProjectContext)}.
   *
   * @return a generator of reported figures
   */
  public static Gen<ReportedFigure> reportedFigures() {
    return reportedFigures(DEFAULT_CONTEXT);
  }

  /**
   * Returns reported figures with ids {@code f-0001}..{@code f-9999}, see {@link
   * #reportedFigures(ProjectContext, ReportedFigureId)}.
   *
   * @param context the ids the figures' scopes may reference
   * @return a generator of reported figures
   */
  public static Gen<ReportedFigure> reportedFigures(ProjectContext context) {
    return Gens.ints(1, 9999)
        .flatMap(n -> reportedFigures(context, ReportedFigureId.of(String.format("f-%04d", n))));
  }

  /**
   * Returns reported figures with a given id: a source, a period (often a calendar year), a scope
   * of the context and one to four values of distinct metrics.
   *
   * @param context the ids the figure's scope may reference
   * @param id the figure's id
   * @return a generator of reported figures
   */
  public static Gen<ReportedFigure> reportedFigures(ProjectContext context, ReportedFigureId id) {
    Gen<String> sources = names("Source");
    Gen<DateRange> periods = periods();
    Gen<Scope> scopes = scopes(context);
    Gen<List<Metric>> metrics =
        Gens.ints(1, 4).flatMap(n -> subsetsOfSize(Arrays.asList(Metric.values()), n));
    Gen<Optional<String>> descriptions = Gens.optionals(names("About " + id.value()));
    return source -> {
      ReportedFigure.Builder b =
          ReportedFigure.builder()
              .id(id)
              .source(sources.generate(source))
              .period(periods.generate(source))
              .scope(scopes.generate(source));
      for (Metric m : metrics.generate(source)) {
        b.addValue(metricValues(context, m).generate(source));
      }
      return b.description(descriptions.generate(source)).build();
    };
  }

  // ---------------------------------------------------------------------------------- portfolio

  /**
   * Returns whole valid portfolios with 0 to 60 projects in CNY and ordinary amounts, see {@link
   * #portfolios(PortfolioShape)}.
   *
   * @return a generator of portfolios
   */
  public static Gen<Portfolio> portfolios() {
    return portfolios(PortfolioShape.standard());
  }

  /**
   * Returns whole valid portfolios with a number of projects in a range, in CNY and ordinary
   * amounts.
   *
   * @param minProjects the least number of projects
   * @param maxProjects the greatest number of projects
   * @return a generator of portfolios
   */
  public static Gen<Portfolio> portfolios(int minProjects, int maxProjects) {
    return portfolios(PortfolioShape.standard().withProjects(minProjects, maxProjects));
  }

  /**
   * Returns portfolios whose projects are sometimes (one time in four) in another currency than
   * CNY, one of {@link #CURRENCIES}; contract values and money metrics too.
   *
   * @return a generator of portfolios
   */
  public static Gen<Portfolio> multiCurrencyPortfolios() {
    return portfolios(PortfolioShape.standard().withMultiCurrency(true));
  }

  /**
   * Returns portfolios whose free amounts are huge ({@link #hugeMoney}): total investments,
   * contract values, money metrics and expected outcomes lie near {@link Long#MAX_VALUE} minor
   * units, so that summing two projects overflows a {@code long}; parts (phases, plans, progress)
   * still add up to at most their project's total.
   *
   * @return a generator of portfolios
   */
  public static Gen<Portfolio> portfoliosWithHugeAmounts() {
    return portfolios(PortfolioShape.standard().withHugeAmounts(true));
  }

  /**
   * Returns whole valid portfolios of a shape: an industry taxonomy on two or three levels, a
   * region hierarchy (a country, provinces, cities, counties or districts, development zones and
   * economic regions), up to three chains with up to five links, up to four focus areas, up to 40
   * investors (groups and origins resolving), projects as the shape says (see {@link
   * #projects(ProjectContext, ProjectId)}), up to 30 activities, up to 20 signings (if there are
   * investors), up to 10 targets and 10 reported figures; every id unique and every reference
   * resolving, so {@code portfolio.toBuilder().violations()} is empty. With {@link
   * PortfolioShape#withArbitraryTaxonomies} the taxonomies come from {@link TaxonomyGens} instead.
   *
   * @param shape the number of projects, the currencies, the size of amounts and the taxonomies
   * @return a generator of portfolios
   */
  public static Gen<Portfolio> portfolios(PortfolioShape shape) {
    boolean arbitrary = shape.arbitraryTaxonomies();
    Gen<IndustryTaxonomy> taxonomies =
        arbitrary ? TaxonomyGens.nonEmptyTaxonomies() : industryTaxonomies();
    Gen<RegionHierarchy> hierarchies =
        arbitrary ? TaxonomyGens.regionHierarchies() : regionHierarchies();
    Gen<List<FocusArea>> focusAreas =
        arbitrary
            ? Gens.lists(TaxonomyGens.focusAreas(), 0, 4).map(DomainGens::firstOfEachFocusArea)
            : focusAreas();
    return source -> {
      IndustryTaxonomy industries = taxonomies.generate(source);
      RegionHierarchy regions = hierarchies.generate(source);
      List<IndustryId> industryIds =
          industries.industries().stream()
              .map(Industry::id)
              .collect(ImmutableList.toImmutableList());
      List<IndustrialChain> chains =
          arbitrary
              ? firstOfEachChain(
                  Gens.lists(TaxonomyGens.chains(industryIds), 0, 3).generate(source))
              : chains(industryIds).generate(source);
      List<FocusArea> focus = focusAreas.generate(source);
      Portfolio.Builder b =
          Portfolio.builder()
              .industries(industries)
              .regions(regions)
              .addAllChains(chains)
              .addAllFocusAreas(focus);
      ProjectContext context =
          ProjectContext.of(b.build())
              .withCurrencies(shape.multiCurrency() ? CURRENCIES : List.of(Currencies.CNY))
              .withHugeAmounts(shape.hugeAmounts());

      int investorCount = (int) source.choose(0, 40);
      List<InvestorId> investorIds = new ArrayList<>(investorCount);
      for (int i = 1; i <= investorCount; i++) {
        InvestorId id = InvestorId.of(String.format("inv-%02d", i));
        b.addInvestor(investors(context, id, investorIds).generate(source));
        investorIds.add(id);
      }
      context = context.withInvestors(investorIds);

      int projectCount = (int) source.choose(shape.minProjects(), shape.maxProjects());
      List<ProjectId> projectIds = new ArrayList<>(projectCount);
      for (int i = 1; i <= projectCount; i++) {
        ProjectId id = ProjectId.of(String.format("p-%03d", i));
        b.addProject(projects(context, id).generate(source));
        projectIds.add(id);
      }

      context = context.withPromotion(projectIds, List.of());
      int activityCount = (int) source.choose(0, 30);
      List<ActivityId> activityIds = new ArrayList<>(activityCount);
      for (int i = 1; i <= activityCount; i++) {
        ActivityId id = ActivityId.of(String.format("a-%03d", i));
        b.addActivity(activities(context, id).generate(source));
        activityIds.add(id);
      }
      context = context.withPromotion(projectIds, activityIds);
      if (!investorIds.isEmpty()) {
        int signingCount = (int) source.choose(0, 20);
        for (int i = 1; i <= signingCount; i++) {
          b.addSigning(
              signings(context, SigningId.of(String.format("s-%03d", i))).generate(source));
        }
      }
      int targetCount = (int) source.choose(0, 10);
      for (int i = 1; i <= targetCount; i++) {
        b.addTarget(targets(context, TargetId.of(String.format("t-%03d", i))).generate(source));
      }
      int figureCount = (int) source.choose(0, 10);
      for (int i = 1; i <= figureCount; i++) {
        b.addReportedFigure(
            reportedFigures(context, ReportedFigureId.of(String.format("f-%03d", i)))
                .generate(source));
      }
      return b.build();
    };
  }

  /**
   * The shape of generated portfolios: how many projects, whether several currencies occur and
   * whether amounts are huge.
   *
   * <pre>{@code
   * Gen<Portfolio> big = DomainGens.portfolios(
   *     PortfolioShape.standard().withProjects(50, 60).withMultiCurrency(true));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public static final class PortfolioShape {
    private static final PortfolioShape STANDARD = new PortfolioShape(0, 60, false, false, false);

    private final int minProjects;
    private final int maxProjects;
    private final boolean multiCurrency;
    private final boolean hugeAmounts;
    private final boolean arbitraryTaxonomies;

    private PortfolioShape(
        int minProjects,
        int maxProjects,
        boolean multiCurrency,
        boolean hugeAmounts,
        boolean arbitraryTaxonomies) {
      if (minProjects < 0 || minProjects > maxProjects || maxProjects > 999) {
        throw new IllegalArgumentException(
            "Portfolio shape needs 0 <= minProjects <= maxProjects <= 999, but got "
                + minProjects
                + " and "
                + maxProjects);
      }
      this.minProjects = minProjects;
      this.maxProjects = maxProjects;
      this.multiCurrency = multiCurrency;
      this.hugeAmounts = hugeAmounts;
      this.arbitraryTaxonomies = arbitraryTaxonomies;
    }

    /**
     * Returns the standard shape: 0 to 60 projects, CNY only, ordinary amounts.
     *
     * @return the standard shape
     */
    public static PortfolioShape standard() {
      return STANDARD;
    }

    /**
     * Returns a copy with another range of project counts.
     *
     * @param min the least number of projects
     * @param max the greatest number of projects, at most 999
     * @return the copy
     * @throws IllegalArgumentException unless {@code 0 <= min <= max <= 999}
     */
    public PortfolioShape withProjects(int min, int max) {
      return new PortfolioShape(min, max, multiCurrency, hugeAmounts, arbitraryTaxonomies);
    }

    /**
     * Returns a copy in which projects are sometimes in another currency than CNY.
     *
     * @param multiCurrency true for several currencies
     * @return the copy
     */
    public PortfolioShape withMultiCurrency(boolean multiCurrency) {
      return new PortfolioShape(
          minProjects, maxProjects, multiCurrency, hugeAmounts, arbitraryTaxonomies);
    }

    /**
     * Returns a copy whose free amounts are huge.
     *
     * @param hugeAmounts true for amounts near {@link Long#MAX_VALUE} minor units
     * @return the copy
     */
    public PortfolioShape withHugeAmounts(boolean hugeAmounts) {
      return new PortfolioShape(
          minProjects, maxProjects, multiCurrency, hugeAmounts, arbitraryTaxonomies);
    }

    /**
     * Returns a copy whose taxonomies come from {@link TaxonomyGens} (industry forests of any depth
     * up to {@value TaxonomyGens#MAX_INDUSTRIES} industries, regions nested in any valid way,
     * chains of up to 12 links) instead of the small two- or three-level ones.
     *
     * @param arbitraryTaxonomies true for the taxonomies of {@link TaxonomyGens}
     * @return the copy
     */
    public PortfolioShape withArbitraryTaxonomies(boolean arbitraryTaxonomies) {
      return new PortfolioShape(
          minProjects, maxProjects, multiCurrency, hugeAmounts, arbitraryTaxonomies);
    }

    /**
     * Returns the least number of projects.
     *
     * @return the minimum
     */
    public int minProjects() {
      return minProjects;
    }

    /**
     * Returns the greatest number of projects.
     *
     * @return the maximum
     */
    public int maxProjects() {
      return maxProjects;
    }

    /**
     * Tells whether projects are sometimes in another currency than CNY.
     *
     * @return true for several currencies
     */
    public boolean multiCurrency() {
      return multiCurrency;
    }

    /**
     * Tells whether free amounts are huge.
     *
     * @return true for huge amounts
     */
    public boolean hugeAmounts() {
      return hugeAmounts;
    }

    /**
     * Tells whether the taxonomies come from {@link TaxonomyGens}.
     *
     * @return true for arbitrary taxonomies
     */
    public boolean arbitraryTaxonomies() {
      return arbitraryTaxonomies;
    }

    @Override
    public String toString() {
      return "PortfolioShape[projects="
          + minProjects
          + ".."
          + maxProjects
          + (multiCurrency ? ", multi-currency" : "")
          + (hugeAmounts ? ", huge amounts" : "")
          + (arbitraryTaxonomies ? ", arbitrary taxonomies" : "")
          + "]";
    }
  }

  // ---------------------------------------------------------------------------------- taxonomy
  // Small, realistic taxonomies (country > province > city > county > zone; two or three industry
  // levels); PortfolioShape.withArbitraryTaxonomies switches to the richer TaxonomyGens.

  private static Gen<IndustryTaxonomy> industryTaxonomies() {
    return source -> {
      boolean threeLevels = source.choose(0, 1) == 1;
      int roots = (int) source.choose(1, 5);
      List<Industry> list = new ArrayList<>();
      for (int r = 1; r <= roots; r++) {
        IndustryId root = IndustryId.of("i" + r);
        list.add(Industry.of(root, "Industry " + root));
        // The first root always has a child, so that the taxonomy has at least two levels.
        int children = (int) source.choose(r == 1 ? 1 : 0, 3);
        for (int c = 1; c <= children; c++) {
          IndustryId child = IndustryId.of(root.value() + "." + c);
          list.add(Industry.of(child, "Industry " + child, root));
          int grandChildren = threeLevels ? (int) source.choose(0, 2) : 0;
          for (int g = 1; g <= grandChildren; g++) {
            IndustryId leaf = IndustryId.of(child.value() + "." + g);
            list.add(Industry.of(leaf, "Industry " + leaf, child));
          }
        }
      }
      return IndustryTaxonomy.of("generated", list);
    };
  }

  private static Gen<RegionHierarchy> regionHierarchies() {
    Gen<RegionKind> countyKinds = Gens.elements(RegionKind.COUNTY, RegionKind.DISTRICT);
    return source -> {
      List<Region> list = new ArrayList<>();
      RegionId country = RegionId.of("cn");
      list.add(Region.of(country, "China", RegionKind.COUNTRY));
      int provinces = (int) source.choose(1, 3);
      List<RegionId> provinceIds = new ArrayList<>();
      for (int p = 1; p <= provinces; p++) {
        RegionId province = RegionId.of("cn-p" + p);
        provinceIds.add(province);
        list.add(Region.of(province, "Province " + p, RegionKind.PROVINCE, country));
        int cities = (int) source.choose(0, 3);
        for (int c = 1; c <= cities; c++) {
          RegionId city = RegionId.of(province.value() + "-c" + c);
          list.add(Region.of(city, "City " + city, RegionKind.CITY, province));
          int counties = (int) source.choose(0, 2);
          for (int d = 1; d <= counties; d++) {
            RegionId county = RegionId.of(city.value() + "-d" + d);
            list.add(Region.of(county, "County " + county, countyKinds.generate(source), city));
            if (source.choose(0, 2) == 2) {
              RegionId zone = RegionId.of(county.value() + "-z");
              list.add(Region.of(zone, "Zone " + zone, RegionKind.DEVELOPMENT_ZONE, county));
            }
          }
        }
      }
      int economic = (int) source.choose(0, 2);
      for (int e = 1; e <= economic; e++) {
        List<RegionId> members =
            Gens.ints(1, provinceIds.size())
                .flatMap(n -> subsetsOfSize(provinceIds, n))
                .generate(source);
        list.add(Region.economic(RegionId.of("econ-" + e), "Economic region " + e, members));
      }
      return RegionHierarchy.of(list);
    };
  }

  private static Gen<List<IndustrialChain>> chains(List<IndustryId> industries) {
    Gen<IndustryId> industry = Gens.elements(industries);
    return source -> {
      int count = (int) source.choose(0, 3);
      List<IndustrialChain> chains = new ArrayList<>(count);
      for (int c = 1; c <= count; c++) {
        IndustrialChain.Builder b =
            IndustrialChain.builder()
                .id(ChainId.of("chain-" + c))
                .name("Chain " + c)
                .industry(industry.generate(source));
        int links = (int) source.choose(0, 5);
        for (int l = 1; l <= links; l++) {
          b.addLink(ChainLink.of(ChainLinkId.of("link-" + l), "Link " + l));
        }
        chains.add(b.build());
      }
      return ImmutableList.copyOf(chains);
    };
  }

  private static Gen<List<FocusArea>> focusAreas() {
    return Gens.ints(0, 4)
        .map(
            n -> {
              List<FocusArea> list = new ArrayList<>(n);
              for (int f = 1; f <= n; f++) {
                list.add(FocusArea.of(FocusAreaId.of("focus-" + f), "Focus " + f));
              }
              return ImmutableList.copyOf(list);
            });
  }

  // ---------------------------------------------------------------------------------- helpers

  /**
   * Returns names: a fixed prefix, sometimes followed by a space and a random word of Latin
   * letters, digits and Chinese characters; never blank, never padded.
   *
   * @param prefix the prefix, not blank
   * @return a generator of names
   */
  public static Gen<String> names(String prefix) {
    return Gens.strings(NAME_CHARACTERS, 0, 8).map(w -> w.isEmpty() ? prefix : prefix + " " + w);
  }

  /**
   * Returns distinct elements of a list, in random order, at most {@code max} of them.
   *
   * @param values the candidates
   * @param max the greatest number of elements
   * @param <T> the type of the elements
   * @return a generator of sublists without repetition
   */
  public static <T> Gen<List<T>> subsets(List<T> values, int max) {
    return Gens.ints(0, Math.min(max, values.size())).flatMap(n -> subsetsOfSize(values, n));
  }

  private static <T> Gen<List<T>> subsetsOfSize(List<T> values, int size) {
    if (size == 0) {
      return Gens.constant(ImmutableList.of());
    }
    return Gens.shuffle(values).map(all -> ImmutableList.copyOf(all.subList(0, size)));
  }

  // TaxonomyGens draws chain and focus-area ids from a small range; a portfolio keeps the first of
  // each id, a deterministic repair rather than a filter.
  private static List<IndustrialChain> firstOfEachChain(List<IndustrialChain> chains) {
    Map<ChainId, IndustrialChain> byId = new LinkedHashMap<>();
    chains.forEach(c -> byId.putIfAbsent(c.id(), c));
    return ImmutableList.copyOf(byId.values());
  }

  private static List<FocusArea> firstOfEachFocusArea(List<FocusArea> areas) {
    Map<FocusAreaId, FocusArea> byId = new LinkedHashMap<>();
    areas.forEach(f -> byId.putIfAbsent(f.id(), f));
    return ImmutableList.copyOf(byId.values());
  }

  private static <T> Gen<Optional<T>> optionalElement(List<T> values) {
    return values.isEmpty()
        ? Gens.constant(Optional.empty())
        : Gens.optionals(Gens.elements(values));
  }

  private static <T> Gen<Optional<T>> rarely(List<T> values) {
    return values.isEmpty() ? Gens.constant(Optional.empty()) : rarely(Gens.elements(values));
  }

  private static <T> Gen<Optional<T>> rarely(Gen<T> gen) {
    return source ->
        source.choose(0, 3) == 3 ? Optional.of(gen.generate(source)) : Optional.empty();
  }

  private static Gen<DateRange> periods() {
    return source ->
        source.choose(0, 1) == 0
            ? DateRange.ofYear(Year.of((int) source.choose(2018, 2030)))
            : dateRanges().generate(source);
  }

  private static long[] sortedCuts(Source source, long limit, int count) {
    long[] cuts = new long[count];
    for (int i = 0; i < count; i++) {
      cuts[i] = source.choose(0, limit);
    }
    Arrays.sort(cuts);
    return cuts;
  }

  private static long minorPerMajor(Currency currency) {
    return Money.ofMajor(currency, 1).minorUnitsExact();
  }
}
