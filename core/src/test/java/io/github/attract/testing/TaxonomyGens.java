package io.github.attract.testing;

import com.google.common.collect.ImmutableList;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLink;
import io.github.attract.taxonomy.ChainLinkId;
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
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Generators of valid taxonomy values for property tests: industry taxonomies, region hierarchies,
 * industrial chains and focus areas. Every value is valid by construction (no filtering), so the
 * generators shrink well: towards fewer, shallower industries and regions.
 *
 * <pre>{@code
 * Property.forAll(TaxonomyGens.taxonomies())
 *     .check(t -> assertThat(t.industries()).hasSize(t.size()));
 * }</pre>
 *
 * <p>Identifiers are short and predictable so that counterexamples read well: industries {@code i0,
 * i1, ...}, administrative regions {@code r0, r1, ...}, economic regions {@code e0, e1, ...},
 * chains {@code c0, c1, ...} and links {@code l0, l1, ...}; the number is the order of creation, so
 * that identifier order ({@code i10 < i2}) differs from creation order and exercises sorting.
 */
public final class TaxonomyGens {
  /** The largest number of industries of a generated taxonomy. */
  public static final int MAX_INDUSTRIES = 40;

  /** The largest number of administrative regions of a generated hierarchy. */
  public static final int MAX_REGIONS = 30;

  private static final ImmutableList<RegionKind> ADMINISTRATIVE_KINDS =
      ImmutableList.of(
          RegionKind.COUNTRY,
          RegionKind.PROVINCE,
          RegionKind.CITY,
          RegionKind.COUNTY,
          RegionKind.DISTRICT,
          RegionKind.DEVELOPMENT_ZONE);

  private TaxonomyGens() {}

