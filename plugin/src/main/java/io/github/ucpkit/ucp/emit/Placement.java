package io.github.ucpkit.ucp.emit;

import java.nio.file.Path;

/**
 * Where the project and its generated artifacts lie. An app artifact keeps the relative paths of
 * its Compose file (build contexts, env files, bind mounts, extends), which resolve against the
 * Compose file's folder, not the output directory: its deploy command therefore names that folder
 * with {@code --project-directory}, and the artifact by its path from the project directory. Both
 * are relative, so the text is the same in every checkout.
 */
public record Placement(Path basedir, Path outputDirectory) {

  /** The conventional {@code target/ucp} of a project. */
  public static Placement of(Path basedir) {
    return new Placement(basedir, basedir.resolve("target/ucp"));
  }

  /** {@code path} relative to the project directory as one shell word; {@code .} for the directory itself. */
  public String relative(Path path) {
    return word(from(path));
  }

  /** The artifact {@code name} as a path from the project directory, as one shell word. */
  public String artifact(String name) {
    String dir = from(outputDirectory);
    return word(dir.equals(".") ? name : dir + "/" + name);
  }

  /**
   * The way from the output directory to {@code dir}, {@code /}-separated: what a relative path in an
   * artifact there must start with to reach {@code dir}. Made of {@code ..} and folders below the
   * project directory only while the output directory lies inside the project.
   */
  public String fromOutput(Path dir) {
    String shown = outputDirectory.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize())
        .toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }

  private String from(Path path) {
    Path base = basedir.toAbsolutePath().normalize();
    String shown = base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return shown.isEmpty() ? "." : Header.printable(shown);
  }

  /** Single-quoted when it holds anything a shell would split or expand; a quote in it cannot be written. */
  private static String word(String path) {
    boolean plain = path.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '-' || c == '/');
    return plain ? path : "'" + path.replace('\'', '?') + "'";
  }
}
