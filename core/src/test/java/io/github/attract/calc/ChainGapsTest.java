package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.calc.LinkCoverage.Coverage;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.taxonomy.ChainLinkId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture's graphite chain: mining (no project) upstream of anode (p3, no investment). */
class ChainGapsTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  @Test
  void everyLinkAppearsUpstreamFirstTheEmptyOneAsAGap() {
    List<LinkCoverage> links = ChainGaps.minProjects(1).analyze(portfolio);
    assertThat(links)
        .extracting(l -> l.link().id())
        .containsExactly(ChainLinkId.of("mining"), ChainLinkId.of("anode"));
    assertThat(links)
        .extracting(LinkCoverage::coverage)
        .containsExactly(Coverage.GAP, Coverage.COVERED);
    assertThat(links).extracting(LinkCoverage::projects).containsExactly(0, 1);
    assertThat(links).extracting(LinkCoverage::position).containsExactly(0, 1);
    assertThat(links.get(1).ref()).isEqualTo(Fixtures.ANODE);
    assertThat(links.get(0)).hasToString("graphite/mining: gap, 0 projects (at least 1 project)");
    assertThat(ChainGaps.minProjects(1).gaps(portfolio)).containsExactly(links.get(0));
  }

  @Test
  void aLinkBelowAThresholdIsWeak() {
    assertThat(ChainGaps.minProjects(2).analyze(portfolio).get(1).coverage())
        .isEqualTo(Coverage.WEAK);
    // p3 states no investment: 0 < CNY 1
    LinkCoverage anode =
        ChainGaps.minProjects(1).withMinInvestment(cny("1")).analyze(portfolio).get(1);
    assertThat(anode.coverage()).isEqualTo(Coverage.WEAK);
    assertThat(anode.investment().isEmpty()).isTrue();
    assertThat(anode.threshold().threshold()).isEqualTo("at least 1 project and " + cny("1"));
  }

  @Test
  void badThresholdsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> ChainGaps.minProjects(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chain gaps 'minProjects' must be at least 1, but was 0");
    assertThatThrownBy(() -> ChainGaps.minProjects(1).withMinInvestment(cny("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'minInvestment' must not be negative");
  }
}
