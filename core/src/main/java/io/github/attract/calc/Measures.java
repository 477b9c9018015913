package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.calc.engine.Histories;
import io.github.attract.calc.engine.Partial;
import io.github.attract.calc.engine.ValueColumn;
import io.github.attract.internal.Checks;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Measure measures}: project count, the money figures of a project (total, annual plan,
 * completed investment and funds in place, contract value, expected revenue, profit and tax),
 * expected jobs, designed capacity, and money figures of your own ({@link #money}).
 *
 * <pre>{@code
 * Aggregation.over(portfolio)
 *     .by(Dimensions.designationKind(Year.of(2023)))
 *     .measuring(Measures.count(), Measures.annualPlannedInvestment(Year.of(2023)))
 *     .run();
 * }</pre>
 *
 * <p>A project that lacks a figure adds nothing to it (and no currency). Money totals are exact and
 * kept per currency; convert them, if you must, with an explicit dated exchange-rate table after
 * aggregating ({@link Breakdown#convertedTo}).
 */
public final class Measures {
  private static final Count COUNT = new Count();

  private Measures() {}

  /**
   * Returns the number of projects.
   *
   * @return the measure "count"
   */
  public static Measure<Long> count() {
    return COUNT;
  }

  /**
   * Returns the total planned investment (总投资) as last revised ({@link
   * Project#latestTotalInvestment()}): the measure has no as-of day, so a project's latest revision
   * counts, else its original total; the provenance is that of the figure counted.
   *
   * @return the measure "total-investment"
   */
  public static Measure<MultiCurrencyAmount> totalInvestment() {
    return new MoneyFigure(Figure.TOTAL_INVESTMENT, null, null);
  }

  /**
   * Returns the investment planned for a calendar year (年度计划投资); projects without a plan for that
   * year add nothing.
   *
   * @param year the year
   * @return the measure "annual-planned-investment(year)"
   */
  public static Measure<MultiCurrencyAmount> annualPlannedInvestment(Year year) {
    return new MoneyFigure(Figure.ANNUAL_PLANNED, Objects.requireNonNull(year, "year"), null);
  }

  /**
   * Returns the completed investment (完成投资) since each project began, as of the end of a month: the
   * figure of its latest progress report of that month or before.
   *
   * @param month the as-of month
   * @return the measure "completed-investment(month)"
   */
  public static Measure<MultiCurrencyAmount> completedInvestment(YearMonth month) {
    return new MoneyFigure(Figure.COMPLETED, null, Objects.requireNonNull(month, "month"));
  }

  /**
   * Returns the investment completed in the calendar year up to the end of a month: the cumulative
   * figure as of the month less that as of the December before (zero if there was no report by
   * then). Projects without any report by the month add nothing.
   *
   * @param month the as-of month
   * @return the measure "completed-investment-ytd(month)"
   */
  public static Measure<MultiCurrencyAmount> completedInvestmentYearToDate(YearMonth month) {
    return new MoneyFigure(Figure.COMPLETED_YTD, null, Objects.requireNonNull(month, "month"));
  }

  /**
   * Returns the funds in place (到位资金) since each project began, as of the end of a month: the
   * figure of its latest report of that month or before that states funds.
   *
   * @param month the as-of month
   * @return the measure "funds-in-place(month)"
   */
  public static Measure<MultiCurrencyAmount> fundsInPlace(YearMonth month) {
    return new MoneyFigure(Figure.FUNDS, null, Objects.requireNonNull(month, "month"));
  }

  /**
   * Returns the funds that arrived in the calendar year up to the end of a month: funds in place as
   * of the month less those as of the December before (zero if none was stated by then).
   *
   * @param month the as-of month
   * @return the measure "funds-in-place-ytd(month)"
   */
  public static Measure<MultiCurrencyAmount> fundsInPlaceYearToDate(YearMonth month) {
    return new MoneyFigure(Figure.FUNDS_YTD, null, Objects.requireNonNull(month, "month"));
  }

  /**
   * Returns the contract value (签约额) of the signings that itemize each project. A signing's value
   * is split equally over the projects it states, in minor units with the indivisible remainder
   * going one unit each to the first projects of the signing, so the parts add up to the value
   * exactly; the parts of projects a signing counts but does not itemize belong to no project of
   * the ledger (the funnel counts them, {@link Funnels}).
   *
   * @return the measure "contract-value"
   */
  public static Measure<MultiCurrencyAmount> contractValue() {
    return new MoneyFigure(Figure.CONTRACT_VALUE, null, null);
  }

  /**
   * Returns the expected annual sales revenue at full output.
   *
   * @return the measure "expected-revenue"
   */
  public static Measure<MultiCurrencyAmount> expectedRevenue() {
    return new MoneyFigure(Figure.REVENUE, null, null);
  }

  /**
   * Returns the expected annual profit at full output.
   *
   * @return the measure "expected-profit"
   */
  public static Measure<MultiCurrencyAmount> expectedProfit() {
    return new MoneyFigure(Figure.PROFIT, null, null);
  }

  /**
   * Returns the expected annual tax at full output.
   *
   * @return the measure "expected-tax"
   */
  public static Measure<MultiCurrencyAmount> expectedTax() {
    return new MoneyFigure(Figure.TAX, null, null);
  }

  /**
   * Returns the expected new jobs.
   *
   * @return the measure "expected-jobs"
   */
  public static Measure<Long> expectedJobs() {
    return new Jobs();
  }

  /**
   * Returns the designed capacity in a unit: the sum of every capacity whose unit measures the same
   * dimension (mass per year, power...), converted exactly. A project's own capacities count; a
   * project that lists none counts those of its phases instead, so nothing is counted twice.
   *
   * @param unit the unit of the total, e.g. {@code Unit.MEGAWATT}
   * @return the measure "capacity(unit)"
   */
  public static Measure<Quantity> capacity(Unit unit) {
    return new Capacity(Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Returns a money measure of your own: one figure per project, in the project's currency, summed
   * per currency like the built-in money measures. It lets a breakdown or pivot add up anything you
   * compute per project, for instance a projection by any dimension:
   *
   * <pre>{@code
   * Schedules schedules = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()));
   * Measure<MultiCurrencyAmount> baseline2025 = Measures.money("baseline(2025)",
   *     p -> Optional.of(schedules.baseline(p).amount(Year.of(2025))));
   * Breakdown<IndustryId> b = Aggregation.over(portfolio).by(Dimensions.industry(1))
   *     .measuring(Measures.count(), baseline2025).run();
   * }</pre>
   *
   * <p>The function is called once per project and aggregation (built-in measures read the
   * portfolio's cached columns instead); it must not return null and its money must be in the
   * project's currency. Negative figures are allowed. Two such measures are equal when their names
   * are equal and their functions are the same object; a measure is serializable when its function
   * is.
   *
   * @param name the name, not blank; it heads the measure's column in tables
   * @param figure the figure of a project, or empty when the project has none
   * @return the measure
   * @throws IllegalArgumentException if the name is blank; when the aggregation runs, if a figure
   *     is not in its project's currency
   */
  public static Measure<MultiCurrencyAmount> money(
      String name, Function<? super Project, Optional<Money>> figure) {
    Objects.requireNonNull(figure, "figure");
    Checks.nonBlank("name", name);
    return new CustomMoney(name, figure);
  }

  /** A money measure of the caller's, computed per aggregation by scanning the projects. */
  static final class CustomMoney extends MoneyMeasure {
    private static final long serialVersionUID = 1L;
    private final String name;

    @SuppressWarnings("serial") // serializable when the caller's function is, as documented
    private final Function<? super Project, Optional<Money>> figure;

    CustomMoney(String name, Function<? super Project, Optional<Money>> figure) {
      this.name = name;
      this.figure = figure;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    ValueColumn column(ColumnarIndex index) {
      return scan(index, figure::apply, name);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof CustomMoney that && that.name.equals(name) && that.figure == figure;
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + System.identityHashCode(figure);
    }
  }

  /** The number of projects; its total is the cell's count, so it needs no column. */
  private static final class Count extends Measure<Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
      return "count";
    }

    @Override
    boolean isMoney() {
      return false;
    }

    @Override
    @Nullable ValueColumn column(ColumnarIndex index) {
      return null;
    }

    @Override
    Long finish(
        ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell) {
      return partial.count[cell];
    }

    @Override
    Long zero() {
      return 0L;
    }

    @Override
    Long plus(Long a, Long b) {
      return Math.addExact(a, b);
    }

    @Override
    ImmutableSet<Currency> currencies(Long total) {
      return ImmutableSet.of();
    }

    @Override
    BigDecimal magnitude(Long total, @Nullable Currency currency) {
      return BigDecimal.valueOf(total);
    }

    @Override
    String format(Long total) {
      return total.toString();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Count;
    }

    @Override
    public int hashCode() {
      return 1;
    }

    private Object readResolve() {
      return COUNT;
    }
  }

  /** The money figures of a project. */
  enum Figure {
    TOTAL_INVESTMENT("total-investment"),
    ANNUAL_PLANNED("annual-planned-investment"),
    COMPLETED("completed-investment"),
    COMPLETED_YTD("completed-investment-ytd"),
    FUNDS("funds-in-place"),
    FUNDS_YTD("funds-in-place-ytd"),
    CONTRACT_VALUE("contract-value"),
    REVENUE("expected-revenue"),
    PROFIT("expected-profit"),
    TAX("expected-tax");

    final String code;

    Figure(String code) {
      this.code = code;
    }
  }

  /** What every money measure shares: totals per currency, shares and formatting. */
  abstract static class MoneyMeasure extends Measure<MultiCurrencyAmount> {
    private static final long serialVersionUID = 1L;

    @Override
    boolean isMoney() {
      return true;
    }

    @Override
    MultiCurrencyAmount finish(
        ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell) {
      int c = index.currencyCount();
      List<Money> amounts = new ArrayList<>(1);
      for (int i = 0; i < c; i++) {
        int slot = cell * c + i;
        if (partial.present(measure, slot)) {
          amounts.add(Money.ofMinor(index.currencies.get(i), partial.exact(measure, slot)));
        }
      }
      return amounts.isEmpty() ? MultiCurrencyAmount.empty() : MultiCurrencyAmount.total(amounts);
    }

    @Override
    MultiCurrencyAmount zero() {
      return MultiCurrencyAmount.empty();
    }

    @Override
    MultiCurrencyAmount plus(MultiCurrencyAmount a, MultiCurrencyAmount b) {
      return a.combinedWith(b);
    }

    @Override
    ImmutableSet<Currency> currencies(MultiCurrencyAmount total) {
      return total.currencies();
    }

    @Override
    BigDecimal magnitude(MultiCurrencyAmount total, @Nullable Currency currency) {
      if (currency == null) {
        return BigDecimal.ZERO;
      }
      return total.amount(currency).amount();
    }

    @Override
    String format(MultiCurrencyAmount total) {
      if (total.isEmpty()) {
        return "-";
      }
      StringBuilder s = new StringBuilder();
      for (Money m : total.amounts()) {
        s.append(s.length() == 0 ? "" : " + ").append(m);
      }
      return s.toString();
    }

    /** Lays out one figure per project, each in its project's currency. */
    static ValueColumn scan(
        ColumnarIndex index, Function<Project, Optional<Money>> figure, String name) {
      List<Project> projects = index.projects;
      int n = projects.size();
      ValueColumn.Builder b = new ValueColumn.Builder(n, 0);
      for (int r = 0; r < n; r++) {
        Project p = projects.get(r);
        Optional<Money> m = Objects.requireNonNull(figure.apply(p), name);
        if (m.isPresent()) {
          if (!m.get().isIn(p.currency())) {
            throw new IllegalArgumentException(
                "Measure '"
                    + name
                    + "' of project '"
                    + p.id()
                    + "' must be in the project's currency "
                    + p.currency().getCurrencyCode()
                    + ", but was "
                    + m.get());
          }
          set(b, r, r, index.currencyOfRow(r), m.get());
        }
      }
      return b.build();
    }

    static void set(ValueColumn.Builder b, int entry, int row, int currency, Money m) {
      if (m.minorUnitsFitLong()) {
        b.set(entry, row, currency, m.minorUnitsExact());
      } else {
        b.set(entry, row, currency, m.minorUnits());
      }
    }
  }

  /** A money figure of a project, summed per currency. */
  static final class MoneyFigure extends MoneyMeasure {
    private static final long serialVersionUID = 1L;
    final Figure figure;
    private final @Nullable Year year;
    private final @Nullable YearMonth month;

    MoneyFigure(Figure figure, @Nullable Year year, @Nullable YearMonth month) {
      this.figure = figure;
      this.year = year;
      this.month = month;
    }

    @Override
    public String name() {
      Object arg = year != null ? year : month;
      return arg == null ? figure.code : figure.code + "(" + arg + ")";
    }

    /** Returns the figure of one project, if it has one. */
    Optional<Money> of(Project p) {
      switch (figure) {
        case TOTAL_INVESTMENT:
          return p.latestTotalInvestment();
        case ANNUAL_PLANNED:
          return p.annualPlan(Objects.requireNonNull(year)).map(AnnualPlan::planned);
        case COMPLETED:
          return p.progressAsOf(month()).map(ProgressReport::completedInvestment);
        case COMPLETED_YTD:
          return p.progressAsOf(month())
              .map(
                  r ->
                      r.completedInvestment()
                          .minus(p.completedInvestmentAsOf(decemberBefore(month()))));
        case FUNDS:
          return funds(p, month());
        case FUNDS_YTD:
          return funds(p, month())
              .map(
                  f -> f.minus(funds(p, decemberBefore(month())).orElse(Money.zero(f.currency()))));
        case REVENUE:
          return p.expectedOutcomes().flatMap(ExpectedOutcomes::annualRevenue);
        case PROFIT:
          return p.expectedOutcomes().flatMap(ExpectedOutcomes::annualProfit);
        case TAX:
          return p.expectedOutcomes().flatMap(ExpectedOutcomes::annualTax);
        case CONTRACT_VALUE:
        default:
          throw new IllegalStateException("contract value has several figures per project");
      }
    }

    private YearMonth month() {
      return Objects.requireNonNull(month);
    }

    @Override
    boolean hasProvenance() {
      return figure != Figure.CONTRACT_VALUE;
    }

    /** Returns the provenance of a project's figure, from the objects; null without a figure. */
    @Nullable Provenance provenanceOf(Project p) {
      if (of(p).isEmpty()) {
        return null;
      }
      switch (figure) {
        case TOTAL_INVESTMENT:
          return p.latestTotalInvestmentProvenance();
        case ANNUAL_PLANNED:
          return p.annualPlan(Objects.requireNonNull(year))
              .map(AnnualPlan::provenance)
              .orElse(null);
        case COMPLETED:
        case COMPLETED_YTD:
        case FUNDS:
        case FUNDS_YTD:
          boolean funds = figure == Figure.FUNDS || figure == Figure.FUNDS_YTD;
          Provenance latest = report(p, month(), funds);
          if (figure == Figure.COMPLETED_YTD || figure == Figure.FUNDS_YTD) {
            Provenance before = report(p, decemberBefore(month()), funds);
            if (latest != null && before != null) {
              return Histories.provenance(
                  Histories.combined((byte) latest.ordinal(), (byte) before.ordinal()));
            }
          }
          return latest;
        default:
          return p.expectedOutcomes().map(ExpectedOutcomes::provenance).orElse(null);
      }
    }

    /** The provenance of the report read as of a month (one stating funds, if asked). */
    private static @Nullable Provenance report(Project p, YearMonth month, boolean funds) {
      if (!funds) {
        return p.progressAsOf(month).map(ProgressReport::provenance).orElse(null);
      }
      Provenance found = null;
      for (ProgressReport r : p.progressReports()) {
        if (r.month().isAfter(month)) {
          break;
        }
        if (r.fundsInPlace().isPresent()) {
          found = r.provenance();
        }
      }
      return found;
    }

    @Override
    byte[] provenances(ColumnarIndex index) {
      if (month == null && figure != Figure.ANNUAL_PLANNED) {
        return index.column(
            List.of("provenance", this),
            ColumnarIndex.Layout.ROW_BYTES,
            ix -> scanProvenance(ix, this::provenanceOf));
      }
      return index.question(
          List.of("provenance", this), ColumnarIndex.Layout.ROW_BYTES, this::datedProvenances);
    }

    /** Lays out the provenance of the figure of a year or month, from the index's histories. */
    private byte[] datedProvenances(ColumnarIndex index) {
      if (figure == Figure.ANNUAL_PLANNED) {
        Histories.Plans plans = index.plans();
        byte[] entries =
            index.column(
                List.of("plan-provenances"),
                () -> Histories.planProvenances(index.projects, plans));
        return Histories.planProvenanceOf(plans, entries, Objects.requireNonNull(year).getValue());
      }
      Optional<Histories.Months> months = index.months();
      if (months.isEmpty()) {
        return scanProvenance(index, this::provenanceOf);
      }
      boolean funds = figure == Figure.FUNDS || figure == Figure.FUNDS_YTD;
      boolean ytd = figure == Figure.COMPLETED_YTD || figure == Figure.FUNDS_YTD;
      return Histories.asOfProvenance(
          months.get(),
          funds ? index.funds() : index.completed(),
          index.column(
              List.of("report-provenances"),
              () -> Histories.reportProvenances(index.projects, months.get())),
          month(),
          ytd,
          funds);
    }

    private static YearMonth decemberBefore(YearMonth month) {
      return YearMonth.of(month.getYear() - 1, 12);
    }

    /** The funds of the latest report of the month or before that states them. */
    private static Optional<Money> funds(Project p, YearMonth month) {
      Money found = null;
      for (ProgressReport r : p.progressReports()) {
        if (r.month().isAfter(month)) {
          break;
        }
        if (r.fundsInPlace().isPresent()) {
          found = r.fundsInPlace().get();
        }
      }
      return Optional.ofNullable(found);
    }

    @Override
    ValueColumn column(ColumnarIndex index) {
      return column(index, false);
    }

    @Override
    ValueColumn column(ColumnarIndex index, boolean parallel) {
      if (year == null && month == null) {
        return index.column(List.of("measure", this), ColumnarIndex.Layout.VALUES, this::build);
      }
      return index.question(
          List.of("measure", this), ColumnarIndex.Layout.VALUES, ix -> fromHistories(ix, parallel));
    }

    /**
     * Lays out a figure of a year or month by one pass over the index's columns of the plans or
     * progress reports; from the objects only if a month does not fit the columns.
     */
    private ValueColumn fromHistories(ColumnarIndex index, boolean parallel) {
      if (figure == Figure.ANNUAL_PLANNED) {
        return Histories.planOf(
            index.plans(), Objects.requireNonNull(year).getValue(), parallel, index, this::of);
      }
      Optional<Histories.Months> months = index.months();
      if (months.isEmpty()) {
        return build(index);
      }
      boolean funds = figure == Figure.FUNDS || figure == Figure.FUNDS_YTD;
      boolean ytd = figure == Figure.COMPLETED_YTD || figure == Figure.FUNDS_YTD;
      return Histories.asOf(
          months.get(),
          funds ? index.funds() : index.completed(),
          month(),
          ytd,
          funds,
          parallel,
          index,
          this::of);
    }

    private ValueColumn build(ColumnarIndex index) {
      List<Project> projects = index.projects;
      int n = projects.size();
      if (figure == Figure.CONTRACT_VALUE) {
        List<List<Money>> all = new ArrayList<>(n);
        int[] offsets = new int[n + 1];
        for (int r = 0; r < n; r++) {
          List<Money> shares = index.contractShares(projects.get(r));
          all.add(shares);
          offsets[r + 1] = offsets[r] + shares.size();
        }
        ValueColumn.Builder b = new ValueColumn.Builder(offsets);
        for (int r = 0; r < n; r++) {
          List<Money> shares = all.get(r);
          for (int i = 0; i < shares.size(); i++) {
            Money m = shares.get(i);
            set(b, offsets[r] + i, r, index.currencyIndex(m.currency()), m);
          }
        }
        return b.build();
      }
      return scan(index, this::of, name());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof MoneyFigure that
          && that.figure == figure
          && Objects.equals(that.year, year)
          && Objects.equals(that.month, month);
    }

    @Override
    public int hashCode() {
      return Objects.hash(figure, year, month);
    }
  }

  /** Lays out the provenance of each row's figure, read from the objects. */
  @SuppressWarnings("EnumOrdinal")
  static byte[] scanProvenance(ColumnarIndex index, Function<Project, @Nullable Provenance> of) {
    List<Project> projects = index.projects;
    byte[] out = new byte[projects.size()];
    for (int r = 0; r < out.length; r++) {
      Provenance p = of.apply(projects.get(r));
      out[r] = p == null ? Histories.NO_PROVENANCE : (byte) p.ordinal();
    }
    return out;
  }

  /**
   * Returns a measure's parts by provenance: the measure {@link Measure#only only} of each
   * provenance, in the order of {@link Provenance#values()}. Measure them along with the measure;
   * {@link Totals#byProvenance} then reads them, and they add up to the measure's total.
   *
   * <pre>{@code
   * Measure<MultiCurrencyAmount> plan = Measures.annualPlannedInvestment(Year.of(2023));
   * List<Measure<?>> all = new ArrayList<>(List.of(plan));
   * all.addAll(Measures.provenanceParts(plan));
   * Breakdown<Status> b = Aggregation.over(portfolio).by(Dimensions.status())
   *     .measuring(all.toArray(new Measure<?>[0])).run();
   * b.total().byProvenance(plan).get(Provenance.ESTIMATED);   // [CNY 30.00]
   * }</pre>
   *
   * @param measure a measure whose figures carry a provenance
   * @param <V> the type of a total
   * @return the four parts
   * @throws IllegalArgumentException if the measure's figures carry no provenance
   */
  public static <V> ImmutableList<Measure<V>> provenanceParts(Measure<V> measure) {
    Objects.requireNonNull(measure, "measure");
    ImmutableList.Builder<Measure<V>> parts = ImmutableList.builder();
    for (Provenance p : Provenance.values()) {
      parts.add(measure.only(p));
    }
    return parts.build();
  }

  /** A measure counting only the figures of some provenances (see {@link Measure#only}). */
  static final class Only<V> extends Measure<V> {
    private static final long serialVersionUID = 1L;
    final Measure<V> base;
    final int mask;

    Only(Measure<V> base, int mask) {
      this.base = base;
      this.mask = mask;
    }

    /** Tells whether a provenance is one of those counted. */
    boolean counts(Provenance p) {
      return ((mask >>> p.ordinal()) & 1) != 0;
    }

    @Override
    public String name() {
      StringBuilder s = new StringBuilder(base.name()).append('[');
      String sep = "";
      for (Provenance p : Provenance.values()) {
        if (counts(p)) {
          s.append(sep).append(p.code());
          sep = "+";
        }
      }
      return s.append(']').toString();
    }

    @Override
    boolean isMoney() {
      return base.isMoney();
    }

    @Override
    @Nullable ValueColumn column(ColumnarIndex index) {
      return column(index, false);
    }

    @Override
    @Nullable ValueColumn column(ColumnarIndex index, boolean parallel) {
      ValueColumn all = base.column(index, parallel);
      if (all == null) {
        return null;
      }
      return index.question(
          List.of("measure", this),
          ColumnarIndex.Layout.VALUES,
          ix ->
              Objects.requireNonNull(base.column(ix, parallel), "column")
                  .masked(base.provenances(ix), mask));
    }

    @Override
    V finish(
        ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell) {
      return base.finish(index, column, partial, measure, cell);
    }

    @Override
    V zero() {
      return base.zero();
    }

    @Override
    V plus(V a, V b) {
      return base.plus(a, b);
    }

    @Override
    ImmutableSet<Currency> currencies(V total) {
      return base.currencies(total);
    }

    @Override
    BigDecimal magnitude(V total, @Nullable Currency currency) {
      return base.magnitude(total, currency);
    }

    @Override
    String format(V total) {
      return base.format(total);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Only<?> that && that.mask == mask && that.base.equals(base);
    }

    @Override
    public int hashCode() {
      return base.hashCode() * 31 + mask;
    }
  }

  /** The expected jobs. */
  static final class Jobs extends Measure<Long> {
    private static final long serialVersionUID = 1L;

    @Override
    boolean hasProvenance() {
      return true;
    }

    @Override
    byte[] provenances(ColumnarIndex index) {
      return index.column(
          List.of("provenance", this),
          ColumnarIndex.Layout.ROW_BYTES,
          ix ->
              scanProvenance(
                  ix,
                  p ->
                      p.expectedOutcomes()
                          .filter(o -> o.jobs().isPresent())
                          .map(ExpectedOutcomes::provenance)
                          .orElse(null)));
    }

    @Override
    public String name() {
      return "expected-jobs";
    }

    @Override
    boolean isMoney() {
      return false;
    }

    @Override
    ValueColumn column(ColumnarIndex index) {
      return index.column(
          List.of("measure", this),
          ColumnarIndex.Layout.VALUES,
          ix -> {
            List<Project> projects = ix.projects;
            ValueColumn.Builder b = new ValueColumn.Builder(projects.size(), 0);
            for (int r = 0; r < projects.size(); r++) {
              OptionalLong jobs =
                  projects
                      .get(r)
                      .expectedOutcomes()
                      .map(ExpectedOutcomes::jobs)
                      .orElse(OptionalLong.empty());
              if (jobs.isPresent()) {
                b.set(r, r, 0, jobs.getAsLong());
              }
            }
            return b.build();
          });
    }

    @Override
    Long finish(
        ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell) {
      return partial.exact(measure, cell).longValueExact();
    }

    @Override
    Long zero() {
      return 0L;
    }

    @Override
    Long plus(Long a, Long b) {
      return Math.addExact(a, b);
    }

    @Override
    ImmutableSet<Currency> currencies(Long total) {
      return ImmutableSet.of();
    }

    @Override
    BigDecimal magnitude(Long total, @Nullable Currency currency) {
      return BigDecimal.valueOf(total);
    }

    @Override
    String format(Long total) {
      return total.toString();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Jobs;
    }

    @Override
    public int hashCode() {
      return 2;
    }
  }

  /** A designed capacity in one unit. */
  static final class Capacity extends Measure<Quantity> {
    private static final long serialVersionUID = 1L;
    private final Unit unit;

    Capacity(Unit unit) {
      this.unit = unit;
    }

    @Override
    public String name() {
      return "capacity(" + unit.symbol() + ")";
    }

    @Override
    boolean isMoney() {
      return false;
    }

    /** Returns a project's capacity of the unit's dimension, in base units, if it has any. */
    Optional<BigDecimal> of(Project p) {
      List<DesignedCapacity> own = p.capacities();
      List<DesignedCapacity> counted = own;
      if (own.isEmpty()) {
        counted = new ArrayList<>();
        for (Phase phase : p.phases()) {
          counted.addAll(phase.capacities());
        }
      }
      BigDecimal sum = null;
      for (DesignedCapacity c : counted) {
        Quantity q = c.quantity();
        if (q.dimension() == unit.dimension()) {
          sum = sum == null ? q.baseValue() : sum.add(q.baseValue());
        }
      }
      return Optional.ofNullable(sum);
    }

    @Override
    ValueColumn column(ColumnarIndex index) {
      return index.column(
          List.of("measure", this),
          () -> {
            List<Project> projects = index.projects;
            int n = projects.size();
            BigDecimal[] values = new BigDecimal[n];
            int scale = 0;
            for (int r = 0; r < n; r++) {
              BigDecimal v = of(projects.get(r)).orElse(null);
              values[r] = v;
              if (v != null) {
                scale = Math.max(scale, v.scale());
              }
            }
            ValueColumn.Builder b = new ValueColumn.Builder(n, scale);
            for (int r = 0; r < n; r++) {
              BigDecimal v = values[r];
              if (v != null) {
                BigInteger unscaled = v.setScale(scale).unscaledValue();
                b.set(r, r, 0, unscaled);
              }
            }
            return b.build();
          });
    }

    @Override
    Quantity finish(
        ColumnarIndex index, @Nullable ValueColumn column, Partial partial, int measure, int cell) {
      int scale = column == null ? 0 : column.scale;
      BigDecimal base = new BigDecimal(partial.exact(measure, cell), scale);
      return Quantity.of(base, unit.dimension().baseUnit()).to(unit);
    }

    @Override
    Quantity zero() {
      return Quantity.zero(unit);
    }

    @Override
    Quantity plus(Quantity a, Quantity b) {
      return a.plus(b);
    }

    @Override
    ImmutableSet<Currency> currencies(Quantity total) {
      return ImmutableSet.of();
    }

    @Override
    BigDecimal magnitude(Quantity total, @Nullable Currency currency) {
      return total.to(unit).value();
    }

    @Override
    String format(Quantity total) {
      return total.toString();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Capacity that && that.unit == unit;
    }

    @Override
    public int hashCode() {
      return unit.hashCode();
    }
  }
}
