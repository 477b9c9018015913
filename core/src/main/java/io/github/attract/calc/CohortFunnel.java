package io.github.attract.calc;

import com.google.common.collect.ImmutableSortedSet;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.portfolio.Lifecycle;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A cohort funnel, where each stage is a subset of the one before, so every conversion lies in [0,
 * 1] by construction: activities → the projects they led to ({@link
 * PromotionActivity#resultingProjects()}) → of those, signed → of those, started → of those,
 * producing, each milestone by the as-of day as {@link Lifecycle} defines it.
 *
 * <ul>
 *   <li>{@link #byActivityDate}: the cohort is the activities dated in a period (on or before the
 *       as-of day); the projects stage is the distinct projects they led to; its conversion is the
 *       share of the cohort's activities that led to at least one project (projects and activities
 *       are different things, so it is not projects ÷ activities);
 *   <li>{@link #bySigningDate}: the cohort is the projects signed in a period (on or before the
 *       as-of day); there are no activity stages, and the projects and signed stages are the
 *       cohort.
 * </ul>
 *
 * <pre>{@code
 * CohortFunnel f = CohortFunnel.byActivityDate(portfolio, DateRange.ofYear(Year.of(2023)), asOf);
 * f.projects();                 // [p1, p2]
 * f.signedRate();               // 2 / 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CohortFunnel {
  private final String basis;
  private final ImmutableSortedSet<ActivityId> activities;
  private final ImmutableSortedSet<ActivityId> fruitfulActivities;
  private final ImmutableSortedSet<ProjectId> projects;
  private final ImmutableSortedSet<ProjectId> signed;
  private final ImmutableSortedSet<ProjectId> started;
  private final ImmutableSortedSet<ProjectId> producing;

  private CohortFunnel(
      String basis,
      TreeSet<ActivityId> activities,
      TreeSet<ActivityId> fruitful,
      TreeSet<ProjectId> projects,
      Portfolio portfolio,
      LocalDate asOf) {
    this.basis = basis;
    this.activities = ImmutableSortedSet.copyOf(activities);
    this.fruitfulActivities = ImmutableSortedSet.copyOf(fruitful);
    this.projects = ImmutableSortedSet.copyOf(projects);
    ColumnarIndex index = ColumnarIndex.of(portfolio);
    TreeSet<ProjectId> s = new TreeSet<>();
    TreeSet<ProjectId> st = new TreeSet<>();
    TreeSet<ProjectId> pr = new TreeSet<>();
    for (ProjectId id : projects) {
      Project p = portfolio.project(id).orElseThrow();
      if (!by(index.signingDate(p), asOf)) {
        continue;
      }
      s.add(id);
      if (!by(Lifecycle.started(p), asOf)) {
        continue;
      }
      st.add(id);
      if (by(Lifecycle.producing(p), asOf)) {
        pr.add(id);
      }
    }
    this.signed = ImmutableSortedSet.copyOf(s);
    this.started = ImmutableSortedSet.copyOf(st);
    this.producing = ImmutableSortedSet.copyOf(pr);
  }

  private static boolean by(Optional<LocalDate> day, LocalDate asOf) {
    return day.isPresent() && !day.get().isAfter(asOf);
  }

  /**
   * Returns the funnel of the activities dated in a period, as their projects stood on a day.
   *
   * @param portfolio the portfolio
   * @param period the activities' period, both ends included
   * @param asOf the as-of day
   * @return the funnel
   */
  public static CohortFunnel byActivityDate(Portfolio portfolio, DateRange period, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    TreeSet<ActivityId> activities = new TreeSet<>();
    TreeSet<ActivityId> fruitful = new TreeSet<>();
    TreeSet<ProjectId> projects = new TreeSet<>();
    for (PromotionActivity a : portfolio.activities()) {
      if (!period.contains(a.date()) || a.date().isAfter(asOf)) {
        continue;
      }
      activities.add(a.id());
      for (ProjectId id : a.resultingProjects()) {
        if (portfolio.project(id).isPresent()) {
          projects.add(id);
          fruitful.add(a.id());
        }
      }
    }
    return new CohortFunnel(
        "activities dated in " + period + ", as of " + asOf,
        activities,
        fruitful,
        projects,
        portfolio,
        asOf);
  }

  /**
   * Returns the funnel of the projects signed in a period, as they stood on a day.
   *
   * @param portfolio the portfolio
   * @param period the signing period, both ends included
   * @param asOf the as-of day
   * @return the funnel
   */
  public static CohortFunnel bySigningDate(Portfolio portfolio, DateRange period, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    ColumnarIndex index = ColumnarIndex.of(portfolio);
    TreeSet<ProjectId> projects = new TreeSet<>();
    for (Project p : portfolio.projects()) {
      Optional<LocalDate> signed = index.signingDate(p);
      if (signed.isPresent() && period.contains(signed.get()) && !signed.get().isAfter(asOf)) {
        projects.add(p.id());
      }
    }
    return new CohortFunnel(
        "projects signed in " + period + ", as of " + asOf,
        new TreeSet<>(),
        new TreeSet<>(),
        projects,
        portfolio,
        asOf);
  }

  /**
   * Returns what the cohort is.
   *
   * @return the basis
   */
  public String basis() {
    return basis;
  }

  /**
   * Returns the cohort's activities (empty for a cohort by signing date).
   *
   * @return the ids
   */
  public ImmutableSortedSet<ActivityId> activities() {
    return activities;
  }

  /**
   * Returns the cohort's activities that led to at least one project of the portfolio.
   *
   * @return the ids, a subset of {@link #activities()}
   */
  public ImmutableSortedSet<ActivityId> fruitfulActivities() {
    return fruitfulActivities;
  }

  /**
   * Returns the cohort's projects.
   *
   * @return the ids
   */
  public ImmutableSortedSet<ProjectId> projects() {
    return projects;
  }

  /**
   * Returns the cohort's projects signed by the as-of day.
   *
   * @return the ids, a subset of {@link #projects()}
   */
  public ImmutableSortedSet<ProjectId> signed() {
    return signed;
  }

  /**
   * Returns the signed projects that started construction by the as-of day.
   *
   * @return the ids, a subset of {@link #signed()}
   */
  public ImmutableSortedSet<ProjectId> started() {
    return started;
  }

  /**
   * Returns the started projects in production by the as-of day.
   *
   * @return the ids, a subset of {@link #started()}
   */
  public ImmutableSortedSet<ProjectId> producing() {
    return producing;
  }

  /**
   * Returns the share of the activities that led to a project.
   *
   * @return fruitful activities ÷ activities; undefined without activities
   */
  public Rate projectRate() {
    return Rate.of(fruitfulActivities.size(), activities.size());
  }

  /**
   * Returns the share of the projects signed.
   *
   * @return signed ÷ projects
   */
  public Rate signedRate() {
    return Rate.of(signed.size(), projects.size());
  }

  /**
   * Returns the share of the signed projects started.
   *
   * @return started ÷ signed
   */
  public Rate startedRate() {
    return Rate.of(started.size(), signed.size());
  }

  /**
   * Returns the share of the started projects producing.
   *
   * @return producing ÷ started
   */
  public Rate producingRate() {
    return Rate.of(producing.size(), started.size());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CohortFunnel that
        && that.basis.equals(basis)
        && that.activities.equals(activities)
        && that.fruitfulActivities.equals(fruitfulActivities)
        && that.projects.equals(projects)
        && that.signed.equals(signed)
        && that.started.equals(started)
        && that.producing.equals(producing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, activities, projects, signed, started, producing);
  }

  /**
   * Returns the basis and the counts of each stage.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Cohort funnel, "
        + basis
        + ": activities "
        + activities.size()
        + " (led to a project "
        + fruitfulActivities.size()
        + "), projects "
        + projects.size()
        + ", signed "
        + signed.size()
        + ", started "
        + started.size()
        + ", producing "
        + producing.size();
  }
}
