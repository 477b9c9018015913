package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.DomainTesters;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  @Test
  void codes() {
    assertThat(Stream.of(Provenance.values()).map(Provenance::code))
        .containsExactly("reported", "estimated", "derived", "itemized");
    for (Provenance p : Provenance.values()) {
      assertThat(Provenance.ofCode(p.code())).isSameAs(p);
      assertThat(p).hasToString(p.code());
    }
  }

  @Test
  void unknownCode() {
    assertThatThrownBy(() -> Provenance.ofCode("guessed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown provenance 'guessed'");
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Provenance.class);
  }
}
