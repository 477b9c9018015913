/**
 * JSON for Attract: the portfolio document format ({@link io.github.attract.json.PortfolioJson},
 * strict and lenient {@link io.github.attract.json.PortfolioReader}, {@link
 * io.github.attract.json.PortfolioWriter}, a JSON Schema), the Jackson module {@link
 * io.github.attract.json.AttractModule} for single values, and OC4IDS export and import ({@link
 * io.github.attract.json.Oc4ids}). Bad input fails with one exception, {@link
 * io.github.attract.json.AttractJsonException}, that carries the JSON Pointer of the bad value.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioJson.reader().read(Path.of("shuangyashan-2023.json"));
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise; nothing here reads the
 * clock, the default locale or time zone.
 */
@NullMarked
package io.github.attract.json;

import org.jspecify.annotations.NullMarked;
