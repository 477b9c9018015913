package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.attract.money.MultiCurrencyAmount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The promotion funnel of a period or a cohort: activities → signed → ready to start → under
 * construction → in operation, each stage with a count, its money and the conversion from the stage
 * before. Made by {@link Funnels}.
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
  private final String basis;
  private final ImmutableMap<FunnelStage, Long> counts;
  private final ImmutableMap<FunnelStage, MultiCurrencyAmount> money;

  private Funnel(
      String basis,
      ImmutableMap<FunnelStage, Long> counts,
      ImmutableMap<FunnelStage, MultiCurrencyAmount> money) {
    this.basis = basis;
    this.counts = counts;
    this.money = money;
  }

  /** Returns a funnel of counts and money given in stage order. */
  static Funnel of(String basis, long[] counts, MultiCurrencyAmount[] money) {
    Map<FunnelStage, Long> c = new EnumMap<>(FunnelStage.class);
    Map<FunnelStage, MultiCurrencyAmount> m = new EnumMap<>(FunnelStage.class);
    int i = 0;
    for (FunnelStage s : FunnelStage.values()) {
      c.put(s, counts[i]);
      m.put(s, money[i]);
      i++;
    }
    return new Funnel(basis, Maps.immutableEnumMap(c), Maps.immutableEnumMap(m));
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
    return Objects.requireNonNull(counts.get(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * Returns the money of a stage.
   *
   * @param stage the stage
   * @return contract value for {@code SIGNED}, total investment for later stages, empty for
   *     activities
   */
  public MultiCurrencyAmount money(FunnelStage stage) {
    return Objects.requireNonNull(money.get(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * Returns the ratio of a stage's count to the count of the stage before it. For a funnel {@link
   * Funnels#byPeriod by period} these are counts per period, not conversions: the projects signed
   * in a quarter need not come from that quarter's activities, so the ratio may exceed 100 % (5
   * signed / 3 activities). For conversions, where each stage is a subset of the one before, use
   * {@link CohortFunnel}.
   *
   * @param stage a stage after {@code ACTIVITIES}
   * @return the rate; undefined if the stage before is empty
   * @throws IllegalArgumentException for {@code ACTIVITIES}, which has no stage before it
   */
  public Rate conversion(FunnelStage stage) {
    return conversion(
        previous(stage)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Funnel stage '" + stage + "' is the first and has no conversion")),
        stage);
  }

  private static java.util.Optional<FunnelStage> previous(FunnelStage stage) {
    Objects.requireNonNull(stage, "stage");
    FunnelStage before = null;
    for (FunnelStage s : FunnelStage.values()) {
      if (s == stage) {
        break;
      }
      before = s;
    }
    return java.util.Optional.ofNullable(before);
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
    List<FunnelStep> steps = new ArrayList<>();
    for (FunnelStage s : FunnelStage.values()) {
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
        stage,
        count(stage),
        money(stage),
        previous(stage).map(p -> conversion(p, stage)).orElse(null));
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
    Map<FunnelStage, Long> c = new EnumMap<>(FunnelStage.class);
    Map<FunnelStage, MultiCurrencyAmount> m = new EnumMap<>(FunnelStage.class);
    for (FunnelStage s : FunnelStage.values()) {
      c.put(s, Math.addExact(count(s), other.count(s)));
      m.put(s, money(s).combinedWith(other.money(s)));
    }
    return new Funnel(basis, Maps.immutableEnumMap(c), Maps.immutableEnumMap(m));
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
