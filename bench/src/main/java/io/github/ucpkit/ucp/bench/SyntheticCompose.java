package io.github.ucpkit.ucp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compose 2.x files shaped like the real corpus: the service keys appear about as often as they do
 * there (image 76 %, environment 51 %, volumes 40 %, ports 36 %, networks 25 % of services, a tenth
 * of them with aliases), versions in the corpus's proportions, and a share of services routed by
 * Interlock labels. The caller picks each file's size from the real size distribution; services are
 * added until the file reaches it. Files are valid, so a validator does its full work on them.
 */
final class SyntheticCompose {

  private static final String[] VERSIONS = {"2", "2", "2", "2", "2", "2", "2", "2", "2.4", "2.1", "2.2", "2.3", "2.0"};
  private static final String[] IMAGES = {
    "nginx:1.25.3", "redis:7.2.4-alpine", "postgres:16.1", "mysql:8.0.36", "node:20.11-slim",
    "python:3.12.1-slim", "registry.example.com/team/api:1.4.2", "rabbitmq:3.12-management",
    "elasticsearch:7.17.16", "memcached:1.6.23"};
  private static final String[] WORDS = {
    "api", "web", "worker", "db", "cache", "queue", "auth", "search", "billing", "mail", "report",
    "admin", "proxy", "metrics", "vote", "result", "store", "media", "jobs", "gateway"};

  private SyntheticCompose() {}

  /** One file of at least {@code targetBytes} (at least one service), numbered {@code index}. */
  static String file(Random random, int targetBytes, int index) {
    String version = VERSIONS[random.nextInt(VERSIONS.length)];
    double minor = version.length() == 1 ? 0 : Double.parseDouble(version) - 2;
    StringBuilder services = new StringBuilder();
    SortedSet<String> networks = new TreeSet<>();
    SortedSet<String> volumes = new TreeSet<>();
    List<String> names = new ArrayList<>();
    String text = "";
    while (names.isEmpty() || text.length() < targetBytes) {
      String name = WORDS[random.nextInt(WORDS.length)] + (names.size() + 1);
      service(random, services, name, names, networks, volumes, minor, index);
      names.add(name);
      text = assemble(version, services, networks, volumes);
    }
    return text;
  }

  private static String assemble(String version, CharSequence services, SortedSet<String> networks, SortedSet<String> volumes) {
    StringBuilder out = new StringBuilder();
    out.append("version: '").append(version).append("'\n");
    out.append("services:\n").append(services);
    if (!networks.isEmpty()) {
      out.append("networks:\n");
      for (String n : networks) {
        out.append("  ").append(n).append(":\n    driver: bridge\n");
      }
    }
    if (!volumes.isEmpty()) {
      out.append("volumes:\n");
      for (String v : volumes) {
        out.append("  ").append(v).append(":\n    driver: local\n");
      }
    }
    return out.toString();
  }

  private static void service(Random r, StringBuilder out, String name, List<String> earlier,
      SortedSet<String> networks, SortedSet<String> volumes, double minor, int index) {
    out.append("  ").append(name).append(":\n");
    out.append("    image: ").append(IMAGES[r.nextInt(IMAGES.length)]).append('\n');
    boolean named = r.nextDouble() < 0.19;
    if (named) {
      out.append("    container_name: app").append(index).append('-').append(name).append('\n');
    }
    if (!earlier.isEmpty() && r.nextDouble() < 0.22) {
      out.append("    depends_on:\n      - ").append(earlier.get(r.nextInt(earlier.size()))).append('\n');
    }
    if (r.nextDouble() < 0.51) {
      out.append("    environment:\n");
      for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
        out.append("      ").append(WORDS[r.nextInt(WORDS.length)].toUpperCase()).append("_SETTING_").append(i)
            .append(": \"").append(r.nextInt(10_000)).append("\"\n");
      }
    }
    if (r.nextDouble() < 0.40) {
      String volume = "data-" + name;
      volumes.add(volume);
      out.append("    volumes:\n      - ").append(volume).append(":/var/lib/").append(name).append('\n');
      if (r.nextBoolean()) {
        out.append("      - ./config/").append(name).append(".conf:/etc/").append(name).append(".conf:ro\n");
      }
    }
    boolean routed = r.nextDouble() < 0.12;
    if (routed) {
      out.append("    ports:\n      - \"8080\"\n");
    } else if (r.nextDouble() < 0.36) {
      out.append("    ports:\n      - \"").append(8000 + r.nextInt(1000)).append("\"\n");
    }
    if (r.nextDouble() < 0.25) {
      String network = r.nextBoolean() ? "front" : "back";
      networks.add(network);
      out.append("    networks:\n      ").append(network).append(":\n");
      if (r.nextDouble() < 0.4) {
        out.append("        aliases:\n          - ").append(name).append("-alias\n");
      }
    }
    if (r.nextDouble() < 0.18) {
      out.append("    command: [\"").append(name).append("\", \"--port\", \"").append(3000 + r.nextInt(100)).append("\"]\n");
    }
    if (r.nextDouble() < 0.17) {
      out.append("    restart: ").append(r.nextBoolean() ? "always" : "unless-stopped").append('\n');
    }
    if (routed) {
      out.append("    labels:\n");
      out.append("      interlock.hostname: \"").append(name).append("\"\n");
      out.append("      interlock.domain: \"app").append(index).append(".example.com\"\n");
    } else if (r.nextDouble() < 0.10) {
      out.append("    labels:\n      com.example.team: \"team-").append(r.nextInt(20)).append("\"\n");
    }
    if (r.nextDouble() < 0.07) {
      out.append("    logging:\n      driver: json-file\n      options:\n        max-size: \"10m\"\n");
    }
    if (minor >= 0.1 && r.nextDouble() < 0.05) {
      out.append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 30s\n      retries: 3\n");
    }
    if (minor >= 0.2 && !named && r.nextDouble() < 0.05) {
      out.append("    scale: ").append(2 + r.nextInt(3)).append('\n');
    }
  }
}
