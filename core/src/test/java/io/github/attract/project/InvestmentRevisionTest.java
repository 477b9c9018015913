package io.github.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.money.Money;
import io.github.attract.testing.DomainTesters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvestmentRevisionTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

  @Test
  void reportedWithoutReasonUnlessSaidOtherwise() {
    InvestmentRevision r = InvestmentRevision.of(MARCH_1, Money.of("CNY", "1200"));
    assertThat(r.date()).isEqualTo(MARCH_1);
    assertThat(r.total()).isEqualTo(Money.of("CNY", "1200.00"));
    assertThat(r.reason()).isEmpty();
    assertThat(r.document()).isEmpty();
    assertThat(r.provenance()).isEqualTo(Provenance.REPORTED);
    InvestmentRevision full =
        InvestmentRevision.builder()
            .date(MARCH_1)
            .total(Money.of("CNY", "1200"))
            .reason("second line added")
            .document("FGW-2024-17")
            .provenance(Provenance.ESTIMATED)
            .build();
    assertThat(full.reason()).contains("second line added");
    assertThat(full.document()).contains("FGW-2024-17");
    assertThat(full.provenance()).isEqualTo(Provenance.ESTIMATED);
  }

  @Test
  void aNegativeOrForeignTotalIsLeftToTheProjectToReport() {
    assertThat(InvestmentRevision.of(MARCH_1, Money.of("USD", "-1")).total())
        .isEqualTo(Money.of("USD", "-1"));
  }

  @Test
  void textsMustNotBeBlank() {
    assertThatThrownBy(
            () ->
                InvestmentRevision.builder()
                    .date(MARCH_1)
                    .total(Money.of("CNY", "1"))
                    .reason(" ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Investment revision 2024-03-01")
        .hasMessageContaining("'reason'");
    assertThatThrownBy(
            () ->
                InvestmentRevision.builder()
                    .date(MARCH_1)
                    .total(Money.of("CNY", "1"))
                    .document("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'document'");
  }

  @Test
  void missingDateOrTotal() {
    assertThatThrownBy(() -> InvestmentRevision.builder().total(Money.of("CNY", "1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(() -> InvestmentRevision.builder().date(MARCH_1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("total");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            InvestmentRevision.of(MARCH_1, Money.of("CNY", "1200")),
            InvestmentRevision.builder()
                .date(MARCH_1)
                .total(Money.of("CNY", "1200.00"))
                .provenance(Provenance.REPORTED)
                .build())
        .addEqualityGroup(InvestmentRevision.of(MARCH_1.plusDays(1), Money.of("CNY", "1200")))
        .addEqualityGroup(InvestmentRevision.of(MARCH_1, Money.of("CNY", "1201")))
        .addEqualityGroup(
            InvestmentRevision.builder()
                .date(MARCH_1)
                .total(Money.of("CNY", "1200"))
                .reason("r")
                .build())
        .addEqualityGroup(
            InvestmentRevision.builder()
                .date(MARCH_1)
                .total(Money.of("CNY", "1200"))
                .document("d")
                .build())
        .addEqualityGroup(
            InvestmentRevision.builder()
                .date(MARCH_1)
                .total(Money.of("CNY", "1200"))
                .provenance(Provenance.DERIVED)
                .build())
        .testEquals();
  }

  @Test
  void nulls() {
    DomainTesters.nullPointerTester().testAllPublicStaticMethods(InvestmentRevision.class);
    DomainTesters.nullPointerTester()
        .testAllPublicInstanceMethods(InvestmentRevision.of(MARCH_1, Money.of("CNY", "1")));
    DomainTesters.nullPointerTester().testAllPublicInstanceMethods(InvestmentRevision.builder());
  }
}
