package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusHistoryProperties {
  private static final Gen<StatusHistory> HISTORIES = DomainGens.statusHistories();
  private static final Gen<LocalDate> DAYS =
      Gens.dates(DomainGens.EARLIEST.minusDays(30), DomainGens.LATEST.plusDays(30));
  private static final Gen<Status> STATUSES = Gens.elements(Status.values());

  /** Non-empty histories, built as an empty-or-not history plus one more allowed change. */
  private static final Gen<StatusHistory> NON_EMPTY =
      Gens.combine(
          HISTORIES,
          STATUSES,
          Gens.longs(0, 400),
          (h, s, days) -> {
            if (h.isEmpty()) {
              return h.then(DomainGens.EARLIEST.plusDays(days), s);
            }
            StatusChange last = h.changes().get(h.changes().size() - 1);
            List<Status> next = last.status().allowedNext().asList();
            return next.isEmpty()
                ? h
                : h.then(last.date().plusDays(days), next.get(s.ordinal() % next.size()));
          });

  private static Optional<Status> naiveStatusOn(StatusHistory h, LocalDate day) {
    List<StatusChange> changes = new ArrayList<>(h.changes());
    for (int i = changes.size() - 1; i >= 0; i--) {
      if (!changes.get(i).date().isAfter(day)) {
        return Optional.of(changes.get(i).status());
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> naiveFirstReached(StatusHistory h, Status stage) {
    Set<Status> reaching = EnumSet.noneOf(Status.class);
    if (stage.isOnLadder()) {
      for (Status s : Status.values()) {
        if (s.isOnLadder() && s.ordinal() >= stage.ordinal()) {
          reaching.add(s);
        }
      }
    } else {
      reaching.add(stage);
    }
    for (StatusChange c : h.changes()) {
      if (reaching.contains(c.status())) {
        return Optional.of(c.date());
      }
    }
    return Optional.empty();
  }

  @Test
  void generatedHistoriesFollowTheRulesAndRebuild() {
    Property.forAll(HISTORIES)
        .check(
            h -> {
              List<StatusChange> changes = h.changes();
              for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i - 1).status().canChangeTo(changes.get(i).status()))
                    .isTrue();
                assertThat(changes.get(i).date()).isAfterOrEqualTo(changes.get(i - 1).date());
              }
              assertThat(StatusHistory.of(changes)).isEqualTo(h).hasSameHashCodeAs(h);
              StatusHistory again = StatusHistory.empty();
              for (StatusChange c : changes) {
                again = again.then(c.date(), c.status());
              }
              assertThat(again).isEqualTo(h);
              assertThat(h.isEmpty()).isEqualTo(changes.isEmpty());
              assertThat(h.current())
                  .isEqualTo(
                      changes.isEmpty()
                          ? Optional.empty()
                          : Optional.of(changes.get(changes.size() - 1).status()));
            });
  }

  @Test
  void statusOnAgreesWithANaiveOracle() {
    Property.forAll(HISTORIES, DAYS)
        .check((h, day) -> assertThat(h.statusOn(day)).isEqualTo(naiveStatusOn(h, day)));
  }

  @Test
  void statusOnTheDayOfEachChangeIsTheLastChangeOfThatDay() {
    Property.forAll(HISTORIES)
        .check(
            h -> {
              for (StatusChange c : h.changes()) {
                assertThat(h.statusOn(c.date())).isEqualTo(naiveStatusOn(h, c.date()));
                assertThat(h.statusOn(c.date().minusDays(1)))
                    .isEqualTo(naiveStatusOn(h, c.date().minusDays(1)));
              }
            });
  }

  @Test
  void firstReachedAndHasReachedAgreeWithANaiveOracle() {
    Property.forAll(HISTORIES, STATUSES, DAYS)
        .check(
            (h, stage, day) -> {
              Optional<LocalDate> first = naiveFirstReached(h, stage);
              assertThat(h.firstReached(stage)).isEqualTo(first);
              assertThat(h.hasReached(stage, day))
                  .isEqualTo(first.isPresent() && !first.get().isAfter(day));
            });
  }

  @Test
  void aDisallowedChangeIsAlwaysRejected() {
    Property.forAll(NON_EMPTY, STATUSES, Gens.longs(0, 400))
        .check(
            (h, next, days) -> {
              StatusChange last = h.changes().get(h.changes().size() - 1);
              Property.assume(!last.status().canChangeTo(next));
              LocalDate day = last.date().plusDays(days);
              String message =
                  "Status change on "
                      + day
                      + " from '"
                      + last.status().code()
                      + "' to '"
                      + next.code()
                      + "' is not allowed; allowed after '"
                      + last.status().code()
                      + "': "
                      + last.status().allowedNext();
              assertThatThrownBy(() -> h.then(day, next))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(message);
              List<StatusChange> changes = new ArrayList<>(h.changes());
              changes.add(StatusChange.of(day, next));
              assertThatThrownBy(() -> StatusHistory.of(changes)).hasMessage(message);
            });
  }

  @Test
  void aChangeDatedBeforeTheLastIsAlwaysRejected() {
    Property.forAll(NON_EMPTY, STATUSES, Gens.longs(1, 1000))
        .check(
            (h, next, days) -> {
              StatusChange last = h.changes().get(h.changes().size() - 1);
              LocalDate day = last.date().minusDays(days);
              assertThatThrownBy(() -> h.then(day, next))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Status change to '"
                          + next.code()
                          + "' must not be dated before the change it follows, but "
                          + day
                          + " < "
                          + last.date());
            });
  }

  /** Any changes at all, in any order: what a reader may find in a ledger. */
  private static final Gen<List<StatusChange>> ANY_CHANGES =
      Gens.lists(Gens.combine(DAYS, STATUSES, StatusChange::of), 0, 8);

  @Test
  void everyBadNeighbourIsReportedOnceForEachRuleItBreaks() {
    Property.forAll(ANY_CHANGES)
        .check(
            changes -> {
              List<String> expected = new ArrayList<>();
              for (int i = 1; i < changes.size(); i++) {
                StatusChange a = changes.get(i - 1);
                StatusChange b = changes.get(i);
                if (b.date().isBefore(a.date())) {
                  expected.add("h[" + i + "].date");
                }
                if (!a.status().allowedNext().contains(b.status())) {
                  expected.add("h[" + i + "].status");
                }
              }
              List<Violation> found =
                  StatusHistory.ofUnchecked(changes).violations("project", "p", "h");
              assertThat(found).extracting(v -> v.path().orElseThrow()).isEqualTo(expected);
              if (expected.isEmpty()) {
                assertThat(StatusHistory.of(changes)).isEqualTo(StatusHistory.ofUnchecked(changes));
              } else {
                assertThatThrownBy(() -> StatusHistory.of(changes))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(found.get(0).message());
              }
            });
  }

  @Test
  void aProjectReportsEveryViolationOfItsHistory() {
    Property.forAll(ANY_CHANGES)
        .check(
            changes -> {
              StatusHistory h = StatusHistory.ofUnchecked(changes);
              Project.Builder b =
                  Project.builder()
                      .id(ProjectId.of("p"))
                      .name("n")
                      .location(io.github.attract.taxonomy.RegionId.of("r"))
                      .industry(io.github.attract.taxonomy.IndustryId.of("i"))
                      .statusHistory(h);
              assertThat(Project.check(b)).isEqualTo(h.violations("project", "p", "statusHistory"));
            });
  }
}
