package io.github.ucpkit.ucp.hostile;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The largest projects each limit lets through, and a main that validates and generates them one
 * after the other, as {@link MemoryBoundTest} runs it in a JVM with a small heap.
 */
final class WorstCases {

  private static final String HEAD = "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.27\n";

  private WorstCases() {}

  /** Project name to its files; every one is accepted. */
  static Map<String, Map<String, String>> all() {
    YamlLimits y = YamlLimits.DEFAULT;
    EnvLimits e = EnvLimits.DEFAULT;
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    out.put("nodes", Map.of("docker-compose.yml", HEAD + "x-pad: [" + "a, ".repeat(y.maxNodes() - 20) + "a]\n"));
    out.put("one-scalar", Map.of("docker-compose.yml", HEAD + "x-big: \"" + "b".repeat((int) y.maxBytes() - 200) + "\"\n"));
    int big = (int) (y.maxChars() / 8) - 100;
    out.put("aliased-text", Map.of("docker-compose.yml",
        HEAD + "x-big: &big \"" + "b".repeat(big) + "\"\nx-copies: [*big, *big, *big, *big, *big, *big, *big]\n"));
    int a0 = (int) (e.maxDotEnvChars() / 8) - 100;
    long literal = e.maxSubstitutedChars() - 14L * a0 - 100;
    out.put("substituted", Map.of(
        "docker-compose.yml", HEAD + "    environment:\n      X: \"${A1}${A1}" + "x".repeat((int) literal) + "\"\n",
        ".env", "A0=" + "a".repeat(a0) + "\nA1=" + "${A0}".repeat(7) + "\n"));
    // as many nodes as allowed, each a value that substitution copies ($$ becomes $)
    int items = y.maxNodes() - 20;
    int each = (int) Math.min(y.maxBytes() / items - 6, e.maxSubstitutedChars() / items - 2);
    out.put("nodes-substituted", Map.of("docker-compose.yml",
        HEAD + "    command: [" + ("\"$$" + "c".repeat(each - 2) + "\", ").repeat(items - 1) + "\"c\"]\n"));
    return out;
  }

  static void write(Path root) throws IOException {
    for (Map.Entry<String, Map<String, String>> p : all().entrySet()) {
      Path dir = Files.createDirectories(root.resolve(p.getKey()));
      for (Map.Entry<String, String> f : p.getValue().entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue());
      }
    }
  }

  /** Validates and generates each project directory given; prints one line per project. */
  public static void main(String[] args) {
    for (String arg : args) {
      Path dir = Path.of(arg);
      Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(dir), Set.of(), Map.of()));
      long errors = v.diagnostics().stream().filter(d -> d.isError()).count();
      int artifacts = errors == 0 ? Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z")).size() : 0;
      System.out.println(dir.getFileName() + ": " + errors + " errors, " + artifacts + " artifacts");
    }
  }
}
