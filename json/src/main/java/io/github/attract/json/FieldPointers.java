package io.github.attract.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the field path of a core violation ({@code statusHistory[3].date}, {@code
 * annualPlans[2023].planned}, {@code phases[phase-1].investment}) into the JSON Pointer of the
 * value in a record as read ({@code /projects/4/statusHistory/3/date}). An element named by its key
 * (a year, a month, an id) is found by that key among the elements of the array; when several have
 * it, the rule about the key itself (order, repeats) concerns the last one and any other rule the
 * first. What the record does not hold ends the walk at the deepest pointer that exists. {@link
 * #path} goes the other way.
 */
final class FieldPointers {
  private static final String[] KEYS = {"year", "month", "id"};

  private FieldPointers() {}

  static JsonPointer pointer(JsonPointer record, JsonNode raw, String path) {
    JsonPointer at = record;
    JsonNode node = raw;
    int i = 0;
    int n = path.length();
    while (i < n && node != null) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0 || !node.isArray()) {
          return at;
        }
        String key = path.substring(i + 1, close);
        i = close + 1;
        String next = nextName(path, i);
        int index = find(node, key, next);
        if (index < 0) {
          return at;
        }
        at = at.appendIndex(index);
        node = node.get(index);
        continue;
      }
      int end = i;
      while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      String name = path.substring(i, end);
      i = end;
      if (!node.isObject() || !node.has(name)) {
        return at;
      }
      at = at.appendProperty(name);
      node = node.get(name);
    }
    return at;
  }

  /**
   * Turns the pointer of a value within a record back into its field path, the inverse of {@link
   * #pointer}: properties joined by dots, an array element by its key (year, month or id) where it
   * has one, else by its position ({@code /phases/0/name} is {@code phases[ph-1].name}).
   */
  static String path(JsonNode raw, JsonPointer within) {
    StringBuilder path = new StringBuilder();
    JsonNode node = raw;
    for (JsonPointer at = within; !at.matches(); at = at.tail()) {
      if (node.isArray() && at.mayMatchElement()) {
        int index = at.getMatchingIndex();
        node = node.path(index);
        path.append('[').append(key(node, index)).append(']');
      } else {
        String name = at.getMatchingProperty();
        node = node.path(name);
        path.append(path.length() == 0 ? "" : ".").append(name);
      }
    }
    return path.toString();
  }

  /**
   * Returns the key of an array element: its year, month or id, the first it has, or its position.
   */
  private static String key(JsonNode element, int index) {
    for (String k : KEYS) {
      JsonNode v = element.get(k);
      if (v != null && v.isValueNode()) {
        return v.asText();
      }
    }
    return String.valueOf(index);
  }

  private static String nextName(String path, int from) {
    int i = from < path.length() && path.charAt(from) == '.' ? from + 1 : from;
    int end = i;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.substring(i, end);
  }

  /** Returns the index of the element with a key, or of the position the key names, or -1. */
  private static int find(JsonNode array, String key, String next) {
    boolean aboutKey = false;
    for (String k : KEYS) {
      aboutKey |= k.equals(next);
    }
    int found = -1;
    for (int j = 0; j < array.size(); j++) {
      JsonNode e = array.get(j);
      if (e.isObject()) {
        for (String k : KEYS) {
          JsonNode v = e.get(k);
          if (v != null && v.isValueNode() && v.asText().equals(key)) {
            if (!aboutKey) {
              return j;
            }
            found = j;
          }
        }
      }
    }
    if (found >= 0) {
      return found;
    }
    if (!key.isEmpty() && key.chars().allMatch(ch -> ch >= '0' && ch <= '9') && key.length() < 10) {
      int position = Integer.parseInt(key);
      return position < array.size() ? position : -1;
    }
    return -1;
  }
}
