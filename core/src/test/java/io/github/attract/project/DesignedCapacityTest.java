package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.measure.Quantity;
import io.github.attract.testing.DomainTesters;
import org.junit.jupiter.api.Test;

class DesignedCapacityTest {
  private static final Quantity ANODE = Quantity.parse("100000 t/a");

  @Test
  void accessors() {
    DesignedCapacity c = DesignedCapacity.of("graphite anode material", ANODE);
    assertThat(c.product()).isEqualTo("graphite anode material");
    assertThat(c.quantity()).isEqualTo(ANODE);
  }

  @Test
  void productMustNotBeBlankOrPadded() {
    assertThatThrownBy(() -> DesignedCapacity.of(" ", ANODE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Designed capacity 'product' must not be blank, but was ' '");
    assertThatThrownBy(() -> DesignedCapacity.of("", ANODE))
        .hasMessage("Designed capacity 'product' must not be blank, but was ''");
    assertThatThrownBy(() -> DesignedCapacity.of("coke ", ANODE))
        .hasMessage(
            "Designed capacity 'product' must not start or end with white space, but was 'coke '");
    assertThatThrownBy(() -> DesignedCapacity.of("coke ", ANODE))
        .isInstanceOfSatisfying(
            InvalidPartException.class,
            e -> {
              Violation v = e.violations().get(0);
              assertThat(v.subjectKind() + " " + v.subjectId() + " " + v.path().orElseThrow())
                  .isEqualTo("designed-capacity coke product");
            });
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            DesignedCapacity.of("graphite anode material", ANODE),
            DesignedCapacity.of("graphite anode material", Quantity.parse("100000 t/a")))
        .addEqualityGroup(DesignedCapacity.of("graphite", ANODE))
        .addEqualityGroup(
            DesignedCapacity.of("graphite anode material", Quantity.parse("100 kt/a")))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(DesignedCapacity.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(DesignedCapacity.of("coke", ANODE));
  }
}
