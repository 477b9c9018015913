package io.github.attract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate APRIL_7 = LocalDate.of(2023, 4, 7);
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final DateRange FENGFAN = DateRange.of(APRIL_7, END_2025);

  @Test
  void ofKeepsBothEnds() {
    assertThat(FENGFAN.start()).isEqualTo(APRIL_7);
    assertThat(FENGFAN.end()).isEqualTo(END_2025);
    assertThat(FENGFAN).hasToString("2023-04-07/2025-12-31");
    assertThat(FENGFAN.lengthInDays()).isEqualTo(1000);
    assertThat(DateRange.ofDay(APRIL_7).lengthInDays()).isEqualTo(1);
  }

  @Test
  void endMustNotBeBeforeStart() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Date range must end on or after its start, but 2024-03-01 > 2024-01-31");
    assertThatThrownBy(() -> FENGFAN.withEnd(APRIL_7.minusDays(1)))
        .hasMessage("Date range must end on or after its start, but 2023-04-07 > 2023-04-06");
    assertThatThrownBy(() -> FENGFAN.withStart(END_2025.plusDays(1)))
        .hasMessage("Date range must end on or after its start, but 2026-01-01 > 2025-12-31");
  }

  @Test
  void calendarFactories() {
    assertThat(DateRange.ofMonth(YearMonth.of(2024, 2))).hasToString("2024-02-01/2024-02-29");
    assertThat(DateRange.ofMonths(YearMonth.of(2023, 4), YearMonth.of(2025, 12)))
        .hasToString("2023-04-01/2025-12-31");
    assertThat(DateRange.ofYear(Year.of(2023))).hasToString("2023-01-01/2023-12-31");
    assertThat(DateRange.ofQuarter(YearQuarter.of(2023, 1))).hasToString("2023-01-01/2023-03-31");
    assertThatThrownBy(() -> DateRange.ofMonths(YearMonth.of(2023, 4), YearMonth.of(2023, 3)))
        .hasMessage("Date range must end on or after its start, but 2023-04-01 > 2023-03-31");
  }

  @Test
  void withers() {
    assertThat(FENGFAN.withEnd(LocalDate.of(2024, 1, 1))).hasToString("2023-04-07/2024-01-01");
    assertThat(FENGFAN.withStart(LocalDate.of(2024, 1, 1))).hasToString("2024-01-01/2025-12-31");
  }

  @Test
  void containsAndOverlapsIncludeBothEnds() {
    assertThat(FENGFAN.contains(APRIL_7)).isTrue();
    assertThat(FENGFAN.contains(END_2025)).isTrue();
    assertThat(FENGFAN.contains(APRIL_7.minusDays(1))).isFalse();
    assertThat(FENGFAN.contains(END_2025.plusDays(1))).isFalse();
    assertThat(FENGFAN.overlaps(DateRange.ofDay(END_2025))).isTrue();
    assertThat(FENGFAN.overlaps(DateRange.ofDay(END_2025.plusDays(1)))).isFalse();
    assertThat(FENGFAN.overlaps(DateRange.ofYear(Year.of(2023)))).isTrue();
    assertThat(DateRange.ofYear(Year.of(2023)).overlaps(DateRange.ofYear(Year.of(2024)))).isFalse();
  }

  @Test
  void intersection() {
    assertThat(FENGFAN.intersection(DateRange.ofYear(Year.of(2023))))
        .contains(DateRange.of(APRIL_7, LocalDate.of(2023, 12, 31)));
    assertThat(DateRange.ofYear(Year.of(2026)).intersection(FENGFAN)).isEmpty();
    assertThat(FENGFAN.intersection(FENGFAN)).contains(FENGFAN);
  }

  @Test
  void monthsQuartersAndYearsTouched() {
    DateRange r = DateRange.of(LocalDate.of(2023, 11, 30), LocalDate.of(2024, 2, 1));
    assertThat(r.months())
        .containsExactly(
            YearMonth.of(2023, 11),
            YearMonth.of(2023, 12),
            YearMonth.of(2024, 1),
            YearMonth.of(2024, 2));
    assertThat(r.quarters()).containsExactly(YearQuarter.of(2023, 4), YearQuarter.of(2024, 1));
    assertThat(r.years()).containsExactly(Year.of(2023), Year.of(2024));
    assertThat(DateRange.ofDay(APRIL_7).months()).containsExactly(YearMonth.of(2023, 4));
    assertThat(DateRange.ofDay(APRIL_7).quarters()).containsExactly(YearQuarter.of(2023, 2));
    assertThat(DateRange.ofDay(APRIL_7).years()).containsExactly(Year.of(2023));
    assertThat(FENGFAN.months()).hasSize(33).startsWith(YearMonth.of(2023, 4));
    assertThat(FENGFAN.quarters()).hasSize(11).endsWith(YearQuarter.of(2025, 4));
    assertThat(FENGFAN.years()).containsExactly(Year.of(2023), Year.of(2024), Year.of(2025));
  }

  @Test
  void parseIsTheInverseOfToString() {
    assertThat(DateRange.parse("2023-04-07/2025-12-31")).isEqualTo(FENGFAN);
    assertThat(DateRange.parse(FENGFAN.toString())).isEqualTo(FENGFAN);
    DateRange farAway = DateRange.of(LocalDate.of(-5, 1, 1), LocalDate.of(12345, 6, 7));
    assertThat(DateRange.parse(farAway.toString())).isEqualTo(farAway);
  }

  @Test
  void parseRejectsMalformedTexts() {
    for (String bad :
        List.of(
            "2023-04-07",
            "2023-04-07/2025-12-31/2026-01-01",
            "2023-04-07 / 2025-12-31",
            "2023-04-07/2025-13-01",
            "2023-4-7/2025-12-31",
            "/")) {
      assertThatThrownBy(() -> DateRange.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Date range text must be two ISO dates joined by '/', but was '" + bad + "'");
    }
    assertThatThrownBy(() -> DateRange.parse("2025-12-31/2023-04-07"))
        .hasMessage("Date range must end on or after its start, but 2025-12-31 > 2023-04-07");
  }

  @Test
  void ordersByStartThenEnd() {
    DateRange a = DateRange.of(APRIL_7, APRIL_7.plusDays(1));
    DateRange b = DateRange.of(APRIL_7, APRIL_7.plusDays(2));
    DateRange c = DateRange.of(APRIL_7.plusDays(1), APRIL_7.plusDays(1));
    assertThat(List.of(c, b, a).stream().sorted().toList()).containsExactly(a, b, c);
    assertThat(a.compareTo(DateRange.of(APRIL_7, APRIL_7.plusDays(1)))).isZero();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            FENGFAN,
            DateRange.parse("2023-04-07/2025-12-31"),
            DateRange.of(LocalDate.of(2023, 4, 7), LocalDate.of(2025, 12, 31)))
        .addEqualityGroup(FENGFAN.withEnd(END_2025.minusDays(1)))
        .addEqualityGroup(FENGFAN.withStart(APRIL_7.plusDays(1)))
        .addEqualityGroup(DateRange.ofDay(APRIL_7))
        .testEquals();
  }

  @Test
  void serializesToAnEqualValue() {
    assertThat(SerializableTester.reserializeAndAssert(FENGFAN)).isEqualTo(FENGFAN);
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, APRIL_7)
            .setDefault(YearMonth.class, YearMonth.of(2023, 4))
            .setDefault(Year.class, Year.of(2023))
            .setDefault(YearQuarter.class, YearQuarter.of(2023, 2))
            .setDefault(DateRange.class, FENGFAN)
            .setDefault(String.class, "2023-04-07/2025-12-31");
    tester.testAllPublicStaticMethods(DateRange.class);
    tester.testAllPublicInstanceMethods(FENGFAN);
  }

  @Test
  void deserializationRejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> reserializeWith(DateRange.ofDay(APRIL_7), "end", APRIL_7.minusDays(1)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage(
            "Invalid serialized DateRange: Date range must end on or after its start, but"
                + " 2023-04-07 > 2023-04-06");
  }

  private static Object reserializeWith(Object value, String field, Object fieldValue)
      throws Exception {
    Field f = value.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(value, fieldValue);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
