package io.github.attract.promotion;

import io.github.attract.measure.Dimension;
import java.util.Objects;
import java.util.Optional;

/** What a target or a reported figure measures. */
public enum Metric {
  /** Promotion activities carried out. */
  ACTIVITIES("activities", MetricKind.COUNT),
  /** Projects in scope (e.g. key projects reserved for the year). */
  PROJECTS("projects", MetricKind.COUNT),
  /** Projects contracted (签约项目). */
  SIGNED_PROJECTS("signed-projects", MetricKind.COUNT),
  /** Projects that started construction (开工项目). */
  STARTED_PROJECTS("started-projects", MetricKind.COUNT),
  /** Projects that entered operation (投产项目). */
  PROJECTS_IN_OPERATION("projects-in-operation", MetricKind.COUNT),
  /** The value of contracts signed (签约额). */
  CONTRACT_VALUE("contract-value", MetricKind.MONEY),
  /** Total planned investment of the projects (总投资). */
  TOTAL_INVESTMENT("total-investment", MetricKind.MONEY),
  /** Investment planned for the year (年度计划投资). */
  ANNUAL_PLANNED_INVESTMENT("annual-planned-investment", MetricKind.MONEY),
  /** Investment completed in the period (完成投资). */
  COMPLETED_INVESTMENT("completed-investment", MetricKind.MONEY),
  /** Funds that arrived in the period (到位资金). */
  FUNDS_IN_PLACE("funds-in-place", MetricKind.MONEY),
  /** Grid capacity allocated to new-energy projects (新能源指标), a power. */
  NEW_ENERGY_INDEX("new-energy-index", MetricKind.QUANTITY),
  /** Industrial-chain promotion groups set up (产业链招商小组). */
  CHAIN_PROMOTION_GROUPS("chain-promotion-groups", MetricKind.COUNT);

  private final String code;
  private final MetricKind kind;

  Metric(String code, MetricKind kind) {
    this.code = code;
    this.kind = kind;
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
   * Returns whether the metric counts things or sums money.
   *
   * @return the kind
   */
  public MetricKind kind() {
    return kind;
  }

  /**
   * Returns the dimension a quantity metric is measured in.
   *
   * @return the dimension for a {@link MetricKind#QUANTITY} metric, empty otherwise
   */
  public Optional<Dimension> dimension() {
    return this == NEW_ENERGY_INDEX ? Optional.of(Dimension.POWER) : Optional.empty();
  }

  /**
   * Returns the constant of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Metric ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Metric v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException("Unknown metric '" + code + "'");
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
