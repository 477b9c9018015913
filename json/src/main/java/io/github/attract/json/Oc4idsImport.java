package io.github.attract.json;

import com.google.common.collect.ImmutableList;
import io.github.attract.project.Investor;
import io.github.attract.project.Project;
import java.util.Objects;

/**
 * What an OC4IDS project became: the Attract project, the investors its funder parties name, and a
 * note for everything that did not map or mapped only approximately, with its JSON Pointer. Nothing
 * is dropped silently: every property of the input is either used or noted.
 *
 * <pre>{@code
 * Oc4idsImport result = Oc4ids.importer().importProject(json);
 * Project project = result.project();
 * result.notes();   // e.g. /parties/1/contactPoint: not mapped
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Oc4idsImport {
  private final Project project;
  private final ImmutableList<Investor> investors;
  private final ImmutableList<ReadWarning> notes;

  private Oc4idsImport(
      Project project, ImmutableList<Investor> investors, ImmutableList<ReadWarning> notes) {
    this.project = project;
    this.investors = investors;
    this.notes = notes;
  }

  /**
   * Returns an import result.
   *
   * @param project the project
   * @param investors the investors named by the project's funder parties
   * @param notes what did not map, in document order
   * @return the result
   */
  public static Oc4idsImport of(
      Project project, Iterable<Investor> investors, Iterable<ReadWarning> notes) {
    return new Oc4idsImport(
        Objects.requireNonNull(project, "project"),
        ImmutableList.copyOf(investors),
        ImmutableList.copyOf(notes));
  }

  /**
   * Returns the project.
   *
   * @return the project
   */
  public Project project() {
    return project;
  }

  /**
   * Returns the investors that the project's funder parties describe, to add to a portfolio.
   *
   * @return the investors, in party order
   */
  public ImmutableList<Investor> investors() {
    return investors;
  }

  /**
   * Returns what did not map or mapped only approximately.
   *
   * @return the notes, each with the pointer of the input value
   */
  public ImmutableList<ReadWarning> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Oc4idsImport that
        && that.project.equals(project)
        && that.investors.equals(investors)
        && that.notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(project, investors, notes);
  }

  /**
   * Returns a summary.
   *
   * @return e.g. {@code Oc4idsImport[p-1, 2 investor(s), 3 note(s)]}
   */
  @Override
  public String toString() {
    return "Oc4idsImport["
        + project.id()
        + ", "
        + investors.size()
        + " investor(s), "
        + notes.size()
        + " note(s)]";
  }
}
