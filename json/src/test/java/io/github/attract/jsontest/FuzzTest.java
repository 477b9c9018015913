package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsExporter;
import io.github.attract.json.Oc4idsImport;
import io.github.attract.json.Oc4idsImporter;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.PortfolioReader;
import io.github.attract.json.ReadWarning;
import io.github.attract.json.RejectedRecord;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the portfolio readers and the OC4IDS importer, with a fixed seed: whatever
 * the input, they return a result or throw {@link AttractJsonException} with a JSON Pointer,
 * nothing else (no NullPointerException, no ArithmeticException, no OutOfMemoryError). A longer run
 * is {@code json/fuzz.sh}, which sets {@code -Dattract.fuzz.tries} and {@code -Dattract.fuzz.seed}.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("attract.fuzz.seed", 16L);
  private static final int TRIES = Integer.getInteger("attract.fuzz.tries", 2000);
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-04-24T09:00:00+08:00");
  private static final Oc4idsExporter EXPORTER =
      Oc4ids.exporter()
          .withProjectIdPrefix("oc4ids-abc123-")
          .withOffset(ZoneOffset.ofHours(8))
          .withPublicAuthority("sys-bureau", "Shuangyashan Investment Promotion Bureau");

  /** An OC4IDS 0.9.1-era project as real publishers write it: no extension, older fields. */
  static final String OLDER_PROJECT =
      "{\"id\":\"oc4ids-nl-0001\",\"title\":\"Hospital\",\"status\":\"implementation\","
          + "\"updated\":\"2019-06-01T00:00:00Z\",\"sector\":[\"health\"],"
          + "\"locations\":[{\"id\":\"nuevo-leon\",\"description\":\"Monterrey\","
          + "\"address\":{\"locality\":\"Monterrey\",\"region\":\"Nuevo León\"}}],"
          + "\"budget\":{\"amount\":{\"amount\":120000000.5,\"currency\":\"MXN\"}},"
          + "\"completion\":{\"endDate\":\"2020-12-31T00:00:00Z\",\"finalValue\":"
          + "{\"amount\":130000000,\"currency\":\"MXN\"}},"
          + "\"additionalClassifications\":[{\"scheme\":\"sector\",\"id\":\"health\"}],"
          + "\"parties\":[{\"id\":\"p1\",\"name\":\"Builder\",\"roles\":[\"funder\"]}],"
          + "\"milestones\":[{\"id\":\"m1\",\"code\":\"commencement\",\"status\":\"met\","
          + "\"dateMet\":\"2019-01-15\"}],"
          + "\"forecasts\":[{\"id\":\"jobs\",\"observations\":[{\"measure\":300}]}]}";

  private static List<String> oc4idsProjects() {
    Portfolio p = Samples.portfolio();
    List<String> out = new ArrayList<>();
    for (Project project : p.projects()) {
      out.add(EXPORTER.exportProject(p, project.id()));
    }
    out.add(OLDER_PROJECT);
    return out;
  }

  @Test
  void theImporterOnlyThrowsItsDocumentedException() {
    List<Mutator> projects = oc4idsProjects().stream().map(Mutator::new).toList();
    Oc4idsImporter bare = Oc4ids.importer();
    Oc4idsImporter defaults =
        Oc4ids.importer()
            .withDefaultLocation(Samples.SYS)
            .withDefaultIndustry(IndustryId.of("energy"));
    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .seed(SEED)
        .tries(TRIES)
        .check(
            seed -> {
              String json = projects.get(Math.floorMod(seed, projects.size())).mutant(seed);
              importOrFailWithPointer(seed % 2 == 0 ? bare : defaults, json, false);
            });
  }

  @Test
  void theImporterOfPackagesOnlyThrowsItsDocumentedException() {
    List<Mutator> packages =
        List.of(
            new Mutator(Schemas.text("/oc4ids/example.json")),
            new Mutator(EXPORTER.exportPackage(Samples.portfolio(), PUBLISHED)));
    Oc4idsImporter importer = Oc4ids.importer().withDefaultIndustry(IndustryId.of("energy"));
    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .seed(SEED)
        .tries(TRIES / 2)
        .check(
            seed ->
                importOrFailWithPointer(
                    importer, packages.get(Math.floorMod(seed, 2)).mutant(seed), true));
  }

  private static void importOrFailWithPointer(Oc4idsImporter importer, String json, boolean pkg) {
    try {
      List<Oc4idsImport> imported =
          pkg ? importer.importPackage(json) : List.of(importer.importProject(json));
      for (Oc4idsImport i : imported) {
        assertThat(i.notes()).allSatisfy(n -> assertThat(n.pointer()).isNotNull());
      }
    } catch (AttractJsonException e) {
      assertThat(e.pointer()).isNotNull();
      assertThat(e.reason()).isNotBlank();
    }
  }

  private static List<Mutator> portfolios() {
    return List.of(
        new Mutator(PortfolioJson.writer().write(Samples.portfolio())),
        new Mutator(PortfolioJson.writer().write(new RandomPortfolios(7).portfolio(3))));
  }

  @Test
  void theStrictReaderOnlyThrowsItsDocumentedException() {
    List<Mutator> documents = portfolios();
    PortfolioReader reader = PortfolioJson.reader();
    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .seed(SEED)
        .tries(TRIES)
        .check(
            seed -> {
              String json = documents.get(Math.floorMod(seed, 2)).mutant(seed);
              try {
                assertThat(reader.read(json)).isNotNull();
              } catch (AttractJsonException e) {
                assertThat(e.pointer()).isNotNull();
                assertThat(e.reason()).isNotBlank();
              }
            });
  }

  @Test
  void theLenientReaderAccountsForEveryRecordOrThrowsItsDocumentedException() {
    List<Mutator> documents = portfolios();
    PortfolioReader reader = PortfolioJson.reader().withMaxWarnings(3);
    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .seed(SEED)
        .tries(TRIES)
        .check(
            seed -> {
              String json = documents.get(Math.floorMod(seed, 2)).mutant(seed);
              try {
                PortfolioReadResult r = reader.readLenient(json);
                assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(r.recordsRead());
                assertThat(r.warnings()).hasSizeLessThanOrEqualTo(3);
                assertThat(r.warningCount()).isGreaterThanOrEqualTo(r.warnings().size());
                assertThat(r.rejected())
                    .extracting(RejectedRecord::problemPointer)
                    .doesNotContainNull();
                assertThat(r.warnings()).extracting(ReadWarning::pointer).doesNotContainNull();
              } catch (AttractJsonException e) {
                assertThat(e.pointer()).isNotNull();
                assertThat(e.reason()).isNotBlank();
              }
            });
  }
}
