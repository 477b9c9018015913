package io.github.attract.promotion;

import com.google.common.collect.ImmutableSet;
import io.github.attract.internal.Checks;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProjectId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A promotion activity, the start of the funnel: a visit, a conference, a fair or a signing
 * ceremony, with the level of its leading official, the regions it went to or came from, the
 * investors met and the projects it produced.
 *
 * <pre>{@code
 * PromotionActivity trip = PromotionActivity.builder()
 *     .id(ActivityId.of("2023-02-beijing-trip"))
 *     .date(LocalDate.of(2023, 2, 15))
 *     .kind(ActivityKind.OUTBOUND_VISIT)
 *     .title("Party secretary's delegation to Beijing, Hebei, Jiangsu and Guangdong")
 *     .leadOfficialLevel(OfficialLevel.CITY)
 *     .addRegion(RegionId.of("cn-bj"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PromotionActivity {
  PromotionActivity() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract ActivityId id();

  /**
   * Returns the day of the activity (its first day, if it lasted several).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract ActivityKind kind();

  /**
   * Returns a short title.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the level of the official who led it.
   *
   * @return the level, if known
   */
  public abstract Optional<OfficialLevel> leadOfficialLevel();

  /**
   * Returns the regions visited or visiting.
   *
   * @return the regions, possibly none
   */
  public abstract ImmutableSet<RegionId> regions();

  /**
   * Returns the investors met.
   *
   * @return the counterpart investors, possibly none
   */
  public abstract ImmutableSet<InvestorId> counterparts();

  /**
   * Returns the projects that resulted from the activity.
   *
   * @return the projects, possibly none
   */
  public abstract ImmutableSet<ProjectId> resultingProjects();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutablePromotionActivity.builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Promotion activity '" + id() + "'", "title", title());
  }

  /** Builds a {@link PromotionActivity}; id, date, kind and title are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(ActivityId id);

    /**
     * Sets the day.
     *
     * @param date the date
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(ActivityKind kind);

    /**
     * Sets the title.
     *
     * @param title the title, not blank
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the level of the leading official.
     *
     * @param leadOfficialLevel the level
     * @return this builder
     */
    Builder leadOfficialLevel(OfficialLevel leadOfficialLevel);

    /**
     * Sets the level of the leading official, if known.
     *
     * @param leadOfficialLevel the level or empty
     * @return this builder
     */
    Builder leadOfficialLevel(Optional<? extends OfficialLevel> leadOfficialLevel);

    /**
     * Adds a region.
     *
     * @param region the region
     * @return this builder
     */
    Builder addRegion(RegionId region);

    /**
     * Adds regions.
     *
     * @param regions the regions
     * @return this builder
     */
    Builder addAllRegions(Iterable<? extends RegionId> regions);

    /**
     * Adds a counterpart investor.
     *
     * @param counterpart the investor
     * @return this builder
     */
    Builder addCounterpart(InvestorId counterpart);

    /**
     * Adds counterpart investors.
     *
     * @param counterparts the investors
     * @return this builder
     */
    Builder addAllCounterparts(Iterable<? extends InvestorId> counterparts);

    /**
     * Adds a resulting project.
     *
     * @param project the project
     * @return this builder
     */
    Builder addResultingProject(ProjectId project);

    /**
     * Adds resulting projects.
     *
     * @param projects the projects
     * @return this builder
     */
    Builder addAllResultingProjects(Iterable<? extends ProjectId> projects);

    /**
     * Builds the activity.
     *
     * @return the activity
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the title is blank
     */
    PromotionActivity build();
  }
}
