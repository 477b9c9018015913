package io.github.attract.calc;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.IndustrialChain;
import java.util.Objects;

/**
 * One link of an industrial chain with how well the portfolio's projects fill it: covered, weak or
 * a gap, the project count, their total investment and the threshold the verdict used. Made by
 * {@link ChainGaps}.
 *
 * <pre>{@code
 * LinkCoverage l = ChainGaps.minProjects(2).analyze(portfolio).get(0);
 * l.coverage();    // COVERED
 * l.projects();    // 2
 * l.toString();    // "graphite/mining: covered, 2 projects, ... (at least 2 projects)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkCoverage {
  /** How well a link is filled. */
  public enum Coverage {
    /** Enough projects (and investment) fill the link. */
    COVERED("covered"),
    /** Some projects fill the link, fewer (or less investment) than the threshold asks. */
    WEAK("weak"),
    /** No project fills the link: a "short board" to target. */
    GAP("gap");

    private final String code;

    Coverage(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lower-case code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    @Override
    public String toString() {
      return code;
    }
  }

  private final IndustrialChain chain;
  private final ChainLink link;
  private final int position;
  private final Coverage coverage;
  private final int projects;
  private final MultiCurrencyAmount investment;
  private final ChainGaps threshold;

  LinkCoverage(
      IndustrialChain chain,
      ChainLink link,
      int position,
      Coverage coverage,
      int projects,
      MultiCurrencyAmount investment,
      ChainGaps threshold) {
    this.chain = chain;
    this.link = link;
    this.position = position;
    this.coverage = coverage;
    this.projects = projects;
    this.investment = investment;
    this.threshold = threshold;
  }

  /**
   * Returns the chain.
   *
   * @return the chain
   */
  public IndustrialChain chain() {
    return chain;
  }

  /**
   * Returns the link.
   *
   * @return the link
   */
  public ChainLink link() {
    return link;
  }

  /**
   * Returns the reference of the link, as projects name it.
   *
   * @return the reference
   */
  public ChainLinkRef ref() {
    return ChainLinkRef.of(chain.id(), link.id());
  }

  /**
   * Returns the position of the link in its chain, 0 for the most upstream.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * Returns the verdict.
   *
   * @return covered, weak or gap
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns how many projects (not cancelled) fill the link.
   *
   * @return the count
   */
  public int projects() {
    return projects;
  }

  /**
   * Returns the total investment of those projects, exactly, per currency.
   *
   * @return the investment; empty if none is stated
   */
  public MultiCurrencyAmount investment() {
    return investment;
  }

  /**
   * Returns the calculator whose thresholds gave the verdict.
   *
   * @return the thresholds
   */
  public ChainGaps threshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LinkCoverage that
        && that.chain.equals(chain)
        && that.link.equals(link)
        && that.position == position
        && that.coverage == coverage
        && that.projects == projects
        && that.investment.equals(investment)
        && that.threshold.equals(threshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chain, link, position, coverage, projects, investment, threshold);
  }

  /**
   * Returns the link, the verdict, the count, the investment and the threshold, e.g. {@code
   * "graphite/mining: covered, 2 projects, CNY 1,500,000,000.00 (at least 2 projects)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return ref()
        + ": "
        + coverage
        + ", "
        + projects
        + (projects == 1 ? " project" : " projects")
        + (investment.isEmpty() ? "" : ", " + investment)
        + " ("
        + threshold.threshold()
        + ")";
  }
}
