package io.github.attract.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateRangeProperties {
  private static final LocalDate MIN = LocalDate.of(2020, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2026, 12, 31);
  private static final Gen<DateRange> RANGES = MoneyGens.dateRange(MIN, MAX);
  private static final Gen<LocalDate> DAYS = Gens.dates(MIN.minusDays(10), MAX.plusDays(10));

  private static Range<LocalDate> oracle(DateRange r) {
    return Range.closed(r.start(), r.end());
  }

  @Test
  void parseReadsWhatToStringWrites() {
    Gen<DateRange> wide =
        Gens.oneOf(
            RANGES, MoneyGens.dateRange(LocalDate.of(-9999, 1, 1), LocalDate.of(99999, 12, 31)));
    Property.forAll(wide).check(r -> assertThat(DateRange.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void containsAgreesWithGuavaRange() {
    Property.forAll(RANGES, DAYS)
        .check((r, d) -> assertThat(r.contains(d)).isEqualTo(oracle(r).contains(d)));
  }

  @Test
  void overlapsAndIntersectionAgreeWithGuavaRange() {
    Property.forAll(RANGES, RANGES)
        .check(
            (a, b) -> {
              boolean connected = oracle(a).isConnected(oracle(b));
              assertThat(a.overlaps(b)).isEqualTo(connected);
              assertThat(b.overlaps(a)).isEqualTo(connected);
              Optional<DateRange> expected =
                  connected
                      ? Optional.of(intersection(oracle(a).intersection(oracle(b))))
                      : Optional.empty();
              assertThat(a.intersection(b)).isEqualTo(expected);
              assertThat(b.intersection(a)).isEqualTo(expected);
            });
  }

  private static DateRange intersection(Range<LocalDate> r) {
    return DateRange.of(r.lowerEndpoint(), r.upperEndpoint());
  }

  @Test
  void lengthMonthsQuartersAndYearsAgreeWithADayByDayLoop() {
    Property.forAll(RANGES)
        .tries(300)
        .check(
            r -> {
              long days = 0;
              Set<YearMonth> months = new LinkedHashSet<>();
              Set<YearQuarter> quarters = new LinkedHashSet<>();
              Set<Year> years = new LinkedHashSet<>();
              for (LocalDate d = r.start(); !d.isAfter(r.end()); d = d.plusDays(1)) {
                days++;
                months.add(YearMonth.from(d));
                quarters.add(YearQuarter.from(d));
                years.add(Year.from(d));
              }
              assertThat(r.lengthInDays()).isEqualTo(days);
              assertThat(r.months()).isEqualTo(List.copyOf(months));
              assertThat(r.quarters()).isEqualTo(List.copyOf(quarters));
              assertThat(r.years()).isEqualTo(List.copyOf(years));
            });
  }

  @Test
  void compareToOrdersByStartThenEnd() {
    Property.forAll(RANGES, RANGES)
        .check(
            (a, b) -> {
              int expected =
                  a.start().equals(b.start())
                      ? a.end().compareTo(b.end())
                      : a.start().compareTo(b.start());
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            });
  }

  @Test
  void quarterArithmeticIsConsistent() {
    Gen<Long> steps = Gens.longs(-10_000, 10_000);
    Property.forAll(MoneyGens.yearQuarter(), steps, steps)
        .check(
            (q, n, m) -> {
              assertThat(q.plusQuarters(n).minusQuarters(n)).isEqualTo(q);
              assertThat(q.plusQuarters(n).plusQuarters(m)).isEqualTo(q.plusQuarters(n + m));
              YearQuarter later = q.plusQuarters(n);
              assertThat(Integer.signum(later.compareTo(q))).isEqualTo(Long.signum(n));
              assertThat(YearQuarter.parse(later.toString())).isEqualTo(later);
              DateRange days = later.toDateRange();
              assertThat(YearQuarter.from(days.start())).isEqualTo(later);
              assertThat(YearQuarter.from(days.end())).isEqualTo(later);
              assertThat(days.end().plusDays(1))
                  .isEqualTo(later.plusQuarters(1).toDateRange().start());
            });
  }
}