  /**
   * Generates lists of industries that form a valid forest (unique ids, parents present, no cycle),
   * in an order in which a parent always comes before its children. Parents are drawn from earlier
   * industries, often the latest one, so deep chains occur as well as wide trees.
   *
   * @param minSize the smallest number of industries, at least 0
   * @param maxSize the largest number of industries, at least {@code minSize}
   * @return the generator of lists of {@code minSize} to {@code maxSize} industries
   */
  public static Gen<List<Industry>> industryForests(int minSize, int maxSize) {
    Gen<Integer> sizes = Gens.ints(minSize, maxSize);
    Gen<Boolean> coins = Gens.booleans();
    return source -> {
      int size = sizes.generate(source);
      List<Industry> industries = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        IndustryId id = IndustryId.of("i" + i);
        String name = "Industry " + i;
        // -1 means "a root"; a coin biases towards the latest industry to grow deep chains.
        int parent =
            i > 0 && coins.generate(source) ? i - 1 : Gens.ints(-1, i - 1).generate(source);
        industries.add(
            parent < 0
                ? Industry.of(id, name)
                : Industry.of(id, name, industries.get(parent).id()));
      }
      return ImmutableList.copyOf(industries);
    };
  }

  /**
   * Generates valid industry lists of up to {@link #MAX_INDUSTRIES} industries in a random order
   * (children may come before their parents), the input of {@link IndustryTaxonomy#of}.
   *
   * @return the generator
   */
  public static Gen<List<Industry>> industryLists() {
    return industryForests(0, MAX_INDUSTRIES).flatMap(Gens::shuffle);
  }

  /**
   * Generates valid industry taxonomies of up to {@link #MAX_INDUSTRIES} industries, scheme {@code
   * "generated"}; some are empty, some flat, some deep.
   *
   * @return the generator
   */
  public static Gen<IndustryTaxonomy> taxonomies() {
    return industryLists().map(list -> IndustryTaxonomy.of("generated", list));
  }

  /**
   * Generates non-empty valid industry taxonomies.
   *
   * @return the generator of taxonomies with at least one industry
   */
  public static Gen<IndustryTaxonomy> nonEmptyTaxonomies() {
    return industryForests(1, MAX_INDUSTRIES)
        .flatMap(Gens::shuffle)
        .map(list -> IndustryTaxonomy.of("generated", list));
  }

  /**
   * Generates lists of regions that form a valid hierarchy: administrative regions {@code r0, r1,
   * ...} whose parent, if any, is an earlier region of a strictly coarser kind, then up to three
   * economic regions {@code e0, e1, ...} with a non-empty set of administrative members each.
   *
   * @param maxAdministrative the largest number of administrative regions, at least 1
   * @return the generator of lists in creation order (parents first, economic regions last)
   */
  public static Gen<List<Region>> regionLists(int maxAdministrative) {
    Gen<Integer> sizes = Gens.ints(1, maxAdministrative);
    Gen<RegionKind> kinds = Gens.elements(ADMINISTRATIVE_KINDS);
    Gen<Integer> economicCounts = Gens.ints(0, 3);
    Gen<Integer> dice = Gens.ints(0, 3);
    return source -> {
      int size = sizes.generate(source);
      List<Region> administrative = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        RegionKind kind = kinds.generate(source);
        List<Region> coarser = new ArrayList<>();
        for (Region r : administrative) {
          if (r.kind().isCoarserThan(kind)) {
            coarser.add(r);
          }
        }
        RegionId id = RegionId.of("r" + i);
        String name = "Region " + i;
        // Mostly nested: top-level when no parent fits, or one time in four.
        if (coarser.isEmpty() || dice.generate(source) == 0) {
          administrative.add(Region.of(id, name, kind));
        } else {
          Region parent = Gens.elements(coarser).generate(source);
          administrative.add(Region.of(id, name, kind, parent.id()));
        }
      }
      List<Region> regions = new ArrayList<>(administrative);
      int economic = economicCounts.generate(source);
      Gen<Region> members = Gens.elements(administrative);
      for (int e = 0; e < economic; e++) {
        TreeSet<RegionId> memberIds = new TreeSet<>();
        for (Region member : Gens.lists(members, 1, 4).generate(source)) {
          memberIds.add(member.id());
        }
        regions.add(Region.economic(RegionId.of("e" + e), "Economic region " + e, memberIds));
      }
      return ImmutableList.copyOf(regions);
    };
  }

  /**
   * Generates valid region lists of up to {@link #MAX_REGIONS} administrative regions in a random
   * order, the input of {@link RegionHierarchy#of}.
   *
   * @return the generator
   */
  public static Gen<List<Region>> regionLists() {
    return regionLists(MAX_REGIONS).flatMap(Gens::shuffle);
  }

  /**
   * Generates valid region hierarchies of up to {@link #MAX_REGIONS} administrative regions and up
   * to three economic regions.
   *
   * @return the generator
   */
  public static Gen<RegionHierarchy> regionHierarchies() {
    return regionLists().map(RegionHierarchy::of);
  }

  /**
   * Generates chain links {@code l<n>} with an optional description.
   *
   * @param n the number in the identifier
   * @return the generator of links with identifier {@code "l" + n}
   */
  public static Gen<ChainLink> chainLinks(int n) {
    return Gens.optionals(Gens.strings("abcdef", 1, 12))
        .map(
            description ->
                description.isPresent()
                    ? ChainLink.of(ChainLinkId.of("l" + n), "Link " + n, description.get())
                    : ChainLink.of(ChainLinkId.of("l" + n), "Link " + n));
  }

  /**
   * Generates industrial chains of 0 to 12 links with unique identifiers, in a random order, for an
   * industry of {@code industries}.
   *
   * @param industries the identifiers of the industries a chain may belong to, at least one
   * @return the generator of chains {@code c<n>}
   */
  public static Gen<IndustrialChain> chains(List<IndustryId> industries) {
    Gen<Integer> numbers = Gens.ints(0, 9);
    Gen<IndustryId> industryIds = Gens.elements(industries);
    Gen<Integer> sizes = Gens.ints(0, 12);
    return source -> {
      int number = numbers.generate(source);
      IndustryId industry = industryIds.generate(source);
      int size = sizes.generate(source);
      List<ChainLink> links = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        links.add(chainLinks(i).generate(source));
      }
      return IndustrialChain.builder()
          .id(ChainId.of("c" + number))
          .name("Chain " + number)
          .industry(industry)
          .addAllLinks(Gens.shuffle(links).generate(source))
          .build();
    };
  }

  /**
   * Generates industrial chains of the industry {@code i0}.
   *
   * @return the generator
   */
  public static Gen<IndustrialChain> chains() {
    return chains(List.of(IndustryId.of("i0")));
  }

  /**
   * Generates focus areas {@code f0} to {@code f9} with an optional description.
   *
   * @return the generator
   */
  public static Gen<FocusArea> focusAreas() {
    return Gens.combine(
        Gens.ints(0, 9),
        Gens.optionals(Gens.strings("abcdef", 1, 12)),
        (Integer n, Optional<String> description) ->
            description.isPresent()
                ? FocusArea.of(FocusAreaId.of("f" + n), "Focus " + n, description.get())
                : FocusArea.of(FocusAreaId.of("f" + n), "Focus " + n));
  }
}
