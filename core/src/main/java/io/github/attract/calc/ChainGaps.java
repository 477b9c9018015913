package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.IndustrialChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Industrial-chain gap analysis: for every link of every chain of a portfolio, upstream to
 * downstream, whether the projects filling it make it covered, weak or a gap (a "short board" to
 * target). Unlike a breakdown by {@link Dimensions#chainLink()}, which lists only links that have
 * projects, every link of the taxonomy appears, the empty ones as gaps.
 *
 * <p>The rule, with the thresholds of this calculator:
 *
 * <ul>
 *   <li><b>gap</b>: no project fills the link;
 *   <li><b>covered</b>: at least {@link #minProjects()} projects fill it and, if {@link
 *       #minInvestment()} is set, their total investment in that currency is at least the minimum;
 *   <li><b>weak</b>: some projects, but below a threshold.
 * </ul>
 *
 * <p>A project fills the link it names ({@link Project#chainLink()}) unless its status history is
 * cancelled; a project without a stated total investment counts, adding nothing to the investment.
 * A project's investment is its total as last revised ({@link Project#latestTotalInvestment()}).
 * Investment is kept exactly per currency; the investment threshold compares the amount in its own
 * currency only.
 *
 * <pre>{@code
 * ImmutableList<LinkCoverage> links = ChainGaps.minProjects(2).analyze(portfolio);
 * links.get(0);   // graphite/mining: covered, 2 projects, CNY 1,500,000,000.00 (at least 2 projects)
 * ChainGaps.minProjects(1).withMinInvestment(Money.of("CNY", "1000000000")).gaps(portfolio);
 * }</pre>
 *
 * <p>Immutable and thread-safe; a pure function of the portfolio.
 */
public final class ChainGaps {
  private final int minProjects;
  private final Optional<Money> minInvestment;

  private ChainGaps(int minProjects, Optional<Money> minInvestment) {
    this.minProjects = minProjects;
    this.minInvestment = minInvestment;
  }

  /**
   * Returns a calculator that calls a link covered when at least this many projects fill it.
   *
   * @param minProjects the minimum, at least 1
   * @return the calculator
   * @throws IllegalArgumentException if the minimum is below 1
   */
  public static ChainGaps minProjects(int minProjects) {
    if (minProjects < 1) {
      throw new IllegalArgumentException(
          "Chain gaps 'minProjects' must be at least 1, but was " + minProjects);
    }
    return new ChainGaps(minProjects, Optional.empty());
  }

  /**
   * Returns a copy that also asks for a minimum total investment of a covered link.
   *
   * @param minInvestment the minimum, not negative
   * @return the calculator
   * @throws IllegalArgumentException if the minimum is negative
   */
  public ChainGaps withMinInvestment(Money minInvestment) {
    Objects.requireNonNull(minInvestment, "minInvestment");
    if (minInvestment.isNegative()) {
      throw new IllegalArgumentException(
          "Chain gaps 'minInvestment' must not be negative, but was " + minInvestment);
    }
    return new ChainGaps(minProjects, Optional.of(minInvestment));
  }

  /**
   * Returns the minimum count of projects of a covered link.
   *
   * @return the minimum
   */
  public int minProjects() {
    return minProjects;
  }

  /**
   * Returns the minimum total investment of a covered link, if set.
   *
   * @return the minimum
   */
  public Optional<Money> minInvestment() {
    return minInvestment;
  }

  /**
   * Returns the threshold in words: {@code "at least 2 projects"} or {@code "at least 1 project and
   * CNY 1,000,000,000.00"}.
   *
   * @return the text
   */
  public String threshold() {
    return "at least "
        + minProjects
        + (minProjects == 1 ? " project" : " projects")
        + minInvestment.map(m -> " and " + m).orElse("");
  }

  /**
   * Returns every link of every chain of the portfolio, chains in the portfolio's order and links
   * upstream to downstream, each with its coverage.
   *
   * @param portfolio the portfolio
   * @return the links
   */
  public ImmutableList<LinkCoverage> analyze(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    Map<ChainLinkRef, Integer> counts = new HashMap<>();
    Map<ChainLinkRef, MultiCurrencyAmount> money = new HashMap<>();
    for (Project p : portfolio.projects()) {
      if (p.chainLink().isEmpty() || p.statusHistory().firstReached(Status.CANCELLED).isPresent()) {
        continue;
      }
      ChainLinkRef ref = p.chainLink().get();
      counts.merge(ref, 1, Integer::sum);
      MultiCurrencyAmount sum = money.getOrDefault(ref, MultiCurrencyAmount.empty());
      money.put(ref, p.latestTotalInvestment().map(sum::plus).orElse(sum));
    }
    List<LinkCoverage> out = new ArrayList<>();
    for (IndustrialChain chain : portfolio.chains()) {
      int position = 0;
      for (ChainLink link : chain.links()) {
        ChainLinkRef ref = ChainLinkRef.of(chain.id(), link.id());
        int count = counts.getOrDefault(ref, 0);
        MultiCurrencyAmount investment = money.getOrDefault(ref, MultiCurrencyAmount.empty());
        out.add(
            new LinkCoverage(
                chain, link, position++, coverage(count, investment), count, investment, this));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the links of the portfolio's chains that no project fills, upstream to downstream.
   *
   * @param portfolio the portfolio
   * @return the gaps
   */
  public ImmutableList<LinkCoverage> gaps(Portfolio portfolio) {
    return analyze(portfolio).stream()
        .filter(l -> l.coverage() == LinkCoverage.Coverage.GAP)
        .collect(ImmutableList.toImmutableList());
  }

  private LinkCoverage.Coverage coverage(int count, MultiCurrencyAmount investment) {
    if (count == 0) {
      return LinkCoverage.Coverage.GAP;
    }
    boolean enoughMoney =
        minInvestment.isEmpty()
            || !investment.amount(minInvestment.get().currency()).isLessThan(minInvestment.get());
    return count >= minProjects && enoughMoney
        ? LinkCoverage.Coverage.COVERED
        : LinkCoverage.Coverage.WEAK;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ChainGaps that
        && that.minProjects == minProjects
        && that.minInvestment.equals(minInvestment);
  }

  @Override
  public int hashCode() {
    return minProjects * 31 + minInvestment.hashCode();
  }

  /**
   * Returns the thresholds, e.g. {@code "ChainGaps[at least 2 projects]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ChainGaps[" + threshold() + "]";
  }
}
