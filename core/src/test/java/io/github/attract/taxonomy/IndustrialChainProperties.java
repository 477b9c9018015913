package io.github.attract.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.attract.testing.TaxonomyGens;
import io.github.attract.testing.property.Property;
import org.junit.jupiter.api.Test;

class IndustrialChainProperties {
  @Test
  void positionsFollowTheOrderOfLinks() {
    Property.forAll(TaxonomyGens.chains())
        .check(
            chain -> {
              for (int i = 0; i < chain.links().size(); i++) {
                ChainLink link = chain.links().get(i);
                assertThat(chain.position(link.id())).isEqualTo(i);
                assertThat(chain.link(link.id())).contains(link);
              }
            });
  }

  @Test
  void upstreamLinkAndDownstreamMakeTheChain() {
    Property.forAll(TaxonomyGens.chains())
        .check(
            chain -> {
              for (ChainLink link : chain.links()) {
                ImmutableList<ChainLink> whole =
                    ImmutableList.<ChainLink>builder()
                        .addAll(chain.upstreamOf(link.id()))
                        .add(link)
                        .addAll(chain.downstreamOf(link.id()))
                        .build();
                assertThat(whole).isEqualTo(chain.links());
              }
            });
  }
}
