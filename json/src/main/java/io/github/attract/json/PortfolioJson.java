package io.github.attract.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The entry point to Attract's portfolio document format: readers, writers and the JSON Schema. The
 * format is described in {@code FORMAT.md}; its version is {@value #FORMAT_VERSION}.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioJson.reader().read(Path.of("shuangyashan-2023.json"));
 * PortfolioJson.writer().write(portfolio, Path.of("copy.json"));
 *
 * PortfolioReadResult result = PortfolioJson.reader().readLenient(Path.of("messy.json"));
 * }</pre>
 *
 * <p>For single values (a project, money, a region) in your own JSON, register {@link
 * AttractModule} with a Jackson {@code ObjectMapper} instead.
 */
public final class PortfolioJson {
  /** The version of the format that the writers write, {@value}. */
  public static final String FORMAT_VERSION = "1.0";

  /** The major version that the readers read. */
  static final String FORMAT_MAJOR = "1";

  /** The class-path resource of the JSON Schema of a portfolio document. */
  public static final String SCHEMA_RESOURCE = "/io/github/attract/json/portfolio.schema.json";

  private PortfolioJson() {}

  /**
   * Returns the reader with the default limits.
   *
   * @return the reader
   */
  public static PortfolioReader reader() {
    return PortfolioReader.defaults();
  }

  /**
   * Returns the pretty-printing writer.
   *
   * @return the writer
   */
  public static PortfolioWriter writer() {
    return PortfolioWriter.defaults();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a portfolio document of this format version. Every
   * document that {@link PortfolioWriter} writes validates against it; the schema checks structure
   * and codes, the readers also check the rules of the domain.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = schemaUrl().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Returns the location of the JSON Schema in the jar.
   *
   * @return the URL of {@link #SCHEMA_RESOURCE}
   */
  public static URL schemaUrl() {
    return Objects.requireNonNull(
        PortfolioJson.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
  }
}
