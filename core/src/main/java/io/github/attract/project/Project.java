package io.github.attract.project;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.attract.internal.Checks;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One investment project (项目): who invests, where, in which industry and chain link, under which
 * focus areas and designations, how much in total and per phase, where it stands, what it will
 * produce and yield, and what was planned and done year by year and month by month.
 *
 * <p>References to investors, regions, industries, chains and focus areas are typed ids; a {@link
 * io.github.attract.portfolio.Portfolio} resolves them. Every money figure of a project is in the
 * project's {@link #currency()}.
 *
 * <pre>{@code
 * Project fengfan = Project.builder()
 *     .id(ProjectId.of("sys-fengfan-storage"))
 *     .name("Fengfan energy storage equipment manufacturing project")
 *     .addInvestor(InvestorId.of("fengfan"))
 *     .location(RegionId.of("cn-hl-shuangyashan"))
 *     .industry(IndustryId.of("new-materials"))
 *     .totalInvestment(Money.ofMajor(Currencies.CNY, 1_050_000_000L))
 *     .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
 *     .addCapacity(DesignedCapacity.of("battery storage equipment", Quantity.parse("6000000 kW/a")))
 *     .build();
 * }</pre>
 *
 * <p>Rules checked on construction, each failing with a message naming the field and the value: all
 * money is in the project's currency and non-negative; phase ids are unique; phase investments add
 * up to no more than the total investment; annual plans are in ascending, distinct years and add up
 * to no more than the total investment; progress reports are in ascending, distinct months,
 * cumulative (never decreasing); funds in place never above the total investment; investors are
 * distinct; the status histories of the project and its phases take only allowed transitions in
 * date order (a history read with {@link StatusHistory#ofUnchecked} is checked here, with paths
 * such as {@code statusHistory[3].date}); revisions of the total investment are in ascending,
 * distinct dates, in the project's currency, non-negative, and revise an original total. Phases and
 * annual plans are held against the {@link #latestTotalInvestment() latest total}, each progress
 * report against the total {@link #totalInvestmentOn in force} at the end of its month. A
 * construction failure ({@link InvalidProjectException}) lists every broken rule, not only the
 * first. Completed investment above the total investment (a cost overrun) is not an error: the
 * project keeps it as a warning in {@link #violations()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract ProjectId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the investors, the lead investor first.
   *
   * @return the distinct investors, possibly none while the project is a lead
   */
  public abstract ImmutableList<InvestorId> investors();

  /**
   * Returns where the project is built: a city, county, district or development zone.
   *
   * @return the region
   */
  public abstract RegionId location();

  /**
   * Returns the industry, a node of the portfolio's industry taxonomy.
   *
   * @return the industry
   */
  public abstract IndustryId industry();

  /**
   * Returns the link of an industrial chain the project fills.
   *
   * @return the chain link, if any
   */
  public abstract Optional<ChainLinkRef> chainLink();

  /**
   * Returns the focus areas of the promotion plan the project serves.
   *
   * @return the focus areas, possibly none
   */
  public abstract ImmutableSet<FocusAreaId> focusAreas();

  /**
   * Returns the designations: key-project levels and batches, each with its year.
   *
   * @return the designations, possibly none
   */
  public abstract ImmutableSet<Designation> designations();

  /**
   * Returns the currency of every money figure of the project.
   *
   * @return the currency, {@code CNY} unless set
   */
  @Value.Default
  public Currency currency() {
    return Currencies.CNY;
  }

  /**
   * Returns the total planned investment (总投资) as first stated, before any {@link
   * #totalInvestmentRevisions() revision}; see {@link #totalInvestmentOn} and {@link
   * #latestTotalInvestment()} for the revised figures.
   *
   * @return the original amount, if known
   */
  public abstract Optional<Money> totalInvestment();

  /**
   * Returns where the total investment comes from.
   *
   * @return the provenance, {@code REPORTED} unless set
   */
  @Value.Default
  public Provenance totalInvestmentProvenance() {
    return Provenance.REPORTED;
  }

  /**
   * Returns the dated revisions of the total investment (调整总投资) in ascending, distinct date order.
   * {@link #totalInvestment()} is the original total: it is in force from the start of the
   * project's record, whatever its date, until the day before the first revision; each revision is
   * in force from its date (inclusive) until the day before the next one.
   *
   * @return the revisions, possibly none; a project with revisions has an original total
   */
  public abstract ImmutableList<InvestmentRevision> totalInvestmentRevisions();

  /**
   * Returns the phases in order.
   *
   * @return the phases, possibly none
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Returns the status history.
   *
   * @return the history, empty unless set
   */
  @Value.Default
  public StatusHistory statusHistory() {
    return StatusHistory.empty();
  }

  /**
   * Returns what the project as a whole is designed to produce; phases may carry their own.
   *
   * @return the capacities, possibly none
   */
  public abstract ImmutableList<DesignedCapacity> capacities();

  /**
   * Returns what the project should yield each year at full output.
   *
   * @return the expected outcomes, if given
   */
  public abstract Optional<ExpectedOutcomes> expectedOutcomes();

  /**
   * Returns the annual investment plans in ascending year order.
   *
   * @return the plans, possibly none
   */
  public abstract ImmutableList<AnnualPlan> annualPlans();

  /**
   * Returns the monthly progress reports in ascending month order.
   *
   * @return the reports, possibly none
   */
  public abstract ImmutableList<ProgressReport> progressReports();

  /**
   * Returns a free-text description.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Returns the total investment in force on a day: the total of the last revision dated on or
   * before the day, else the original {@link #totalInvestment()}.
   *
   * <pre>{@code
   * // original CNY 1000.00, revised to CNY 1200.00 on 2024-03-01
   * project.totalInvestmentOn(LocalDate.of(2024, 2, 29));   // CNY 1000.00
   * project.totalInvestmentOn(LocalDate.of(2024, 3, 1));    // CNY 1200.00
   * }</pre>
   *
   * @param date the as-of day
   * @return the total then, empty if the project has no total investment
   */
  public Optional<Money> totalInvestmentOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (totalInvestment().isEmpty()) {
      return Optional.empty();
    }
    Money found = totalInvestment().get();
    for (InvestmentRevision r : totalInvestmentRevisions()) {
      if (r.date().isAfter(date)) {
        break;
      }
      found = r.total();
    }
    return Optional.of(found);
  }

  /**
   * Returns the total investment as last revised: the total of the latest revision, else the
   * original {@link #totalInvestment()}. It reads no clock: a revision dated in the future of the
   * caller counts too. Aggregations without an as-of day use it.
   *
   * @return the latest total, empty if the project has no total investment
   */
  public Optional<Money> latestTotalInvestment() {
    if (totalInvestment().isEmpty() || totalInvestmentRevisions().isEmpty()) {
      return totalInvestment();
    }
    return Optional.of(
        totalInvestmentRevisions().get(totalInvestmentRevisions().size() - 1).total());
  }

  /**
   * Returns where the {@link #latestTotalInvestment() latest total investment} comes from: the
   * provenance of the latest revision, else {@link #totalInvestmentProvenance()}.
   *
   * @return the provenance
   */
  public Provenance latestTotalInvestmentProvenance() {
    if (totalInvestmentRevisions().isEmpty()) {
      return totalInvestmentProvenance();
    }
    return totalInvestmentRevisions().get(totalInvestmentRevisions().size() - 1).provenance();
  }

  /**
   * Returns the status in force at the end of a day.
   *
   * @param date the as-of day
   * @return the status, or empty if the history starts later
   */
  public Optional<Status> statusOn(LocalDate date) {
    return statusHistory().statusOn(date);
  }

  /**
   * Returns the plan for a year.
   *
   * @param year the year
   * @return the plan, if there is one
   */
  public Optional<AnnualPlan> annualPlan(Year year) {
    Objects.requireNonNull(year, "year");
    for (AnnualPlan p : annualPlans()) {
      if (p.year().equals(year)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the latest progress report of a month or before.
   *
   * @param month the as-of month
   * @return the report, or empty if none is that early
   */
  public Optional<ProgressReport> progressAsOf(YearMonth month) {
    Objects.requireNonNull(month, "month");
    ProgressReport found = null;
    for (ProgressReport r : progressReports()) {
      if (r.month().isAfter(month)) {
        break;
      }
      found = r;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the cumulative completed investment at the end of a month.
   *
   * @param month the as-of month
   * @return the amount of the latest report then, zero if there is none
   */
  public Money completedInvestmentAsOf(YearMonth month) {
    return progressAsOf(month)
        .map(ProgressReport::completedInvestment)
        .orElse(Money.zero(currency()));
  }

  /**
   * Tells whether the project carries a designation.
   *
   * @param kind the kind
   * @param year the year
   * @return true if designated so
   */
  public boolean isDesignated(DesignationKind kind, Year year) {
    return designations().contains(Designation.of(kind, year));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableProject.builder();
  }

  /**
   * Returns this project with a monthly progress report put in: a report of a month the project has
   * no report for is inserted in month order, one of a month it has replaces it. The result is
   * checked like a newly built project (cumulative figures, the total investment, the currency).
   *
   * <pre>{@code
   * Project updated = project.withProgressReport(ProgressReport.builder()
   *     .month(YearMonth.of(2023, 5))
   *     .completedInvestment(Money.of("CNY", "300000000"))
   *     .build());
   * }</pre>
   *
   * @param report the report
   * @return the updated project
   * @throws IllegalArgumentException if the updated project breaks a rule, e.g. the report's
   *     completed investment is below that of an earlier month
   */
  public Project withProgressReport(ProgressReport report) {
    Objects.requireNonNull(report, "report");
    List<ProgressReport> reports = new ArrayList<>(progressReports().size() + 1);
    boolean placed = false;
    for (ProgressReport r : progressReports()) {
      if (!placed && !r.month().isBefore(report.month())) {
        reports.add(report);
        placed = true;
        if (r.month().equals(report.month())) {
          continue;
        }
      }
      reports.add(r);
    }
    if (!placed) {
      reports.add(report);
    }
    return copy().addAllProgressReports(reports).build();
  }

  /**
   * Returns this project with a revision of its total investment put in: a revision of a day the
   * project has none for is inserted in date order, one of a day it has replaces it. Putting in
   * revisions of distinct days in any order therefore gives the same project. The result is checked
   * like a newly built project.
   *
   * <pre>{@code
   * Project revised = project.withTotalInvestmentRevision(
   *     InvestmentRevision.of(LocalDate.of(2024, 3, 1), Money.of("CNY", "1200000000")));
   * }</pre>
   *
   * @param revision the revision
   * @return the updated project
   * @throws IllegalArgumentException if the updated project breaks a rule, e.g. the project has no
   *     original total investment or the revised total is in another currency
   */
  public Project withTotalInvestmentRevision(InvestmentRevision revision) {
    Objects.requireNonNull(revision, "revision");
    List<InvestmentRevision> revisions = new ArrayList<>(totalInvestmentRevisions().size() + 1);
    boolean placed = false;
    for (InvestmentRevision r : totalInvestmentRevisions()) {
      if (!placed && !r.date().isBefore(revision.date())) {
        revisions.add(revision);
        placed = true;
        if (r.date().equals(revision.date())) {
          continue;
        }
      }
      revisions.add(r);
    }
    if (!placed) {
      revisions.add(revision);
    }
    return copy(statusHistory(), revisions).addAllProgressReports(progressReports()).build();
  }

  /**
   * Returns this project with one more status change at the end of its history, checked as {@link
   * StatusHistory#then} checks it.
   *
   * <pre>{@code
   * Project started = project.withStatusChange(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION);
   * }</pre>
   *
   * @param date the day of the change
   * @param status the new status
   * @return the updated project
   * @throws IllegalArgumentException if the change is dated before the last one or the transition
   *     is not allowed after the current status
   */
  public Project withStatusChange(LocalDate date, Status status) {
    return copy(statusHistory().then(date, status))
        .addAllProgressReports(progressReports())
        .build();
  }

  /**
   * Returns this project with one more status change at the end of its history; see {@link
   * #withStatusChange(LocalDate, Status)}.
   *
   * @param change the change
   * @return the updated project
   * @throws IllegalArgumentException if the change is dated before the last one or not allowed
   */
  public Project withStatusChange(StatusChange change) {
    Objects.requireNonNull(change, "change");
    return withStatusChange(change.date(), change.status());
  }

  /** Returns a builder holding everything of this project but its progress reports. */
  private Builder copy() {
    return copy(statusHistory());
  }

  /** Returns a builder holding everything but the progress reports, with a status history. */
  private Builder copy(StatusHistory history) {
    return copy(history, totalInvestmentRevisions());
  }

  /** Returns a builder holding everything but the progress reports, with history and revisions. */
  private Builder copy(StatusHistory history, List<InvestmentRevision> revisions) {
    return builder()
        .id(id())
        .name(name())
        .addAllInvestors(investors())
        .location(location())
        .industry(industry())
        .chainLink(chainLink())
        .addAllFocusAreas(focusAreas())
        .addAllDesignations(designations())
        .currency(currency())
        .totalInvestment(totalInvestment())
        .totalInvestmentProvenance(totalInvestmentProvenance())
        .addAllTotalInvestmentRevisions(revisions)
        .addAllPhases(phases())
        .statusHistory(history)
        .addAllCapacities(capacities())
        .expectedOutcomes(expectedOutcomes())
        .addAllAnnualPlans(annualPlans())
        .description(description());
  }

  /**
   * Returns the warnings of this project: rules whose breach a real ledger shows and the project
   * keeps, such as completed investment above the total investment (a cost overrun). A built
   * project has no error; {@link #check(Builder)} reports errors of a project not yet built.
   *
   * @return the warnings in field order, each with its field path; empty if there is none
   */
  @Value.Lazy
  public ImmutableList<Violation> violations() {
    return ImmutableList.copyOf(collect());
  }

  /**
   * Returns every broken rule of the project a builder would build, errors and warnings, each with
   * its field path (e.g. {@code annualPlans[2023].planned}); never throws for bad values. A missing
   * required attribute is one {@code missing-value} violation.
   *
   * <pre>{@code
   * for (Violation v : Project.check(builder)) {
   *   System.out.println(v.path().orElse("") + " " + v.severity() + ": " + v.message());
   * }
   * }</pre>
   *
   * @param builder the builder holding the project's attributes
   * @return the violations in field order
   */
  public static ImmutableList<Violation> check(Builder builder) {
    Objects.requireNonNull(builder, "builder");
    try {
      return builder.build().violations();
    } catch (InvalidProjectException e) {
      return e.all();
    } catch (IllegalStateException e) {
      String message = e.getMessage();
      return ImmutableList.of(
          Violation.of(
              Violation.Rule.MISSING_VALUE,
              "project",
              "",
              message == null ? "a required attribute is missing" : message));
    }
  }

  @Value.Check
  void check() {
    List<Violation> all = collect();
    List<Violation> errors = new ArrayList<>();
    for (Violation v : all) {
      if (v.isError()) {
        errors.add(v);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidProjectException(ImmutableList.copyOf(errors), ImmutableList.copyOf(all));
    }
  }

  /** Checks every rule and returns every breach, errors and warnings, in field order. */
  private List<Violation> collect() {
    Found found = new Found();
    try {
      Checks.nonBlank("Project '" + id() + "'", "name", name());
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      found.error("name", message == null ? "Project '" + id() + "' 'name' is blank" : message);
    }
    if (ImmutableSet.copyOf(investors()).size() != investors().size()) {
      found.error(
          "investors",
          "Project '" + id() + "' 'investors' must be distinct, but were " + investors());
    }
    totalInvestment().ifPresent(t -> found.money("totalInvestment", t));
    checkRevisions(found);
    Money phaseSum = Money.zero(currency());
    boolean phasesSummable = true;
    Set<PhaseId> phaseIds = new HashSet<>();
    for (Phase phase : phases()) {
      if (!phaseIds.add(phase.id())) {
        found.error(
            "phases[" + phase.id() + "].id",
            "Project '" + id() + "' phase ids must be unique, but '" + phase.id() + "' repeats");
      }
      if (phase.investment().isPresent()) {
        if (found.money("phases[" + phase.id() + "].investment", phase.investment().get())) {
          phaseSum = phaseSum.plus(phase.investment().get());
        } else {
          phasesSummable = false;
        }
      }
    }
    for (Phase phase : phases()) {
      found.list.addAll(
          phase
              .statusHistory()
              .violations("project", id().value(), "phases[" + phase.id() + "].statusHistory"));
    }
    // Phases and annual plans describe the project as it now stands: they are held against the
    // latest total; each progress report against the total in force at the end of its month.
    Optional<Money> total = valid(latestTotalInvestment());
    if (phasesSummable && total.isPresent() && phaseSum.isGreaterThan(total.get())) {
      found.error(
          "phases",
          "Project '"
              + id()
              + "' phase investments sum to "
              + phaseSum
              + ", more than its 'totalInvestment' "
              + total.get()
              + latestLabel());
    }
    found.list.addAll(statusHistory().violations("project", id().value(), "statusHistory"));
    checkPlans(found, total);
    checkProgress(found);
    expectedOutcomes()
        .ifPresent(
            o -> {
              o.annualRevenue().ifPresent(m -> found.money("expectedOutcomes.annualRevenue", m));
              o.annualProfit().ifPresent(m -> found.money("expectedOutcomes.annualProfit", m));
              o.annualTax().ifPresent(m -> found.money("expectedOutcomes.annualTax", m));
            });
    return found.list;
  }

  private void checkPlans(Found found, Optional<Money> total) {
    Year previous = null;
    Money planned = Money.zero(currency());
    boolean summable = true;
    for (AnnualPlan plan : annualPlans()) {
      String at = "annualPlans[" + plan.year() + "]";
      if (found.money(at + ".planned", plan.planned())) {
        planned = planned.plus(plan.planned());
      } else {
        summable = false;
      }
      if (previous != null && !plan.year().isAfter(previous)) {
        found.error(
            at + ".year",
            "Project '"
                + id()
                + "' 'annualPlans' must be in ascending, distinct years, but "
                + plan.year()
                + " follows "
                + previous);
      }
      previous = plan.year();
    }
    if (summable && total.isPresent() && planned.isGreaterThan(total.get())) {
      found.error(
          "annualPlans",
          "Project '"
              + id()
              + "' annual plans sum to "
              + planned
              + ", more than its 'totalInvestment' "
              + total.get()
              + latestLabel());
    }
  }

  /** Returns an amount if it is in the project's currency and not negative. */
  private Optional<Money> valid(Optional<Money> amount) {
    return amount.filter(t -> t.isIn(currency()) && !t.isNegative());
  }

  /** Names the revision a latest total comes from, empty without revisions. */
  private String latestLabel() {
    List<InvestmentRevision> revisions = totalInvestmentRevisions();
    return revisions.isEmpty()
        ? ""
        : " as revised on " + revisions.get(revisions.size() - 1).date();
  }

  private void checkRevisions(Found found) {
    List<InvestmentRevision> revisions = totalInvestmentRevisions();
    if (!revisions.isEmpty() && totalInvestment().isEmpty()) {
      found.add(
          Violation.Rule.MISSING_VALUE,
          Violation.Severity.ERROR,
          "totalInvestment",
          "Project '"
              + id()
              + "' has "
              + revisions.size()
              + " 'totalInvestmentRevisions' but no original 'totalInvestment' to revise");
    }
    LocalDate previous = null;
    for (int i = 0; i < revisions.size(); i++) {
      InvestmentRevision r = revisions.get(i);
      String at = "totalInvestmentRevisions[" + i + "]";
      if (previous != null && !r.date().isAfter(previous)) {
        found.error(
            at + ".date",
            "Project '"
                + id()
                + "' 'totalInvestmentRevisions' must be in ascending, distinct dates, but "
                + r.date()
                + " follows "
                + previous);
      }
      found.money(at + ".total", r.total());
      previous = r.date();
    }
  }

  private void checkProgress(Found found) {
    ProgressReport previous = null;
    // Funds in place may be missing from some months; the cumulative rule holds against the last
    // month that stated them, not only against the month just before.
    ProgressReport lastFunds = null;
    for (ProgressReport report : progressReports()) {
      String at = "progressReports[" + report.month() + "]";
      Money completed = report.completedInvestment();
      boolean completedOk = found.money(at + ".completedInvestment", completed);
      boolean fundsOk =
          report.fundsInPlace().map(f -> found.money(at + ".fundsInPlace", f)).orElse(false);
      if (previous != null) {
        if (!report.month().isAfter(previous.month())) {
          found.error(
              at + ".month",
              "Project '"
                  + id()
                  + "' 'progressReports' must be in ascending, distinct months, but "
                  + report.month()
                  + " follows "
                  + previous.month());
        }
        if (completedOk
            && previous.completedInvestment().isIn(currency())
            && completed.isLessThan(previous.completedInvestment())) {
          found.error(
              at + ".completedInvestment",
              "Project '"
                  + id()
                  + "' '"
                  + at
                  + ".completedInvestment' is cumulative and must not decrease, but "
                  + completed
                  + " < "
                  + previous.completedInvestment()
                  + " of "
                  + previous.month());
        }
      }
      if (fundsOk && lastFunds != null) {
        Money before = lastFunds.fundsInPlace().orElseThrow();
        if (report.fundsInPlace().get().isLessThan(before)) {
          found.error(
              at + ".fundsInPlace",
              "Project '"
                  + id()
                  + "' '"
                  + at
                  + ".fundsInPlace' is cumulative and must not decrease, but "
                  + report.fundsInPlace().get()
                  + " < "
                  + before
                  + " of "
                  + lastFunds.month());
        }
      }
      LocalDate end = report.month().atEndOfMonth();
      Optional<Money> total = valid(totalInvestmentOn(end));
      String inForce = totalInvestmentRevisions().isEmpty() ? "" : " in force on " + end;
      if (total.isPresent()) {
        if (completedOk && completed.isGreaterThan(total.get())) {
          found.add(
              Violation.Rule.COST_OVERRUN,
              Violation.Severity.WARNING,
              at + ".completedInvestment",
              "Project '"
                  + id()
                  + "' '"
                  + at
                  + ".completedInvestment' "
                  + completed
                  + " exceeds 'totalInvestment' "
                  + total.get()
                  + inForce
                  + " (cost overrun)");
        }
        if (fundsOk && report.fundsInPlace().get().isGreaterThan(total.get())) {
          found.error(
              at + ".fundsInPlace",
              "Project '"
                  + id()
                  + "' '"
                  + at
                  + ".fundsInPlace' must not exceed 'totalInvestment' "
                  + total.get()
                  + inForce
                  + ", but was "
                  + report.fundsInPlace().get());
        }
      }
      previous = report;
      if (fundsOk) {
        lastFunds = report;
      }
    }
  }

  /** The violations found so far, in the order the checks run. */
  private final class Found {
    private final List<Violation> list = new ArrayList<>();

    void add(Violation.Rule rule, Violation.Severity severity, String path, String message) {
      list.add(Violation.of(rule, severity, "project", id().value(), path, message));
    }

    void error(String path, String message) {
      add(Violation.Rule.INVALID_VALUE, Violation.Severity.ERROR, path, message);
    }

    /** Records what is wrong with an amount; returns true if it is valid. */
    boolean money(String field, Money value) {
      if (!value.isIn(currency())) {
        error(
            field,
            "Project '"
                + id()
                + "' '"
                + field
                + "' must be in the project's currency "
                + currency().getCurrencyCode()
                + ", but was "
                + value);
        return false;
      }
      if (value.isNegative()) {
        error(
            field, "Project '" + id() + "' '" + field + "' must not be negative, but was " + value);
        return false;
      }
      return true;
    }
  }

  /**
   * Builds a {@link Project}; {@code id}, {@code name}, {@code location} and {@code industry} are
   * required.
   */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(ProjectId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    Builder name(String name);

    /**
     * Adds an investor.
     *
     * @param investor the investor's id
     * @return this builder
     */
    Builder addInvestor(InvestorId investor);

    /**
     * Adds investors.
     *
     * @param investors the investors' ids
     * @return this builder
     */
    Builder addAllInvestors(Iterable<? extends InvestorId> investors);

    /**
     * Sets where the project is built.
     *
     * @param location the region
     * @return this builder
     */
    Builder location(RegionId location);

    /**
     * Sets the industry.
     *
     * @param industry the industry
     * @return this builder
     */
    Builder industry(IndustryId industry);

    /**
     * Sets the chain link.
     *
     * @param chainLink the chain link
     * @return this builder
     */
    Builder chainLink(ChainLinkRef chainLink);

    /**
     * Sets the chain link, if any.
     *
     * @param chainLink the chain link or empty
     * @return this builder
     */
    Builder chainLink(Optional<? extends ChainLinkRef> chainLink);

    /**
     * Adds a focus area.
     *
     * @param focusArea the focus area
     * @return this builder
     */
    Builder addFocusArea(FocusAreaId focusArea);

    /**
     * Adds focus areas.
     *
     * @param focusAreas the focus areas
     * @return this builder
     */
    Builder addAllFocusAreas(Iterable<? extends FocusAreaId> focusAreas);

    /**
     * Adds a designation.
     *
     * @param designation the designation
     * @return this builder
     */
    Builder addDesignation(Designation designation);

    /**
     * Adds designations.
     *
     * @param designations the designations
     * @return this builder
     */
    Builder addAllDesignations(Iterable<? extends Designation> designations);

    /**
     * Sets the currency of every money figure.
     *
     * @param currency the currency
     * @return this builder
     */
    Builder currency(Currency currency);

    /**
     * Sets the total investment.
     *
     * @param totalInvestment the amount
     * @return this builder
     */
    Builder totalInvestment(Money totalInvestment);

    /**
     * Sets the total investment, if known.
     *
     * @param totalInvestment the amount or empty
     * @return this builder
     */
    Builder totalInvestment(Optional<? extends Money> totalInvestment);

    /**
     * Sets where the total investment comes from.
     *
     * @param totalInvestmentProvenance the provenance
     * @return this builder
     */
    Builder totalInvestmentProvenance(Provenance totalInvestmentProvenance);

    /**
     * Adds a revision of the total investment; revisions must come in ascending, distinct date
     * order (the builder does not sort them: an out-of-order or repeated date is an error at {@code
     * totalInvestmentRevisions[i].date}). {@link Project#withTotalInvestmentRevision} puts one in
     * order instead.
     *
     * @param totalInvestmentRevision the revision
     * @return this builder
     */
    Builder addTotalInvestmentRevision(InvestmentRevision totalInvestmentRevision);

    /**
     * Adds revisions of the total investment; they must come in ascending, distinct date order.
     *
     * @param totalInvestmentRevisions the revisions
     * @return this builder
     */
    Builder addAllTotalInvestmentRevisions(
        Iterable<? extends InvestmentRevision> totalInvestmentRevisions);

    /**
     * Adds a phase.
     *
     * @param phase the phase
     * @return this builder
     */
    Builder addPhase(Phase phase);

    /**
     * Adds phases.
     *
     * @param phases the phases
     * @return this builder
     */
    Builder addAllPhases(Iterable<? extends Phase> phases);

    /**
     * Sets the status history.
     *
     * @param statusHistory the history
     * @return this builder
     */
    Builder statusHistory(StatusHistory statusHistory);

    /**
     * Adds a designed capacity of the project as a whole.
     *
     * @param capacity the capacity
     * @return this builder
     */
    Builder addCapacity(DesignedCapacity capacity);

    /**
     * Adds designed capacities of the project as a whole.
     *
     * @param capacities the capacities
     * @return this builder
     */
    Builder addAllCapacities(Iterable<? extends DesignedCapacity> capacities);

    /**
     * Sets the expected outcomes.
     *
     * @param expectedOutcomes the outcomes
     * @return this builder
     */
    Builder expectedOutcomes(ExpectedOutcomes expectedOutcomes);

    /**
     * Sets the expected outcomes, if given.
     *
     * @param expectedOutcomes the outcomes or empty
     * @return this builder
     */
    Builder expectedOutcomes(Optional<? extends ExpectedOutcomes> expectedOutcomes);

    /**
     * Adds an annual plan; plans must come in ascending year order.
     *
     * @param annualPlan the plan
     * @return this builder
     */
    Builder addAnnualPlan(AnnualPlan annualPlan);

    /**
     * Adds annual plans; plans must come in ascending year order.
     *
     * @param annualPlans the plans
     * @return this builder
     */
    Builder addAllAnnualPlans(Iterable<? extends AnnualPlan> annualPlans);

    /**
     * Adds a progress report; reports must come in ascending month order.
     *
     * @param progressReport the report
     * @return this builder
     */
    Builder addProgressReport(ProgressReport progressReport);

    /**
     * Adds progress reports; reports must come in ascending month order.
     *
     * @param progressReports the reports
     * @return this builder
     */
    Builder addAllProgressReports(Iterable<? extends ProgressReport> progressReports);

    /**
     * Sets a description.
     *
     * @param description the text
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets a description, if any.
     *
     * @param description the text or empty
     * @return this builder
     */
    Builder description(Optional<String> description);

    /**
     * Returns every broken rule of the project this builder would build, with field paths; never
     * throws for bad values. See {@link Project#check(Builder)}.
     *
     * @return the errors and warnings
     */
    default ImmutableList<Violation> violations() {
      return Project.check(this);
    }

    /**
     * Builds the project, checking its rules.
     *
     * @return the project
     * @throws IllegalStateException if a required attribute is missing
     * @throws InvalidProjectException if a rule is broken; it lists every error, each naming the
     *     field and value; warnings never throw
     */
    Project build();
  }
}
