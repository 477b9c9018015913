package io.github.attract.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers' object representation of a project: what a developer writes by hand without Attract.
 * Final fields, {@code BigDecimal} amounts in yuan with a {@code long} copy in fen next to each
 * (for the hand loop), ints for the industry, location and status, {@code LocalDate}/{@code
 * YearMonth} dates and immutable lists of small final classes for phases, status changes, plans and
 * progress. It holds the same information as the Attract {@code Project} built from the same data.
 *
 * <p>Plain Jackson data binding reads and writes it through its fields and its annotated
 * constructors; the {@code long} copies are derived, not written.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
final class PojoProject {
  final String id;
  final String name;
  final String investor;
  final int location;
  final int industry;
  final List<String> focusAreas;
  final BigDecimal totalInvestment;
  @JsonIgnore final long totalFen;
  final List<Phase> phases;
  final List<StatusChange> statusHistory;
  final List<AnnualPlan> annualPlans;
  final List<Progress> progress;

  @JsonCreator
  PojoProject(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("investor") String investor,
      @JsonProperty("location") int location,
      @JsonProperty("industry") int industry,
      @JsonProperty("focusAreas") List<String> focusAreas,
      @JsonProperty("totalInvestment") BigDecimal totalInvestment,
      @JsonProperty("phases") List<Phase> phases,
      @JsonProperty("statusHistory") List<StatusChange> statusHistory,
      @JsonProperty("annualPlans") List<AnnualPlan> annualPlans,
      @JsonProperty("progress") List<Progress> progress) {
    this.id = id;
    this.name = name;
    this.investor = investor;
    this.location = location;
    this.industry = industry;
    this.focusAreas = List.copyOf(focusAreas);
    this.totalInvestment = totalInvestment;
    this.totalFen = Breakdown.fen(totalInvestment);
    this.phases = List.copyOf(phases);
    this.statusHistory = List.copyOf(statusHistory);
    this.annualPlans = List.copyOf(annualPlans);
    this.progress = List.copyOf(progress);
  }

  /**
   * Returns the status index on a day: that of the last change dated on or before it.
   *
   * @param day the as-of day
   * @return the {@code Status} ordinal, or {@link Question#NO_STATUS}
   */
  int statusOn(LocalDate day) {
    int found = Question.NO_STATUS;
    for (int k = 0; k < statusHistory.size(); k++) {
      StatusChange c = statusHistory.get(k);
      if (c.date.isAfter(day)) {
        break;
      }
      found = c.status;
    }
    return found;
  }

  /**
   * Returns the plan of a year in fen.
   *
   * @param year the year
   * @return the planned amount, zero if there is no plan
   */
  long plannedFen(int year) {
    for (int k = 0; k < annualPlans.size(); k++) {
      if (annualPlans.get(k).year == year) {
        return annualPlans.get(k).plannedFen;
      }
    }
    return 0;
  }

  /**
   * Returns the plan of a year.
   *
   * @param year the year
   * @return the planned amount, zero if there is no plan
   */
  BigDecimal planned(int year) {
    for (int k = 0; k < annualPlans.size(); k++) {
      if (annualPlans.get(k).year == year) {
        return annualPlans.get(k).planned;
      }
    }
    return BigDecimal.ZERO;
  }

  /**
   * Returns the cumulative completed investment of the latest report of a month or before, in fen.
   *
   * @param month the as-of month
   * @return the amount, zero if no report is that early
   */
  long completedFenAsOf(YearMonth month) {
    long found = 0;
    for (int k = 0; k < progress.size(); k++) {
      Progress r = progress.get(k);
      if (r.month.isAfter(month)) {
        break;
      }
      found = r.completedFen;
    }
    return found;
  }

  /**
   * Returns the cumulative completed investment of the latest report of a month or before.
   *
   * @param month the as-of month
   * @return the amount, zero if no report is that early
   */
  BigDecimal completedAsOf(YearMonth month) {
    BigDecimal found = BigDecimal.ZERO;
    for (int k = 0; k < progress.size(); k++) {
      Progress r = progress.get(k);
      if (r.month.isAfter(month)) {
        break;
      }
      found = r.completed;
    }
    return found;
  }

