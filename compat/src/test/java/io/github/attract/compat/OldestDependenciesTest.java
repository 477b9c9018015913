package io.github.attract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.PortfolioJson;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.ProjectId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Property;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Attract used as an application would use it, with the oldest Jackson and Guava the README states
 * as supported on the class path. The first test proves the pins took effect, so that the rest
 * cannot pass against newer jars by accident.
 */
class OldestDependenciesTest {

  @Test
  void theClassPathHoldsTheOldestSupportedVersions() throws IOException {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("jackson.oldest.version"));
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("jackson.oldest.version"));
    assertThat(mavenVersion("com.google.guava", "guava", ImmutableList.class))
        .isEqualTo(System.getProperty("guava.oldest.version"));
  }

  @Test
  void portfoliosRoundTripAndAggregate() {
    Property.forAll(DomainGens.portfolios())
        .tries(200)
        .check(
            portfolio -> {
              String json = PortfolioJson.writer().write(portfolio);
              Portfolio read = PortfolioJson.reader().read(json);
              assertThat(read).isEqualTo(portfolio);
              assertThat(PortfolioJson.reader().readLenient(json).isClean()).isTrue();
              Breakdown<IndustryId> byIndustry =
                  Aggregation.over(read)
                      .by(Dimensions.industry(1))
                      .measuring(Measures.count(), Measures.totalInvestment())
                      .run();
              assertThat(byIndustry.total().count()).isEqualTo(read.projects().size());
            });
  }

  @Test
  void theJacksonModuleRegistersThroughTheServiceLoader() throws Exception {
    Portfolio portfolio = DomainGens.portfolios(1, 3).sample(7L);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String json = mapper.writeValueAsString(portfolio);
    assertThat(mapper.readValue(json, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void oc4idsExportImportsBack() throws AttractJsonException {
    Portfolio portfolio = DomainGens.portfolios(1, 3).sample(11L);
    String exported =
        Oc4ids.exporter()
            .exportPackage(portfolio, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(exported).contains("\"projects\"");
    for (var project : portfolio.projects()) {
      ProjectId id = project.id();
      assertThat(Oc4ids.exporter().exportProject(portfolio, id)).contains(id.value());
    }
  }

  private static String mavenVersion(String group, String artifact, Class<?> from)
      throws IOException {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = from.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }
}
