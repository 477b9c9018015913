package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.testing.DomainTesters;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed ids of the project package: {@link ProjectId}, {@link PhaseId}, {@link InvestorId}. */
class ProjectIdsTest {
  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("ProjectId", (Function<String, Object>) ProjectId::of, ProjectId.class),
        Arguments.of("PhaseId", (Function<String, Object>) PhaseId::of, PhaseId.class),
        Arguments.of("InvestorId", (Function<String, Object>) InvestorId::of, InvestorId.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void valueAndTextAreTheInput(String type, Function<String, Object> of, Class<?> cls) {
    Object id = of.apply("SYS-2023-017");
    assertThat(id).hasToString("SYS-2023-017");
    assertThat(of.apply("x".repeat(128))).hasToString("x".repeat(128));
    assertThat(of.apply("双鸭山 项目")).hasToString("双鸭山 项目");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void badTextIsRejected(String type, Function<String, Object> of, Class<?> cls) {
    assertThatThrownBy(() -> of.apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must have 1 to 128 characters, but was ''");
    assertThatThrownBy(() -> of.apply("x".repeat(129)))
        .hasMessage(type + " must have 1 to 128 characters, but was '" + "x".repeat(129) + "'");
    assertThatThrownBy(() -> of.apply(" p1"))
        .hasMessage(type + " must not start or end with white space, but was ' p1'");
    assertThatThrownBy(() -> of.apply("p\u00071"))
        .hasMessage(type + " must not contain control characters, but was 'p\u00071'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  @SuppressWarnings("unchecked")
  void equalityAndOrderFollowTheText(String type, Function<String, Object> of, Class<?> cls) {
    new EqualsTester()
        .addEqualityGroup(of.apply("a"), of.apply("a"))
        .addEqualityGroup(of.apply("A"))
        .addEqualityGroup(of.apply("b"))
        .testEquals();
    TreeSet<Comparable<Object>> sorted = new TreeSet<>();
    for (String s : List.of("p-10", "p-2", "P-1", "p-1")) {
      sorted.add((Comparable<Object>) of.apply(s));
    }
    assertThat(sorted.stream().map(Object::toString)).containsExactly("P-1", "p-1", "p-10", "p-2");
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(cls);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(of.apply("a"));
  }

  @Test
  void valueReturnsTheText() {
    assertThat(ProjectId.of("p").value()).isEqualTo("p");
    assertThat(PhaseId.of("p").value()).isEqualTo("p");
    assertThat(InvestorId.of("p").value()).isEqualTo("p");
  }
}
