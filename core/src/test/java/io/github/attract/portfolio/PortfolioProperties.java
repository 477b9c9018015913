package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Property;
import org.junit.jupiter.api.Test;

class PortfolioProperties {
  @Test
  void generatedPortfoliosAlwaysBuildAndHaveNoViolations() {
    Property.forAll(DomainGens.portfolios())
        .tries(200)
        .check(p -> assertThat(p.toBuilder().violations()).isEmpty());
  }
}
