package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.AttractModule;
import io.github.attract.json.PortfolioJson;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Rate targets (开工率, 履约率) in the portfolio format: pinned text, round trip and bad input. */
class RateTargetJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AttractModule());

  private static final Target START_RATE =
      Target.builder()
          .id(TargetId.of("2023-start-rate"))
          .name("开工率 2023")
          .period(DateRange.ofYear(Year.of(2023)))
          .value(MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.80")))
          .build();

  private static final Target FULFILMENT =
      Target.builder()
          .id(TargetId.of("2023-fulfilment-rate"))
          .name("履约率 2023")
          .period(DateRange.ofYear(Year.of(2023)))
          .value(MetricValue.ofRate(Metric.CONTRACT_FULFILMENT_RATE, BigDecimal.ONE))
          .build();

  private static Portfolio portfolio() {
    return Portfolio.builder().addTarget(START_RATE).addTarget(FULFILMENT).build();
  }

  @Test
  void rateTargetsArePinned() throws IOException {
    String written = PortfolioJson.writer().withPrettyPrint(false).write(portfolio());
    assertThat(written)
        .contains(
            "\"targets\":[{\"id\":\"2023-start-rate\",\"name\":\"开工率 2023\","
                + "\"period\":{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\"},"
                + "\"value\":{\"metric\":\"start-rate\",\"rate\":\"0.8\"}},"
                + "{\"id\":\"2023-fulfilment-rate\",\"name\":\"履约率 2023\","
                + "\"period\":{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\"},"
                + "\"value\":{\"metric\":\"contract-fulfilment-rate\",\"rate\":\"1\"}}]");
    Schemas.assertValid(Schemas.PORTFOLIO, written);
    Schemas.assertValid(Schemas.PORTFOLIO, PortfolioJson.writer().write(portfolio()));
  }

  @Test
  void rateTargetsRoundTrip() throws IOException {
    assertThat(PortfolioJson.reader().read(PortfolioJson.writer().write(portfolio())))
        .isEqualTo(portfolio());
    MetricValue v = START_RATE.value();
    String json = MAPPER.writeValueAsString(v);
    assertThat(json).isEqualTo("{\"metric\":\"start-rate\",\"rate\":\"0.8\"}");
    assertThat(MAPPER.readValue(json, MetricValue.class)).isEqualTo(v);
    assertThat(
            MAPPER.readValue("{\"metric\":\"start-rate\",\"rate\":\"0.800\"}", MetricValue.class))
        .isEqualTo(v);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(FULFILMENT), Target.class))
        .isEqualTo(FULFILMENT);
  }

  private static String withValue(String value) throws IOException {
    return PortfolioJson.writer()
        .write(portfolio())
        .replace(
            "{\n        \"metric\": \"start-rate\",\n        \"rate\": \"0.8\"\n      }", value);
  }

  @Test
  void badRatesAreRejectedWithTheirPath() throws IOException {
    assertThat(withValue("X")).contains("X");
    assertThatThrownBy(
            () ->
                PortfolioJson.reader()
                    .read(withValue("{\"metric\": \"start-rate\", \"rate\": \"80\"}")))
        .isInstanceOf(AttractJsonException.class)
        .hasMessageContaining("/targets/0/value")
        .hasMessageContaining(
            "Metric 'start-rate' rate must be a fraction from 0 to 1, but was 80");
    assertThatThrownBy(
            () ->
                PortfolioJson.reader()
                    .read(withValue("{\"metric\": \"start-rate\", \"rate\": 0.8}")))
        .isInstanceOf(AttractJsonException.class)
        .hasMessageContaining("/targets/0/value/rate")
        .hasMessageContaining("Metric value 'rate' must be a decimal string such as \"0.8\"");
    assertThatThrownBy(
            () ->
                PortfolioJson.reader()
                    .read(withValue("{\"metric\": \"start-rate\", \"count\": 8}")))
        .isInstanceOf(AttractJsonException.class)
        .hasMessageContaining("/targets/0/value")
        .hasMessageContaining("Metric 'start-rate' takes a rate value, but was given count 8");
    assertThatThrownBy(() -> PortfolioJson.reader().read(withValue("{\"metric\": \"start-rate\"}")))
        .isInstanceOf(AttractJsonException.class)
        .hasMessageContaining("/targets/0/value")
        .hasMessageContaining("'rate'");
    assertThat(
            Schemas.errors(
                Schemas.PORTFOLIO, withValue("{\"metric\": \"start-rate\", \"rate\": \"1.5\"}")))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                Schemas.PORTFOLIO, withValue("{\"metric\": \"projects\", \"rate\": \"0.5\"}")))
        .isNotEmpty();
  }
}
