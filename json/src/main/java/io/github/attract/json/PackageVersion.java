package io.github.attract.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of attract-json, as Jackson modules report it. It is read from {@code
 * version.properties}, which the build fills in from the project version.
 *
 * <pre>{@code
 * PackageVersion.VERSION.toString();   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class PackageVersion implements Versioned {
  /** The version of this artifact, {@code io.github.attract:attract-json}. */
  public static final Version VERSION = load();

  /** Creates the holder; Jackson's convention for modules. */
  public PackageVersion() {}

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    String version = p.getProperty("version");
    return version == null || version.startsWith("$")
        ? Version.unknownVersion()
        : VersionUtil.parseVersion(version, "io.github.attract", "attract-json");
  }

  /**
   * Returns the version.
   *
   * @return {@link #VERSION}
   */
  @Override
  public Version version() {
    return VERSION;
  }
}
