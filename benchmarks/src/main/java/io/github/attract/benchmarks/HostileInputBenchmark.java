package io.github.attract.benchmarks;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsImporter;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReader;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
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
 * Reading documents shaped as an attacker would shape them, at n = 1 k, 4 k and 16 k elements: n
 * investors in one group chain (strict read, which checks group cycles), the same chain without its
 * top investor (lenient read, which rejects them all), n industries in one parent chain whose root
 * is missing (lenient read, which rejects them all), n unknown keys (lenient read, which caps its
 * warnings) and an OC4IDS project with n unknown keys (import, which notes each). Each check must
 * be linear: the score divided by n, the time per element, should stay about the same as n grows
 * four-fold. These shapes once took cubic or quadratic time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HostileInputBenchmark {
  /** One document of one shape and size. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH sets the fields up before any benchmark method runs
  public static class Input {
    /** The number of elements: investors, industries or keys. */
    @Param({"1000", "4000", "16000"})
    public int n;

    String investorChain;
    String brokenInvestorChain;
    String industryChain;
    String unknownKeys;
    String oc4idsUnknownKeys;
    PortfolioReader reader;
    Oc4idsImporter importer;

    /** Builds the documents. */
    @Setup(Level.Trial)
    public void setUp() {
      investorChain = investorChain(n);
      brokenInvestorChain =
          investorChain(n + 1).replace(",{\"id\":\"i" + n + "\",\"name\":\"I\"}", "");
      industryChain = orphanedIndustryChain(n);
      unknownKeys = unknownKeys("{\"formatVersion\":\"1.0\"", n);
      oc4idsUnknownKeys = unknownKeys("{\"id\":\"p-1\",\"title\":\"P\"", n);
      reader = PortfolioJson.reader();
      importer =
          Oc4ids.importer()
              .withDefaultLocation(RegionId.of("r"))
              .withDefaultIndustry(IndustryId.of("i"));
    }
  }

  /**
   * Reads n investors in one group chain, strictly.
   *
   * @param in the input
   * @return the number of investors read
   * @throws AttractJsonException never: the document is valid
   */
  @Benchmark
  public int investorChain(Input in) throws AttractJsonException {
    return in.reader.read(in.investorChain).investors().size();
  }

  /**
   * Reads n investors whose chain of groups has no top, leniently: every one is rejected.
   *
   * @param in the input
   * @return the number of rejected records
   * @throws AttractJsonException never: the document as a whole is good
   */
  @Benchmark
  public int brokenInvestorChain(Input in) throws AttractJsonException {
    return in.reader.readLenient(in.brokenInvestorChain).rejected().size();
  }

  /**
   * Reads n industries whose chain has no root, leniently: every one is rejected.
   *
   * @param in the input
   * @return the number of rejected records
   * @throws AttractJsonException never: the document as a whole is good
   */
  @Benchmark
  public int industryChain(Input in) throws AttractJsonException {
    return in.reader.readLenient(in.industryChain).rejected().size();
  }

  /**
   * Reads a document of n unknown keys, leniently.
   *
   * @param in the input
   * @return the number of warnings counted
   * @throws AttractJsonException never: the document as a whole is good
   */
  @Benchmark
  public long unknownKeys(Input in) throws AttractJsonException {
    return in.reader.readLenient(in.unknownKeys).warningCount();
  }

  /**
   * Imports an OC4IDS project with n unknown keys.
   *
   * @param in the input
   * @return the number of notes
   * @throws AttractJsonException never: the project has an id, and defaults for the rest
   */
  @Benchmark
  public int oc4idsUnknownKeys(Input in) throws AttractJsonException {
    return in.importer.importProject(in.oc4idsUnknownKeys).notes().size();
  }

  /** A valid portfolio document of n investors, each in the group of the next. */
  static String investorChain(int n) {
    StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"investors\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"i").append(i).append("\",\"name\":\"I\"");
      if (i + 1 < n) {
        json.append(",\"group\":\"i").append(i + 1).append('"');
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  /**
   * A portfolio document of n industries, each the parent of the one before; the last is missing.
   */
  static String orphanedIndustryChain(int n) {
    StringBuilder json =
        new StringBuilder(
            "{\"formatVersion\":\"1.0\",\"industryTaxonomy\":{\"scheme\":\"s\",\"industries\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"d").append(i).append("\",\"name\":\"D\"");
      json.append(",\"parent\":\"d").append(i + 1).append("\"}");
    }
    return json.append("]}}").toString();
  }

  /** A JSON object that starts with {@code head} and goes on with n unknown keys. */
  static String unknownKeys(String head, int n) {
    StringBuilder json = new StringBuilder(head);
    for (int i = 0; i < n; i++) {
      json.append(",\"k").append(i).append("\":").append(i);
    }
    return json.append('}').toString();
  }
}
