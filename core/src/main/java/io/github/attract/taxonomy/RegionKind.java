package io.github.attract.taxonomy;

import java.util.Objects;

/**
 * The kind of a {@link Region}. Administrative kinds are ranked from coarse to fine: country,
 * province, city, county and district (the same rank), development zone. A region's parent must be
 * of a strictly coarser kind, so a county may lie in a city or directly in a province, but a
 * district never lies in a county. An economic region has no rank: it is a set of member regions,
 * not a level of the administrative tree.
 *
 * <p>Chinese practice maps as follows: municipalities, autonomous regions and the special
 * administrative regions Hong Kong and Macao are {@link #PROVINCE}-level; prefecture-level cities
 * and leagues are {@link #CITY}; county-level cities and banners are {@link #COUNTY}; urban
 * districts are {@link #DISTRICT}.
 *
 * <pre>{@code
 * RegionKind.ofCode("development-zone");         // DEVELOPMENT_ZONE
 * RegionKind.CITY.isCoarserThan(RegionKind.COUNTY); // true
 * }</pre>
 */
public enum RegionKind {
  /** A country. */
  COUNTRY("country", 1),
  /** A province or a province-level division (municipality, autonomous region, SAR). */
  PROVINCE("province", 2),
  /** A prefecture-level city or division. */
  CITY("city", 3),
  /** A county or county-level city. */
  COUNTY("county", 4),
  /** An urban district, of county rank. */
  DISTRICT("district", 4),
  /** A development zone, industrial park or new area inside an administrative region. */
  DEVELOPMENT_ZONE("development-zone", 5),
  /**
   * An economic region defined by its members, e.g. the Guangdong-Hong Kong-Macao Greater Bay Area
   * or Beijing-Tianjin-Hebei.
   */
  ECONOMIC_REGION("economic-region", 0);

  private final String code;
  private final int rank;

  RegionKind(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  /**
   * Returns the stable lower-case code, e.g. {@code "development-zone"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether regions of this kind are part of the administrative tree (every kind except
   * {@link #ECONOMIC_REGION}).
   *
   * @return true for an administrative kind
   */
  public boolean isAdministrative() {
    return this != ECONOMIC_REGION;
  }

  /**
   * Tells whether this kind is strictly coarser than another, so that a region of this kind may be
   * the parent of a region of the other. Never true when either kind is {@link #ECONOMIC_REGION}.
   *
   * @param other the other kind
   * @return true if this kind ranks strictly above the other
   */
  public boolean isCoarserThan(RegionKind other) {
    Objects.requireNonNull(other, "other");
    return isAdministrative() && other.isAdministrative() && rank < other.rank;
  }

  /**
   * Returns the kind of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the kind
   * @throws IllegalArgumentException if no kind has that code
   */
  public static RegionKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (RegionKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown region kind '" + code + "'");
  }
}
