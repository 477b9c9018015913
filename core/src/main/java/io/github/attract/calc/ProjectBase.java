package io.github.attract.calc;

import com.google.common.collect.ImmutableList;
import io.github.attract.calc.engine.ColumnarIndex;
import io.github.attract.internal.Checks;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.promotion.Scope;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The set of projects a KPI is measured against, named: localities differ in the base of their
 * rates, so {@link Kpis} takes the base from the caller and a rate says what it is of.
 *
 * <pre>{@code
 * ProjectBase spring = ProjectBase.within(Scope.of(Designation.of(SPRING_START, Year.of(2023))),
 *     LocalDate.of(2023, 6, 30));
 * ProjectBase planned = ProjectBase.plannedToStartIn(DateRange.ofYear(Year.of(2023)));
 * Kpis.startRate(portfolio, spring.and(planned), LocalDate.of(2023, 6, 30));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectBase {
  private final String name;
  private final Function<Portfolio, Predicate<Project>> test;

  private ProjectBase(String name, Function<Portfolio, Predicate<Project>> test) {
    this.name = name;
    this.test = test;
  }

  /**
   * Returns every project of the portfolio.
   *
   * @return the base "all projects"
   */
  public static ProjectBase all() {
    return new ProjectBase("all projects", p -> project -> true);
  }

  /**
   * Returns the projects signed in a year: the cohort of the contract fulfilment rate (signing date
   * as {@link Dimensions#signingYear()} defines it).
   *
   * @param year the year of signing
   * @return the base "signed in year"
   */
  public static ProjectBase signedIn(Year year) {
    Objects.requireNonNull(year, "year");
    return new ProjectBase(
        "signed in " + year,
        p -> {
          ColumnarIndex index = ColumnarIndex.of(p);
          return project ->
              index.signingDate(project).map(d -> Year.from(d).equals(year)).orElse(false);
        });
  }

  /**
   * Returns the projects signed in a period, both ends included: the cohort of the contract
   * fulfilment rate over any period (signing date as {@link
   * io.github.attract.portfolio.Lifecycle#signed} defines it).
   *
   * @param period the period of signing
   * @return the base "signed in period"
   */
  public static ProjectBase signedIn(DateRange period) {
    Objects.requireNonNull(period, "period");
    return new ProjectBase(
        "signed in " + period,
        p -> {
          ColumnarIndex index = ColumnarIndex.of(p);
          return project -> index.signingDate(project).map(period::contains).orElse(false);
        });
  }

  /**
   * Returns the projects whose construction had started by a day (at or beyond {@code
   * UNDER_CONSTRUCTION}): the alternative base of the production rate.
   *
   * @param date the day
   * @return the base "started by date"
   */
  public static ProjectBase startedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new ProjectBase(
        "started by " + date,
        p -> project -> project.statusHistory().hasReached(Status.UNDER_CONSTRUCTION, date));
  }

  /**
   * Returns the projects planned to start construction in a period: the earliest start of their
   * phases' planned periods falls in it. Projects without planned periods are not in this base.
   *
   * @param period the period
   * @return the base "planned to start in period"
   */
  public static ProjectBase plannedToStartIn(DateRange period) {
    Objects.requireNonNull(period, "period");
    return new ProjectBase(
        "planned to start in " + period,
        p -> project -> plannedStart(project).map(period::contains).orElse(false));
  }

  /**
   * Returns the projects planned to enter operation in a period: the latest end of their phases'
   * planned periods falls in it.
   *
   * @param period the period
   * @return the base "planned to operate in period"
   */
  public static ProjectBase plannedToOperateIn(DateRange period) {
    Objects.requireNonNull(period, "period");
    return new ProjectBase(
        "planned to operate in " + period,
        p -> project -> plannedEnd(project).map(period::contains).orElse(false));
  }

  /**
   * Returns the projects in a scope (designation, region, industry, focus area, status) on a day.
   *
   * @param scope the scope
   * @param asOf the day on which a status condition is evaluated
   * @return the base "in scope"
   */
  public static ProjectBase within(Scope scope, LocalDate asOf) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    return new ProjectBase(
        "in " + scope + " on " + asOf, p -> project -> p.isInScope(project, scope, asOf));
  }

  /**
   * Returns the projects that pass a test of your own.
   *
   * @param name what the base is, for the reader of the rate
   * @param test the test
   * @return the base
   * @throws IllegalArgumentException if the name is blank
   */
  public static ProjectBase of(String name, Predicate<? super Project> test) {
    Objects.requireNonNull(test, "test");
    Checks.nonBlank("name", name);
    return new ProjectBase(name, p -> test::test);
  }

  /**
   * Returns the projects in both this base and another.
   *
   * @param other the other base
   * @return the base "this and other"
   */
  public ProjectBase and(ProjectBase other) {
    Objects.requireNonNull(other, "other");
    return new ProjectBase(
        name + " and " + other.name,
        p -> {
          Predicate<Project> a = test.apply(p);
          Predicate<Project> b = other.test.apply(p);
          return project -> a.test(project) && b.test(project);
        });
  }

  /**
   * Returns the name.
   *
   * @return what the base is, e.g. {@code "signed in 2023"}
   */
  public String name() {
    return name;
  }

  /** Returns the projects of the base, in portfolio order. */
  ImmutableList<Project> projects(Portfolio portfolio) {
    Predicate<Project> t = test.apply(portfolio);
    ImmutableList.Builder<Project> in = ImmutableList.builder();
    for (Project p : portfolio.projects()) {
      if (t.test(p)) {
        in.add(p);
      }
    }
    return in.build();
  }

  /** Returns the test of the base over a portfolio. */
  Predicate<Project> test(Portfolio portfolio) {
    return test.apply(portfolio);
  }

  static Optional<LocalDate> plannedStart(Project project) {
    LocalDate first = null;
    for (Phase phase : project.phases()) {
      if (phase.plannedPeriod().isPresent()) {
        LocalDate s = phase.plannedPeriod().get().start();
        first = first == null || s.isBefore(first) ? s : first;
      }
    }
    return Optional.ofNullable(first);
  }

  static Optional<LocalDate> plannedEnd(Project project) {
    LocalDate last = null;
    for (Phase phase : project.phases()) {
      if (phase.plannedPeriod().isPresent()) {
        LocalDate e = phase.plannedPeriod().get().end();
        last = last == null || e.isAfter(last) ? e : last;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
