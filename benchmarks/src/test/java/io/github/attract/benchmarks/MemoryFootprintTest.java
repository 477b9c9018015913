package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryFootprintTest {
  @Test
  void measuresBytesPerProjectOfBothRepresentations(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("memory.json");

    MemoryFootprint.main(new String[] {out.toString(), "300"});

    JsonNode r = new ObjectMapper().readTree(out.toFile()).path("results").get(0);
    assertThat(r.path("size").asInt()).isEqualTo(300);
    // A project with its phases, history, plans and monthly reports takes kilobytes either way.
    assertThat(r.path("attractBytesPerProject").asDouble()).isBetween(1_000.0, 10_000.0);
    assertThat(r.path("pojoBytesPerProject").asDouble()).isBetween(1_000.0, 10_000.0);
    // The columnar index adds to the objects.
    assertThat(r.path("attractBytes").asLong())
        .isGreaterThan(r.path("attractObjectsBytes").asLong());
    assertThat(r.path("ratio").asDouble())
        .isEqualTo(r.path("attractBytes").asDouble() / r.path("pojoBytes").asDouble());
    // Measured after 1, 16 and 48 distinct questions; the cache of their columns is bounded.
    JsonNode after = r.path("attractBytesPerProjectAfterQuestions");
    assertThat(after.path("1").asDouble()).isEqualTo(r.path("attractBytesPerProject").asDouble());
    assertThat(after.path("48").asDouble()).isGreaterThanOrEqualTo(after.path("1").asDouble());
    assertThat(r.path("ratioAfter48Questions").asDouble())
        .isEqualTo(after.path("48").asDouble() * 300 / r.path("pojoBytes").asDouble());
    assertThat(Files.readString(dir.resolve("memory.json.footprint.txt"), StandardCharsets.UTF_8))
        .contains("== Attract portfolio, 300 projects")
        .contains("io.github.attract.project.ImmutableProject")
        .contains("== Plain objects, 300 projects")
        .contains("io.github.attract.benchmarks.PojoProject");
  }

  @Test
  void setUpOnlyBuildsAndVerifiesEveryRepresentation() {
    // It checks the object and column loops against the oracle and throws on a mismatch.
    assertThatCode(() -> MemoryFootprint.main(new String[] {"--setup-only", "200"}))
        .doesNotThrowAnyException();
  }

  @Test
  void saysHowToCallIt() {
    assertThatThrownBy(() -> MemoryFootprint.main(new String[] {"out.json"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Usage: MemoryFootprint <out.json> <size>... | --setup-only <size>...");
  }
}
