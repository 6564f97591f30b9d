package io.github.ucpkit.ucp.e2e.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the real programs the tests run. A missing program is a failed test, never a skipped one:
 * a green build must mean the artifacts were really checked (CONTRIBUTING, "Tests").
 */
public final class Tools {

  /** The Debian package that ships each program, for the failure message. */
  private static final Map<String, String> PACKAGES = Map.ofEntries(
      Map.entry("haproxy", "haproxy"),
      Map.entry("nginx", "nginx"),
      Map.entry("named", "bind9"),
      Map.entry("named-checkzone", "bind9-utils"),
      Map.entry("named-checkconf", "bind9-utils"),
      Map.entry("dig", "bind9-dnsutils"),
      Map.entry("docker-compose", "docker-compose"),
      Map.entry("openssl", "openssl"),
      Map.entry("keytool", "openjdk-17-jdk-headless"),
      Map.entry("unshare", "util-linux"),
      Map.entry("chromium", "chromium"));

  /**
   * Where Debian's packages put the programs, searched before PATH: the tests mean those builds
   * (the reference measured them), not a shim or a different version earlier on PATH (a pip
   * docker-compose in /usr/local/bin, a pyenv shim). /usr/sbin also is not on a non-root PATH
   * (reference §1, "PATH gotcha").
   */
  private static final List<String> DEBIAN_DIRS = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin");

  private static volatile List<String> netns;

  private Tools() {}

  /** The program's path, or a failed test naming the package to install. */
  public static Path require(String name) {
    return find(name).orElseThrow(() -> new AssertionError(name + " not found; install the Debian package "
        + PACKAGES.getOrDefault(name, name) + " (CI's .ci/run does)"));
  }

  /** The JDK's own directory for keytool, then Debian's directories, then PATH. */
  public static Optional<Path> find(String name) {
    Set<Path> dirs = new LinkedHashSet<>();
    if (name.equals("keytool")) {
      dirs.add(Path.of(System.getProperty("java.home"), "bin"));
    }
    DEBIAN_DIRS.forEach(d -> dirs.add(Path.of(d)));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        if (!d.isEmpty()) {
          dirs.add(Path.of(d));
        }
      }
    }
    for (Path d : dirs) {
      Path p = d.resolve(name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * A command prefix that runs a checker in a private network namespace, so a name in a config can
   * never turn into a DNS query leaving the machine: {@code unshare -n} as root, {@code unshare -rn}
   * (user namespace) otherwise, and nothing where neither works (a container without the
   * privilege). The generated configs hold IP literals, so the fallback sends nothing either; the
   * namespace only guards against a future template that writes a hostname.
   */
  public static List<String> netnsPrefix() {
    List<String> cached = netns;
    if (cached == null) {
      cached = List.of();
      Optional<Path> unshare = find("unshare");
      Optional<Path> noop = find("true");
      if (unshare.isPresent() && noop.isPresent()) {
        for (List<String> flags : List.of(List.of("-n"), List.of("-r", "-n"))) {
          List<String> probe = new ArrayList<>();
          probe.add(unshare.get().toString());
          probe.addAll(flags);
          List<String> prefix = List.copyOf(probe);
          probe.add(noop.get().toString());
          if (Exec.run(probe, null, null, Duration.ofSeconds(10)).exit() == 0) {
            cached = prefix;
            break;
          }
        }
      }
      netns = cached;
    }
    return cached;
  }
}
