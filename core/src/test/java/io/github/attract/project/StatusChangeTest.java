package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusChangeTest {
  private static final LocalDate APR_7 = LocalDate.of(2023, 4, 7);

  @Test
  void accessorsAndText() {
    StatusChange started = StatusChange.of(APR_7, Status.UNDER_CONSTRUCTION);
    assertThat(started.date()).isEqualTo(APR_7);
    assertThat(started.status()).isEqualTo(Status.UNDER_CONSTRUCTION);
    assertThat(started).hasToString("2023-04-07 under-construction");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            StatusChange.of(APR_7, Status.SIGNED),
            StatusChange.of(LocalDate.of(2023, 4, 7), Status.SIGNED))
        .addEqualityGroup(StatusChange.of(APR_7, Status.LEAD))
        .addEqualityGroup(StatusChange.of(APR_7.plusDays(1), Status.SIGNED))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(StatusChange.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(StatusChange.of(APR_7, Status.SIGNED));
  }
}
