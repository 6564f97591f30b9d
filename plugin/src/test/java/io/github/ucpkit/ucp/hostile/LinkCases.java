package io.github.ucpkit.ucp.hostile;

import java.util.ArrayList;
import java.util.List;

/** Where artifacts go: planted links, and names that would become file names. */
final class LinkCases {

  private LinkCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    String compose = Bases.compose();
    String topology = Bases.topology();
    out.add(HostileCase.of("symlink planted where haproxy.cfg goes").compose(compose).topology(topology)
        .file("secret.txt", "do not overwrite\n").link("target/ucp/haproxy.cfg", "secret.txt").refused("symbolic link"));
    out.add(HostileCase.of("symlink planted where the zone goes").compose(compose).topology(topology)
        .file("secret.txt", "do not overwrite\n").link("target/ucp/example.com.zone", "secret.txt").refused("symbolic link"));
    out.add(HostileCase.of("symlink planted where an app file goes").compose(compose).topology(topology)
        .file("secret.txt", "do not overwrite\n").link("target/ucp/app.yml", "secret.txt").refused("symbolic link"));
    out.add(HostileCase.of("manifest naming files outside").compose(compose).topology(topology)
        .file("keep.txt", "keep me\n").file("target/ucp/.ucp-generated", "../../keep.txt\n/etc/hostname\n..\n"));
    out.add(HostileCase.of("zone name with path traversal").compose(compose).topology(Bases.topology("@ZONE@", "\"../../etc/passwd\""))
        .error("TOPO-NAME-001", HostileCase.TOPOLOGY, "../../etc/passwd"));
    out.add(HostileCase.of("zone name as an absolute path").compose(compose).topology(Bases.topology("@ZONE@", "/etc/passwd"))
        .error("TOPO-NAME-001", HostileCase.TOPOLOGY, "/etc/passwd"));
    out.add(HostileCase.of("zone name with NUL").compose(compose).topology(Bases.topology("@ZONE@", "\"example.com\\0.zone\""))
        .error("TOPO-NAME-001", HostileCase.TOPOLOGY, "example.com\\0"));
    // the project name comes from the directory and is normalised to [a-z0-9_-]; these must still land inside
    for (String dir : List.of("My App!", "..app", "-rf", "lb-stack", "haproxy", "app\nx", "ünïcödé", "a%2F..%2Fb", "CON", "x".repeat(200))) {
      out.add(HostileCase.of("app directory named " + dir.replace("\n", "\\n")).compose(compose).topology(topology)
          .file(dir + "/docker-compose.yml", "version: \"2.4\"\nservices:\n  cache:\n    image: redis:7.2\n"));
    }
    out.add(HostileCase.of("compose file name with a newline").file("app/evil\nname.yml", compose).topology(topology));
    return out;
  }
}
