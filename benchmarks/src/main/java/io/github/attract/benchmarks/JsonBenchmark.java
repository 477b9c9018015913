package io.github.attract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReader;
import io.github.attract.json.PortfolioWriter;
import io.github.attract.portfolio.Portfolio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing and reading a whole portfolio as JSON: attract-json's documented format ({@code
 * PortfolioJson}, compact: money as exact text with its currency, validation on read) against plain
 * Jackson data binding on the equivalent plain objects ({@link PojoProject}: field access,
 * annotated constructors, ISO dates, amounts as JSON numbers). Writes go to a stream that only
 * counts bytes, so that both sides measure serialization rather than buffer growth; reads parse a
 * byte array made in set-up. The set-up checks that what is read back answers {@link Question}
 * exactly as the oracle does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {
  /** The plain objects and their JSON. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class JacksonData {
    /** The number of projects. */
    @Param({"100000"})
    public int size;

    ObjectMapper mapper;
    PojoProject[] projects;
    byte[] json;

    /**
     * Builds the objects, writes them once and checks that reading them back loses nothing.
     *
     * @throws IOException if Jackson fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      SyntheticPortfolio data = Trials.data(size);
      projects = PojoProject.of(data);
      mapper = mapper();
      json = mapper.writeValueAsBytes(projects);
      System.out.println(
          "# setup: plain Jackson JSON: " + json.length / size + " bytes per project");
      PojoProject[] back = mapper.readValue(json, PojoProject[].class);
      Trials.verify(
          Oracle.of(data),
          HandLoops.overObjects(back, SyntheticPortfolio.level1Table()),
          "jacksonRead");
      Trials.settle();
    }
  }

  /** The Attract portfolio and its attract-json document. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class AttractData {
    /** The number of projects. */
    @Param({"100000"})
    public int size;

    Portfolio portfolio;
    PortfolioWriter writer;
    PortfolioReader reader;
    byte[] json;

    /**
     * Builds the portfolio, writes it once and checks that reading it back loses nothing.
     *
     * @throws IOException if writing fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      SyntheticPortfolio data = Trials.data(size);
      portfolio = AttractPortfolios.of(data);
      // Compact, like the Jackson peer's output: indentation is not what is being compared.
      writer = PortfolioJson.writer().withPrettyPrint(false);
      reader = PortfolioJson.reader();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(portfolio, out);
      json = out.toByteArray();
      System.out.println("# setup: attract-json: " + json.length / size + " bytes per project");
      Portfolio back = reader.read(json);
      Trials.verify(
          Oracle.of(data),
          AttractBreakdown.toBreakdown(AttractBreakdown.run(back, false)),
          "attractJsonRead");
      Trials.settle();
    }
  }

  /**
   * Returns the Jackson mapper of the plain objects: java.time as ISO-8601 text.
   *
   * @return a new mapper
   */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /**
   * Plain Jackson: writes every project.
   *
   * @param s the objects
   * @return the number of bytes written
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public long jacksonWrite(JacksonData s) throws IOException {
    CountingStream out = new CountingStream();
    s.mapper.writeValue(out, s.projects);
    return out.count;
  }

  /**
   * Plain Jackson: reads every project.
   *
   * @param s the JSON
   * @return the projects
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public PojoProject[] jacksonRead(JacksonData s) throws IOException {
    return s.mapper.readValue(s.json, PojoProject[].class);
  }

  /**
   * attract-json: writes the whole portfolio (taxonomy, regions, investors and projects).
   *
   * @param s the portfolio
   * @return the number of bytes written
   * @throws IOException if writing fails
   */
  @Benchmark
  public long attractJsonWrite(AttractData s) throws IOException {
    CountingStream out = new CountingStream();
    s.writer.write(s.portfolio, out);
    return out.count;
  }

  /**
   * attract-json: reads and validates the whole portfolio.
   *
   * @param s the document
   * @return the portfolio
   * @throws IOException if the document is not a valid portfolio
   */
  @Benchmark
  public Portfolio attractJsonRead(AttractData s) throws IOException {
    return s.reader.read(s.json);
  }

  /** An output stream that keeps nothing and counts the bytes. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
