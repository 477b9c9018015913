package io.github.attract.projection;

import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.ProjectId;
import java.time.Year;
import java.util.Objects;

/**
 * One project's outcome outlook: when production starts, the full-output figures, and the figures
 * of each operating year within the outlook's window.
 *
 * <pre>{@code
 * ProjectOutcomes f = outlook.projects().get(ProjectId.of("sys-fengfan-storage"));
 * f.productionStart();   // 2026-01-01 (planned)
 * f.years().keySet();    // [2026, 2027, ..., 2030]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectOutcomes {
  private final ProjectId projectId;
  private final Milestone productionStart;
  private final ExpectedOutcomes fullOutput;
  private final ImmutableSortedMap<Year, OutcomeYear> years;

  ProjectOutcomes(
      ProjectId projectId,
      Milestone productionStart,
      ExpectedOutcomes fullOutput,
      ImmutableSortedMap<Year, OutcomeYear> years) {
    this.projectId = projectId;
    this.productionStart = productionStart;
    this.fullOutput = fullOutput;
    this.years = years;
  }

  /**
   * Returns the project.
   *
   * @return the project's id
   */
  public ProjectId projectId() {
    return projectId;
  }

  /**
   * Returns when production starts.
   *
   * @return the start of operation, reached or planned
   */
  public Milestone productionStart() {
    return productionStart;
  }

  /**
   * Returns the figures at full output, as the project gives them.
   *
   * @return the expected outcomes
   */
  public ExpectedOutcomes fullOutput() {
    return fullOutput;
  }

  /**
   * Returns the figures of each operating year within the window.
   *
   * @return the years in order; none before production starts
   */
  public ImmutableSortedMap<Year, OutcomeYear> years() {
    return years;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProjectOutcomes that
        && that.projectId.equals(projectId)
        && that.productionStart.equals(productionStart)
        && that.fullOutput.equals(fullOutput)
        && that.years.equals(years);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, productionStart, fullOutput, years);
  }

  /**
   * Returns the project, the production start and the years.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ProjectOutcomes["
        + projectId
        + " from "
        + productionStart
        + ": "
        + years.values()
        + "]";
  }
}
