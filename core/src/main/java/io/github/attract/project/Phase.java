package io.github.attract.project;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import io.github.attract.time.DateRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stage of a project ("the first phase of the wind power equipment base"), with its own
 * investment, planned and actual periods, designed capacity and status history.
 *
 * <pre>{@code
 * Phase first = Phase.builder()
 *     .id(PhaseId.of("phase-1"))
 *     .name("Wind power equipment manufacturing base")
 *     .investment(Money.ofMajor(Currencies.CNY, 2_000_000_000L))
 *     .plannedPeriod(DateRange.parse("2022-06-01/2023-12-31"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Phase {
  Phase() {}

  /**
   * Returns the identifier, unique within the project.
   *
   * @return the id
   */
  public abstract PhaseId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the phase's own investment.
   *
   * @return the amount, if given
   */
  public abstract Optional<Money> investment();

  /**
   * Returns the planned period of construction.
   *
   * @return the period, if planned
   */
  public abstract Optional<DateRange> plannedPeriod();

  /**
   * Returns the actual period of construction; its end is the last known day for a phase still
   * under way.
   *
   * @return the period, if known
   */
  public abstract Optional<DateRange> actualPeriod();

  /**
   * Returns what the phase is designed to produce.
   *
   * @return the capacities, possibly none
   */
  public abstract ImmutableList<DesignedCapacity> capacities();

  /**
   * Returns the phase's status history. A history read with {@link StatusHistory#ofUnchecked} is
   * checked by the project that holds the phase, with paths such as {@code
   * phases[phase-1].statusHistory[2].status}.
   *
   * @return the history, empty unless set
   */
  @Value.Default
  public StatusHistory statusHistory() {
    return StatusHistory.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutablePhase.builder();
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("phase", id(), "Phase '{}'");
    check.nonBlank("name", name());
    check.nonNegative("investment", investment());
    if (check.failed()) {
      // a phase left out for its own faults is not checked by a project: report its history too
      check.addAll(statusHistory().violations("phase", id().value(), "statusHistory"));
    }
    check.throwIfFailed();
  }

  /** Builds a {@link Phase}; {@code id} and {@code name} are required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id the id, unique within the project
     * @return this builder
     */
    Builder id(PhaseId id);

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the phase's own investment.
     *
     * @param investment the amount, not negative
     * @return this builder
     */
    Builder investment(Money investment);

    /**
     * Sets the phase's own investment, if given.
     *
     * @param investment the amount or empty
     * @return this builder
     */
    Builder investment(Optional<? extends Money> investment);

    /**
     * Sets the planned period.
     *
     * @param plannedPeriod the period
     * @return this builder
     */
    Builder plannedPeriod(DateRange plannedPeriod);

    /**
     * Sets the planned period, if any.
     *
     * @param plannedPeriod the period or empty
     * @return this builder
     */
    Builder plannedPeriod(Optional<? extends DateRange> plannedPeriod);

    /**
     * Sets the actual period.
     *
     * @param actualPeriod the period
     * @return this builder
     */
    Builder actualPeriod(DateRange actualPeriod);

    /**
     * Sets the actual period, if known.
     *
     * @param actualPeriod the period or empty
     * @return this builder
     */
    Builder actualPeriod(Optional<? extends DateRange> actualPeriod);

    /**
     * Adds a designed capacity.
     *
     * @param capacity the capacity
     * @return this builder
     */
    Builder addCapacity(DesignedCapacity capacity);

    /**
     * Adds designed capacities.
     *
     * @param capacities the capacities
     * @return this builder
     */
    Builder addAllCapacities(Iterable<? extends DesignedCapacity> capacities);

    /**
     * Sets the status history.
     *
     * @param statusHistory the history
     * @return this builder
     */
    Builder statusHistory(StatusHistory statusHistory);

    /**
     * Builds the phase.
     *
     * @return the phase
     * @throws IllegalStateException if a required attribute is missing
     * @throws InvalidPartException if the name is blank or the investment negative, with every
     *     broken rule of the phase, those of its status history included
     */
    Phase build();
  }
}
