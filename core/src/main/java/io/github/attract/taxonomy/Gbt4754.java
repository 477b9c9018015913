package io.github.attract.taxonomy;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The national industrial classification GB/T 4754-2017 (国民经济行业分类) as an {@link IndustryTaxonomy}
 * of three levels: divisions (大类, two-digit codes, level 1), groups (中类, three-digit codes, level
 * 2) and classes (小类, four-digit codes, level 3). The identifier of each industry is its code, e.g.
 * {@code IndustryId.of("1311")} for rice milling.
 *
 * <pre>{@code
 * IndustryTaxonomy gb = Gbt4754.taxonomy();
 * gb.rollUp(IndustryId.of("1110"), Gbt4754.DIVISION).id();   // 11
 * gb.roots().size();                                          // 97 divisions
 * }</pre>
 *
 * <p><b>What the bundled data holds, and what it lacks.</b> {@link #taxonomy()} reads the resource
 * {@code gbt4754-2017.csv} next to this class: the 1,381 class codes of the standard with their
 * names, cleaned from {@code inst/raw-crosswalks/GB_2011_2017_raw.csv} of the GitHub repository
 * {@code robin621/gbcrosswalk}, which extracted them from the PDF text of the standard's
 * correspondence appendix. Consequently:
 *
 * <ul>
 *   <li>Sections (门类, letters A to T) are not in the data, so the divisions are the roots.
 *   <li>Divisions and groups are derived from the class codes (their first two and three digits).
 *       Their names are not in the data, so <b>a division or group is named by its code</b> ({@code
 *       "13"}, {@code "131"}). Borrowing the name of a first class would be wrong (group 131 is not
 *       "稻谷加工"), and inventing names is not this library's business.
 *   <li>Long class names are cut off at the PDF column width, e.g. class 1110 reads "煤炭开采和洗选专业及辅助性"
 *       without its final "活动".
 * </ul>
 *
 * <p>Callers who hold the official labels can read them with {@link #read(Reader)}, whose format
 * also accepts rows of divisions and groups, and so name every level.
 *
 * <p>Immutable and thread-safe; the bundled taxonomy is read once, on first use.
 */
public final class Gbt4754 {
  /** The scheme identifier of the taxonomy, {@value}. */
  public static final String SCHEME = "gbt4754-2017";

  /** The level of divisions (大类, two-digit codes): {@value}. */
  public static final int DIVISION = 1;

  /** The level of groups (中类, three-digit codes): {@value}. */
  public static final int GROUP = 2;

  /** The level of classes (小类, four-digit codes): {@value}. */
  public static final int CLASS = 3;

  static final String RESOURCE = "gbt4754-2017.csv";

  private Gbt4754() {}

  // Read on first use and kept; a failed read is not cached, so its exception reaches every caller
  // as itself rather than as an ExceptionInInitializerError.
  private static final Supplier<IndustryTaxonomy> BUNDLED = Suppliers.memoize(() -> load(RESOURCE));

  /**
   * Returns the GB/T 4754-2017 taxonomy from the data bundled with this library: 97 divisions, 473
   * groups and 1,381 classes. Divisions and groups are named by their codes; see the class
   * documentation for the limits of the data.
   *
   * @return the taxonomy, scheme {@value #SCHEME}
   * @throws IllegalStateException if the bundled resource is missing or malformed (a packaging
   *     error)
   * @throws UncheckedIOException if the bundled resource cannot be read
   */
  public static IndustryTaxonomy taxonomy() {
    return Objects.requireNonNull(BUNDLED.get());
  }

  static IndustryTaxonomy load(String resource) {
    InputStream in = Gbt4754.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "GB/T 4754-2017 resource '"
              + resource
              + "' is missing next to "
              + Gbt4754.class.getName()
              + "; the attract-core jar is incomplete");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "GB/T 4754-2017 resource '" + resource + "' could not be read", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "GB/T 4754-2017 resource '" + resource + "' is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a GB/T 4754-2017 taxonomy from text in the format of the bundled resource: UTF-8 text (a
   * leading byte-order mark is skipped), one {@code code,name} per line, where the code has two,
   * three or four digits; blank lines and lines starting with {@code #} are ignored. Every
   * four-digit code becomes a class under the group of its first three digits, itself under the
   * division of its first two digits. A row with a two- or three-digit code names that division or
   * group; a division or group without a row is named by its code, and one without classes is kept
   * as a leaf.
   *
   * <pre>{@code
   * 13,农副食品加工业
   * 131,谷物磨制
   * 1311,稻谷加工
   * }</pre>
   *
   * @param reader the text; it is read to the end but not closed
   * @return the taxonomy, scheme {@value #SCHEME}
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is not {@code code,name} with a code of two to four
   *     digits and a non-blank name, or a code occurs twice; the message gives the line number
   */
  public static IndustryTaxonomy read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Map<String, String> names = new TreeMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int comma = line.indexOf(',');
      String code = comma < 0 ? line : line.substring(0, comma).strip();
      if (comma < 0 || !code.matches("[0-9]{2,4}")) {
        throw new IllegalArgumentException(
            "GB/T 4754 line "
                + number
                + " must be 'code,name' with a code of 2 to 4 digits, but was '"
                + line
                + "'");
      }
      String name = line.substring(comma + 1).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "GB/T 4754 line " + number + " must have a non-blank name, but was '" + line + "'");
      }
      if (names.put(code, name) != null) {
        throw new IllegalArgumentException(
            "GB/T 4754 line " + number + " repeats the code '" + code + "'");
      }
    }
    Map<String, String> all = new TreeMap<>();
    for (String code : names.keySet()) {
      for (int length = 2; length <= code.length(); length++) {
        String prefix = code.substring(0, length);
        all.put(prefix, names.getOrDefault(prefix, prefix));
      }
    }
    List<Industry> industries = new ArrayList<>(all.size());
    for (Map.Entry<String, String> entry : all.entrySet()) {
      String code = entry.getKey();
      IndustryId id = IndustryId.of(code);
      industries.add(
          code.length() == 2
              ? Industry.of(id, entry.getValue())
              : Industry.of(
                  id, entry.getValue(), IndustryId.of(code.substring(0, code.length() - 1))));
    }
    return IndustryTaxonomy.of(SCHEME, industries);
  }
}
