package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.SerializableTester;
import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiCurrencyAmountProperties {
  private static final Gen<MultiCurrencyAmount> TOTALS = MoneyGens.multiCurrencyAmount();
  private static final Gen<List<Money>> LISTS = Gens.lists(MoneyGens.anyMoney(), 0, 30);

  @Test
  void emptyIsTheIdentity() {
    Property.forAll(TOTALS)
        .check(
            a -> {
              assertThat(a.combinedWith(MultiCurrencyAmount.empty())).isEqualTo(a);
              assertThat(MultiCurrencyAmount.empty().combinedWith(a)).isEqualTo(a);
            });
  }

  @Test
  void combinedWithIsAssociative() {
    Property.forAll(TOTALS, TOTALS, TOTALS)
        .check(
            (a, b, c) ->
                assertThat(a.combinedWith(b).combinedWith(c))
                    .isEqualTo(a.combinedWith(b.combinedWith(c))));
  }

  @Test
  void combinedWithIsCommutative() {
    Property.forAll(TOTALS, TOTALS)
        .check((a, b) -> assertThat(a.combinedWith(b)).isEqualTo(b.combinedWith(a)));
  }

  @Test
  void theTotalOfAConcatenationIsTheCombinationOfTheTotals() {
    Property.forAll(LISTS, LISTS)
        .check(
            (xs, ys) -> {
              List<Money> both = new ArrayList<>(xs);
              both.addAll(ys);
              assertThat(MultiCurrencyAmount.total(both))
                  .isEqualTo(
                      MultiCurrencyAmount.total(xs).combinedWith(MultiCurrencyAmount.total(ys)));
            });
  }

  @Test
  void collectorGivesTheSameTotalInParallelSequentiallyAndAsAFold() {
    Property.forAll(Gens.lists(MoneyGens.anyMoney(), 0, 200))
        .tries(200)
        .check(
            xs -> {
              MultiCurrencyAmount fold = MultiCurrencyAmount.empty();
              for (Money m : xs) {
                fold = fold.plus(m);
              }
              assertThat(xs.stream().collect(MultiCurrencyAmount.toMultiCurrencyAmount()))
                  .isEqualTo(fold);
              assertThat(xs.parallelStream().collect(MultiCurrencyAmount.toMultiCurrencyAmount()))
                  .isEqualTo(fold);
              assertThat(MultiCurrencyAmount.total(xs)).isEqualTo(fold);
            });
  }

  @Test
  void orderDoesNotMatter() {
    Property.forAll(LISTS.flatMap(xs -> Gens.shuffle(xs).map(ys -> List.of(xs, ys))))
        .check(
            p -> {
              MultiCurrencyAmount a = MultiCurrencyAmount.total(p.get(0));
              MultiCurrencyAmount b = MultiCurrencyAmount.total(p.get(1));
              assertThat(b).isEqualTo(a);
              assertThat(b.toString()).isEqualTo(a.toString());
              assertThat(b.amounts()).isEqualTo(a.amounts());
            });
  }

  @Test
  void eachAmountIsTheTotalOfItsCurrency() {
    Property.forAll(LISTS)
        .check(
            xs -> {
              MultiCurrencyAmount total = MultiCurrencyAmount.total(xs);
              for (Currency c : MoneyGens.CURRENCIES) {
                List<Money> mine = xs.stream().filter(m -> m.isIn(c)).toList();
                assertThat(total.amount(c)).isEqualTo(Money.total(c, mine));
                assertThat(total.contains(c)).isEqualTo(!mine.isEmpty());
              }
              assertThat(total.amounts())
                  .isSortedAccordingTo(
                      (a, b) ->
                          a.currency().getCurrencyCode().compareTo(b.currency().getCurrencyCode()));
            });
  }

  @Test
  void negatedUndoesTheTotal() {
    Property.forAll(TOTALS)
        .check(
            a -> {
              MultiCurrencyAmount zero = a.combinedWith(a.negated());
              assertThat(zero.currencies()).isEqualTo(a.currencies());
              assertThat(zero.amounts()).allMatch(Money::isZero);
              assertThat(a.negated().negated()).isEqualTo(a);
            });
  }

  @Test
  void convertingWithRatesOfOneAddsTheNumbers() {
    List<ExchangeRate> ones = new ArrayList<>();
    for (Currency c : MoneyGens.CURRENCIES) {
      if (!c.equals(Currencies.CNY)) {
        ones.add(
            ExchangeRate.builder()
                .from(c)
                .to(Currencies.CNY)
                .rate(BigDecimal.ONE)
                .date(LocalDate.of(2023, 1, 1))
                .build());
      }
    }
    ExchangeRateTable table = ExchangeRateTable.of(ones);
    Property.forAll(TOTALS)
        .check(
            a -> {
              BigDecimal numbers =
                  a.amounts().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertThat(
                      a.convertedTo(
                          Currencies.CNY,
                          table,
                          LocalDate.of(2023, 6, 30),
                          RoundingMode.UNNECESSARY))
                  .isEqualTo(Money.of(Currencies.CNY, numbers));
            });
  }

  @Test
  void serializationKeepsTheValue() {
    Property.forAll(TOTALS)
        .tries(200)
        .check(a -> assertThat(SerializableTester.reserialize(a)).isEqualTo(a));
  }
}
