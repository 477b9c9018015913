package io.github.attract.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.project.InvestorId;
import io.github.attract.project.ProjectId;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.ProjectContext;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionProperties {
  private static final ProjectContext CONTEXT =
      DomainGens.defaultContext().withCurrencies(DomainGens.CURRENCIES);

  @Test
  void generatedActivitiesRebuildEqual() {
    Property.forAll(DomainGens.activities(CONTEXT))
        .check(
            a ->
                assertThat(
                        PromotionActivity.builder()
                            .id(a.id())
                            .date(a.date())
                            .kind(a.kind())
                            .title(a.title())
                            .leadOfficialLevel(a.leadOfficialLevel())
                            .addAllRegions(a.regions())
                            .addAllCounterparts(a.counterparts())
                            .addAllResultingProjects(a.resultingProjects())
                            .build())
                    .isEqualTo(a)
                    .hasSameHashCodeAs(a));
  }

  @Test
  void generatedSigningsRebuildEqualAndCountTheirProjects() {
    Property.forAll(DomainGens.signings(CONTEXT))
        .check(
            s -> {
              assertThat(
                      Signing.builder()
                          .id(s.id())
                          .date(s.date())
                          .addAllInvestors(s.investors())
                          .addAllProjects(s.projects())
                          .projectCount(s.projectCount())
                          .contractValue(s.contractValue())
                          .activity(s.activity())
                          .build())
                  .isEqualTo(s)
                  .hasSameHashCodeAs(s);
              assertThat(s.unitemizedProjectCount())
                  .isEqualTo(s.projectCount() - s.projects().size())
                  .isNotNegative();
              assertThat(s.investors()).isNotEmpty().doesNotHaveDuplicates();
              assertThat(s.projects()).doesNotHaveDuplicates();
            });
  }

  @Test
  void generatedTargetsAndFiguresRebuildEqual() {
    Property.forAll(DomainGens.targets(CONTEXT), DomainGens.reportedFigures(CONTEXT))
        .check(
            (t, f) -> {
              assertThat(
                      Target.builder()
                          .id(t.id())
                          .name(t.name())
                          .period(t.period())
                          .scope(t.scope())
                          .value(t.value())
                          .build())
                  .isEqualTo(t)
                  .hasSameHashCodeAs(t);
              assertThat(
                      ReportedFigure.builder()
                          .id(f.id())
                          .source(f.source())
                          .period(f.period())
                          .scope(f.scope())
                          .addAllValues(f.values())
                          .description(f.description())
                          .build())
                  .isEqualTo(f)
                  .hasSameHashCodeAs(f);
              for (MetricValue v : f.values()) {
                assertThat(f.value(v.metric())).contains(v);
              }
            });
  }

  @Test
  void aProjectCountBelowTheItemizedProjectsIsRejected() {
    Property.forAll(DomainGens.signings(CONTEXT), Gens.ints(1, 1000))
        .check(
            (s, less) -> {
              int count = s.projects().size() - less;
              assertThatThrownBy(
                      () ->
                          Signing.builder()
                              .id(s.id())
                              .date(s.date())
                              .addAllInvestors(s.investors())
                              .addAllProjects(s.projects())
                              .projectCount(count)
                              .build())
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Signing '"
                          + s.id()
                          + "' 'projectCount' must be at least the "
                          + s.projects().size()
                          + " itemized projects, but was "
                          + count);
            });
  }

  @Test
  void aRepeatedInvestorOrProjectInASigningIsRejected() {
    Property.forAll(DomainGens.signings(CONTEXT), Gens.ints(0, 1000))
        .check(
            (s, pick) -> {
              List<InvestorId> investors = new ArrayList<>(s.investors());
              investors.add(investors.get(pick % investors.size()));
              assertThatThrownBy(
                      () ->
                          Signing.builder()
                              .id(s.id())
                              .date(s.date())
                              .addAllInvestors(investors)
                              .build())
                  .hasMessage(
                      "Signing '"
                          + s.id()
                          + "' 'investors' must be distinct, but were "
                          + investors);
              Property.assume(!s.projects().isEmpty());
              List<ProjectId> projects = new ArrayList<>(s.projects());
              projects.add(projects.get(pick % projects.size()));
              assertThatThrownBy(
                      () ->
                          Signing.builder()
                              .id(s.id())
                              .date(s.date())
                              .addAllInvestors(s.investors())
                              .addAllProjects(projects)
                              .build())
                  .hasMessage(
                      "Signing '" + s.id() + "' 'projects' must be distinct, but were " + projects);
            });
  }

  @Test
  void aMetricStatedTwiceIsRejected() {
    Property.forAll(DomainGens.reportedFigures(CONTEXT), Gens.ints(0, 1000))
        .check(
            (f, pick) -> {
              MetricValue again = f.values().get(pick % f.values().size());
              List<MetricValue> list = new ArrayList<>(f.values());
              list.add(pick % (list.size() + 1), again);
              assertThatThrownBy(
                      () ->
                          ReportedFigure.builder()
                              .id(f.id())
                              .source(f.source())
                              .period(f.period())
                              .addAllValues(list)
                              .build())
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "Reported figure '"
                          + f.id()
                          + "' states metric '"
                          + again.metric().code()
                          + "' twice, but each metric may be stated once");
            });
  }

  @Test
  void aValueOfTheWrongKindIsRejected() {
    Property.forAll(DomainGens.metricValues(CONTEXT), Gens.elements(Metric.values()))
        .check(
            (v, metric) -> {
              if (metric.kind() == v.metric().kind()) {
                return;
              }
              String prefix =
                  "Metric '"
                      + metric.code()
                      + "' takes a "
                      + metric.kind().code()
                      + " value, but was given ";
              if (v.count().isPresent()) {
                assertThatThrownBy(() -> MetricValue.ofCount(metric, v.count().getAsLong()))
                    .hasMessage(prefix + "count " + v.count().getAsLong());
              } else if (v.amount().isPresent()) {
                assertThatThrownBy(() -> MetricValue.ofMoney(metric, v.amount().get()))
                    .hasMessage(prefix + "money " + v.amount().get());
              } else if (v.quantity().isPresent()) {
                assertThatThrownBy(() -> MetricValue.ofQuantity(metric, v.quantity().get()))
                    .hasMessage(prefix + "quantity " + v.quantity().get());
              } else {
                assertThatThrownBy(() -> MetricValue.ofRate(metric, v.rate().orElseThrow()))
                    .hasMessage(prefix + "rate " + v.rate().orElseThrow().toPlainString());
              }
            });
  }
}
