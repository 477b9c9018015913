package io.github.attract.calc.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.attract.internal.Memo;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Lifecycle;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.promotion.Signing;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The columnar index of a portfolio: its projects as rows, their currencies as small ints, and,
 * built on first use and cached, each built-in dimension as int codes ({@link KeyColumn}) and each
 * built-in measure as {@code long}s ({@link ValueColumn}). Built once per portfolio, lazily and
 * thread-safely, in the slot {@link Portfolio} keeps for it ({@link
 * io.github.attract.internal.MemoOwner}); the aggregation kernel then runs tight loops over
 * primitive arrays instead of chasing a graph of objects (benchmarks/RESULTS.md has the measured
 * difference).
 *
 * <p>The dated lists of the projects (status histories, annual plans, progress reports) are laid
 * out once, each kind on first use, as primitive arrays ({@link Histories}); the column of a
 * question (the status on a day, the plan of a year, completed investment as of a month) is then
 * one pass over them, without touching the objects.
 *
 * <p>Columns are cached. Those of a question are kept in a cache bounded in bytes ({@link
 * #questionBudget}: {@value #QUESTION_BYTES_PER_ROW} bytes per project, at least 1 MiB), so a
 * long-lived portfolio asked many different questions does not grow without limit, and a repeated
 * question reads its columns instead of evaluating the histories again; the other columns (an
 * industry level, total investment...) in a cache of at most {@value #CACHED_COLUMNS}. A column
 * evicted is simply rebuilt: results never depend on the caches.
 */
public final class ColumnarIndex {
  /** At most this many columns that do not depend on a question's date stay cached. */
  private static final int CACHED_COLUMNS = 48;

  /**
   * The bytes per project that the columns of questions may hold: about two questions of a status
   * on a day (4 bytes per project) and two money figures (8 bytes each).
   */
  public static final int QUESTION_BYTES_PER_ROW = 48;

  private static final Comparator<Signing> SIGNING_ORDER =
      Comparator.comparing(Signing::date).thenComparing(Signing::id);

  public final Portfolio portfolio;
  public final ImmutableList<Project> projects;
  public final int size;
  private final ImmutableMap<ProjectId, Integer> rowOf;

  /** The currencies of the portfolio's money, ordered by code; never empty. */
  public final ImmutableList<Currency> currencies;

  private final ImmutableMap<Currency, Integer> currencyIndex;

  /** The currency index of each row's project; null when there is one currency only. */
  public final int @org.jspecify.annotations.Nullable [] rowCurrency;

  private final ImmutableListMultimap<ProjectId, Signing> signingsByProject;
  private final Cache<Object, Object> columns =
      CacheBuilder.newBuilder().maximumSize(CACHED_COLUMNS).build();

  private final Cache<Object, Object> questions;

  private final Lazy<Optional<Histories.Statuses>> statuses;
  private final Lazy<Histories.Plans> plans;
  private final Lazy<Optional<Histories.Months>> months;
  private final Lazy<long[]> completed;
  private final Lazy<long[]> funds;

  private ColumnarIndex(Portfolio portfolio) {
    this.portfolio = portfolio;
    this.projects = portfolio.projects();
    this.size = projects.size();
    ImmutableMap.Builder<ProjectId, Integer> rows = ImmutableMap.builderWithExpectedSize(size);
    TreeMap<String, Currency> byCode = new TreeMap<>();
    for (int r = 0; r < size; r++) {
      Project p = projects.get(r);
      rows.put(p.id(), r);
      byCode.put(p.currency().getCurrencyCode(), p.currency());
    }
    this.rowOf = rows.buildOrThrow();
    List<Signing> signings = new ArrayList<>(portfolio.signings());
    signings.sort(SIGNING_ORDER);
    ImmutableListMultimap.Builder<ProjectId, Signing> byProject = ImmutableListMultimap.builder();
    for (Signing s : signings) {
      s.contractValue().ifPresent(v -> byCode.put(v.currency().getCurrencyCode(), v.currency()));
      for (ProjectId id : s.projects()) {
        byProject.put(id, s);
      }
    }
    this.signingsByProject = byProject.build();
    if (byCode.isEmpty()) {
      byCode.put(Currencies.CNY.getCurrencyCode(), Currencies.CNY);
    }
    this.currencies = ImmutableList.copyOf(byCode.values());
    ImmutableMap.Builder<Currency, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < currencies.size(); i++) {
      index.put(currencies.get(i), i);
    }
    this.currencyIndex = index.buildOrThrow();
    if (currencies.size() == 1) {
      this.rowCurrency = null;
    } else {
      int[] cur = new int[size];
      for (int r = 0; r < size; r++) {
        cur[r] = currencyIndex(projects.get(r).currency());
      }
      this.rowCurrency = cur;
    }
    this.questions =
        CacheBuilder.newBuilder()
            // one segment: the whole budget is one least-recently-used order, so the columns of
            // one question never evict each other as they could in separate segments
            .concurrencyLevel(1)
            .maximumWeight(questionBudget(size))
            .weigher((Object k, Object v) -> weigh(v))
            .build();
    this.statuses = new Lazy<>(() -> Optional.ofNullable(Histories.statuses(projects)));
    this.plans = new Lazy<>(() -> Histories.plans(projects));
    this.months = new Lazy<>(() -> Optional.ofNullable(Histories.months(projects)));
    this.completed =
        new Lazy<>(
            () ->
                Histories.reportFigures(
                    projects,
                    months.get().orElseThrow(),
                    r -> Optional.of(r.completedInvestment())));
    this.funds =
        new Lazy<>(
            () ->
                Histories.reportFigures(
                    projects, months.get().orElseThrow(), ProgressReport::fundsInPlace));
  }

  /** Returns the bytes the columns of questions may hold over a portfolio of {@code rows}. */
  public static long questionBudget(int rows) {
    return Math.max(1L << 20, (long) QUESTION_BYTES_PER_ROW * rows);
  }

  private static int weigh(Object column) {
    long bytes =
        column instanceof ValueColumn v
            ? v.bytes()
            : column instanceof KeyColumn<?> k ? k.bytes() : 64;
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  /** Returns the status histories as columns, or empty if a day does not fit an int. */
  public Optional<Histories.Statuses> statuses() {
    return statuses.get();
  }

  /** Returns the annual plans as columns. */
  public Histories.Plans plans() {
    return plans.get();
  }

  /** Returns the months of the progress reports, or empty if a month does not fit an int. */
  public Optional<Histories.Months> months() {
    return months.get();
  }

  /** Returns the completed investment of every progress report; needs {@link #months()}. */
  public long[] completed() {
    return completed.get();
  }

  /** Returns the funds in place of every progress report; needs {@link #months()}. */
  public long[] funds() {
    return funds.get();
  }

  /** Returns a cached column of a question, building it if needed. */
  public <T> T question(Object spec, Supplier<T> build) {
    return cached(questions, spec, build);
  }

  /**
   * Returns the index of a portfolio, building it on first use.
   *
   * @param portfolio the portfolio
   * @return its index
   */
  public static ColumnarIndex of(Portfolio portfolio) {
    return (ColumnarIndex) portfolio.columnarIndexSlot().get(() -> new ColumnarIndex(portfolio));
  }

  public int currencyCount() {
    return currencies.size();
  }

  public int currencyIndex(Currency currency) {
    Integer i = currencyIndex.get(currency);
    if (i == null) {
      throw new IllegalStateException("currency " + currency + " is not indexed");
    }
    return i;
  }

  /** Returns the currency index of a row. */
  public int currencyOfRow(int row) {
    int[] cur = rowCurrency;
    return cur == null ? 0 : cur[row];
  }

  /**
   * Returns the row of a project of the portfolio.
   *
   * @throws IllegalArgumentException if the portfolio does not hold this project
   */
  public int rowOf(Project project) {
    Integer row = rowOf.get(project.id());
    if (row == null || (projects.get(row) != project && !projects.get(row).equals(project))) {
      throw new IllegalArgumentException(
          "Project '"
              + project.id()
              + "' is not held by the portfolio the aggregation runs over; aggregate the"
              + " portfolio's own projects");
    }
    return row;
  }

  /** Returns the signings that itemize a project, by date then id. */
  public ImmutableList<Signing> signingsOf(ProjectId project) {
    return signingsByProject.get(project);
  }

  /**
   * Returns the day a project was signed, by the one definition of {@link Lifecycle#signed}: the
   * earlier of its earliest itemizing signing and the first day its history stood at or beyond
   * {@code SIGNED}.
   */
  public Optional<LocalDate> signingDate(Project project) {
    ImmutableList<Signing> signings = signingsOf(project.id());
    return Lifecycle.signed(
        project.statusHistory(),
        signings.isEmpty() ? Optional.empty() : Optional.of(signings.get(0).date()));
  }

  /**
   * Returns a project's share of the contract value of each signing that itemizes it. A signing's
   * value is split equally over the projects it states ({@link Signing#projectCount()}), in minor
   * units, the indivisible remainder going one unit each to the first projects in the signing's
   * order; the itemized projects take the first places. The shares of all stated projects add up to
   * the value exactly; those of unitemized projects belong to no project of the ledger.
   */
  public List<Money> contractShares(Project project) {
    return contractShares(project, s -> true);
  }

  /** Returns a project's shares of the contract value of the itemizing signings that pass. */
  public List<Money> contractShares(Project project, java.util.function.Predicate<Signing> which) {
    ImmutableList<Signing> signings = signingsOf(project.id());
    if (signings.isEmpty()) {
      return List.of();
    }
    List<Money> shares = new ArrayList<>(signings.size());
    for (Signing s : signings) {
      if (s.contractValue().isEmpty() || !which.test(s)) {
        continue;
      }
      Money value = s.contractValue().get();
      int slot = s.projects().indexOf(project.id());
      BigInteger[] qr = value.minorUnits().divideAndRemainder(BigInteger.valueOf(s.projectCount()));
      BigInteger share = qr[0];
      if (BigInteger.valueOf(slot).compareTo(qr[1]) < 0) {
        share = share.add(BigInteger.ONE);
      }
      shares.add(Money.ofMinor(value.currency(), share));
    }
    return shares;
  }

  /** Returns a cached column, building it if needed. */
  public <T> T column(Object spec, Supplier<T> build) {
    return cached(columns, spec, build);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cached(Cache<Object, Object> cache, Object spec, Supplier<T> build) {
    try {
      return (T) cache.get(spec, build::get);
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** A value computed once, on first use, and kept (see {@link Memo}). */
  private static final class Lazy<T> implements Supplier<T> {
    private final Memo memo = new Memo();
    private final Supplier<T> compute;

    public Lazy(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
      return (T) memo.get(compute);
    }
  }
}
