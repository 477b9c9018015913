package io.github.attract.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractModule;
import io.github.attract.project.Project;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;

/**
 * Datasets of projects: their {@link #encoder() encoder}, and reading them from Attract JSON lines
 * or from rows of a ledger table (Parquet, CSV, any source with {@link #LEDGER_SCHEMA}'s columns).
 *
 * <pre>{@code
 * Dataset<Project> projects = ProjectDatasets.fromJsonLines(spark, "ledger/projects.jsonl");
 * Dataset<Project> same = ProjectDatasets.fromLedger(
 *     spark.read().schema(ProjectDatasets.LEDGER_SCHEMA).parquet("ledger/projects.parquet"));
 * }</pre>
 *
 * <p><b>Encoding.</b> A project is stored in a Dataset as one binary column holding its Attract
 * JSON text in UTF-8: the project object of attract-json's format (FORMAT.md), written and read by
 * {@link AttractModule}, so every figure round-trips exactly. The encoder is Spark's transforming
 * encoder over a binary column, the mechanism behind {@link Encoders#kryo}, with Attract's format
 * in place of Kryo's. Kryo is not used: its field-by-field copies of Guava's immutable collections
 * and hash-ordered sets are not stable across JVMs.
 *
 * <p>Reading is strict: the first line or row that is not a valid project fails the job with a
 * message naming it. To report every bad record at once, check first with {@link
 * #jsonLineViolations} or {@link #ledgerViolations}, which return one message per bad record and
 * drop none. Immutable and thread-safe.
 */
public final class ProjectDatasets {
  private ProjectDatasets() {}

  /**
   * The columns of a ledger table, one row per project, every column a string (see {@link
   * LedgerRows} for the format of each).
   */
  public static final StructType LEDGER_SCHEMA = LedgerRows.SCHEMA;

  private static final Encoder<Project> ENCODER =
      new AgnosticEncoders.TransformingEncoder<Project, byte[]>(
          ClassTag$.MODULE$.apply(Project.class),
          AgnosticEncoders.BinaryEncoder$.MODULE$,
          new JsonCodecProvider(),
          false);

  /**
   * Returns the encoder of projects: one binary column of Attract JSON.
   *
   * @return the encoder
   */
  public static Encoder<Project> encoder() {
    return ENCODER;
  }

  /**
   * Reads projects from text files of Attract JSON lines: one project object per line, as {@link
   * #toJson} writes. Blank lines are skipped.
   *
   * @param spark the session
   * @param path the file or directory, as Spark's text reader takes it
   * @return the projects, one per line
   */
  public static Dataset<Project> fromJsonLines(SparkSession spark, String path) {
    return fromJsonLines(spark.read().textFile(path));
  }

  /**
   * Reads projects from lines of Attract JSON, one project object per line. Blank lines are
   * skipped; a line that is not a valid project fails the job with the line and the reason.
   *
   * @param lines the lines
   * @return the projects
   */
  public static Dataset<Project> fromJsonLines(Dataset<String> lines) {
    return lines
        .filter((FilterFunction<String>) l -> !l.isBlank())
        .map((MapFunction<String, Project>) ProjectDatasets::fromJson, ENCODER);
  }

  /**
   * Reads projects from rows with the columns of {@link #LEDGER_SCHEMA}, e.g. from Parquet or CSV
   * read with that schema. A row that is not a valid project fails the job with its id, the column
   * and the reason.
   *
   * @param rows the rows; extra columns are ignored
   * @return the projects, one per row
   */
  public static Dataset<Project> fromLedger(Dataset<Row> rows) {
    LedgerRows.checkColumns(rows.schema());
    return rows.map((MapFunction<Row, Project>) LedgerRows::project, ENCODER);
  }

  /**
   * Checks lines of Attract JSON without reading them into projects: every line that {@link
   * #fromJsonLines(Dataset)} would fail on gives one message, so a job can report every bad line at
   * once before reading. Lines in = projects read + messages + blank lines.
   *
   * @param lines the lines
   * @return one message per invalid line, e.g. {@code "Project JSON '{...}' is not a valid project:
   *     ..."}
   */
  public static Dataset<String> jsonLineViolations(Dataset<String> lines) {
    return lines.flatMap(
        (FlatMapFunction<String, String>)
            l -> violation(() -> l.isBlank() ? null : fromJson(l)).iterator(),
        Encoders.STRING());
  }

  /**
   * Checks ledger rows without reading them into projects: every row that {@link
   * #fromLedger(Dataset)} would fail on gives one message naming its id and column, so a job can
   * report every bad row at once before reading. Rows in = projects read + messages.
   *
   * @param rows the rows, with the columns of {@link #LEDGER_SCHEMA}
   * @return one message per invalid row, e.g. {@code "Ledger row 'p-9' column 'total_investment' is
   *     not valid: ..."}
   * @throws IllegalArgumentException if a column is missing
   */
  public static Dataset<String> ledgerViolations(Dataset<Row> rows) {
    LedgerRows.checkColumns(rows.schema());
    return rows.flatMap(
        (FlatMapFunction<Row, String>) r -> violation(() -> LedgerRows.project(r)).iterator(),
        Encoders.STRING());
  }

  private static List<String> violation(Supplier<@Nullable Project> read) {
    try {
      var unused = read.get(); // read only to learn whether it fails
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Returns a project as one line of Attract JSON.
   *
   * @param project the project
   * @return the JSON text, without line breaks
   */
  public static String toJson(Project project) {
    return new String(JsonCodec.write(project), StandardCharsets.UTF_8);
  }

  /**
   * Reads a project from its Attract JSON text.
   *
   * @param json the JSON text of one project
   * @return the project
   * @throws IllegalArgumentException if the text is not a valid project, naming the start of the
   *     text and the reason
   */
  public static Project fromJson(String json) {
    return JsonCodec.read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Attract JSON in and out of a binary column. */
  private static final class JsonCodec implements Codec<Project, byte[]> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER =
        new ObjectMapper().registerModule(new AttractModule());

    @Override
    public byte[] encode(Project project) {
      return write(project);
    }

    @Override
    public Project decode(byte[] json) {
      return read(json);
    }

    static byte[] write(Project project) {
      try {
        return MAPPER.writeValueAsBytes(project);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Project read(byte[] json) {
      try {
        return MAPPER.readValue(json, Project.class);
      } catch (IOException | RuntimeException e) {
        String text = new String(json, StandardCharsets.UTF_8);
        throw new IllegalArgumentException(
            "Project JSON '"
                + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
                + "' is not a valid project: "
                + e.getMessage(),
            e);
      }
    }
  }

  /** Makes the codec on each executor. */
  private static final class JsonCodecProvider
      extends AbstractFunction0<Codec<? super Project, byte[]>> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Codec<? super Project, byte[]> apply() {
      return new JsonCodec();
    }
  }
}
