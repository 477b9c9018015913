package io.github.attract.project;

import static io.github.attract.project.Status.CANCELLED;
import static io.github.attract.project.Status.COMPLETED;
import static io.github.attract.project.Status.IN_OPERATION;
import static io.github.attract.project.Status.LEAD;
import static io.github.attract.project.Status.NEGOTIATING;
import static io.github.attract.project.Status.READY_TO_START;
import static io.github.attract.project.Status.SIGNED;
import static io.github.attract.project.Status.SUSPENDED;
import static io.github.attract.project.Status.UNDER_CONSTRUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusTest {
  /**
   * The transition table of the Javadoc, written out: row = from, column = to, in declaration order
   * (lead, negotiating, signed, ready, construction, operation, completed, suspended, cancelled).
   */
  private static final String[] TABLE = {
    "lead               .XXXXXX.X",
    "negotiating        ..XXXXX.X",
    "signed             ...XXXXXX",
    "ready-to-start     ....XXXXX",
    "under-construction .....XXXX",
    "in-operation       ......X..",
    "completed          .........",
    "suspended          ....X...X",
    "cancelled          .........",
  };

  static Stream<Arguments> transitions() {
    List<Arguments> all = new ArrayList<>();
    Status[] statuses = Status.values();
    for (String row : TABLE) {
      String[] parts = row.split(" +");
      Status from = Status.ofCode(parts[0]);
      for (int to = 0; to < statuses.length; to++) {
        all.add(Arguments.of(from, statuses[to], parts[1].charAt(to) == 'X'));
      }
    }
    return all.stream();
  }

  @Test
  void theTableCoversEveryPairOnce() {
    assertThat(transitions()).hasSize(81);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("transitions")
  void canChangeToFollowsTheTable(Status from, Status to, boolean allowed) {
    assertThat(from.canChangeTo(to)).isEqualTo(allowed);
    assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("transitions")
  void aHistoryTakesExactlyTheAllowedTransitions(Status from, Status to, boolean allowed) {
    LocalDate day = LocalDate.of(2023, 4, 7);
    StatusChange first = StatusChange.of(day, from);
    StatusChange second = StatusChange.of(day.plusDays(1), to);
    if (allowed) {
      assertThat(StatusHistory.of(first, second).changes()).containsExactly(first, second);
      assertThat(StatusHistory.empty().then(day, from).then(day.plusDays(1), to).current())
          .contains(to);
    } else {
      String message =
          "Status change on 2023-04-08 from '"
              + from.code()
              + "' to '"
              + to.code()
              + "' is not allowed; allowed after '"
              + from.code()
              + "': "
              + from.allowedNext();
      assertThatThrownBy(() -> StatusHistory.of(first, second))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> StatusHistory.empty().then(day, from).then(day.plusDays(1), to))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }
  }

  @Test
  void allowedNextListsTheTableInDeclarationOrder() {
    assertThat(LEAD.allowedNext())
        .containsExactly(
            NEGOTIATING,
            SIGNED,
            READY_TO_START,
            UNDER_CONSTRUCTION,
            IN_OPERATION,
            COMPLETED,
            CANCELLED);
    assertThat(SUSPENDED.allowedNext()).containsExactly(UNDER_CONSTRUCTION, CANCELLED);
    assertThat(IN_OPERATION.allowedNext()).containsExactly(COMPLETED);
    assertThat(COMPLETED.allowedNext()).isEmpty();
    assertThat(CANCELLED.allowedNext()).isEmpty();
    assertThat(SIGNED.allowedNext().toString())
        .isEqualTo(
            "[ready-to-start, under-construction, in-operation, completed, suspended, cancelled]");
  }

  @Test
  void codesAreStableAndParse() {
    assertThat(Stream.of(Status.values()).map(Status::code))
        .containsExactly(
            "lead",
            "negotiating",
            "signed",
            "ready-to-start",
            "under-construction",
            "in-operation",
            "completed",
            "suspended",
            "cancelled");
    for (Status s : Status.values()) {
      assertThat(Status.ofCode(s.code())).isSameAs(s);
      assertThat(s).hasToString(s.code());
    }
  }

  @Test
  void ofCodeRejectsUnknownCodes() {
    assertThatThrownBy(() -> Status.ofCode("started"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown status 'started'");
    assertThatThrownBy(() -> Status.ofCode("LEAD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown status 'LEAD'");
  }

  @Test
  void ladderAndFinalStatuses() {
    assertThat(Stream.of(Status.values()).filter(Status::isOnLadder))
        .containsExactly(
            LEAD, NEGOTIATING, SIGNED, READY_TO_START, UNDER_CONSTRUCTION, IN_OPERATION, COMPLETED);
    assertThat(Stream.of(Status.values()).filter(Status::isFinal))
        .containsExactly(COMPLETED, CANCELLED);
  }

  @Test
  void isAtOrBeyondComparesLadderRungs() {
    assertThat(IN_OPERATION.isAtOrBeyond(UNDER_CONSTRUCTION)).isTrue();
    assertThat(UNDER_CONSTRUCTION.isAtOrBeyond(UNDER_CONSTRUCTION)).isTrue();
    assertThat(READY_TO_START.isAtOrBeyond(UNDER_CONSTRUCTION)).isFalse();
    assertThat(COMPLETED.isAtOrBeyond(LEAD)).isTrue();
    assertThat(LEAD.isAtOrBeyond(LEAD)).isTrue();
    assertThat(LEAD.isAtOrBeyond(NEGOTIATING)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Status.class,
      names = {"SUSPENDED", "CANCELLED"})
  void offTheLadderIsBeyondNothing(Status off) {
    for (Status stage : Status.values()) {
      if (stage.isOnLadder()) {
        assertThat(off.isAtOrBeyond(stage)).isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Status.class,
      names = {"SUSPENDED", "CANCELLED"})
  void isAtOrBeyondNeedsALadderStage(Status off) {
    assertThatThrownBy(() -> LEAD.isAtOrBeyond(off))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Status 'stage' must be on the ladder, but was '" + off.code() + "'");
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(Status.class);
    for (Status s : Status.values()) {
      DomainTesters.nullPointerTester().testAllPublicInstanceMethods(s);
    }
  }
}
