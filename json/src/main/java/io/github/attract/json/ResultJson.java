package io.github.attract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Funnel;
import io.github.attract.calc.Pivot;
import io.github.attract.calc.Rate;
import io.github.attract.calc.Shares;
import io.github.attract.calc.Totals;
import io.github.attract.portfolio.Labels;
import io.github.attract.projection.ProjectSchedule;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.TargetProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes calculation results as JSON for dashboards and reports: {@link Breakdown}, {@link Pivot},
 * {@link Shares}, {@link Funnel}, {@link Schedule}, {@link ProjectSchedule} and {@link
 * TargetProgress}, in the shapes of {@code FORMAT.md} ("Results") and its schema {@link #schema()}.
 * With {@link #withLabels labels}, every key is written with its readable name.
 *
 * <pre>{@code
 * String json = ResultJson.writer()
 *     .withLabels(Labels.chinese(portfolio))
 *     .write(byIndustry);
 * // {"result": "breakdown", "language": "zh", "dimension": "industry(level 1)", ...,
 * //  "rows": [{"key": "electric-power", "label": "电力", "count": 1,
 * //            "values": {"total-investment": ["CNY 1050000000.00"]}}, ...]}
 * ObjectMapper mapper = new ObjectMapper().registerModule(ResultJson.writer()
 *     .withLabels(labels).module());          // results inside your own JSON, with labels
 * }</pre>
 *
 * <p>Money is the exact text of the portfolio format ({@code "CNY 1050000000.00"}), sums beyond
 * {@code Long.MAX_VALUE} minor units included; totals per currency are arrays of such texts;
 * percentages and other decimals are plain decimal strings. Nothing is rounded except a {@link
 * Rate}'s {@code percent}, at the scale and with the rounding mode of {@link #withRatePercent} (two
 * places, half-even by default); its exact numerator and denominator are written too. Results are
 * written, not read: their measures and dimensions are functions, which JSON does not carry.
 * Immutable and thread-safe.
 */
public final class ResultJson {
  private static final ResultJson DEFAULT = new ResultJson(ResultEncode.UNLABELLED, true);
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The class-path resource of the JSON Schema of results. */
  public static final String SCHEMA_RESOURCE = "/io/github/attract/json/result.schema.json";

  private final ResultEncode encode;
  private final boolean pretty;

  private ResultJson(ResultEncode encode, boolean pretty) {
    this.encode = encode;
    this.pretty = pretty;
  }

  /**
   * Returns the writer without labels, with pretty output.
   *
   * @return the writer
   */
  public static ResultJson writer() {
    return DEFAULT;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the results this writer writes; every result it
   * writes validates against it.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in =
        Objects.requireNonNull(ResultJson.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE)
            .openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Returns a writer that writes every key with its label, and the labels' language.
   *
   * @param labels the names of keys
   * @return the writer
   */
  public ResultJson withLabels(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    return new ResultJson(
        new ResultEncode(labels, encode.rateScale(), encode.rateRounding()), pretty);
  }

  /**
   * Returns a writer that writes keys only.
   *
   * @return the writer
   */
  public ResultJson withoutLabels() {
    return new ResultJson(
        new ResultEncode(null, encode.rateScale(), encode.rateRounding()), pretty);
  }

  /**
   * Returns a writer that presents rates' percentages at another scale or rounding.
   *
   * @param scale the decimal places of a percentage, 0 to 10
   * @param rounding how to round it
   * @return the writer
   * @throws IllegalArgumentException if the scale is out of range
   */
  public ResultJson withRatePercent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException(
          "ResultJson rate 'scale' must be from 0 to 10, but was " + scale);
    }
    return new ResultJson(new ResultEncode(encode.labels(), scale, rounding), pretty);
  }

  /**
   * Returns a writer that indents its output or one that writes it compactly.
   *
   * @param pretty true to indent, false for compact output
   * @return the writer
   */
  public ResultJson withPrettyPrint(boolean pretty) {
    return new ResultJson(encode, pretty);
  }

  /**
   * Returns the labels this writer writes, if any.
   *
   * @return the labels, or empty
   */
  public Optional<Labels> labels() {
    return Optional.ofNullable(encode.labels());
  }

  /**
   * Writes a breakdown.
   *
   * @param breakdown the breakdown
   * @return the JSON text
   */
  public String write(Breakdown<?> breakdown) {
    Objects.requireNonNull(breakdown, "breakdown");
    return text(g -> encode.breakdown(g, breakdown));
  }

  /**
   * Writes a pivot.
   *
   * @param pivot the pivot
   * @return the JSON text
   */
  public String write(Pivot<?, ?> pivot) {
    Objects.requireNonNull(pivot, "pivot");
    return text(g -> encode.pivot(g, pivot));
  }

  /**
   * Writes shares.
   *
   * @param shares the shares
   * @return the JSON text
   */
  public String write(Shares<?> shares) {
    Objects.requireNonNull(shares, "shares");
    return text(g -> encode.shares(g, shares));
  }

  /**
   * Writes a funnel.
   *
   * @param funnel the funnel
   * @return the JSON text
   */
  public String write(Funnel funnel) {
    Objects.requireNonNull(funnel, "funnel");
    return text(g -> encode.funnel(g, funnel));
  }

  /**
   * Writes a schedule: its sums by year and month, what lies outside its window, the unscheduled
   * money by project and the total; the schedules of single projects are written with {@link
   * #write(ProjectSchedule)}.
   *
   * @param schedule the schedule
   * @return the JSON text
   */
  public String write(Schedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return text(g -> encode.schedule(g, schedule));
  }

  /**
   * Writes the schedule of one project.
   *
   * @param schedule the project's schedule
   * @return the JSON text
   */
  public String write(ProjectSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return text(g -> encode.projectSchedule(g, schedule));
  }

  /**
   * Writes the progress of a target.
   *
   * @param progress the progress
   * @return the JSON text
   */
  public String write(TargetProgress progress) {
    Objects.requireNonNull(progress, "progress");
    return text(g -> encode.targetProgress(g, progress));
  }

  /**
   * Returns a Jackson module that writes results with this writer's labels and rate presentation,
   * for results inside JSON of your own ({@code mapper.valueToTree(breakdown)}). Register it after
   * {@link AttractModule}, which writes results without labels; the module registered last wins.
   *
   * @return a new module
   */
  public Module module() {
    SimpleModule m = new SimpleModule("attract-results", PackageVersion.VERSION);
    addSerializers(m, encode);
    return m;
  }

  /** Registers the result serializers of an encoder in a module. */
  static void addSerializers(SimpleModule m, ResultEncode e) {
    m.addSerializer(new Codecs.Serializer<Breakdown<?>>(type(Breakdown.class), e::breakdown));
    m.addSerializer(new Codecs.Serializer<Pivot<?, ?>>(type(Pivot.class), e::pivot));
    m.addSerializer(new Codecs.Serializer<Shares<?>>(type(Shares.class), e::shares));
    m.addSerializer(new Codecs.Serializer<>(Funnel.class, e::funnel));
    m.addSerializer(new Codecs.Serializer<>(Rate.class, e::rate));
    m.addSerializer(new Codecs.Serializer<>(Totals.class, e::totals));
    m.addSerializer(new Codecs.Serializer<>(Schedule.class, e::schedule));
    m.addSerializer(new Codecs.Serializer<>(ProjectSchedule.class, e::projectSchedule));
    m.addSerializer(new Codecs.Serializer<>(TargetProgress.class, e::targetProgress));
  }

  /** Views the class of a generic result type as the class of its wildcard type. */
  @SuppressWarnings("unchecked")
  private static <T> Class<T> type(Class<?> raw) {
    return (Class<T>) raw;
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private String text(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(body, out);
    } catch (IOException e) {
      throw new UncheckedIOException("A StringWriter does not fail", e);
    }
    return out.toString();
  }

  private void write(Body body, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(PRINTER.createInstance());
      }
      body.write(g);
      if (pretty) {
        g.writeRaw('\n');
      }
      g.flush();
    }
  }

  /**
   * Returns a summary.
   *
   * @return e.g. {@code "ResultJson[pretty, Labels[zh, 12 names]]"}
   */
  @Override
  public String toString() {
    Labels l = encode.labels();
    return "ResultJson["
        + (pretty ? "pretty" : "compact")
        + (l == null ? ", unlabelled" : ", " + l)
        + ", rates at "
        + encode.rateScale()
        + " "
        + encode.rateRounding()
        + "]";
  }
}
