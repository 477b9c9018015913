package io.github.attract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.attract.portfolio.Portfolio;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Objects;

/**
 * Reads portfolio documents (see {@code FORMAT.md}), strictly or leniently, within limits on the
 * size of the input.
 *
 * <pre>{@code
 * PortfolioReader reader = PortfolioJson.reader().withMaxDocumentLength(100_000_000L);
 * Portfolio strict = reader.read(Path.of("shuangyashan-2023.json"));
 * PortfolioReadResult lenient = reader.readLenient(Path.of("ledger-export.json"));
 * }</pre>
 *
 * <p><b>Strict</b> reading ({@code read}) returns a valid portfolio or fails on the first problem
 * with an {@link AttractJsonException} that carries the JSON Pointer of the bad value and the
 * reason: malformed JSON, a duplicate key, a wrong type, a value that breaks a rule of the domain,
 * an unknown property, an unresolved reference or a duplicate id (pointing at the record), an
 * unsupported {@code formatVersion}, or input beyond a limit.
 *
 * <p><b>Lenient</b> reading ({@code readLenient}) reads each record (each element of a top-level
 * array, and each industry) on its own: it returns the portfolio of the good records plus every
 * rejected record with its pointer, reason and JSON; unknown properties are ignored and listed as
 * warnings (the first {@value #DEFAULT_MAX_WARNINGS} are kept, all are counted; see {@link
 * #withMaxWarnings}); records whose references do not resolve, and later records that repeat an id,
 * are rejected too. Only problems of the document as a whole still throw: malformed JSON, input
 * beyond a limit, a missing or unsupported {@code formatVersion}, a top-level section of the wrong
 * type, a missing or bad taxonomy scheme.
 *
 * <p><b>Limits</b> (Jackson's {@link StreamReadConstraints}, checked while parsing): nesting depth
 * {@value #DEFAULT_MAX_NESTING_DEPTH}, string length {@value #DEFAULT_MAX_STRING_LENGTH}
 * characters, number length {@value #DEFAULT_MAX_NUMBER_LENGTH} characters (also applied to the
 * decimal strings of amounts and quantities), property name length {@value
 * #DEFAULT_MAX_NAME_LENGTH} characters, document length {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes
 * or characters. Duplicate keys are always rejected, and nothing in the input chooses a Java type:
 * there is no polymorphic or default typing.
 *
 * <p>Immutable and thread-safe; the {@code withX} methods return copies.
 */
public final class PortfolioReader {
  /** The default greatest nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default longest number, in characters; also the longest decimal string of an amount. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default longest property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** The default longest document, in bytes (or characters for text input): 2 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 2_147_483_648L;

  /** The default number of warnings a lenient read keeps; it counts the rest. */
  public static final int DEFAULT_MAX_WARNINGS = 1_000;

  private static final PortfolioReader DEFAULT =
      new PortfolioReader(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_WARNINGS);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final long maxDocumentLength;
  private final int maxWarnings;
  private final JsonFactory factory;
  private final ObjectMapper trees;

