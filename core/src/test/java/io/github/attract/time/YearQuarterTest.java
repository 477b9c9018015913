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

class YearQuarterTest {
  private static final YearQuarter Q1_2023 = YearQuarter.of(2023, 1);

  @Test
  void ofAndAccessors() {
    assertThat(Q1_2023.year()).isEqualTo(2023);
    assertThat(Q1_2023.quarter()).isEqualTo(1);
    assertThat(Q1_2023.firstMonth()).isEqualTo(YearMonth.of(2023, 1));
    assertThat(Q1_2023.lastMonth()).isEqualTo(YearMonth.of(2023, 3));
    assertThat(Q1_2023.toDateRange()).hasToString("2023-01-01/2023-03-31");
    assertThat(YearQuarter.of(2023, 4).toDateRange()).hasToString("2023-10-01/2023-12-31");
    assertThat(Q1_2023).hasToString("2023-Q1");
  }

  @Test
  void ofRejectsBadQuartersAndYears() {
    assertThatThrownBy(() -> YearQuarter.of(2023, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter 'quarter' must be 1 to 4, but was 5");
    assertThatThrownBy(() -> YearQuarter.of(2023, 0))
        .hasMessage("Year quarter 'quarter' must be 1 to 4, but was 0");
    assertThatThrownBy(() -> YearQuarter.of(1_000_000_000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter 'year' must be from -999999999 to 999999999, but was 1000000000");
  }

  @Test
  void fromDate() {
    assertThat(YearQuarter.from(LocalDate.of(2023, 3, 31))).isEqualTo(Q1_2023);
    assertThat(YearQuarter.from(LocalDate.of(2023, 4, 1))).isEqualTo(YearQuarter.of(2023, 2));
    assertThat(YearQuarter.from(LocalDate.of(2023, 12, 31))).isEqualTo(YearQuarter.of(2023, 4));
    for (int m = 1; m <= 12; m++) {
      LocalDate d = LocalDate.of(2024, m, 15);
      YearQuarter q = YearQuarter.from(d);
      assertThat(q.contains(d)).isTrue();
      assertThat(q.toDateRange().contains(d)).isTrue();
      assertThat(q.plusQuarters(1).contains(d)).isFalse();
    }
  }

  @Test
  void plusAndMinusQuarters() {
    assertThat(YearQuarter.of(2023, 4).plusQuarters(1)).isEqualTo(YearQuarter.of(2024, 1));
    assertThat(Q1_2023.plusQuarters(-1)).isEqualTo(YearQuarter.of(2022, 4));
    assertThat(Q1_2023.plusQuarters(0)).isSameAs(Q1_2023);
    assertThat(Q1_2023.plusQuarters(11)).isEqualTo(YearQuarter.of(2025, 4));
    assertThat(Q1_2023.minusQuarters(5)).isEqualTo(YearQuarter.of(2021, 4));
    assertThat(Q1_2023.minusQuarters(-4)).isEqualTo(YearQuarter.of(2024, 1));
    assertThat(YearQuarter.of(0, 1).minusQuarters(1)).isEqualTo(YearQuarter.of(-1, 4));
    assertThat(YearQuarter.of(Year.MAX_VALUE, 3).plusQuarters(1))
        .isEqualTo(YearQuarter.of(Year.MAX_VALUE, 4));
    assertThatThrownBy(() -> YearQuarter.of(Year.MAX_VALUE, 4).plusQuarters(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter 999999999-Q4 plus 1 quarters is out of range");
    assertThatThrownBy(() -> Q1_2023.plusQuarters(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter 2023-Q1 plus 9223372036854775807 quarters is out of range");
    assertThatThrownBy(() -> Q1_2023.minusQuarters(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year quarter 2023-Q1 minus -9223372036854775808 quarters is out of range");
  }

  @Test
  void parseIsTheInverseOfToString() {
    assertThat(YearQuarter.parse("2023-Q1")).isEqualTo(Q1_2023);
    for (YearQuarter q :
        List.of(Q1_2023, YearQuarter.of(-44, 3), YearQuarter.of(0, 4), YearQuarter.of(12345, 2))) {
      assertThat(YearQuarter.parse(q.toString())).isEqualTo(q);
    }
  }

  @Test
  void parseRejectsMalformedTexts() {
    for (String bad : List.of("2023Q1", "2023-Q", "2023-Q01", "-Q1", "2023-q1", "abcd-Q1")) {
      assertThatThrownBy(() -> YearQuarter.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Year quarter text must look like '2023-Q1', but was '" + bad + "'");
    }
    assertThatThrownBy(() -> YearQuarter.parse("2023-Q5"))
        .hasMessage("Year quarter 'quarter' must be 1 to 4, but was 5");
  }

  @Test
  void ordersByYearThenQuarter() {
    assertThat(
            List.of(YearQuarter.of(2024, 1), YearQuarter.of(2023, 4), Q1_2023).stream()
                .sorted()
                .toList())
        .containsExactly(Q1_2023, YearQuarter.of(2023, 4), YearQuarter.of(2024, 1));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Q1_2023, YearQuarter.parse("2023-Q1"), YearQuarter.of(2022, 4).plusQuarters(1))
        .addEqualityGroup(YearQuarter.of(2023, 2))
        .addEqualityGroup(YearQuarter.of(2022, 1))
        .testEquals();
  }

  @Test
  void serializesToAnEqualValue() {
    assertThat(SerializableTester.reserializeAndAssert(Q1_2023)).isEqualTo(Q1_2023);
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2023, 1, 1))
            .setDefault(YearQuarter.class, Q1_2023)
            .setDefault(String.class, "2023-Q1");
    tester.testAllPublicStaticMethods(YearQuarter.class);
    tester.testAllPublicInstanceMethods(Q1_2023);
  }

  @Test
  void deserializationRejectsABadQuarter() {
    assertThatThrownBy(() -> reserializeWith(YearQuarter.of(2023, 1), "quarter", 5))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage(
            "Invalid serialized YearQuarter: Year quarter 'quarter' must be 1 to 4, but was 5");
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
