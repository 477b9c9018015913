package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusHistoryTest {
  private static final LocalDate FEB_10 = LocalDate.of(2023, 2, 10);
  private static final LocalDate APR_7 = LocalDate.of(2023, 4, 7);
  private static final LocalDate JUN_1 = LocalDate.of(2023, 6, 1);

  private static final StatusHistory FENGFAN =
      StatusHistory.empty()
          .then(FEB_10, Status.SIGNED)
          .then(APR_7, Status.UNDER_CONSTRUCTION)
          .then(JUN_1, Status.SUSPENDED);

  @Test
  void emptyHistory() {
    StatusHistory empty = StatusHistory.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.changes()).isEmpty();
    assertThat(empty.current()).isEmpty();
    assertThat(empty.statusOn(APR_7)).isEmpty();
    assertThat(empty.firstReached(Status.LEAD)).isEmpty();
    assertThat(empty.hasReached(Status.LEAD, APR_7)).isFalse();
    assertThat(empty).hasToString("[]");
    assertThat(StatusHistory.of(List.of())).isSameAs(empty);
    assertThat(StatusHistory.of()).isSameAs(empty);
  }

  @Test
  void thenAppendsAndLeavesTheOriginal() {
    StatusHistory signed = StatusHistory.empty().then(FEB_10, Status.SIGNED);
    StatusHistory started = signed.then(APR_7, Status.UNDER_CONSTRUCTION);
    assertThat(signed.changes()).containsExactly(StatusChange.of(FEB_10, Status.SIGNED));
    assertThat(started.changes())
        .containsExactly(
            StatusChange.of(FEB_10, Status.SIGNED),
            StatusChange.of(APR_7, Status.UNDER_CONSTRUCTION));
    assertThat(started.isEmpty()).isFalse();
    assertThat(started.current()).contains(Status.UNDER_CONSTRUCTION);
  }

  @Test
  void ofChecksAndKeepsTheOrder() {
    StatusHistory h =
        StatusHistory.of(
            StatusChange.of(FEB_10, Status.SIGNED),
            StatusChange.of(APR_7, Status.UNDER_CONSTRUCTION),
            StatusChange.of(JUN_1, Status.SUSPENDED));
    assertThat(h).isEqualTo(FENGFAN);
    assertThat(StatusHistory.of(FENGFAN.changes())).isEqualTo(FENGFAN);
  }

  @Test
  void theFirstChangeMayBeAnyStatus() {
    for (Status s : Status.values()) {
      assertThat(StatusHistory.empty().then(APR_7, s).current()).contains(s);
    }
  }

  @Test
  void severalChangesOnOneDayApplyInOrder() {
    StatusHistory h =
        StatusHistory.empty()
            .then(APR_7, Status.SIGNED)
            .then(APR_7, Status.UNDER_CONSTRUCTION)
            .then(APR_7, Status.IN_OPERATION);
    assertThat(h.statusOn(APR_7)).contains(Status.IN_OPERATION);
    assertThat(h.statusOn(APR_7.minusDays(1))).isEmpty();
    assertThat(h.firstReached(Status.SIGNED)).contains(APR_7);
  }

  @Test
  void changesMustNotGoBackInTime() {
    assertThatThrownBy(() -> FENGFAN.then(LocalDate.of(2023, 5, 31), Status.UNDER_CONSTRUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Status change to 'under-construction' must not be dated before the change it follows,"
                + " but 2023-05-31 < 2023-06-01");
    assertThatThrownBy(
            () ->
                StatusHistory.of(
                    StatusChange.of(APR_7, Status.SIGNED),
                    StatusChange.of(FEB_10, Status.UNDER_CONSTRUCTION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Status change to 'under-construction' must not be dated before the change it follows,"
                + " but 2023-02-10 < 2023-04-07");
  }

  @Test
  void dateOrderIsCheckedBeforeTheTransition() {
    assertThatThrownBy(
            () -> StatusHistory.empty().then(APR_7, Status.COMPLETED).then(FEB_10, Status.LEAD))
        .hasMessage(
            "Status change to 'lead' must not be dated before the change it follows, but"
                + " 2023-02-10 < 2023-04-07");
  }

  @Test
  void disallowedTransitionsAreRejectedWithTheAllowedOnes() {
    assertThatThrownBy(() -> FENGFAN.then(LocalDate.of(2023, 7, 1), Status.IN_OPERATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Status change on 2023-07-01 from 'suspended' to 'in-operation' is not allowed;"
                + " allowed after 'suspended': [under-construction, cancelled]");
    assertThatThrownBy(
            () -> StatusHistory.empty().then(FEB_10, Status.CANCELLED).then(APR_7, Status.LEAD))
        .hasMessage(
            "Status change on 2023-04-07 from 'cancelled' to 'lead' is not allowed;"
                + " allowed after 'cancelled': []");
    assertThatThrownBy(
            () -> StatusHistory.empty().then(FEB_10, Status.SIGNED).then(APR_7, Status.SIGNED))
        .hasMessage(
            "Status change on 2023-04-07 from 'signed' to 'signed' is not allowed; allowed after"
                + " 'signed': [ready-to-start, under-construction, in-operation, completed,"
                + " suspended, cancelled]");
  }

  @Test
  void resumingIsSuspendedToUnderConstruction() {
    StatusHistory resumed = FENGFAN.then(LocalDate.of(2023, 9, 1), Status.UNDER_CONSTRUCTION);
    assertThat(resumed.current()).contains(Status.UNDER_CONSTRUCTION);
    assertThat(resumed.firstReached(Status.UNDER_CONSTRUCTION)).contains(APR_7);
    assertThat(resumed.firstReached(Status.SUSPENDED)).contains(JUN_1);
  }

  @Test
  void statusOnIsTheLastChangeOnOrBeforeTheDay() {
    assertThat(FENGFAN.statusOn(FEB_10.minusDays(1))).isEmpty();
    assertThat(FENGFAN.statusOn(FEB_10)).contains(Status.SIGNED);
    assertThat(FENGFAN.statusOn(LocalDate.of(2023, 3, 1))).contains(Status.SIGNED);
    assertThat(FENGFAN.statusOn(APR_7)).contains(Status.UNDER_CONSTRUCTION);
    assertThat(FENGFAN.statusOn(JUN_1.minusDays(1))).contains(Status.UNDER_CONSTRUCTION);
    assertThat(FENGFAN.statusOn(JUN_1)).contains(Status.SUSPENDED);
    assertThat(FENGFAN.statusOn(LocalDate.of(2030, 1, 1))).contains(Status.SUSPENDED);
  }

  @Test
  void firstReachedCountsLadderStatusesAtOrBeyond() {
    StatusHistory skipped =
        StatusHistory.empty().then(FEB_10, Status.LEAD).then(APR_7, Status.IN_OPERATION);
    assertThat(skipped.firstReached(Status.LEAD)).contains(FEB_10);
    assertThat(skipped.firstReached(Status.SIGNED)).contains(APR_7);
    assertThat(skipped.firstReached(Status.UNDER_CONSTRUCTION)).contains(APR_7);
    assertThat(skipped.firstReached(Status.IN_OPERATION)).contains(APR_7);
    assertThat(skipped.firstReached(Status.COMPLETED)).isEmpty();
    assertThat(FENGFAN.firstReached(Status.NEGOTIATING)).contains(FEB_10);
    assertThat(FENGFAN.firstReached(Status.IN_OPERATION)).isEmpty();
  }

  @Test
  void firstReachedOfSuspendedOrCancelledIsEntry() {
    assertThat(FENGFAN.firstReached(Status.SUSPENDED)).contains(JUN_1);
    assertThat(FENGFAN.firstReached(Status.CANCELLED)).isEmpty();
    StatusHistory cancelled = FENGFAN.then(JUN_1.plusDays(3), Status.CANCELLED);
    assertThat(cancelled.firstReached(Status.CANCELLED)).contains(JUN_1.plusDays(3));
  }

  @Test
  void aSuspendedOrCancelledProjectHasNotReachedTheLadderBeyondIt() {
    StatusHistory h = StatusHistory.empty().then(FEB_10, Status.SUSPENDED);
    assertThat(h.firstReached(Status.LEAD)).isEmpty();
    assertThat(h.firstReached(Status.SUSPENDED)).contains(FEB_10);
  }

  @Test
  void hasReachedByADay() {
    assertThat(FENGFAN.hasReached(Status.UNDER_CONSTRUCTION, APR_7.minusDays(1))).isFalse();
    assertThat(FENGFAN.hasReached(Status.UNDER_CONSTRUCTION, APR_7)).isTrue();
    assertThat(FENGFAN.hasReached(Status.UNDER_CONSTRUCTION, JUN_1)).isTrue();
    assertThat(FENGFAN.hasReached(Status.SIGNED, APR_7)).isTrue();
    assertThat(FENGFAN.hasReached(Status.IN_OPERATION, LocalDate.of(2099, 1, 1))).isFalse();
    assertThat(FENGFAN.hasReached(Status.SUSPENDED, JUN_1)).isTrue();
  }

  @Test
  void toStringListsTheChanges() {
    assertThat(FENGFAN)
        .hasToString("[2023-02-10 signed, 2023-04-07 under-construction, 2023-06-01 suspended]");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(StatusHistory.empty(), StatusHistory.of(List.of()), StatusHistory.of())
        .addEqualityGroup(
            FENGFAN,
            StatusHistory.of(FENGFAN.changes()),
            StatusHistory.empty()
                .then(FEB_10, Status.SIGNED)
                .then(APR_7, Status.UNDER_CONSTRUCTION)
                .then(JUN_1, Status.SUSPENDED))
        .addEqualityGroup(StatusHistory.empty().then(FEB_10, Status.SIGNED))
        .addEqualityGroup(StatusHistory.empty().then(FEB_10.plusDays(1), Status.SIGNED))
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(StatusHistory.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(FENGFAN);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(StatusHistory.empty());
  }

  @Test
  void uncheckedHistoryReportsEveryBadChangeWithItsPath() {
    // [2] goes back down the ladder (under construction -> signed); [3] is dated before [2] (signed
    // may go on to in operation, so only its date is wrong); [4] is fine after [3].
    StatusHistory h =
        StatusHistory.ofUnchecked(
            List.of(
                StatusChange.of(FEB_10, Status.SIGNED),
                StatusChange.of(APR_7, Status.UNDER_CONSTRUCTION),
                StatusChange.of(JUN_1, Status.SIGNED),
                StatusChange.of(FEB_10, Status.IN_OPERATION),
                StatusChange.of(JUN_1, Status.COMPLETED)));
    List<Violation> found = h.violations("project", "p1", "statusHistory");
    assertThat(found)
        .extracting(v -> v.path().orElseThrow())
        .containsExactly("statusHistory[2].status", "statusHistory[3].date");
    assertThat(found).allMatch(Violation::isError);
    assertThat(found).allMatch(v -> v.subjectKind().equals("project"));
    assertThat(found).allMatch(v -> v.subjectId().equals("p1"));
    assertThat(found.get(0).message())
        .isEqualTo(
            "Status change on 2023-06-01 from 'under-construction' to 'signed' is not allowed;"
                + " allowed after 'under-construction': [in-operation, completed, suspended,"
                + " cancelled]");
    assertThat(found.get(1).message())
        .isEqualTo(
            "Status change to 'in-operation' must not be dated before the change it follows,"
                + " but 2023-02-10 < 2023-06-01");
    assertThatThrownBy(() -> StatusHistory.of(h.changes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(found.get(0).message());
  }

  @Test
  void oneChangeCanBreakBothRules() {
    StatusHistory h =
        StatusHistory.ofUnchecked(
            List.of(
                StatusChange.of(APR_7, Status.UNDER_CONSTRUCTION),
                StatusChange.of(FEB_10, Status.SIGNED)));
    assertThat(h.violations("project", "p1", "phases[ph-1].statusHistory"))
        .extracting(v -> v.path().orElseThrow())
        .containsExactly(
            "phases[ph-1].statusHistory[1].date", "phases[ph-1].statusHistory[1].status");
    // strict construction names the date first, as it always has
    assertThatThrownBy(() -> StatusHistory.of(h.changes()))
        .hasMessageStartingWith("Status change to 'signed' must not be dated before");
  }

  @Test
  void uncheckedValidChangesEqualTheCheckedHistory() {
    StatusHistory unchecked = StatusHistory.ofUnchecked(FENGFAN.changes());
    assertThat(unchecked).isEqualTo(FENGFAN);
    assertThat(unchecked.violations("project", "p1", "statusHistory")).isEmpty();
    assertThat(StatusHistory.ofUnchecked(List.of())).isSameAs(StatusHistory.empty());
    assertThatThrownBy(() -> FENGFAN.violations("project", "p1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Status history 'path' must not be blank, but was ' '");
  }
}
