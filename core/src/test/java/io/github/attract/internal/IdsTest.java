package io.github.attract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void acceptsOneToTheMaximumNumberOfCharacters() {
    assertThat(Ids.check("ProjectId", "p")).isEqualTo("p");
    String longest = "x".repeat(Ids.MAX_LENGTH);
    assertThat(Ids.check("ProjectId", longest)).isSameAs(longest);
    assertThat(Ids.check("ProjectId", "SYS 2023 017")).isEqualTo("SYS 2023 017");
    assertThatThrownBy(() -> Ids.check("ProjectId", "x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProjectId must have 1 to 128 characters, but was '" + "x".repeat(129) + "'");
    assertThatThrownBy(() -> Ids.check("ProjectId", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProjectId must have 1 to 128 characters, but was ''");
  }

  @Test
  void rejectsPaddingAndControlCharactersAnywhere() {
    assertThatThrownBy(() -> Ids.check("ProjectId", " p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProjectId must not start or end with white space, but was ' p'");
    assertThatThrownBy(() -> Ids.check("ProjectId", "p "))
        .hasMessage("ProjectId must not start or end with white space, but was 'p '");
    for (String bad : new String[] {"\u0007p", "p\u0000q", "pq\u009f"}) {
      assertThatThrownBy(() -> Ids.check("ProjectId", bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ProjectId must not contain control characters, but was '" + bad + "'");
    }
  }
}
