package io.github.attract.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that the packages of core's main code depend on each other without a cycle. The
 * dependencies are read from the sources: every import and every fully qualified name of a core
 * type outside comments and string literals. A cycle makes the packages one unit that cannot be
 * understood, tested or split apart alone.
 */
class PackageCycleTest {
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final String ROOT = "io.github.attract.";
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED =
      Pattern.compile("\\bio\\.github\\.attract\\.((?:[a-z_][a-z0-9_]*\\.)*)[A-Z]");
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

  @Test
  void corePackagesFormNoCycle() {
    Map<String, Set<String>> graph = dependencies(SOURCES);
    assertThat(graph).containsKeys(ROOT + "portfolio", ROOT + "calc.engine", ROOT + "internal");
    assertThat(graph.get(ROOT + "calc.engine")).contains(ROOT + "portfolio", ROOT + "internal");
    assertThat(cycles(graph)).isEmpty();
  }

  @Test
  void detectsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", new TreeSet<>(Set.of("b")));
    graph.put("b", new TreeSet<>(Set.of("c")));
    graph.put("c", new TreeSet<>(Set.of("a")));
    graph.put("d", new TreeSet<>(Set.of("a")));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c", "a"));
  }

  @Test
  void readsImportsAndQualifiedNamesButNotComments() {
    String source =
        "package io.github.attract.x;\n"
            + "import io.github.attract.y.Y;\n"
            + "/** {@link io.github.attract.c.C} */\n"
            + "// io.github.attract.d.D\n"
            + "class X { Object s = \"io.github.attract.e.E\"; io.github.attract.z.w.Z z; }\n";
    assertThat(referencedPackages(source)).containsExactlyInAnyOrder(ROOT + "y", ROOT + "z.w");
  }

  private static Map<String, Set<String>> dependencies(Path root) {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(f, StandardCharsets.UTF_8);
        Matcher m = PACKAGE.matcher(source);
        if (!m.find()) {
          continue; // module-info
        }
        String pkg = m.group(1);
        Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        for (String dep : referencedPackages(source)) {
          if (!dep.equals(pkg)) {
            deps.add(dep);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  private static Set<String> referencedPackages(String source) {
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    code = PACKAGE.matcher(code).replaceAll(" ");
    Set<String> found = new TreeSet<>();
    Matcher m = QUALIFIED.matcher(code);
    while (m.find()) {
      String rest = m.group(1);
      if (!rest.isEmpty()) {
        found.add(ROOT + rest.substring(0, rest.length() - 1));
      }
    }
    return found;
  }

  /** Returns one path per cycle found by a depth-first search, each closed on its first node. */
  private static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> found = new ArrayList<>();
    Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
    for (String start : graph.keySet()) {
      visit(start, graph, state, new ArrayList<>(), found);
    }
    return found;
  }

  private static void visit(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> state,
      List<String> path,
      List<List<String>> found) {
    Integer s = state.get(node);
    if (s != null) {
      if (s == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
        cycle.add(node);
        found.add(cycle);
      }
      return;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      visit(next, graph, state, path, found);
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
  }
}
