package io.github.ucpkit.ucp.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hostile project: its files (relative path → bytes) and what must happen. {@code errors} is the
 * exact set of errors expected as {@code file:line RULE-ID} (line 0: the whole file); empty means the
 * build must succeed and write its artifacts. {@code refusal} is a text the writer's refusal must
 * contain when the inputs are valid but writing them is refused (a planted symlink).
 */
record HostileCase(
    String name, Map<String, byte[]> files, Map<String, String> links, Set<String> errors, String refusal,
    Map<String, String> env) {

  static final String COMPOSE = "app/docker-compose.yml";
  static final String TOPOLOGY = "src/main/ucp/topology.yml";

  static HostileCase of(String name) {
    return new HostileCase(name, new LinkedHashMap<>(), new LinkedHashMap<>(), new TreeSet<>(), "", Map.of());
  }

  HostileCase file(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  HostileCase file(String path, byte[] bytes) {
    files.put(path, bytes);
    return this;
  }

  /** A symbolic link planted in the project before the run. */
  HostileCase link(String path, String target) {
    links.put(path, target);
    return this;
  }

  HostileCase compose(String text) {
    return file(COMPOSE, text);
  }

  HostileCase compose(byte[] bytes) {
    return file(COMPOSE, bytes);
  }

  HostileCase topology(String text) {
    return file(TOPOLOGY, text);
  }

  HostileCase topology(byte[] bytes) {
    return file(TOPOLOGY, bytes);
  }

  /** Expects an error of {@code rule} on the line of {@code file} that contains {@code marker}. */
  HostileCase error(String rule, String file, String marker) {
    String text = new String(files.get(file), StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\r?\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        errors.add(shortName(file) + ":" + (i + 1) + " " + rule);
        return this;
      }
    }
    throw new IllegalArgumentException(name + ": no line of " + file + " contains " + marker);
  }

  HostileCase errorAtLine(String rule, String file, int line) {
    errors.add(shortName(file) + ":" + line + " " + rule);
    return this;
  }

  HostileCase refused(String text) {
    return new HostileCase(name, files, links, errors, text, env);
  }

  HostileCase env(Map<String, String> environment) {
    return new HostileCase(name, files, links, errors, refusal, environment);
  }

  static String shortName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return name;
  }
}
