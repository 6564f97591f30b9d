package io.github.ucpkit.ucp.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which build of the plugin is running: its version, and the size and time of its jar (or, from
 * classes in a directory, the newest class file). A new build, even of the same SNAPSHOT, never
 * reuses results of an older one.
 */
public final class PluginBuild {

  private PluginBuild() {}

  public static String identity() {
    String version = PluginBuild.class.getPackage().getImplementationVersion();
    try {
      Path location = Path.of(PluginBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
      if (a.isRegularFile()) {
        return version + " " + a.size() + " " + a.lastModifiedTime().toMillis();
      }
      try (Stream<Path> walk = Files.walk(location)) {
        long newest = walk.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        return version + " classes " + newest;
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return version + " unknown " + System.nanoTime(); // never matches: no reuse
    }
  }
}
