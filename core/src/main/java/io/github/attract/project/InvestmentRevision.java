package io.github.attract.project;

import io.github.attract.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated revision of a project's total investment (调整总投资): from its date on, the project's total
 * investment is the revision's total, until the next revision.
 *
 * <pre>{@code
 * InvestmentRevision revised = InvestmentRevision.builder()
 *     .date(LocalDate.of(2024, 3, 1))
 *     .total(Money.ofMajor(Currencies.CNY, 1_200_000_000L))
 *     .reason("second production line added")
 *     .document("SYS-FGW-2024-17")
 *     .build();
 * }</pre>
 *
 * <p>A revision checks only that its texts are neither blank nor padded with white space. Its total
 * is checked by the project that holds it (in the project's currency, not negative), so that a bulk
 * check reports a bad total with its field path, {@code totalInvestmentRevisions[i].total}, along
 * with every other broken rule.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvestmentRevision {
  InvestmentRevision() {}

  /**
   * Returns the day from which the revised total is in force.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the revised total investment.
   *
   * @return the amount
   */
  public abstract Money total();

  /**
   * Returns why the total was revised.
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * Returns the document that approved the revision, e.g. its file number (文号).
   *
   * @return the document reference, if given
   */
  public abstract Optional<String> document();

  /**
   * Returns where the revised total comes from.
   *
   * @return the provenance, {@code REPORTED} unless set
   */
  @Value.Default
  public Provenance provenance() {
    return Provenance.REPORTED;
  }

  /**
   * Returns a reported revision without reason or document.
   *
   * <pre>{@code
   * InvestmentRevision r = InvestmentRevision.of(LocalDate.of(2024, 3, 1), Money.of("CNY", "1200"));
   * }</pre>
   *
   * @param date the day from which the total is in force
   * @param total the revised total investment
   * @return the revision
   */
  public static InvestmentRevision of(LocalDate date, Money total) {
    return builder().date(date).total(total).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableInvestmentRevision.builder();
  }

  @Value.Check
  void check() {
    PartCheck check = new PartCheck("investment-revision", date(), "Investment revision {}");
    reason().ifPresent(r -> check.nonBlank("reason", r));
    document().ifPresent(d -> check.nonBlank("document", d));
    check.throwIfFailed();
  }

  /** Builds an {@link InvestmentRevision}; {@code date} and {@code total} are required. */
  public interface Builder {
    /**
     * Sets the day from which the revised total is in force.
     *
     * @param date the date
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Sets the revised total investment.
     *
     * @param total the amount
     * @return this builder
     */
    Builder total(Money total);

    /**
     * Sets why the total was revised.
     *
     * @param reason the reason, not blank
     * @return this builder
     */
    Builder reason(String reason);

    /**
     * Sets why the total was revised, if given.
     *
     * @param reason the reason or empty
     * @return this builder
     */
    Builder reason(Optional<String> reason);

    /**
     * Sets the document that approved the revision.
     *
     * @param document the document reference, not blank
     * @return this builder
     */
    Builder document(String document);

    /**
     * Sets the document that approved the revision, if given.
     *
     * @param document the document reference or empty
     * @return this builder
     */
    Builder document(Optional<String> document);

    /**
     * Sets where the revised total comes from.
     *
     * @param provenance the provenance
     * @return this builder
     */
    Builder provenance(Provenance provenance);

    /**
     * Builds the revision.
     *
     * @return the revision
     * @throws IllegalStateException if a required attribute is missing
     * @throws InvalidPartException if the reason or document is blank or padded with white space
     */
    InvestmentRevision build();
  }
}
