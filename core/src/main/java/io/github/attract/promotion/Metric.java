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
  CHAIN_PROMOTION_GROUPS("chain-promotion-groups", MetricKind.COUNT),
  /**
   * The start rate (开工率), a rate:
   *
   * <pre>
   *   projects in scope that started construction by the day
   *   -------------------------------------------------------
   *                    projects in scope
   * </pre>
   *
   * The scope names the projects due to start (a batch such as the spring-start projects of a year,
   * or every project); "started" is the milestone of {@link
   * io.github.attract.portfolio.Lifecycle#started}, whenever it was reached up to the day. This is
   * {@code Kpis.startRate} over the base of the projects in scope.
   */
  START_RATE("start-rate", MetricKind.RATE),
  /**
   * The contract fulfilment rate (履约率), a rate:
   *
   * <pre>
   *   projects in scope signed in the period up to the day that started construction by the day
   *   ----------------------------------------------------------------------------------------
   *                   projects in scope signed in the period up to the day
   * </pre>
   *
   * "Signed" and "started" are the milestones of {@link io.github.attract.portfolio.Lifecycle}. For
   * a calendar year and every project this is {@code Kpis.contractFulfilmentRate} of that cohort
   * year.
   */
  CONTRACT_FULFILMENT_RATE("contract-fulfilment-rate", MetricKind.RATE);

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
   * Returns whether the metric counts things, sums money or a quantity, or is a rate.
   *
   * @return the kind
   */
  public MetricKind kind() {
    return kind;
  }

  /**
   * Returns the formula of a rate metric, numerator over denominator, in words: {@code "projects in
   * scope started by the day / projects in scope"}.
   *
   * @return the formula for a {@link MetricKind#RATE} metric, empty otherwise
   */
  public Optional<String> formula() {
    return switch (this) {
      case START_RATE -> Optional.of("projects in scope started by the day / projects in scope");
      case CONTRACT_FULFILMENT_RATE ->
          Optional.of(
              "projects in scope signed in the period that started by the day"
                  + " / projects in scope signed in the period");
      default -> Optional.empty();
    };
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
