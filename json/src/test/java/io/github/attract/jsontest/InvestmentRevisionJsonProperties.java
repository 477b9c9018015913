package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.json.PortfolioJson;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import org.junit.jupiter.api.Test;

/**
 * The JSON round-trip law over the shared domain generators, whose projects carry revisions of
 * their total investment about one time in three: reading what was written gives the same value,
 * and writing it again gives the same text.
 */
class InvestmentRevisionJsonProperties {

  @Test
  void portfoliosWithRevisedTotalsRoundTripAndValidate() {
    Property.forAll(Gens.oneOf(DomainGens.portfolios(0, 6), DomainGens.multiCurrencyPortfolios()))
        .tries(150)
        .check(
            p -> {
              String json = PortfolioJson.writer().write(p);
              Portfolio back = PortfolioJson.reader().read(json);
              assertThat(back).isEqualTo(p);
              assertThat(PortfolioJson.writer().write(back)).isEqualTo(json);
              Schemas.assertValid(Schemas.PORTFOLIO, json);
            });
  }

  @Test
  void projectsRoundTripThroughTheModule() {
    Property.forAll(DomainGens.projects())
        .tries(300)
        .check(
            p -> {
              String json = ModuleTest.MAPPER.writeValueAsString(p);
              Project back = ModuleTest.MAPPER.readValue(json, Project.class);
              assertThat(back).isEqualTo(p);
              assertThat(back.totalInvestmentRevisions()).isEqualTo(p.totalInvestmentRevisions());
              assertThat(ModuleTest.MAPPER.writeValueAsString(back)).isEqualTo(json);
            });
  }

  @Test
  void theGeneratorsDoDrawRevisions() {
    Property.forAll(Gens.lists(DomainGens.projects(), 60, 60))
        .tries(5)
        .check(
            ps ->
                assertThat(ps.stream().filter(p -> !p.totalInvestmentRevisions().isEmpty()))
                    .isNotEmpty());
  }
}
