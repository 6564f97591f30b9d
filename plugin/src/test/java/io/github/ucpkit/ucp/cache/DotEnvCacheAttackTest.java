package io.github.ucpkit.ucp.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .env that appears, goes, turns into a directory, a link to nothing or a link to a file: the cached run sees each. */
class DotEnvCacheAttackTest {

  @TempDir Path tmp;

  private List<String> run(Path dir, boolean cached) throws IOException {
    Runner.Settings s = new Runner.Settings(dir, dir.resolve("deploy"), dir.resolve("target/reports"),
        cached ? Optional.of(dir.resolve("target/cache")) : Optional.empty(), "2026-11-26T00:00:00Z", "test", Policy.NONE);
    Runner.Outcome o = Runner.validate(new Pipeline.Request(List.of(dir.resolve("docker-compose.yml")), Optional.empty(),
        Set.of(dir.resolve("deploy"), dir.resolve("target")), Map.of()), s);
    List<String> out = new ArrayList<>();
    o.diagnostics().forEach(d -> out.add(d.ruleId() + " " + d.at().line() + " " + d.message()));
    out.add("reused=" + o.reused());
    return out;
  }

  private static void clear(Path env) throws IOException {
    if (Files.isDirectory(env, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(env);
    } else {
      Files.deleteIfExists(env);
    }
  }

  @Test
  void everyKindOfDotEnvChangeIsSeen() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(dir.resolve("docker-compose.yml"), "version: \"2.4\"\nservices:\n  web:\n    image: \"nginx:${TAG}\"\n");
    Path env = dir.resolve(".env");
    Path other = Files.writeString(tmp.resolve("other.env"), "TAG=1.25\n");
    List<String> steps = List.of("file-latest", "missing", "directory", "file-latest", "dangling", "file-latest", "link", "missing", "link",
        "directory", "dangling", "missing");
    int reused = 0;
    Map<String, List<String>> seen = new java.util.HashMap<>();
    for (String step : steps) {
      clear(env);
      switch (step) {
        case "file-latest" -> Files.writeString(env, "TAG=latest\n");
        case "directory" -> Files.createDirectory(env);
        case "dangling" -> Files.createSymbolicLink(env, tmp.resolve("gone"));
        case "link" -> Files.createSymbolicLink(env, other);
        default -> { }
      }
      List<String> cached = run(dir, true);
      List<String> again = run(dir, true);
      List<String> plain = run(dir, false);
      assertEquals(plain.subList(0, plain.size() - 1), cached.subList(0, cached.size() - 1), step);
      assertEquals(plain.subList(0, plain.size() - 1), again.subList(0, again.size() - 1), step);
      assertEquals("reused=true", again.get(again.size() - 1), step + ": the same inputs again are reused");
      seen.put(step, plain.subList(0, plain.size() - 1));
      reused += cached.get(cached.size() - 1).equals("reused=true") ? 1 : 0;
    }
    assertTrue(reused < steps.size(), "some changes must have run again");
    // the steps tell apart what they must: a .env that sets TAG, one that sets it otherwise, none
    assertTrue(!seen.get("file-latest").equals(seen.get("missing")) && !seen.get("link").equals(seen.get("missing"))
        && !seen.get("link").equals(seen.get("file-latest")), seen.toString());
    assertEquals(seen.get("missing"), seen.get("directory"));
    assertEquals(seen.get("missing"), seen.get("dangling"));
  }
}
