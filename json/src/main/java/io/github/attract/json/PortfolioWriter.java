package io.github.attract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.attract.portfolio.Portfolio;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes portfolio documents (see {@code FORMAT.md}): UTF-8, properties in a fixed order, {@code
 * formatVersion} first, absent optional values and empty collections left out. Pretty output is
 * indented by two spaces with {@code \n} line ends and ends with a line end; compact output has no
 * white space at all.
 *
 * <pre>{@code
 * PortfolioJson.writer().write(portfolio, Path.of("portfolio.json"));
 * String compact = PortfolioJson.writer().withPrettyPrint(false).write(portfolio);
 * }</pre>
 *
 * <p>The output of a valid portfolio always validates against the JSON Schema {@link
 * PortfolioJson#schema()} and reads back, with {@link PortfolioReader}, to an equal portfolio.
 *
 * <p>Immutable and thread-safe; the {@code withX} methods return copies.
 */
public final class PortfolioWriter {
  private static final PortfolioWriter PRETTY = new PortfolioWriter(true);
  private static final PortfolioWriter COMPACT = new PortfolioWriter(false);
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final boolean pretty;
  private final JsonFactory factory;

  private PortfolioWriter(boolean pretty) {
    this.pretty = pretty;
    this.factory =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();
  }

  /** Returns the pretty-printing writer. */
  static PortfolioWriter defaults() {
    return PRETTY;
  }

  /**
   * Returns a writer that indents its output or one that writes it compactly.
   *
   * @param pretty true to indent, false for compact output
   * @return the writer
   */
  public PortfolioWriter withPrettyPrint(boolean pretty) {
    return pretty ? PRETTY : COMPACT;
  }

  /**
   * Tells whether this writer indents its output.
   *
   * @return true for pretty output
   */
  public boolean isPrettyPrint() {
    return pretty;
  }

  /**
   * Writes a portfolio document to a text.
   *
   * @param portfolio the portfolio
   * @return the JSON text
   */
  public String write(Portfolio portfolio) {
    StringWriter out = new StringWriter();
    try {
      write(portfolio, out);
    } catch (IOException e) {
      throw new UncheckedIOException("A StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes a portfolio document to a file, replacing it.
   *
   * @param portfolio the portfolio
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public void write(Portfolio portfolio, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(portfolio, out);
    }
  }

  /**
   * Writes a portfolio document to a stream in UTF-8; the stream is flushed, not closed.
   *
   * @param portfolio the portfolio
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public void write(Portfolio portfolio, OutputStream out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    try (JsonGenerator g = factory.createGenerator(Objects.requireNonNull(out, "out"))) {
      write(portfolio, g);
    }
  }

  /**
   * Writes a portfolio document to a character stream; the stream is flushed, not closed.
   *
   * @param portfolio the portfolio
   * @param out the character stream
   * @throws IOException if the stream fails
   */
  public void write(Portfolio portfolio, Writer out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    try (JsonGenerator g = factory.createGenerator(Objects.requireNonNull(out, "out"))) {
      write(portfolio, g);
    }
  }

  private void write(Portfolio portfolio, JsonGenerator g) throws IOException {
    if (pretty) {
      g.setPrettyPrinter(PRINTER.createInstance());
    }
    Encode.portfolio(g, portfolio);
    if (pretty) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  /**
   * Returns a summary.
   *
   * @return {@code PortfolioWriter[pretty]} or {@code PortfolioWriter[compact]}
   */
  @Override
  public String toString() {
    return pretty ? "PortfolioWriter[pretty]" : "PortfolioWriter[compact]";
  }
}
