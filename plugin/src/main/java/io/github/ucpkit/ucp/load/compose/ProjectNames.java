package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.env.DotEnv;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The docker-compose project name each Compose file is deployed under. It names the app artifact,
 * the networks the load balancer joins and the {@code -p} of the deploy command, so it must be a
 * function of committed inputs and parameters only, never of the folder a checkout happens to be
 * in: the {@code projectName} parameter; else {@code COMPOSE_PROJECT_NAME} from the committed
 * {@code .env} beside the file; else the name of the file's folder when that folder is inside the
 * project (committed); else the pom's stable default (its artifactId); else, without a pom, the
 * folder's name. Files that would share a name each take {@code <name>-<file stem>}, so that
 * deploying one never removes the other as an orphan.
 */
public final class ProjectNames {

  /** Names the cluster artifacts use, which an app's file name must not take. */
  private static final Set<String> RESERVED = Set.of("haproxy", "nginx", "lb-stack");

  private static final String PROJECT_NAME = "COMPOSE_PROJECT_NAME";

  /**
   * @param explicit the {@code projectName} parameter
   * @param pomDefault the name a pom build uses for files in the project folder itself
   * @param basedir the project folder
   */
  public record Naming(Optional<String> explicit, Optional<String> pomDefault, Path basedir) {

    /** docker-compose's own rule, for runs without a project (and tests): the folder's name. */
    public static Naming folders() {
      return new Naming(Optional.empty(), Optional.empty(), Path.of("/"));
    }
  }

  private ProjectNames() {}

  /** The name of every file, in the order given. */
  public static Map<Path, String> assign(List<Path> files, Naming naming, Disk disk) {
    // each file's own name is independent of the others' (a .env to look for, a folder): found in parallel
    List<String> names = (files.size() > 4 ? files.parallelStream() : files.stream())
        .map(file -> baseName(file, naming, disk))
        .toList();
    Map<Path, String> base = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      base.put(files.get(i), names.get(i));
      counts.merge(names.get(i), 1, Integer::sum);
    }
    Map<Path, String> out = new LinkedHashMap<>();
    base.forEach((file, name) -> out.put(file,
        counts.get(name) > 1 || RESERVED.contains(name) ? name + "-" + stem(file) : name));
    return out;
  }

  private static String baseName(Path file, Naming naming, Disk disk) {
    if (naming.explicit().isPresent()) {
      return normalise(naming.explicit().get());
    }
    Optional<String> fromEnv = dotEnvName(file, disk);
    if (fromEnv.isPresent()) {
      return normalise(fromEnv.get());
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    Path base = naming.basedir().toAbsolutePath().normalize();
    boolean committedFolder = dir != null && dir.startsWith(base) && !dir.equals(base);
    if (!committedFolder && naming.pomDefault().isPresent()) {
      return normalise(naming.pomDefault().get());
    }
    return normalise(dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString());
  }

  /** {@code COMPOSE_PROJECT_NAME} as the committed {@code .env} sets it, without the environment's help. */
  private static Optional<String> dotEnvName(Path file, Disk disk) {
    Path dotEnv = file.toAbsolutePath().resolveSibling(".env");
    if (!disk.isFile(dotEnv)) {
      return Optional.empty();
    }
    try {
      Optional<byte[]> bytes = disk.readAtMost(dotEnv, EnvLimits.DEFAULT.maxDotEnvBytes());
      if (bytes.isEmpty()) {
        return Optional.empty(); // the loader reports the oversized .env
      }
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.get())).toString();
      if (!text.contains(PROJECT_NAME)) {
        return Optional.empty(); // most .env files: a name never written cannot be set
      }
      DotEnv.Parsed parsed = DotEnv.parse(text, name -> Optional.empty(), EnvLimits.DEFAULT.maxDotEnvChars());
      if (parsed.overLimit().isPresent()) {
        return Optional.empty(); // the loader reports it
      }
      return Optional.ofNullable(parsed.asMap().get(PROJECT_NAME))
          .filter(v -> !v.isBlank());
    } catch (CharacterCodingException e) {
      return Optional.empty(); // the loader reports the unreadable .env
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** docker-compose 1.29.2: lower case, only {@code [a-z0-9_-]} kept; a name that keeps nothing is "default". */
  public static String normalise(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    String lower = raw.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      // an artifact's file name must not start with - or _ (a folder named "-rf")
      if (kept && (sb.length() > 0 || (c != '-' && c != '_'))) {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "default" : sb.toString();
  }

  /** The file's name without {@code .yml}/{@code .yaml}, normalised like a project name. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String stem = lower.endsWith(".yaml") ? name.substring(0, name.length() - 5)
        : lower.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    String n = normalise(stem);
    return n.equals("default") && !stem.equalsIgnoreCase("default") ? "compose" : n;
  }
}
