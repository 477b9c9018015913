package io.github.attract.taxonomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.attract.internal.Ids;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable tree of {@link Industry industries} under a scheme identifier: a city's own list of
 * leading industries, or a national classification such as GB/T 4754-2017 ({@link Gbt4754}).
 *
 * <pre>{@code
 * IndustryId coal = IndustryId.of("coal");
 * IndustryId mining = IndustryId.of("coal-mining");
 * IndustryTaxonomy t = IndustryTaxonomy.of("shuangyashan-leading-industries", List.of(
 *     Industry.of(coal, "Coal"),
 *     Industry.of(mining, "Coal mining", coal)));
 * t.level(mining);              // 2
 * t.rollUp(mining, 1).id();     // coal
 * }</pre>
 *
 * <p><b>Levels.</b> A root has level 1, its children level 2, and so on. {@link #rollUp(IndustryId,
 * int)} maps an industry to its ancestor at a level, or to the industry itself when it is shallower
 * than that level, so rolling a mixed-depth taxonomy up to level 2 never loses a level-1 industry.
 * {@link #ancestorAt(IndustryId, int)} is the strict variant that is empty in that case.
 *
 * <p><b>Order.</b> Children are ordered by identifier, and {@link #industries()} lists the tree in
 * pre-order (each industry before its children, siblings by identifier). The order therefore does
 * not depend on the order of the input, and two taxonomies with the same scheme and the same
 * industries are equal.
 *
 * <p><b>Cost.</b> Construction takes O(n log n) time and O(n) memory; it links every industry to
 * its parent's node and stores its level. {@link #level} and {@link #parent} are then one hash
 * look-up; {@link #rollUp}, {@link #ancestorAt}, {@link #isDescendantOf} and {@link #isWithin} add
 * a walk of at most {@code level(id) - level} parent links, i.e. O(depth), which is at most two
 * steps for GB/T 4754.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndustryTaxonomy {
  private static final Comparator<Industry> BY_ID = Comparator.comparing(Industry::id);

  private final String scheme;
  private final ImmutableList<Industry> industries;
  private final ImmutableList<Industry> roots;
  private final ImmutableMap<IndustryId, Node> nodes;
  private final int depth;

  /** An industry with its parent's node, its level and its ordered children. */
  private static final class Node {
    final Industry industry;
    final @Nullable Node parent;
    final int level;
    ImmutableList<Industry> children = ImmutableList.of();

    Node(Industry industry, @Nullable Node parent) {
      this.industry = industry;
      this.parent = parent;
      this.level = parent == null ? 1 : parent.level + 1;
    }

    /** Walks up to the ancestor at a level no greater than this node's. */
    Node up(int target) {
      Node node = this;
      for (int i = level; i > target; i--) {
        node = Objects.requireNonNull(node.parent);
      }
      return node;
    }
  }

  private IndustryTaxonomy(
      String scheme,
      ImmutableList<Industry> industries,
      ImmutableList<Industry> roots,
      ImmutableMap<IndustryId, Node> nodes,
      int depth) {
    this.scheme = scheme;
    this.industries = industries;
    this.roots = roots;
    this.nodes = nodes;
    this.depth = depth;
  }

  /**
   * Returns the taxonomy of a list of industries, in any order.
   *
   * @param scheme the identifier of the scheme, e.g. {@code "gbt4754-2017"}; 1 to 128 characters
   *     without control characters or surrounding white space
   * @param industries the industries
   * @return the taxonomy
   * @throws IllegalArgumentException if the scheme identifier is malformed, two industries have the
   *     same identifier, an industry's parent is not in the list, or parents form a cycle; the
   *     message names the offending identifier
   */
  public static IndustryTaxonomy of(String scheme, Iterable<Industry> industries) {
    Ids.check("Industry taxonomy 'scheme'", scheme);
    Objects.requireNonNull(industries, "industries");
    String subject = "Industry taxonomy '" + scheme + "'";
    // Sorted by id, so that the reported error does not depend on the input order.
    Map<IndustryId, Industry> byId = new TreeMap<>();
    for (Industry industry : industries) {
      Objects.requireNonNull(industry, "industry");
      if (byId.putIfAbsent(industry.id(), industry) != null) {
        throw new IllegalArgumentException(
            subject
                + " must have unique industry ids, but '"
                + industry.id()
                + "' occurs more than once");
      }
    }
    Map<IndustryId, List<Industry>> children = new HashMap<>();
    List<Industry> roots = new ArrayList<>();
    for (Industry industry : byId.values()) {
      Optional<IndustryId> parent = industry.parent();
      if (parent.isEmpty()) {
        roots.add(industry);
      } else if (!byId.containsKey(parent.get())) {
        throw new IllegalArgumentException(
            subject
                + " must contain the 'parent' of every industry, but '"
                + industry.id()
                + "' has the parent '"
                + parent.get()
                + "', which is missing");
      } else {
        children.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(industry);
      }
    }
    checkNoCycle(subject, byId);

    // Pre-order walk with an explicit stack: deep taxonomies must not overflow the call stack.
    ImmutableList.Builder<Industry> order = ImmutableList.builderWithExpectedSize(byId.size());
    Map<IndustryId, Node> nodes = new HashMap<>();
    Deque<Industry> stack = new ArrayDeque<>();
    roots.sort(BY_ID);
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    int depth = 0;
    while (!stack.isEmpty()) {
      Industry industry = stack.pop();
      Node parent =
          industry.parent().isPresent()
              ? Objects.requireNonNull(nodes.get(industry.parent().get()))
              : null;
      Node node = new Node(industry, parent);
      nodes.put(industry.id(), node);
      order.add(industry);
      depth = Math.max(depth, node.level);
      List<Industry> kids = children.get(industry.id());
      if (kids != null) {
        kids.sort(BY_ID);
        node.children = ImmutableList.copyOf(kids);
        for (int i = kids.size() - 1; i >= 0; i--) {
          stack.push(kids.get(i));
        }
      }
    }
    return new IndustryTaxonomy(
        scheme, order.build(), ImmutableList.copyOf(roots), ImmutableMap.copyOf(nodes), depth);
  }

  private static void checkNoCycle(String subject, Map<IndustryId, Industry> byId) {
    Map<IndustryId, Boolean> done = new HashMap<>(); // false: on the current walk; true: acyclic
    for (IndustryId start : byId.keySet()) {
      List<IndustryId> walk = new ArrayList<>();
      IndustryId current = start;
      while (current != null && !Boolean.TRUE.equals(done.get(current))) {
        if (done.containsKey(current)) {
          throw new IllegalArgumentException(
              subject
                  + " must not have a cycle of parents, but "
                  + describeCycle(walk.subList(walk.indexOf(current), walk.size())));
        }
        done.put(current, Boolean.FALSE);
        walk.add(current);
        current = Objects.requireNonNull(byId.get(current)).parent().orElse(null);
      }
      for (IndustryId id : walk) {
        done.put(id, Boolean.TRUE);
      }
    }
  }

  /** Describes a cycle child -> parent, starting at its smallest id so that it reads the same. */
  private static String describeCycle(List<IndustryId> cycle) {
    int start = cycle.indexOf(cycle.stream().min(Comparator.naturalOrder()).orElseThrow());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= cycle.size(); i++) {
      text.append(i == 0 ? "'" : " -> '")
          .append(cycle.get((start + i) % cycle.size()))
          .append('\'');
    }
    return text.toString();
  }

  /**
   * Returns the identifier of the scheme.
   *
   * @return the scheme, e.g. {@code "gbt4754-2017"}
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Returns every industry in pre-order: each industry before its children, roots and siblings by
   * identifier.
   *
   * @return the industries
   */
  public ImmutableList<Industry> industries() {
    return industries;
  }

  /**
   * Returns the number of industries.
   *
   * @return the size, zero for an empty taxonomy
   */
  public int size() {
    return industries.size();
  }

  /**
   * Returns the industries without a parent, by identifier.
   *
   * @return the roots
   */
  public ImmutableList<Industry> roots() {
    return roots;
  }

  /**
   * Returns the greatest level of any industry.
   *
   * @return the depth: 0 for an empty taxonomy, 1 for a flat list
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the industry of an identifier.
   *
   * @param id the identifier
   * @return the industry, empty if the taxonomy has none of that identifier
   */
  public Optional<Industry> industry(IndustryId id) {
    Objects.requireNonNull(id, "id");
    Node node = nodes.get(id);
    return node == null ? Optional.empty() : Optional.of(node.industry);
  }

  /**
   * Tells whether the taxonomy has an industry of an identifier.
   *
   * @param id the identifier
   * @return true if it has one
   */
  public boolean contains(IndustryId id) {
    Objects.requireNonNull(id, "id");
    return nodes.containsKey(id);
  }

  /**
   * Returns the parent of an industry.
   *
   * @param id the identifier of the industry
   * @return the parent, empty for a root
   * @throws IllegalArgumentException if the taxonomy has no such industry
   */
  public Optional<Industry> parent(IndustryId id) {
    Node parent = node(id).parent;
    return parent == null ? Optional.empty() : Optional.of(parent.industry);
  }

  /**
   * Returns the children of an industry, by identifier.
   *
   * @param id the identifier of the industry
   * @return the children, empty for a leaf
   * @throws IllegalArgumentException if the taxonomy has no such industry
   */
  public ImmutableList<Industry> children(IndustryId id) {
    return node(id).children;
  }

  /**
   * Returns the level of an industry: 1 for a root, 2 for its children, and so on.
   *
   * @param id the identifier of the industry
   * @return the level, at least 1
   * @throws IllegalArgumentException if the taxonomy has no such industry
   */
  public int level(IndustryId id) {
    return node(id).level;
  }

  /**
   * Returns the path from the root down to an industry.
   *
   * @param id the identifier of the industry
   * @return the root first and the industry last; its size is the industry's level
   * @throws IllegalArgumentException if the taxonomy has no such industry
   */
  public ImmutableList<Industry> path(IndustryId id) {
    Node node = node(id);
    Industry[] path = new Industry[node.level];
    for (Node n = node; n != null; n = n.parent) {
      path[n.level - 1] = n.industry;
    }
    return ImmutableList.copyOf(path);
  }

  /**
   * Returns the ancestor of an industry at a level, strictly: empty if the industry is shallower.
   * The industry at its own level is the industry itself.
   *
   * @param id the identifier of the industry
   * @param level the level, at least 1
   * @return the industry's ancestor (or itself) at that level, empty if the industry's level is
   *     smaller than {@code level}
   * @throws IllegalArgumentException if the taxonomy has no such industry or the level is below 1
   */
  public Optional<Industry> ancestorAt(IndustryId id, int level) {
    Node node = node(id);
    checkLevel(level);
    return level <= node.level ? Optional.of(node.up(level).industry) : Optional.empty();
  }

  /**
   * Rolls an industry up to a level: its ancestor at that level, or the industry itself if it is
   * shallower. This is the grouping key of a breakdown "by industry at level k": every industry
   * maps to exactly one group and none is dropped.
   *
   * <pre>{@code
   * gbt.rollUp(IndustryId.of("1311"), 1).id();   // 13
   * gbt.rollUp(IndustryId.of("13"), 3).id();     // 13, shallower than level 3
   * }</pre>
   *
   * @param id the identifier of the industry
   * @param level the level, at least 1
   * @return the ancestor at {@code min(level, level(id))}
   * @throws IllegalArgumentException if the taxonomy has no such industry or the level is below 1
   */
  public Industry rollUp(IndustryId id, int level) {
    Node node = node(id);
    checkLevel(level);
    return node.up(level).industry;
  }

  /**
   * Tells whether an industry lies strictly below another one.
   *
   * @param id the identifier of the industry
   * @param ancestor the identifier of the presumed ancestor
   * @return true if {@code ancestor} is the parent, grandparent, ... of {@code id}; false if they
   *     are the same industry
   * @throws IllegalArgumentException if the taxonomy has either industry missing
   */
  public boolean isDescendantOf(IndustryId id, IndustryId ancestor) {
    Node node = node(id);
    Node other = node(ancestor);
    return other.level < node.level && node.up(other.level) == other;
  }

  /**
   * Tells whether an industry is another one or lies below it, the test of a filter "industry
   * within X".
   *
   * @param id the identifier of the industry
   * @param ancestor the identifier of the industry that may contain it
   * @return true if {@code id} equals {@code ancestor} or is its descendant
   * @throws IllegalArgumentException if the taxonomy has either industry missing
   */
  public boolean isWithin(IndustryId id, IndustryId ancestor) {
    Node node = node(id);
    Node other = node(ancestor);
    return other.level <= node.level && node.up(other.level) == other;
  }

  private Node node(IndustryId id) {
    Objects.requireNonNull(id, "id");
    Node node = nodes.get(id);
    if (node == null) {
      throw new IllegalArgumentException(
          "Industry taxonomy '" + scheme + "' has no industry '" + id + "'");
    }
    return node;
  }

  private static void checkLevel(int level) {
    if (level < 1) {
      throw new IllegalArgumentException("Level must be at least 1, but was " + level);
    }
  }

  /**
   * Two taxonomies are equal if they have the same scheme and the same industries.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndustryTaxonomy that
        && that.scheme.equals(scheme)
        && that.industries.equals(industries);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + industries.hashCode();
  }

  /**
   * Returns a summary, e.g. {@code IndustryTaxonomy[gbt4754-2017: 1951 industries, depth 3]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "IndustryTaxonomy["
        + scheme
        + ": "
        + industries.size()
        + (industries.size() == 1 ? " industry" : " industries")
        + ", depth "
        + depth
        + "]";
  }
}
