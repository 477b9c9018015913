package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.MultiCurrencyAmount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The promotion funnel of a period or a cohort: activities → signed → ready to start → under
 * construction → in operation, each stage with a count, its money and the conversion from the
 * stage before. Made by {@link Funnels}.
 *
 * <pre>{@code
 * Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
 * q1.count(FunnelStage.ACTIVITIES);                  // 208
 * q1.count(FunnelStage.SIGNED);                      // 86
 * q1.conversion(FunnelStage.SIGNED);                 // 86 / 208
 * System.out.println(q1);                            // a table
 * }</pre>
 *
 * <p>A funnel holds counts and exact money only, and derives the rates, so it is a commutative
 * monoid under {@link #combinedWith} (funnels of the same basis over disjoint ledgers add up), with
 * the funnel of an empty portfolio as identity. Immutable, thread-safe and serializable.
 */
public final class Funnel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FunnelStage[] STAGES = FunnelStage.values();

  private final String basis;
  private final ImmutableList<Long> counts;
  private final ImmutableList<MultiCurrencyAmount> money;

  private Funnel(String basis, ImmutableList<Long> counts, ImmutableList<MultiCurrencyAmount> money) {
    this.basis = basis;
    this.counts = counts;
    this.money = money;
  }

  static Funnel of(String basis, long[] counts, MultiCurrencyAmount[] money) {
    ImmutableList.Builder<Long> c = ImmutableList.builder();
    for (long n : counts) {
      c.add(n);
    }
    return new Funnel(basis, c.build(), ImmutableList.copyOf(money));
  }

  /**
   * Returns what the funnel covers, e.g. {@code "period 2023-01-01/2023-03-31"} or {@code "cohort
   * signed in 2023, as of 2023-12-31"}.
   *
   * @return the basis
   */
  public String basis() {
    return basis;
  }

  /**
   * Returns how many activities or projects reached a stage.
   *
   * @param stage the stage
   * @return the count
   */
  public long count(FunnelStage stage) {
    return counts.get(Objects.requireNonNull(stage, "stage").ordinal());
  }

  /**
   * Returns the money of a stage.
   *
   * @param stage the stage
   * @return contract value for {@code SIGNED}, total investment for later stages, empty for
   *     activities
   */
  public MultiCurrencyAmount money(FunnelStage stage) {
    return money.get(Objects.requireNonNull(stage, "stage").ordinal());
  }

  /**
   * Returns the conversion into a stage from the stage before it: count over count.
   *
   * @param stage a stage after {@code ACTIVITIES}
   * @return the rate; undefined if the stage before is empty
   * @throws IllegalArgumentException for {@code ACTIVITIES}, which has no stage before it
   */
  public Rate conversion(FunnelStage stage) {
    Objects.requireNonNull(stage, "stage");
    if (stage.ordinal() == 0) {
      throw new IllegalArgumentException(
          "Funnel stage '" + stage + "' is the first and has no conversion");
    }
    return conversion(STAGES[stage.ordinal() - 1], stage);
  }

  /**
   * Returns the conversion between two stages: the count of {@code to} over the count of {@code
   * from}.
   *
   * @param from the earlier stage, the base
   * @param to the later stage
   * @return the rate; undefined if {@code from} is empty
   */
  public Rate conversion(FunnelStage from, FunnelStage to) {
    return Rate.of(count(to), count(from));
  }

  /**
   * Returns the stages in order, each with its count, money and conversion.
   *
   * @return the steps
   */
  public ImmutableList<FunnelStep> steps() {
    List<FunnelStep> steps = new ArrayList<>(STAGES.length);
    for (FunnelStage s : STAGES) {
      steps.add(step(s));
    }
    return ImmutableList.copyOf(steps);
  }

  /**
   * Returns one stage with its count, money and conversion.
   *
   * @param stage the stage
   * @return the step
   */
  public FunnelStep step(FunnelStage stage) {
    return new FunnelStep(
        stage, count(stage), money(stage), stage.ordinal() == 0 ? null : conversion(stage));
  }

  /**
   * Adds the funnel of another ledger of the same basis: counts and money add up, exactly; the
   * rates are derived again. Associative and commutative, with the funnel of an empty portfolio as
   * identity.
   *
   * @param other a funnel of the same basis
   * @return the combined funnel
   * @throws IllegalArgumentException if the bases differ
   */
  public Funnel combinedWith(Funnel other) {
    Objects.requireNonNull(other, "other");
    if (!other.basis.equals(basis)) {
      throw new IllegalArgumentException(
          "Funnels must have the same basis to combine, but '"
              + basis
              + "' differs from '"
              + other.basis
              + "'");
    }
    long[] c = new long[STAGES.length];
    MultiCurrencyAmount[] m = new MultiCurrencyAmount[STAGES.length];
    for (int i = 0; i < STAGES.length; i++) {
      c[i] = Math.addExact(counts.get(i), other.counts.get(i));
      m[i] = money.get(i).combinedWith(other.money.get(i));
    }
    return of(basis, c, m);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Funnel that
        && that.basis.equals(basis)
        && that.counts.equals(counts)
        && that.money.equals(money);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, counts, money);
  }

  /**
   * Returns a table of the stages with counts, money and conversions.
   *
   * @return the table
   */
  @Override
  public String toString() {
    Table t = new Table();
    t.row(List.of("stage", "count", "money", "conversion"));
    for (FunnelStep s : steps()) {
      t.row(
          List.of(
              s.stage().code(),
              Long.toString(s.count()),
              s.money().isEmpty() ? "-" : s.money().toString(),
              s.conversion().map(Rate::toString).orElse("")));
    }
    return "Funnel, " + basis + "\n" + t;
  }
}
