package io.github.attract.json;

import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point to the Open Contracting for Infrastructure Data Standard (OC4IDS) 0.9.5: export
 * Attract projects to OC4IDS projects and project packages, import OC4IDS projects. The mapping is
 * described in {@code OC4IDS.md}.
 *
 * <pre>{@code
 * String pkg = Oc4ids.exporter().withOffset(ZoneOffset.ofHours(8))
 *     .exportPackage(portfolio, OffsetDateTime.parse("2023-04-24T09:00:00+08:00"));
 * Oc4idsImport imported = Oc4ids.importer().importProject(json);
 * imported.notes().forEach(n -> log.info(n.toString()));   // what did not map
 * }</pre>
 *
 * <p><b>Status.</b> OC4IDS has no negotiation or signing stage, so Attract's status maps to the
 * nearest {@code projectStatus} code and is kept exactly in the {@code attract} extension:
 *
 * <table>
 *   <caption>Status mapping</caption>
 *   <tr><th>Attract</th><th>OC4IDS export</th><th>OC4IDS import</th></tr>
 *   <tr><td>lead, negotiating</td><td>identification</td><td>identification → lead</td></tr>
 *   <tr><td>signed, ready-to-start</td><td>preparation</td><td>preparation → signed</td></tr>
 *   <tr><td>under-construction</td><td>implementation</td><td>implementation →
 *       under-construction</td></tr>
 *   <tr><td>in-operation</td><td>maintenance</td><td>maintenance → in-operation</td></tr>
 *   <tr><td>completed</td><td>completion</td><td>completion, decommissioning, decommissioned →
 *       completed</td></tr>
 *   <tr><td>suspended</td><td>the code of the status before the suspension</td><td>-</td></tr>
 *   <tr><td>cancelled</td><td>cancelled</td><td>cancelled → cancelled</td></tr>
 * </table>
 */
public final class Oc4ids {
  /** The OC4IDS version of exported packages, as the package schema wants it (major.minor). */
  public static final String PACKAGE_VERSION = "0.9";

  /** The OC4IDS release the mapping follows. */
  public static final String RELEASE = "0.9.5";

  private Oc4ids() {}

  /**
   * Returns the exporter with default options: no id prefix, publisher "Attract", dates in UTC.
   *
   * @return the exporter
   */
  public static Oc4idsExporter exporter() {
    return Oc4idsExporter.defaults();
  }

  /**
   * Returns the importer with default options: no id prefix, dates in UTC, no default location or
   * industry.
   *
   * @return the importer
   */
  public static Oc4idsImporter importer() {
    return Oc4idsImporter.defaults();
  }

  /**
   * Returns the OC4IDS {@code projectStatus} code nearest to a status.
   *
   * @param status the Attract status; suspended maps to implementation when nothing came before
   * @return the code
   */
  public static String projectStatus(Status status) {
    Objects.requireNonNull(status, "status");
    return switch (status) {
      case LEAD, NEGOTIATING -> "identification";
      case SIGNED, READY_TO_START -> "preparation";
      case UNDER_CONSTRUCTION, SUSPENDED -> "implementation";
      case IN_OPERATION -> "maintenance";
      case COMPLETED -> "completion";
      case CANCELLED -> "cancelled";
    };
  }

  /**
   * Returns the OC4IDS code of a history's current status; a suspended project takes the code of
   * the status it was suspended from.
   */
  static String statusOf(StatusHistory history) {
    Status current = history.current().orElseThrow();
    if (current == Status.SUSPENDED) {
      for (int i = history.changes().size() - 1; i >= 0; i--) {
        StatusChange c = history.changes().get(i);
        if (c.status() != Status.SUSPENDED) {
          return projectStatus(c.status());
        }
      }
    }
    return projectStatus(current);
  }

  /**
   * Returns the Attract status of an OC4IDS {@code projectStatus} code.
   *
   * @param code the OC4IDS code
   * @return the status, empty for an unknown code
   */
  public static Optional<Status> status(String code) {
    Objects.requireNonNull(code, "code");
    return switch (code) {
      case "identification" -> Optional.of(Status.LEAD);
      case "preparation" -> Optional.of(Status.SIGNED);
      case "implementation" -> Optional.of(Status.UNDER_CONSTRUCTION);
      case "maintenance" -> Optional.of(Status.IN_OPERATION);
      case "completion", "decommissioning", "decommissioned" -> Optional.of(Status.COMPLETED);
      case "cancelled" -> Optional.of(Status.CANCELLED);
      default -> Optional.empty();
    };
  }
}
