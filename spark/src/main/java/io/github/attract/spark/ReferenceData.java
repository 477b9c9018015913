package io.github.attract.spark;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the dimensions of a query read besides the projects: the industry taxonomy, the regions, the
 * industrial chains, the focus areas and the investors of a portfolio, without its projects and
 * promotion records. {@link Attract} broadcasts it once to every executor.
 *
 * <pre>{@code
 * ReferenceData reference = ReferenceData.of(portfolio);   // projects and records are left out
 * }</pre>
 *
 * <p>It serializes as an Attract JSON document (see attract-json's FORMAT.md) of a portfolio that
 * has no projects, and is read back, checked, on the other side. Immutable, thread-safe and
 * serializable.
 */
public final class ReferenceData implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Portfolio reference;

  private ReferenceData(Portfolio reference) {
    this.reference = reference;
  }

  /**
   * Returns the reference data of a portfolio: its taxonomy, regions, chains, focus areas and
   * investors.
   *
   * @param portfolio the portfolio; its projects, activities, signings, targets and reported
   *     figures are left out
   * @return the reference data
   */
  public static ReferenceData of(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    return new ReferenceData(
        Portfolio.builder()
            .industries(portfolio.industries())
            .regions(portfolio.regions())
            .addAllChains(portfolio.chains())
            .addAllFocusAreas(portfolio.focusAreas())
            .addAllInvestors(portfolio.investors())
            .build());
  }

  /**
   * Returns the reference data as a portfolio without projects.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return reference;
  }

  /**
   * Returns the portfolio of these reference data and some projects, checked as any portfolio is.
   *
   * @param projects the projects, with distinct ids
   * @return the portfolio
   * @throws io.github.attract.portfolio.InvalidPortfolioException if a project repeats an id or
   *     references something the reference data do not hold (with every violation)
   */
  Portfolio with(Iterable<Project> projects) {
    return reference.toBuilder().addAllProjects(projects).build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReferenceData that && that.reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return reference.hashCode();
  }

  /**
   * Returns the size of the reference data, e.g. {@code "ReferenceData(12 industries, ...)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReferenceData("
        + reference.chains().size()
        + " chains, "
        + reference.focusAreas().size()
        + " focus areas, "
        + reference.investors().size()
        + " investors)";
  }

  private Object writeReplace() {
    return new Json(PortfolioJson.writer().write(reference));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ReferenceData is read through its JSON form");
  }

  /** The serialized form: the reference portfolio as an Attract JSON document. */
  private static final class Json implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String document;

    Json(String document) {
      this.document = document;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new ReferenceData(PortfolioJson.reader().read(document));
      } catch (AttractJsonException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("ReferenceData JSON is not valid: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
