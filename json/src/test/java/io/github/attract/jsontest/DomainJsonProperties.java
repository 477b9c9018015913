package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractModule;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.Target;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The format's laws over the shared domain generators ({@link DomainGens}): whole portfolios with
 * promotion work, several currencies and amounts beyond {@code long}.
 */
class DomainJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AttractModule());

  @SuppressWarnings("unchecked")
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(
          DomainGens.portfolios(),
          DomainGens.multiCurrencyPortfolios(),
          DomainGens.portfoliosWithHugeAmounts());

  @Test
  void readOfWriteIsTheIdentityAndTheTextIsStable() {
    Property.forAll(PORTFOLIOS)
        .tries(200)
        .check(
            p -> {
              String json = PortfolioJson.writer().write(p);
              Portfolio back = PortfolioJson.reader().read(json);
              assertThat(back).isEqualTo(p);
              assertThat(PortfolioJson.writer().write(back)).isEqualTo(json);
              PortfolioReadResult lenient = PortfolioJson.reader().readLenient(json);
              assertThat(lenient.portfolio()).isEqualTo(p);
              assertThat(lenient.isClean()).isTrue();
              assertThat(lenient.recordsRead()).isEqualTo(JsonProperties.records(p));
            });
  }

  @Test
  void everyWrittenDocumentValidatesAgainstTheSchemas() {
    OffsetDateTime published = OffsetDateTime.parse("2023-04-24T00:00:00Z");
    Property.forAll(PORTFOLIOS)
        .tries(60)
        .check(
            p -> {
              Schemas.assertValid(Schemas.PORTFOLIO, PortfolioJson.writer().write(p));
              if (!p.projects().isEmpty()) {
                Schemas.assertValid(
                    Schemas.OC4IDS_PACKAGE, Oc4ids.exporter().exportPackage(p, published));
              }
            });
  }

  @Test
  void recordsRoundTripThroughTheModule() {
    Property.forAll(DomainGens.projects(), DomainGens.activities(), DomainGens.signings())
        .tries(300)
        .check(
            (project, activity, signing) -> {
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(project), Project.class))
                  .isEqualTo(project);
              assertThat(
                      MAPPER.readValue(
                          MAPPER.writeValueAsString(activity), PromotionActivity.class))
                  .isEqualTo(activity);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(signing), Signing.class))
                  .isEqualTo(signing);
            });
    Property.forAll(DomainGens.targets(), DomainGens.reportedFigures())
        .tries(300)
        .check(
            (target, figure) -> {
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(target), Target.class))
                  .isEqualTo(target);
              assertThat(MAPPER.readValue(MAPPER.writeValueAsString(figure), ReportedFigure.class))
                  .isEqualTo(figure);
            });
  }
}
