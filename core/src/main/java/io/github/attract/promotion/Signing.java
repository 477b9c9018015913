package io.github.attract.promotion;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.attract.money.Money;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProjectId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract signing (签约): on a day, with one or more investors, for a number of projects and a
 * contract value. A report often gives the count without naming the projects ("signed contracts for
 * 12 projects"): {@link #projectCount()} keeps the stated count, {@link #projects()} the projects
 * the ledger itemizes, never more than the count.
 *
 * <pre>{@code
 * Signing zhongjia = Signing.builder()
 *     .id(SigningId.of("2023-04-13-zhongjia-minyuan"))
 *     .date(LocalDate.of(2023, 4, 13))
 *     .addInvestor(InvestorId.of("zhongjia-minyuan"))
 *     .projectCount(12)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signing {
  Signing() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract SigningId id();

  /**
   * Returns the day of signing.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the investors who signed.
   *
   * @return at least one investor
   */
  public abstract ImmutableList<InvestorId> investors();

  /**
   * Returns the signed projects the ledger itemizes.
   *
   * @return the projects, possibly fewer than {@link #projectCount()}
   */
  public abstract ImmutableList<ProjectId> projects();

  /**
   * Returns how many projects were signed, as stated.
   *
   * @return the count; the number of itemized projects unless set
   */
  @Value.Default
  public int projectCount() {
    return projects().size();
  }

  /**
   * Returns the contract value (签约额).
   *
   * @return the value, if stated
   */
  public abstract Optional<Money> contractValue();

  /**
   * Returns the activity at which the contracts were signed.
   *
   * @return the activity, if recorded
   */
  public abstract Optional<ActivityId> activity();

  /**
   * Returns how many signed projects the ledger does not itemize.
   *
   * @return {@code projectCount() - projects().size()}
   */
  public int unitemizedProjectCount() {
    return projectCount() - projects().size();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableSigning.builder();
  }

  @Value.Check
  void check() {
    if (investors().isEmpty()) {
      throw new IllegalArgumentException("Signing '" + id() + "' must name at least one investor");
    }
    if (ImmutableSet.copyOf(investors()).size() != investors().size()) {
      throw new IllegalArgumentException(
          "Signing '" + id() + "' 'investors' must be distinct, but were " + investors());
    }
    if (ImmutableSet.copyOf(projects()).size() != projects().size()) {
      throw new IllegalArgumentException(
          "Signing '" + id() + "' 'projects' must be distinct, but were " + projects());
    }
    if (projectCount() < projects().size()) {
      throw new IllegalArgumentException(
          "Signing '"
              + id()
              + "' 'projectCount' must be at least the "
              + projects().size()
              + " itemized projects, but was "
              + projectCount());
    }
    if (contractValue().isPresent() && contractValue().get().isNegative()) {
      throw new IllegalArgumentException(
          "Signing '"
              + id()
              + "' 'contractValue' must not be negative, but was "
              + contractValue().get());
    }
  }

  /** Builds a {@link Signing}; id, date and at least one investor are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(SigningId id);

    /**
     * Sets the day of signing.
     *
     * @param date the date
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Adds an investor.
     *
     * @param investor the investor
     * @return this builder
     */
    Builder addInvestor(InvestorId investor);

    /**
     * Adds investors.
     *
     * @param investors the investors
     * @return this builder
     */
    Builder addAllInvestors(Iterable<? extends InvestorId> investors);

    /**
     * Adds an itemized project.
     *
     * @param project the project
     * @return this builder
     */
    Builder addProject(ProjectId project);

    /**
     * Adds itemized projects.
     *
     * @param projects the projects
     * @return this builder
     */
    Builder addAllProjects(Iterable<? extends ProjectId> projects);

    /**
     * Sets the stated number of projects.
     *
     * @param projectCount the count, at least the number of itemized projects
     * @return this builder
     */
    Builder projectCount(int projectCount);

    /**
     * Sets the contract value.
     *
     * @param contractValue the value, not negative
     * @return this builder
     */
    Builder contractValue(Money contractValue);

    /**
     * Sets the contract value, if stated.
     *
     * @param contractValue the value or empty
     * @return this builder
     */
    Builder contractValue(Optional<? extends Money> contractValue);

    /**
     * Sets the activity of the signing.
     *
     * @param activity the activity
     * @return this builder
     */
    Builder activity(ActivityId activity);

    /**
     * Sets the activity of the signing, if recorded.
     *
     * @param activity the activity or empty
     * @return this builder
     */
    Builder activity(Optional<? extends ActivityId> activity);

    /**
     * Builds the signing.
     *
     * @return the signing
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if a rule is broken
     */
    Signing build();
  }
}
