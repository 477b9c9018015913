package io.github.attract.projection;

import com.google.common.collect.ComparisonChain;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProjectId;
import java.util.Objects;
import java.util.Optional;

/**
 * One designed capacity of a project or phase and when it comes online (the start of operation), as
 * {@link CapacityOutlook} reads it. A capacity of a cancelled project or phase never comes online;
 * one without any date is undated. Neither is dropped.
 *
 * <pre>{@code
 * CapacityOnline c = outlook.entries().get(0);
 * c.toString();   // "sys-fengfan-storage: battery storage equipment 6000000 kW/a online 2026-01-01 (planned)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CapacityOnline implements Comparable<CapacityOnline> {
  private final ProjectId projectId;
  private final Optional<PhaseId> phaseId;
  private final DesignedCapacity capacity;
  private final Optional<Milestone> online;
  private final boolean cancelled;

  CapacityOnline(
      ProjectId projectId,
      Optional<PhaseId> phaseId,
      DesignedCapacity capacity,
      Optional<Milestone> online,
      boolean cancelled) {
    this.projectId = projectId;
    this.phaseId = phaseId;
    this.capacity = capacity;
    this.online = online;
    this.cancelled = cancelled;
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
   * Returns the phase that carries the capacity.
   *
   * @return the phase's id, or empty for a capacity of the whole project
   */
  public Optional<PhaseId> phaseId() {
    return phaseId;
  }

  /**
   * Returns the designed capacity.
   *
   * @return the capacity
   */
  public DesignedCapacity capacity() {
    return capacity;
  }

  /**
   * Returns when the capacity comes online.
   *
   * @return the start of operation, or empty if cancelled or undated
   */
  public Optional<Milestone> online() {
    return online;
  }

  /**
   * Tells whether the project or phase was cancelled before operating.
   *
   * @return true if cancelled
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Orders by date (undated last), then project, phase, product and quantity.
   *
   * @param other the other entry
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(CapacityOnline other) {
    if (online.isPresent() != other.online.isPresent()) {
      return online.isPresent() ? -1 : 1;
    }
    if (online.isPresent() && other.online.isPresent()) {
      int c = online.get().compareTo(other.online.get());
      if (c != 0) {
        return c;
      }
    }
    return ComparisonChain.start()
        .compare(projectId, other.projectId)
        .compare(
            phaseId.map(PhaseId::value).orElse(""), other.phaseId.map(PhaseId::value).orElse(""))
        .compare(capacity.product(), other.capacity.product())
        .compare(capacity.quantity().toString(), other.capacity.quantity().toString())
        .compareFalseFirst(cancelled, other.cancelled)
        .result();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CapacityOnline that
        && that.projectId.equals(projectId)
        && that.phaseId.equals(phaseId)
        && that.capacity.equals(capacity)
        && that.online.equals(online)
        && that.cancelled == cancelled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, phaseId, capacity, online, cancelled);
  }

  /**
   * Returns the project (and phase), the product, the quantity and when it comes online, e.g.
   * {@code "sys-fengfan-storage: battery storage equipment 6000000 kW/a online 2026-01-01
   * (planned)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return projectId
        + phaseId.map(p -> "/" + p).orElse("")
        + ": "
        + capacity.product()
        + " "
        + capacity.quantity()
        + (cancelled ? " cancelled" : online.map(m -> " online " + m).orElse(" undated"));
  }
}