  private PortfolioReader(
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      long maxDocumentLength,
      int maxWarnings) {
    this.maxNestingDepth = maxNestingDepth;
    this.maxWarnings = maxWarnings;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    this.maxDocumentLength = maxDocumentLength;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(maxNumberLength)
                    .maxNameLength(maxNameLength)
                    .maxDocumentLength(maxDocumentLength)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.trees =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /** Returns the reader with the default limits. */
  static PortfolioReader defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy with another limit on the nesting depth of objects and arrays.
   *
   * @param depth the greatest depth, at least 1
   * @return the reader
   * @throws IllegalArgumentException if the depth is below 1
   */
  public PortfolioReader withMaxNestingDepth(int depth) {
    positive("maxNestingDepth", depth);
    return new PortfolioReader(
        depth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength, maxWarnings);
  }

  /**
   * Returns a copy with another limit on the length of string values.
   *
   * @param length the longest string in characters, at least 1
   * @return the reader
   * @throws IllegalArgumentException if the length is below 1
   */
  public PortfolioReader withMaxStringLength(int length) {
    positive("maxStringLength", length);
    return new PortfolioReader(
        maxNestingDepth, length, maxNumberLength, maxNameLength, maxDocumentLength, maxWarnings);
  }

  /**
   * Returns a copy with another limit on the length of numbers and of the decimal strings of
   * amounts and quantities.
   *
   * @param length the longest number in characters, at least 1
   * @return the reader
   * @throws IllegalArgumentException if the length is below 1
   */
  public PortfolioReader withMaxNumberLength(int length) {
    positive("maxNumberLength", length);
    return new PortfolioReader(
        maxNestingDepth, maxStringLength, length, maxNameLength, maxDocumentLength, maxWarnings);
  }

  /**
   * Returns a copy with another limit on the length of property names.
   *
   * @param length the longest name in characters, at least 1
   * @return the reader
   * @throws IllegalArgumentException if the length is below 1
   */
  public PortfolioReader withMaxNameLength(int length) {
    positive("maxNameLength", length);
    return new PortfolioReader(
        maxNestingDepth, maxStringLength, maxNumberLength, length, maxDocumentLength, maxWarnings);
  }

  /**
   * Returns a copy with another limit on the length of a document.
   *
   * @param length the longest document in bytes (characters for text input), at least 1
   * @return the reader
   * @throws IllegalArgumentException if the length is below 1
   */
  public PortfolioReader withMaxDocumentLength(long length) {
    if (length < 1) {
      throw new IllegalArgumentException(
          "Portfolio reader 'maxDocumentLength' must be at least 1, but was " + length);
    }
    return new PortfolioReader(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, length, maxWarnings);
  }

  /**
   * Returns a copy that keeps another number of warnings in a lenient read. Warnings beyond it are
   * counted ({@link PortfolioReadResult#warningCount()}) but not kept, so that a document full of
   * unknown keys cannot fill the heap with warnings.
   *
   * @param count the most warnings to keep, at least 0
   * @return the reader
   * @throws IllegalArgumentException if the count is negative
   */
  public PortfolioReader withMaxWarnings(int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Portfolio reader 'maxWarnings' must be at least 0, but was " + count);
    }
    return new PortfolioReader(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength, count);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "Portfolio reader '" + name + "' must be at least 1, but was " + value);
    }
  }

  /**
   * Returns the limit on nesting depth.
   *
   * @return the greatest depth of objects and arrays
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the limit on string length.
   *
   * @return the longest string in characters
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the limit on number length.
   *
   * @return the longest number or decimal string in characters
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the limit on property name length.
   *
   * @return the longest name in characters
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the limit on document length.
   *
   * @return the longest document in bytes or characters
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the number of warnings a lenient read keeps.
   *
   * @return the most warnings kept; the rest are counted
   */
  public int maxWarnings() {
    return maxWarnings;
  }

  // ----------------------------------------------------------------- strict

  /**
   * Reads a portfolio document from a file, strictly.
   *
   * @param path the file, UTF-8 (or UTF-16/32 with a byte order mark)
   * @return the portfolio
   * @throws AttractJsonException if the document is bad; its pointer says where
   * @throws IOException if the file cannot be read
   */
  public Portfolio read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads a portfolio document from a stream, strictly. The stream is not closed.
   *
   * @param in the stream
   * @return the portfolio
   * @throws AttractJsonException if the document is bad; its pointer says where
   * @throws IOException if the stream cannot be read
   */
  public Portfolio read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return run(() -> factory.createParser(in), this::strict, false);
  }

  /**
   * Reads a portfolio document from a character stream, strictly. The stream is not closed.
   *
   * @param in the character stream
   * @return the portfolio
   * @throws AttractJsonException if the document is bad; its pointer says where
   * @throws IOException if the stream cannot be read
   */
  public Portfolio read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return run(() -> factory.createParser(in), this::strict, false);
  }

  /**
   * Reads a portfolio document from a text, strictly.
   *
   * @param json the JSON text
   * @return the portfolio
   * @throws AttractJsonException if the document is bad; its pointer says where
   */
  public Portfolio read(String json) throws AttractJsonException {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> run(() -> factory.createParser(json), this::strict, true));
  }

  /**
   * Reads a portfolio document from bytes, strictly.
   *
   * @param json the JSON bytes, UTF-8 (or UTF-16/32 with a byte order mark)
   * @return the portfolio
   * @throws AttractJsonException if the document is bad; its pointer says where
   */
  public Portfolio read(byte[] json) throws AttractJsonException {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> run(() -> factory.createParser(json), this::strict, true));
  }

  // ---------------------------------------------------------------- lenient

  /**
   * Reads a portfolio document from a file, leniently.
   *
   * @param path the file, UTF-8 (or UTF-16/32 with a byte order mark)
   * @return the good records as a portfolio, the rejected records and the warnings
   * @throws AttractJsonException if the document as a whole is bad (see the class comment)
   * @throws IOException if the file cannot be read
   */
  public PortfolioReadResult readLenient(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return readLenient(in);
    }
  }

  /**
   * Reads a portfolio document from a stream, leniently. The stream is not closed.
   *
   * @param in the stream
   * @return the good records as a portfolio, the rejected records and the warnings
   * @throws AttractJsonException if the document as a whole is bad (see the class comment)
   * @throws IOException if the stream cannot be read
   */
  public PortfolioReadResult readLenient(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return run(() -> factory.createParser(in), this::lenient, false);
  }

  /**
   * Reads a portfolio document from a text, leniently.
   *
   * @param json the JSON text
   * @return the good records as a portfolio, the rejected records and the warnings
   * @throws AttractJsonException if the document as a whole is bad (see the class comment)
   */
  public PortfolioReadResult readLenient(String json) throws AttractJsonException {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> run(() -> factory.createParser(json), this::lenient, true));
  }

  /**
   * Reads a portfolio document from bytes, leniently.
   *
   * @param json the JSON bytes
   * @return the good records as a portfolio, the rejected records and the warnings
   * @throws AttractJsonException if the document as a whole is bad (see the class comment)
   */
  public PortfolioReadResult readLenient(byte[] json) throws AttractJsonException {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> run(() -> factory.createParser(json), this::lenient, true));
  }

  // ------------------------------------------------------------------ common

  private Portfolio strict(JsonIn in) throws IOException {
    return Documents.strict(in);
  }

  private PortfolioReadResult lenient(JsonIn in) throws IOException {
    return new Documents.Lenient(trees, maxNumberLength, maxWarnings).read(in);
  }

  private interface Opener {
    JsonParser open() throws IOException;
  }

  private interface Body<T> {
    T read(JsonIn in) throws IOException;
  }

  private interface Io<T> {
    T get() throws IOException;
  }

  /** Runs a read of in-memory input, where every IOException is a problem of the input. */
  private static <T> T inMemory(Io<T> read) throws AttractJsonException {
    try {
      return read.get();
    } catch (AttractJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new AttractJsonException(JsonPointer.empty(), JsonIn.problem(e), null, e);
    }
  }

  private <T> T run(Opener opener, Body<T> body, boolean inMemory) throws IOException {
    JsonParser parser;
    try {
      parser = opener.open();
    } catch (JsonProcessingException | CharConversionException e) {
      throw new AttractJsonException(JsonPointer.empty(), JsonIn.problem(e), null, e);
    }
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    try (JsonParser p = parser) {
      JsonIn in =
          new JsonIn(p, JsonPointer.empty(), JsonIn.Unknown.FAIL, null, maxNumberLength, true);
      try {
        in.next();
        T result = body.read(in);
        Documents.end(in);
        return result;
      } catch (AttractJsonException e) {
        throw e;
      } catch (JsonProcessingException | CharConversionException e) {
        throw in.wrap(e);
      } catch (IOException e) {
        if (inMemory) {
          throw in.wrap(e);
        }
        throw e;
      } catch (IllegalArgumentException
          | IllegalStateException
          | DateTimeException
          | ArithmeticException e) {
        throw in.wrap(e);
      }
    }
  }

  /**
   * Returns a summary of the limits.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PortfolioReader[maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxWarnings="
        + maxWarnings
        + "]";
  }
}
