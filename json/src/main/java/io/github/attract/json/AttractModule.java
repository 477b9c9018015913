package io.github.attract.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Conversion;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.ExchangeRateTable;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Provenance;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.OfficialLevel;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson module of Attract: a serializer and a deserializer for every public value type of
 * attract-core, writing and reading the shapes of the portfolio document format ({@code
 * FORMAT.md}), so that a {@code Project} or {@code Money} inside your own JSON looks exactly as it
 * does in a portfolio document. Identifiers also work as map keys.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new AttractModule());
 * String json = mapper.writeValueAsString(Money.of("CNY", "1050000000"));
 * // "CNY 1050000000.00" (one text, what Money.parse reads; readers also take the object form)
 * Project p = mapper.readValue(projectJson, Project.class);
 * }</pre>
 *
 * <p>Registering this module also registers Jackson's {@code JavaTimeModule} and {@code Jdk8Module}
 * ({@link #getDependencies()}), and {@code ObjectMapper.findAndRegisterModules()} finds it through
 * {@code META-INF/services}. Deserialization goes through core's public factories and builders, so
 * every rule of the domain applies; a bad value fails with an {@link AttractJsonException} whose
 * pointer is the path in the input. Unknown properties fail unless the mapper disables {@code
 * FAIL_ON_UNKNOWN_PROPERTIES}. Reading a whole {@link Portfolio} with a mapper is always strict;
 * {@link PortfolioJson#reader()} adds limits and lenient reading.
 *
 * <p>The module uses no polymorphic or default typing. Immutable and thread-safe once registered.
 */
public final class AttractModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The name under which Jackson registers this module. */
  public static final String NAME = "attract";

  /** Creates the module with every serializer and deserializer registered. */
  public AttractModule() {
    super(NAME, PackageVersion.VERSION);
    // leaves
    both(Money.class, Encode::money, Decode::money);
    both(MultiCurrencyAmount.class, Encode::multiCurrencyAmount, Decode::multiCurrencyAmount);
    text(ReportUnit.class, "Report unit", ReportUnit::code, ReportUnit::ofCode);
    both(ExchangeRate.class, Encode::exchangeRate, Decode::exchangeRate);
    both(ExchangeRateTable.class, Encode::exchangeRateTable, Decode::exchangeRateTable);
    both(Conversion.class, Encode::conversion, Decode::conversion);
    both(Quantity.class, Encode::quantity, Decode::quantity);
    text(Unit.class, "Unit", Unit::symbol, Unit::ofSymbol);
    text(Dimension.class, "Dimension", Dimension::code, Dimension::ofCode);
    both(DateRange.class, Encode::dateRange, Decode::dateRange);
    text(YearQuarter.class, "Year quarter", YearQuarter::toString, YearQuarter::parse);
    // identifiers
    id(ProjectId.class, ProjectId::value, ProjectId::of);
    id(PhaseId.class, PhaseId::value, PhaseId::of);
    id(InvestorId.class, InvestorId::value, InvestorId::of);
    id(IndustryId.class, IndustryId::value, IndustryId::of);
    id(ChainId.class, ChainId::value, ChainId::of);
    id(ChainLinkId.class, ChainLinkId::value, ChainLinkId::of);
    id(FocusAreaId.class, FocusAreaId::value, FocusAreaId::of);
    id(RegionId.class, RegionId::value, RegionId::of);
    id(ActivityId.class, ActivityId::value, ActivityId::of);
    id(SigningId.class, SigningId::value, SigningId::of);
    id(TargetId.class, TargetId::value, TargetId::of);
    id(ReportedFigureId.class, ReportedFigureId::value, ReportedFigureId::of);
    // codes
    text(Status.class, "Status", Status::code, Status::ofCode);
    text(Provenance.class, "Provenance", Provenance::code, Provenance::ofCode);
    text(DesignationKind.class, "Designation kind", DesignationKind::code, DesignationKind::ofCode);
    text(RegionKind.class, "Region kind", RegionKind::code, RegionKind::ofCode);
    text(ActivityKind.class, "Activity kind", ActivityKind::code, ActivityKind::ofCode);
    text(OfficialLevel.class, "Official level", OfficialLevel::code, OfficialLevel::ofCode);
    text(Metric.class, "Metric", Metric::code, Metric::ofCode);
    text(MetricKind.class, "Metric kind", MetricKind::code, MetricKind::ofCode);
    // taxonomy
    both(Industry.class, Encode::industry, Decode::industry);
    both(IndustryTaxonomy.class, Encode::industryTaxonomy, Decode::industryTaxonomy);
    both(ChainLink.class, Encode::chainLink, Decode::chainLink);
    both(ChainLinkRef.class, Encode::chainLinkRef, Decode::chainLinkRef);
    both(IndustrialChain.class, Encode::industrialChain, Decode::industrialChain);
    both(FocusArea.class, Encode::focusArea, Decode::focusArea);
    both(Region.class, Encode::region, Decode::region);
    both(RegionHierarchy.class, Encode::regionHierarchy, Decode::regionHierarchy);
    // projects
    both(Designation.class, Encode::designation, Decode::designation);
    both(StatusChange.class, Encode::statusChange, Decode::statusChange);
    both(StatusHistory.class, Encode::statusHistory, Decode::statusHistory);
    both(Investor.class, Encode::investor, Decode::investor);
    both(DesignedCapacity.class, Encode::designedCapacity, Decode::designedCapacity);
    both(ExpectedOutcomes.class, Encode::expectedOutcomes, Decode::expectedOutcomes);
    both(AnnualPlan.class, Encode::annualPlan, Decode::annualPlan);
    both(ProgressReport.class, Encode::progressReport, Decode::progressReport);
    both(InvestmentRevision.class, Encode::investmentRevision, Decode::investmentRevision);
    both(Phase.class, Encode::phase, Decode::phase);
    both(Project.class, Encode::project, Decode::project);
    // promotion
    both(PromotionActivity.class, Encode::activity, Decode::activity);
    both(Signing.class, Encode::signing, Decode::signing);
    both(MetricValue.class, Encode::metricValue, Decode::metricValue);
    both(Scope.class, Encode::scope, Decode::scope);
    both(Target.class, Encode::target, Decode::target);
    both(ReportedFigure.class, Encode::reportedFigure, Decode::reportedFigure);
    // portfolio
    both(Violation.class, Encode::violation, Decode::violation);
    // what a lenient read found, written only
    addSerializer(
        RecordProblem.class, new Codecs.Serializer<>(RecordProblem.class, Encode::recordProblem));
    addSerializer(
        RejectedRecord.class,
        new Codecs.Serializer<>(RejectedRecord.class, Encode::rejectedRecord));
    addSerializer(
        ReadWarning.class, new Codecs.Serializer<>(ReadWarning.class, Encode::readWarning));
    both(Portfolio.class, Encode::portfolio, Documents::strict);
    // results, written only (ResultJson)
    ResultJson.addSerializers(this, ResultEncode.UNLABELLED);
  }

  private <T> void both(Class<T> type, Encode.Writer<T> writer, Decode.Reader<T> reader) {
    addSerializer(type, new Codecs.Serializer<>(type, writer));
    addDeserializer(type, new Codecs.Deserializer<>(type, reader));
  }

  private <T> void text(
      Class<T> type, String subject, Function<T, String> text, Function<String, T> of) {
    addSerializer(type, Codecs.text(type, text));
    addDeserializer(type, Codecs.text(type, subject, of));
  }

  private <T> void id(Class<T> type, Function<T, String> text, Function<String, T> of) {
    text(type, type.getSimpleName(), text, of);
    addKeySerializer(type, new Codecs.KeySerializer<>(text));
    addKeyDeserializer(type, new Codecs.KeyReader(type, of));
  }

  /**
   * Returns the modules this one needs for the {@code java.time} and {@code Optional} values of
   * your own types: Jackson's {@code Jdk8Module} and {@code JavaTimeModule}.
   *
   * @return the modules registered before this one
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }
}
