package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.attract.project.InvalidPartException;
import io.github.attract.project.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one record that a lenient read collects instead of stopping at the first: the
 * parts of a project that break their own rules, then the project's violations. Not thread-safe;
 * one per record.
 */
final class Problems {
  private final JsonPointer record;
  private final JsonNode raw;
  private final List<RecordProblem> list = new ArrayList<>();
  private boolean complete;

  Problems(JsonPointer record, JsonNode raw) {
    this.record = record;
    this.raw = raw;
  }

  /** Notes a part that breaks its own rule and was left out of the record. */
  void add(JsonPointer at, String reason) {
    list.add(RecordProblem.of(at, reason));
  }

  /**
   * Notes every broken rule of a part that was left out of the record as a violation of the record:
   * the part's field path is prefixed with the path of the part in the record ({@code name} of the
   * phase at {@code /phases/0} becomes {@code phases[ph-1].name}, an element named by its key where
   * it has one), the subject is the project, and the pointer is that of the field.
   */
  void add(JsonPointer part, InvalidPartException e) {
    JsonPointer within = within(part);
    JsonNode node = raw.at(within);
    String at = FieldPointers.path(raw, within);
    String id = raw.path("id").isValueNode() ? raw.path("id").asText() : "";
    for (Violation v : e.violations()) {
      // the pointer from the part itself: a key that two elements share cannot mislead it
      JsonPointer pointer = v.path().map(p -> FieldPointers.pointer(part, node, p)).orElse(part);
      String path = v.path().map(p -> at + "." + p).orElse(at);
      list.add(
          RecordProblem.of(
              pointer, Violation.of(v.rule(), v.severity(), "project", id, path, v.message())));
    }
  }

  /** Returns a pointer from the document root as a pointer within the record. */
  private JsonPointer within(JsonPointer pointer) {
    String r = record.toString();
    String p = pointer.toString();
    return p.startsWith(r) ? JsonPointer.compile(p.substring(r.length())) : JsonPointer.empty();
  }

  /** Notes a violation of the record, at the pointer of its field path. */
  void add(Violation v) {
    JsonPointer at = v.path().map(p -> FieldPointers.pointer(record, raw, p)).orElse(record);
    list.add(RecordProblem.of(at, v));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Says that the list holds every problem of the record and the record is rejected for them. */
  RecordProblem complete() {
    complete = true;
    for (RecordProblem p : list) {
      if (p.isError()) {
        return p;
      }
    }
    return list.get(0);
  }

  /** Returns every problem of a record that failed with an exception. */
  List<RecordProblem> rejection(AttractJsonException e) {
    List<RecordProblem> out = new ArrayList<>(list);
    if (!complete) {
      out.add(RecordProblem.of(e.pointer(), e.reason()));
    }
    // errors first, so that the first problem says why the record was rejected
    List<RecordProblem> sorted = new ArrayList<>(out.size());
    out.stream().filter(RecordProblem::isError).forEach(sorted::add);
    out.stream().filter(p -> !p.isError()).forEach(sorted::add);
    return sorted;
  }
}
