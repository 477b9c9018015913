package io.github.attract.calc.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.attract.internal.Memo;
import io.github.attract.internal.RowEdits;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
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
 *
 * <p>The index of a portfolio made by {@link Portfolio#withProject} or {@link
 * Portfolio#withoutProject} from one whose index was built is derived from that index ({@link
 * #derive}): each column cached with a {@link Layout} is built over the edit's new row alone and
 * spliced into the old column, the histories likewise; portfolio-wide data is shared. The result is
 * the index a fresh build would give, up to {@link ValueColumn#zeros}, which may stay set (a slower
 * path of the kernel, never another sum). A column cached without a layout is built anew.
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

  /**
   * How a cached column lies over the rows, so that an edited portfolio's index can patch it: the
   * column built over the new rows alone is spliced into the old one ({@link #derive}).
   */
  public enum Layout {
    /** A {@link KeyColumn}. */
    KEYS,
    /** A {@link ValueColumn}. */
    VALUES,
    /** A {@code byte[]} of one code per row. */
    ROW_BYTES
  }

  public final Portfolio portfolio;
  public final ImmutableList<Project> projects;
  public final int size;
  private final Lazy<ImmutableMap<ProjectId, Integer>> rowOf;

  /** The currencies of the portfolio's money, ordered by code; never empty. */
  public final ImmutableList<Currency> currencies;

  private final ImmutableMap<Currency, Integer> currencyIndex;

  /** The currency index of each row's project; null when there is one currency only. */
  public final int @org.jspecify.annotations.Nullable [] rowCurrency;

  /** The number of rows in each currency, by currency index. */
  private final int[] currencyRows;

  /** The currencies of the signings' contract values. */
  private final ImmutableSet<Currency> signingCurrencies;

  private final ImmutableListMultimap<ProjectId, Signing> signingsByProject;
  private final Cache<Object, Cached> columns =
      CacheBuilder.newBuilder().maximumSize(CACHED_COLUMNS).build();

  private final Cache<Object, Cached> questions;

  private final Lazy<Optional<Histories.Statuses>> statuses;
  private final Lazy<Histories.Plans> plans;
  private final Lazy<Optional<Histories.Months>> months;
  private final Lazy<long[]> completed;
  private final Lazy<long[]> funds;

  /**
   * The number of cached columns patched from the index of the portfolio edited, or -1 for an index
   * built from scratch. Set before the index is published.
   */
  private int carried = -1;

  private ColumnarIndex(Portfolio portfolio) {
    this.portfolio = portfolio;
    this.projects = portfolio.projects();
    this.size = projects.size();
    TreeMap<String, Currency> byCode = new TreeMap<>();
    for (int r = 0; r < size; r++) {
      Currency c = projects.get(r).currency();
      byCode.putIfAbsent(c.getCurrencyCode(), c);
    }
    List<Signing> signings = new ArrayList<>(portfolio.signings());
    signings.sort(SIGNING_ORDER);
    ImmutableListMultimap.Builder<ProjectId, Signing> byProject = ImmutableListMultimap.builder();
    ImmutableSet.Builder<Currency> signed = ImmutableSet.builder();
    for (Signing s : signings) {
      s.contractValue()
          .ifPresent(
              v -> {
                byCode.put(v.currency().getCurrencyCode(), v.currency());
                signed.add(v.currency());
              });
      for (ProjectId id : s.projects()) {
        byProject.put(id, s);
      }
    }
    this.signingsByProject = byProject.build();
    this.signingCurrencies = signed.build();
    if (byCode.isEmpty()) {
      byCode.put(Currencies.CNY.getCurrencyCode(), Currencies.CNY);
    }
    this.currencies = ImmutableList.copyOf(byCode.values());
    ImmutableMap.Builder<Currency, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < currencies.size(); i++) {
      index.put(currencies.get(i), i);
    }
    this.currencyIndex = index.buildOrThrow();
    this.currencyRows = new int[currencies.size()];
    if (currencies.size() == 1) {
      this.rowCurrency = null;
      currencyRows[0] = size;
    } else {
      int[] cur = new int[size];
      for (int r = 0; r < size; r++) {
        cur[r] = currencyIndex(projects.get(r).currency());
        currencyRows[cur[r]]++;
      }
      this.rowCurrency = cur;
    }
    this.questions = questionCache(size);
    this.rowOf = new Lazy<>(this::rows);
    this.statuses = new Lazy<>(() -> Optional.ofNullable(Histories.statuses(projects)));
    this.plans = new Lazy<>(() -> Histories.plans(projects));
    this.months = new Lazy<>(() -> Optional.ofNullable(Histories.months(projects)));
    this.completed = new Lazy<>(this::completedFigures);
    this.funds = new Lazy<>(this::fundsFigures);
  }

  /** An index over other rows of the same portfolio-wide data: an edit's or its new rows'. */
  private ColumnarIndex(
      ColumnarIndex like,
      Portfolio portfolio,
      ImmutableList<Project> projects,
      int @org.jspecify.annotations.Nullable [] rowCurrency,
      int[] currencyRows) {
    this.portfolio = portfolio;
    this.projects = projects;
    this.size = projects.size();
    this.currencies = like.currencies;
    this.currencyIndex = like.currencyIndex;
    this.rowCurrency = rowCurrency;
    this.currencyRows = currencyRows;
    this.signingCurrencies = like.signingCurrencies;
    this.signingsByProject = like.signingsByProject;
    this.questions = questionCache(size);
    this.rowOf = new Lazy<>(this::rows);
    this.statuses = new Lazy<>(() -> Optional.ofNullable(Histories.statuses(projects)));
    this.plans = new Lazy<>(() -> Histories.plans(projects));
    this.months = new Lazy<>(() -> Optional.ofNullable(Histories.months(projects)));
    this.completed = new Lazy<>(this::completedFigures);
    this.funds = new Lazy<>(this::fundsFigures);
  }

  private static Cache<Object, Cached> questionCache(int rows) {
    return CacheBuilder.newBuilder()
        // one segment: the whole budget is one least-recently-used order, so the columns of
        // one question never evict each other as they could in separate segments
        .concurrencyLevel(1)
        .maximumWeight(questionBudget(rows))
        .weigher((Object k, Cached v) -> weigh(v.value))
        .build();
  }

  private ImmutableMap<ProjectId, Integer> rows() {
    ImmutableMap.Builder<ProjectId, Integer> rows = ImmutableMap.builderWithExpectedSize(size);
    for (int r = 0; r < size; r++) {
      rows.put(projects.get(r).id(), r);
    }
    return rows.buildOrThrow();
  }

  private long[] completedFigures() {
    return Histories.reportFigures(
        projects, months.get().orElseThrow(), r -> Optional.of(r.completedInvestment()));
  }

  private long[] fundsFigures() {
    return Histories.reportFigures(
        projects, months.get().orElseThrow(), ProgressReport::fundsInPlace);
  }

  /**
   * Returns the index of an edited portfolio derived from the index of the portfolio it was edited
   * from, or null if it must be built from scratch (a currency appears or disappears, or no row is
   * left). Portfolio-wide data (signings, currencies, taxonomies) is shared, since an edit of
   * projects leaves it as it was; the status histories, plans and reports laid out so far, and
   * every cached column whose {@link Layout} is known, are patched by splicing in the layout of the
   * new row alone; columns the old index had not built stay unbuilt. A column is thereby copied, an
   * O(n) copy of primitives, or shared when a replaced row kept its value; no other project's
   * objects are read. Everything else is built on demand, as in a new index.
   */
  static @org.jspecify.annotations.Nullable ColumnarIndex derive(
      Portfolio portfolio, ColumnarIndex base, List<RowEdits.Edit> edits) {
    ColumnarIndex current = base;
    List<Project> rows = new ArrayList<>(base.projects);
    for (int i = 0; i < edits.size(); i++) {
      RowEdits.Edit e = edits.get(i);
      ImmutableList<Project> after;
      if (i == edits.size() - 1) {
        after = portfolio.projects();
      } else {
        switch (e.kind()) {
          case REPLACE -> rows.set(e.row(), (Project) Objects.requireNonNull(e.value()));
          case APPEND -> rows.add((Project) Objects.requireNonNull(e.value()));
          default -> rows.remove(e.row());
        }
        after = ImmutableList.copyOf(rows);
      }
      current = current.edited(portfolio, after, e);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private @org.jspecify.annotations.Nullable ColumnarIndex edited(
      Portfolio portfolio, ImmutableList<Project> after, RowEdits.Edit e) {
    Splice edit =
        switch (e.kind()) {
          case REPLACE -> new Splice(size, e.row(), 1, 1);
          case APPEND -> new Splice(size, size, 0, 1);
          default -> new Splice(size, e.row(), 1, 0);
        };
    if (edit.rowsAfter() != after.size() || edit.rowsAfter() == 0) {
      return null;
    }
    Project added = (Project) e.value();
    int[] counts = currencyRows.clone();
    if (edit.removed == 1) {
      counts[currencyOfRow(edit.from)]--;
    }
    int[] freshCurrency = new int[edit.inserted];
    if (added != null) {
      Integer c = currencyIndex.get(added.currency());
      if (c == null) {
        return null; // a new currency: every money column would change
      }
      counts[c]++;
      freshCurrency[0] = c;
    }
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] == 0 && !signingCurrencies.contains(currencies.get(c))) {
        return null; // a currency gone
      }
    }
    int[] cur = rowCurrency;
    int[] newCurrency = cur == null ? null : edit.rows(cur, freshCurrency);
    ImmutableList<Project> freshRows = added == null ? ImmutableList.of() : ImmutableList.of(added);
    ColumnarIndex fresh =
        new ColumnarIndex(this, portfolio, freshRows, cur == null ? null : freshCurrency, counts);
    ColumnarIndex out = new ColumnarIndex(this, portfolio, after, newCurrency, counts);
    if (edit.inPlace()) {
      ImmutableMap<ProjectId, Integer> ids = rowOf.peek();
      if (ids != null) {
        out.rowOf.seed(ids);
      }
    }
    Optional<Histories.Statuses> st = statuses.peek();
    if (st != null && st.isPresent() && fresh.statuses().isPresent()) {
      out.statuses.seed(Optional.of(st.get().spliced(fresh.statuses().get(), edit)));
    }
    Histories.Plans pl = plans.peek();
    if (pl != null) {
      out.plans.seed(pl.spliced(fresh.plans(), edit));
    }
    Optional<Histories.Months> mo = months.peek();
    if (mo != null && mo.isPresent() && fresh.months().isPresent()) {
      Histories.Months m = mo.get();
      out.months.seed(Optional.of(m.spliced(fresh.months().get(), edit)));
      long[] done = completed.peek();
      if (done != null) {
        out.completed.seed(edit.entries(done, m.offsets, fresh.completed()));
      }
      long[] inPlace = funds.peek();
      if (inPlace != null) {
        out.funds.seed(edit.entries(inPlace, m.offsets, fresh.funds()));
      }
    }
    out.carried =
        carry(columns, out.columns, fresh, edit) + carry(questions, out.questions, fresh, edit);
    return out;
  }

  /** Patches the cached columns of known layout into an edited index's cache. */
  private static int carry(
      Cache<Object, Cached> from, Cache<Object, Cached> to, ColumnarIndex fresh, Splice edit) {
    int carried = 0;
    for (Map.Entry<Object, Cached> entry : from.asMap().entrySet()) {
      Cached c = entry.getValue();
      Layout layout = c.layout;
      Function<ColumnarIndex, ?> build = c.build;
      if (layout == null || build == null) {
        continue;
      }
      Object patched;
      try {
        patched = splice(layout, c.value, build.apply(fresh), edit);
      } catch (RuntimeException e) {
        continue; // the new row fails this column: building it will say so, on demand
      }
      if (patched != null) {
        to.put(entry.getKey(), new Cached(patched, layout, build));
        carried++;
      }
    }
    return carried;
  }

  @SuppressWarnings("unchecked")
  private static @org.jspecify.annotations.Nullable Object splice(
      Layout layout, Object old, Object fresh, Splice edit) {
    return switch (layout) {
      case KEYS -> ((KeyColumn<Comparable<?>>) old).spliced((KeyColumn<Comparable<?>>) fresh, edit);
      case VALUES -> ((ValueColumn) old).spliced((ValueColumn) fresh, edit);
      case ROW_BYTES -> edit.bytes((byte[]) old, (byte[]) fresh);
    };
  }

  /**
   * Returns the number of cached columns this index patched from the index of the portfolio it was
   * edited from, or 0 if it was built from scratch.
   *
   * @return the number of columns carried over
   */
  public int carriedColumns() {
    return Math.max(0, carried);
  }

  /**
   * Returns whether this index was derived from that of the portfolio edited, rather than built.
   *
   * @return true if derived
   */
  public boolean isDerived() {
    return carried >= 0;
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

  /**
   * Returns a cached column of a question, building it if needed; an edited portfolio's index
   * builds it anew.
   */
  public <T> T question(Object spec, Supplier<T> build) {
    return cached(questions, spec, null, ix -> build.get());
  }

  /**
   * Returns a cached column of a question, building it if needed; an edited portfolio's index
   * patches it.
   *
   * @param spec the key of the column
   * @param layout how the column lies over the rows
   * @param build builds the column over the rows of the index it is given, reading nothing but that
   *     index (not this one): it also builds the column of an edit's new rows alone
   */
  public <T> T question(Object spec, Layout layout, Function<ColumnarIndex, T> build) {
    return cached(questions, spec, layout, build);
  }

  /**
   * Returns the index of a portfolio, building it on first use.
   *
   * @param portfolio the portfolio
   * @return its index
   */
  public static ColumnarIndex of(Portfolio portfolio) {
    return (ColumnarIndex) portfolio.columnarIndexSlot().get(() -> build(portfolio));
  }

  /** Derives the index of an edited portfolio from the built one it was edited from, or builds. */
  private static ColumnarIndex build(Portfolio portfolio) {
    RowEdits edits = portfolio.columnarIndexEdits();
    Object base = edits == null ? null : edits.take();
    if (edits != null && base instanceof ColumnarIndex built) {
      ColumnarIndex derived = derive(portfolio, built, edits.edits());
      if (derived != null) {
        return derived;
      }
    }
    return new ColumnarIndex(portfolio);
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
    Integer row = rowOf.get().get(project.id());
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

  /** Returns a cached column, building it if needed; an edited portfolio's index builds it anew. */
  public <T> T column(Object spec, Supplier<T> build) {
    return cached(columns, spec, null, ix -> build.get());
  }

  /**
   * Returns a cached column, building it if needed; an edited portfolio's index patches it.
   *
   * @param spec the key of the column
   * @param layout how the column lies over the rows
   * @param build builds the column over the rows of the index it is given, reading nothing but that
   *     index (not this one): it also builds the column of an edit's new rows alone
   */
  public <T> T column(Object spec, Layout layout, Function<ColumnarIndex, T> build) {
    return cached(columns, spec, layout, build);
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(
      Cache<Object, Cached> cache,
      Object spec,
      @org.jspecify.annotations.Nullable Layout layout,
      Function<ColumnarIndex, T> build) {
    try {
      return (T)
          cache.get(
                  spec,
                  () ->
                      new Cached(
                          Objects.requireNonNull(build.apply(this), "column"),
                          layout,
                          layout == null ? null : build))
              .value;
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

    /** Returns the value if computed, without computing it. */
    @SuppressWarnings("unchecked")
    public @org.jspecify.annotations.Nullable T peek() {
      return (T) memo.peek();
    }

    /** Sets the value before first use, instead of computing it. */
    public void seed(T value) {
      memo.get(() -> value);
    }
  }

  /**
   * A cached column: its value, and, when an edited portfolio's index may patch it, its layout and
   * how to build it over the rows of an index.
   */
  private static final class Cached {
    final Object value;
    final @org.jspecify.annotations.Nullable Layout layout;
    final @org.jspecify.annotations.Nullable Function<ColumnarIndex, ?> build;

    Cached(
        Object value,
        @org.jspecify.annotations.Nullable Layout layout,
        @org.jspecify.annotations.Nullable Function<ColumnarIndex, ?> build) {
      this.value = value;
      this.layout = layout;
      this.build = build;
    }
  }
}
