package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What of a Compose file is decided when it is deployed rather than when it is built: the values
 * that use a variable from the environment or one with a secret's name (the artifact keeps their
 * text as written, for docker-compose to resolve), and the values such secret variables had here,
 * which no report may echo.
 *
 * @param asWritten where each deploy-time value is, and its text as written
 * @param secrets each secret variable's value here, and its name
 */
public record DeployTime(Map<Location, String> asWritten, Map<String, String> secrets) {

  public static final DeployTime NONE = new DeployTime(Map.of(), Map.of());

  public DeployTime {
    asWritten = Map.copyOf(asWritten);
    secrets = Map.copyOf(secrets);
  }

  public Optional<String> asWritten(Location at) {
    return Optional.ofNullable(asWritten.get(at));
  }

  /** {@code text} with every secret value here shown as {@code ${NAME}} instead, longest first. */
  public String redact(String text) {
    if (secrets.isEmpty()) {
      return text;
    }
    String out = text;
    List<Map.Entry<String, String>> bySize = secrets.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
        .toList();
    for (Map.Entry<String, String> s : bySize) {
      out = out.replace(s.getKey(), "${" + s.getValue() + "}");
    }
    return out;
  }

  /** The secrets of several files together. */
  public static DeployTime secretsOf(List<ComposeFile> files) {
    Map<String, String> all = new TreeMap<>();
    files.forEach(f -> all.putAll(f.deployTime().secrets()));
    return new DeployTime(Map.of(), all);
  }
}
