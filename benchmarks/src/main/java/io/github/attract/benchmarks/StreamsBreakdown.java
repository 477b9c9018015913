package io.github.attract.benchmarks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Variant (c): what a developer writes with Java Streams: {@code groupingBy} a key record, a
 * collector that sums {@code BigDecimal}s. The per-project look-ups are the same plain loops as in
 * the hand loop, so the difference is grouping and decimal arithmetic only.
 */
final class StreamsBreakdown {
  private StreamsBreakdown() {}

  /** The group key. */
  record Key(int industry, int status) {}

  /** The sums of one group. */
  static final class Sums {
    long count;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal completed = BigDecimal.ZERO;

    void add(PojoProject p, Question.Ask q) {
      count++;
      total = total.add(p.totalInvestment);
      planned = planned.add(p.planned(q.year().getValue()));
      completed = completed.add(p.completedAsOf(q.month()));
    }

    Sums merge(Sums other) {
      count += other.count;
      total = total.add(other.total);
      planned = planned.add(other.planned);
      completed = completed.add(other.completed);
      return this;
    }
  }

  /**
   * Answers the question with a sequential stream.
   *
   * @param projects the projects
   * @param level1OfLeaf the level-1 industry of each level-2 industry
   * @return the sums by group
   */
  static Map<Key, Sums> run(PojoProject[] projects, int[] level1OfLeaf) {
    return run(projects, level1OfLeaf, Question.DEFAULT);
  }

  /**
   * Answers a question with a sequential stream.
   *
   * @param projects the projects
   * @param level1OfLeaf the level-1 industry of each level-2 industry
   * @param q the question
   * @return the sums by group
   */
  static Map<Key, Sums> run(PojoProject[] projects, int[] level1OfLeaf, Question.Ask q) {
    return Arrays.stream(projects)
        .collect(
            Collectors.groupingBy(
                p -> new Key(level1OfLeaf[p.industry], p.statusOn(q.day())),
                Collector.<PojoProject, Sums>of(Sums::new, (s, p) -> s.add(p, q), Sums::merge)));
  }

  /**
   * Converts a result for comparison.
   *
   * @param groups the sums by group
   * @return the breakdown
   */
  static Breakdown toBreakdown(Map<Key, Sums> groups) {
    Breakdown b = new Breakdown(SyntheticPortfolio.industriesL1());
    groups.forEach(
        (k, s) -> b.add(k.industry(), k.status(), s.count, s.total, s.planned, s.completed));
    return b;
  }
}
