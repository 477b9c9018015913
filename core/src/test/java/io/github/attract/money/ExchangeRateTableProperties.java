package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeRateTableProperties {
  private static final LocalDate MIN = LocalDate.of(2023, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2023, 12, 31);
  private static final Gen<LocalDate> DATES = Gens.dates(MIN.minusDays(30), MAX.plusDays(30));
  private static final Gen<RoundingMode> ROUNDINGS =
      Gens.elements(
          Arrays.stream(RoundingMode.values()).filter(r -> r != RoundingMode.UNNECESSARY).toList());

  /** Rates of USD/CNY and CNY/USD on distinct or equal dates; conflicting duplicates removed. */
  private static final Gen<List<ExchangeRate>> RATES =
      Gens.lists(
              Gens.oneOf(
                  MoneyGens.exchangeRate(Currencies.USD, Currencies.CNY, MIN, MAX),
                  MoneyGens.exchangeRate(Currencies.CNY, Currencies.USD, MIN, MAX)),
              0,
              12)
          .map(ExchangeRateTableProperties::withoutConflicts);

  private static List<ExchangeRate> withoutConflicts(List<ExchangeRate> rates) {
    List<ExchangeRate> kept = new ArrayList<>();
    for (ExchangeRate r : rates) {
      boolean clash =
          kept.stream()
              .anyMatch(
                  k ->
                      k.from().equals(r.from())
                          && k.to().equals(r.to())
                          && k.date().equals(r.date()));
      if (!clash) {
        kept.add(r);
      }
    }
    return List.copyOf(kept);
  }

  @Test
  void rateInForceIsTheLatestQuoteOnOrBeforeTheDate() {
    Property.forAll(RATES, DATES)
        .check(
            (rates, on) -> {
              ExchangeRateTable table = ExchangeRateTable.of(rates);
              Optional<ExchangeRate> oracle =
                  rates.stream()
                      .filter(r -> r.from().equals(Currencies.USD) && !r.date().isAfter(on))
                      .max(Comparator.comparing(ExchangeRate::date));
              assertThat(table.findRate(Currencies.USD, Currencies.CNY, on)).isEqualTo(oracle);
            });
  }

  @Test
  void withInversesTheLatestQuoteOfEitherDirectionWinsTheDirectOneOnATie() {
    Property.forAll(RATES, DATES)
        .check(
            (rates, on) -> {
              ExchangeRateTable table = ExchangeRateTable.of(rates).derivingInverses();
              Optional<ExchangeRate> oracle =
                  rates.stream()
                      .filter(r -> !r.date().isAfter(on))
                      .max(
                          Comparator.comparing(ExchangeRate::date)
                              .thenComparing(r -> r.from().equals(Currencies.USD)));
              assertThat(table.findRate(Currencies.USD, Currencies.CNY, on)).isEqualTo(oracle);
            });
  }

  @Test
  void tablesDoNotDependOnTheOrderOfTheirRates() {
    Property.forAll(RATES.flatMap(r -> Gens.combine(Gens.constant(r), Gens.shuffle(r), List::of)))
        .check(
            pair -> {
              assertThat(ExchangeRateTable.of(pair.get(1)))
                  .isEqualTo(ExchangeRateTable.of(pair.get(0)));
              ExchangeRateTable added = ExchangeRateTable.empty();
              for (ExchangeRate r : pair.get(1)) {
                added = added.withRate(r);
              }
              assertThat(added).isEqualTo(ExchangeRateTable.of(pair.get(0)));
            });
  }

  @Test
  void conversionsAreTheRateTimesTheAmountRoundedOnce() {
    Property.forAll(RATES, MoneyGens.money(Currencies.USD), ROUNDINGS)
        .check(
            (rates, usd, rounding) -> {
              ExchangeRateTable table = ExchangeRateTable.of(rates);
              Optional<ExchangeRate> rate = table.findRate(Currencies.USD, Currencies.CNY, MAX);
              Property.assume(rate.isPresent());
              Conversion c = table.convert(usd, Currencies.CNY, MAX, rounding);
              assertThat(c.source()).isEqualTo(usd);
              assertThat(c.rate()).isEqualTo(rate.get());
              assertThat(c.converted().amount())
                  .isEqualTo(usd.amount().multiply(rate.get().rate()).setScale(2, rounding));
            });
  }

  @Test
  void aRateOfOneConvertsWithoutChangingTheNumber() {
    Property.forAll(MoneyGens.anyMoney(), MoneyGens.currencies(), Gens.dates(MIN, MAX))
        .check(
            (m, target, on) -> {
              Property.assume(target.getDefaultFractionDigits() >= m.scale());
              ExchangeRateTable table =
                  m.isIn(target)
                      ? ExchangeRateTable.empty()
                      : ExchangeRateTable.of(
                          ExchangeRate.builder()
                              .from(m.currency())
                              .to(target)
                              .rate(BigDecimal.ONE)
                              .date(MIN)
                              .build());
              Conversion c = table.convert(m, target, on, RoundingMode.UNNECESSARY);
              assertThat(c.converted()).isEqualTo(Money.of(target, m.amount()));
              assertThat(c.converted().amount().compareTo(m.amount())).isZero();
              Conversion back =
                  table
                      .derivingInverses()
                      .convert(c.converted(), m.currency(), on, RoundingMode.UNNECESSARY);
              assertThat(back.converted()).isEqualTo(m);
            });
  }

  @Test
  void sameCurrencyConversionIsTheIdentity() {
    Property.forAll(RATES, MoneyGens.anyMoney(), DATES)
        .check(
            (rates, m, on) -> {
              Conversion c =
                  ExchangeRateTable.of(rates)
                      .convert(m, m.currency(), on, RoundingMode.UNNECESSARY);
              assertThat(c.converted()).isEqualTo(m);
              assertThat(c.rate()).isEqualTo(ExchangeRate.identity(m.currency(), on));
            });
  }

  @Test
  void exchangeRatesParseWhatTheyWrite() {
    Property.forAll(MoneyGens.exchangeRate(Currencies.EUR, Currencies.HKD, MIN, MAX))
        .check(r -> assertThat(ExchangeRate.parse(r.toString())).isEqualTo(r));
  }
}
