package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Violation;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioSmokeTest {
  private static Project project(String id, String region) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name("Project " + id)
        .location(RegionId.of(region))
        .industry(IndustryId.of("coal"))
        .addInvestor(InvestorId.of("nobody"))
        .totalInvestment(Money.ofMajor(Currencies.CNY, 100))
        .build();
  }

  @Test
  void reportsEveryViolationAtOnce() {
    Portfolio.Builder b =
        Portfolio.builder()
            .industries(
                IndustryTaxonomy.of("city", List.of(Industry.of(IndustryId.of("coal"), "Coal"))))
            .regions(
                RegionHierarchy.of(
                    List.of(Region.of(RegionId.of("sys"), "Shuangyashan", RegionKind.CITY))))
            .addProject(project("p1", "sys"))
            .addProject(project("p1", "elsewhere"));

    assertThat(b.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "duplicate-id project p1: id 'p1' is used by more than one project",
            "unresolved-reference project p1: 'investors' 'nobody' is not an investor of the portfolio",
            "unresolved-reference project p1: 'investors' 'nobody' is not an investor of the portfolio",
            "unresolved-reference project p1: 'location' 'elsewhere' is not a region of the portfolio");
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidPortfolioException.class)
        .hasMessageStartingWith("Portfolio breaks 4 rule(s):");
  }
}
