package io.github.attract.promotion;

import java.util.Objects;

/** The kinds of promotion activity. */
public enum ActivityKind {
  /** A delegation visits investors elsewhere (外出招商). */
  OUTBOUND_VISIT("outbound-visit"),
  /** Investors visit the city to inspect sites (来访考察). */
  INBOUND_VISIT("inbound-visit"),
  /** A promotion conference or investment meeting (推介会). */
  CONFERENCE("conference"),
  /** A trade or investment fair (博览会). */
  FAIR("fair"),
  /** A signing ceremony (签约仪式). */
  SIGNING_CEREMONY("signing-ceremony"),
  /** A video or online meeting (云招商). */
  ONLINE_MEETING("online-meeting"),
  /** Any other promotion activity. */
  OTHER("other");

  private final String code;

  ActivityKind(String code) {
    this.code = code;
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
   * Returns the constant of a stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ActivityKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ActivityKind v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException("Unknown activity kind '" + code + "'");
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
