package io.github.attract.spark;

import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The buffer of an {@link AttractAggregator}: the merged result of the projects aggregated so far,
 * and the projects not yet aggregated. Projects are aggregated a chunk at a time, by the core
 * engine over a portfolio of the chunk and the reference data; chunks merge exactly with {@code
 * combinedWith}. Only the merged result is serialized: the pending projects are aggregated first.
 *
 * <p>Users do not make or call it; it is public because it is the buffer type of {@link
 * AttractAggregator}. Mutable and not thread-safe, as Spark's buffers are.
 *
 * @param <T> the type of the result
 */
public final class Accumulator<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  Accumulator() {}

  private @Nullable T result;
  private transient List<Project> pending = new ArrayList<>();
  private transient Set<ProjectId> pendingIds = new HashSet<>();
  private transient @Nullable AggregationSpec<T> spec;
  private transient @Nullable ReferenceData reference;
  private transient int chunk = 1;

  /** Gives the buffer what it needs to aggregate; a deserialized buffer has lost it. */
  Accumulator<T> attach(AggregationSpec<T> spec, ReferenceData reference, int chunk) {
    this.spec = spec;
    this.reference = reference;
    this.chunk = chunk;
    return this;
  }

  void add(Project project) {
    // A chunk is a portfolio, whose ids are unique: a project that comes twice starts a new chunk
    // and counts twice, as it does in core's collector.
    if (pendingIds.contains(project.id())) {
      flush();
    }
    pending.add(project);
    pendingIds.add(project.id());
    if (pending.size() >= chunk) {
      flush();
    }
  }

  Accumulator<T> merge(Accumulator<T> other) {
    flush();
    other.attach(spec(), reference(), chunk).flush();
    T theirs = other.result;
    if (theirs != null) {
      T mine = result;
      result = mine == null ? theirs : spec().combine(mine, theirs);
    }
    return this;
  }

  T finish() {
    flush();
    T r = result;
    return r != null ? r : spec().over(reference().portfolio());
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    T part = spec().over(reference().with(pending));
    T mine = result;
    result = mine == null ? part : spec().combine(mine, part);
    pending.clear();
    pendingIds.clear();
  }

  private AggregationSpec<T> spec() {
    AggregationSpec<T> s = spec;
    if (s == null) {
      throw new IllegalStateException("Accumulator was not attached to its aggregation");
    }
    return s;
  }

  private ReferenceData reference() {
    ReferenceData r = reference;
    if (r == null) {
      throw new IllegalStateException("Accumulator was not attached to its reference data");
    }
    return r;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    flush();
    out.defaultWriteObject();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    pending = new ArrayList<>();
    pendingIds = new HashSet<>();
  }
}
