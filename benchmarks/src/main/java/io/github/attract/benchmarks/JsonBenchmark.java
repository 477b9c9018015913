package io.github.attract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
 * Writing and reading a whole portfolio as JSON. The peer is plain Jackson data binding on the
 * equivalent plain objects ({@link PojoProject}: field access, annotated constructors, ISO dates,
 * amounts as JSON numbers). Writes go to a stream that only counts bytes, so that both sides
 * measure serialization rather than buffer growth; reads parse a byte array made in set-up. The
 * set-up checks that what is read back answers {@link Question} exactly as the oracle does.
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