  /**
   * Builds the objects of every project of the data.
   *
   * @param data the synthetic data
   * @return one object per project, in order
   */
  static PojoProject[] of(SyntheticPortfolio data) {
    String[] investors = new String[data.investors];
    for (int k = 0; k < investors.length; k++) {
      investors[k] = "inv-" + (k + 1);
    }
    PojoProject[] projects = new PojoProject[data.size];
    for (int i = 0; i < data.size; i++) {
      List<String> focus = new ArrayList<>(2);
      for (int f = 0; f < SyntheticPortfolio.FOCUS_AREAS.length; f++) {
        if ((data.focusMask[i] & (1 << f)) != 0) {
          focus.add(SyntheticPortfolio.FOCUS_AREAS[f]);
        }
      }
      List<Phase> phases = new ArrayList<>(4);
      for (int k = data.phaseOffset[i]; k < data.phaseOffset[i + 1]; k++) {
        int n = k - data.phaseOffset[i];
        phases.add(
            new Phase(
                "phase-" + (n + 1),
                SyntheticPortfolio.PHASE_NAMES[n],
                BigDecimal.valueOf(data.phaseFen[k], 2),
                LocalDate.ofEpochDay(data.phaseStart[k]),
                LocalDate.ofEpochDay(data.phaseEnd[k])));
      }
      List<StatusChange> changes = new ArrayList<>(4);
      for (int k = data.statusOffset[i]; k < data.statusOffset[i + 1]; k++) {
        changes.add(new StatusChange(LocalDate.ofEpochDay(data.statusDay[k]), data.status[k]));
      }
      List<AnnualPlan> plans = new ArrayList<>(4);
      for (int k = data.planOffset[i]; k < data.planOffset[i + 1]; k++) {
        plans.add(new AnnualPlan(data.planYear[k], BigDecimal.valueOf(data.planFen[k], 2)));
      }
      List<Progress> progress =
          new ArrayList<>(data.progressOffset[i + 1] - data.progressOffset[i]);
      for (int k = data.progressOffset[i]; k < data.progressOffset[i + 1]; k++) {
        progress.add(
            new Progress(
                Question.month(data.progressMonth[k]), BigDecimal.valueOf(data.progressFen[k], 2)));
      }
      projects[i] =
          new PojoProject(
              data.id[i],
              data.name[i],
              investors[data.investor[i]],
              data.location[i],
              data.industry[i],
              focus,
              BigDecimal.valueOf(data.totalFen[i], 2),
              phases,
              changes,
              plans,
              progress);
    }
    return projects;
  }

  /** A phase: its own investment and planned period. */
  @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
  static final class Phase {
    final String id;
    final String name;
    final BigDecimal investment;
    final LocalDate plannedStart;
    final LocalDate plannedEnd;

    @JsonCreator
    Phase(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("investment") BigDecimal investment,
        @JsonProperty("plannedStart") LocalDate plannedStart,
        @JsonProperty("plannedEnd") LocalDate plannedEnd) {
      this.id = id;
      this.name = name;
      this.investment = investment;
      this.plannedStart = plannedStart;
      this.plannedEnd = plannedEnd;
    }
  }

  /** A dated status change; the status is a {@code Status} ordinal. */
  @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
  static final class StatusChange {
    final LocalDate date;
    final int status;

    @JsonCreator
    StatusChange(@JsonProperty("date") LocalDate date, @JsonProperty("status") int status) {
      this.date = date;
      this.status = status;
    }
  }

  /** The investment planned for one year. */
  @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
  static final class AnnualPlan {
    final int year;
    final BigDecimal planned;
    @JsonIgnore final long plannedFen;

    @JsonCreator
    AnnualPlan(@JsonProperty("year") int year, @JsonProperty("planned") BigDecimal planned) {
      this.year = year;
      this.planned = planned;
      this.plannedFen = Breakdown.fen(planned);
    }
  }

  /** A monthly progress report: cumulative completed investment. */
  @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
  static final class Progress {
    final YearMonth month;
    final BigDecimal completed;
    @JsonIgnore final long completedFen;

    @JsonCreator
    Progress(
        @JsonProperty("month") YearMonth month, @JsonProperty("completed") BigDecimal completed) {
      this.month = month;
      this.completed = completed;
      this.completedFen = Breakdown.fen(completed);
    }
  }
}
