package io.github.attract.calc;

import io.github.attract.project.Status;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stages of the promotion funnel: promotion activities, then signed projects, then projects
 * ready to start, under construction and in operation.
 *
 * <pre>{@code
 * funnel.step(FunnelStage.UNDER_CONSTRUCTION).count();
 * }</pre>
 */
public enum FunnelStage {
  /** Promotion activities: visits, conferences, fairs, signing ceremonies. */
  ACTIVITIES("activities", null),
  /** Signed (contracted) projects. */
  SIGNED("signed", Status.SIGNED),
  /** Projects ready to start construction. */
  READY_TO_START("ready-to-start", Status.READY_TO_START),
  /** Projects whose construction has started (开工). */
  UNDER_CONSTRUCTION("under-construction", Status.UNDER_CONSTRUCTION),
  /** Projects in operation: production or grid connection (投产). */
  IN_OPERATION("in-operation", Status.IN_OPERATION);

  private final String code;
  private final @Nullable Status status;

  FunnelStage(String code, @Nullable Status status) {
    this.code = code;
    this.status = status;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the code, e.g. {@code "under-construction"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the ladder status a project reaches at this stage.
   *
   * @return the status, or empty for {@link #ACTIVITIES}
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the code.
   *
   * @return the stable lower-case code
   */
  @Override
  public String toString() {
    return code;
  }
}
