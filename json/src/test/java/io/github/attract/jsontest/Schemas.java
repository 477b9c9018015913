package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates documents with a real JSON Schema validator (networknt). */
final class Schemas {
  private static final String OC4IDS =
      "https://standard.open-contracting.org/infrastructure/schema/0__9__5/";

  private static final SchemaRegistry PORTFOLIO_REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final SchemaRegistry OC4IDS_REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_4,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(OC4IDS, "classpath:oc4ids/")));

  static final Schema PORTFOLIO =
      PORTFOLIO_REGISTRY.getSchema(
          SchemaLocation.of("classpath:io/github/attract/json/portfolio.schema.json"));
  static final Schema OC4IDS_PROJECT =
      OC4IDS_REGISTRY.getSchema(SchemaLocation.of(OC4IDS + "project-schema.json"));
  static final Schema OC4IDS_PACKAGE =
      OC4IDS_REGISTRY.getSchema(SchemaLocation.of(OC4IDS + "project-package-schema.json"));

  private Schemas() {}

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static void assertValid(Schema schema, String json) {
    assertThat(errors(schema, json)).as("schema errors of %s", json).isEmpty();
  }
}
