package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExpectedOutcomesTest {
  private static Money cny(long major) {
    return Money.ofMajor(Currencies.CNY, major);
  }

  private static final ExpectedOutcomes FENGFAN =
      ExpectedOutcomes.builder()
          .annualRevenue(cny(1_500_000_000L))
          .annualProfit(cny(250_000_000L))
          .annualTax(cny(100_000_000L))
          .jobs(300)
          .build();

  @Test
  void theSeedsFengfanFigures() {
    assertThat(FENGFAN.annualRevenue()).contains(cny(1_500_000_000L));
    assertThat(FENGFAN.annualProfit()).contains(cny(250_000_000L));
    assertThat(FENGFAN.annualTax()).contains(cny(100_000_000L));
    assertThat(FENGFAN.jobs()).isEqualTo(OptionalLong.of(300));
    assertThat(FENGFAN.provenance()).isEqualTo(Provenance.REPORTED);
  }

  @Test
  void everyFigureIsOptional() {
    ExpectedOutcomes none = ExpectedOutcomes.builder().build();
    assertThat(none.annualRevenue()).isEmpty();
    assertThat(none.annualProfit()).isEmpty();
    assertThat(none.annualTax()).isEmpty();
    assertThat(none.jobs()).isEmpty();
    assertThat(none.provenance()).isEqualTo(Provenance.REPORTED);
    ExpectedOutcomes viaOptionals =
        ExpectedOutcomes.builder()
            .annualRevenue(Optional.empty())
            .annualProfit(Optional.of(cny(1)))
            .annualTax(Optional.empty())
            .jobs(OptionalLong.empty())
            .provenance(Provenance.ESTIMATED)
            .build();
    assertThat(viaOptionals.annualProfit()).contains(cny(1));
    assertThat(viaOptionals.jobs()).isEmpty();
    assertThat(viaOptionals.provenance()).isEqualTo(Provenance.ESTIMATED);
  }

  @Test
  void moneyMustNotBeNegative() {
    Money minus = Money.of("CNY", "-1");
    assertThatThrownBy(() -> ExpectedOutcomes.builder().annualRevenue(minus).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected outcomes 'annualRevenue' must not be negative, but was CNY -1.00");
    assertThatThrownBy(() -> ExpectedOutcomes.builder().annualProfit(minus).build())
        .hasMessage("Expected outcomes 'annualProfit' must not be negative, but was CNY -1.00");
    assertThatThrownBy(() -> ExpectedOutcomes.builder().annualTax(minus).build())
        .hasMessage("Expected outcomes 'annualTax' must not be negative, but was CNY -1.00");
  }

  @Test
  void jobsMustNotBeNegative() {
    assertThatThrownBy(() -> ExpectedOutcomes.builder().jobs(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected outcomes 'jobs' must not be negative, but was -3");
    assertThat(ExpectedOutcomes.builder().jobs(0).build().jobs()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void figuresShareOneCurrency() {
    Money usd = Money.ofMajor(Currencies.USD, 1);
    assertThatThrownBy(
            () -> ExpectedOutcomes.builder().annualRevenue(cny(1)).annualProfit(usd).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Expected outcomes 'annualProfit' must be in CNY like the others, but was USD 1.00");
    assertThatThrownBy(
            () -> ExpectedOutcomes.builder().annualRevenue(cny(1)).annualTax(usd).build())
        .hasMessage(
            "Expected outcomes 'annualTax' must be in CNY like the others, but was USD 1.00");
    assertThatThrownBy(() -> ExpectedOutcomes.builder().annualProfit(cny(1)).annualTax(usd).build())
        .hasMessage(
            "Expected outcomes 'annualTax' must be in CNY like the others, but was USD 1.00");
    assertThat(
            ExpectedOutcomes.builder()
                .annualRevenue(usd)
                .annualProfit(usd)
                .annualTax(usd)
                .build()
                .annualTax())
        .contains(usd);
  }

  @Test
  void everyBrokenRuleIsListedEachCurrencyAgainstTheFirstFigure() {
    Money usd = Money.ofMajor(Currencies.USD, 1);
    assertThatThrownBy(
            () ->
                ExpectedOutcomes.builder()
                    .annualRevenue(cny(-1))
                    .annualProfit(usd)
                    .annualTax(usd)
                    .jobs(-3)
                    .build())
        .isInstanceOfSatisfying(
            InvalidPartException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path().orElseThrow())
                  .containsExactly("annualRevenue", "jobs", "annualProfit", "annualTax");
              assertThat(e.violations().get(1).message())
                  .isEqualTo("Expected outcomes 'jobs' must not be negative, but was -3");
              assertThat(e.getMessage()).startsWith("Expected outcomes breaks 4 rules:");
            });
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            FENGFAN,
            ExpectedOutcomes.builder()
                .annualRevenue(cny(1_500_000_000L))
                .annualProfit(cny(250_000_000L))
                .annualTax(cny(100_000_000L))
                .jobs(300)
                .provenance(Provenance.REPORTED)
                .build())
        .addEqualityGroup(ExpectedOutcomes.builder().build())
        .addEqualityGroup(ExpectedOutcomes.builder().provenance(Provenance.ESTIMATED).build())
        .addEqualityGroup(ExpectedOutcomes.builder().jobs(300).build())
        .addEqualityGroup(ExpectedOutcomes.builder().annualRevenue(cny(1)).build())
        .addEqualityGroup(ExpectedOutcomes.builder().annualProfit(cny(1)).build())
        .addEqualityGroup(ExpectedOutcomes.builder().annualTax(cny(1)).build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(ExpectedOutcomes.class);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(FENGFAN);
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(ExpectedOutcomes.builder());
  }
}
