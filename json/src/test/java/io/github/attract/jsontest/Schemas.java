package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.attract.json.PortfolioJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Validates documents with a real JSON Schema validator (networknt). */
final class Schemas {
  private static final String OC4IDS =
      "https://standard.open-contracting.org/infrastructure/schema/0__9__5/";

  private static final SchemaRegistry PORTFOLIO_REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  // Resources of a named module are encapsulated, so the schemas are read here and handed over.
  private static final SchemaRegistry OC4IDS_REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_4,
          b ->
              b.schemas(
                  Map.of(
                      OC4IDS + "project-schema.json", text("/oc4ids/project-schema.json"),
                      OC4IDS + "project-package-schema.json",
                          text("/oc4ids/project-package-schema.json"))));

  static final Schema PORTFOLIO =
      PORTFOLIO_REGISTRY.getSchema(PortfolioJson.schema(), InputFormat.JSON);
  static final Schema OC4IDS_PROJECT =
      OC4IDS_REGISTRY.getSchema(SchemaLocation.of(OC4IDS + "project-schema.json"));
  static final Schema OC4IDS_PACKAGE =
      OC4IDS_REGISTRY.getSchema(SchemaLocation.of(OC4IDS + "project-package-schema.json"));

  static String text(String resource) {
    try (InputStream in = Objects.requireNonNull(Schemas.class.getResourceAsStream(resource))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Schemas() {}

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static void assertValid(Schema schema, String json) {
    assertThat(errors(schema, json)).as("schema errors of %s", json).isEmpty();
  }
}
