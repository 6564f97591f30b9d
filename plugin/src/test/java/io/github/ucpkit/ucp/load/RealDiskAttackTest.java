package io.github.ucpkit.ucp.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd trees for the walk and odd names for the probes, answered as the walk with {@code Files.walk}
 * and the {@code java.nio} probes answered them. Built with {@code sh}: Java cannot name a file
 * with bytes that are not valid UTF-8.
 */
class RealDiskAttackTest {

  @TempDir Path tmp;

  private void sh(String script) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", script, "sh", tmp.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "sh failed: " + script);
  }

  private List<String> names(Path root, List<Path> found) {
    return found.stream().map(f -> root.relativize(f).toString()).toList();
  }

  @Test
  void directoriesNamedWithBytesThatAreNotUtf8AreProbedByTheirOwnBytes() throws Exception {
    // a committed output directory and an app with a .env, each named with a byte no UTF-8 text has
    sh("cd \"$1\" && d=$(printf 'out\\377') && mkdir \"$d\" && : > \"$d/.ucp-generated\""
        + " && echo 'services: {}' > \"$d/docker-compose.yml\""
        + " && a=$(printf 'app\\376') && mkdir \"$a\" && echo 'services: {}' > \"$a/docker-compose.yml\""
        + " && echo COMPOSE_PROJECT_NAME=x > \"$a/.env\"");
    Disk disk = Disk.real();
    List<Path> found = disk.yamlFilesUnder(tmp);
    assertEquals(1, found.size(), "the output directory is pruned, the app is found: " + names(tmp, found));
    Path env = found.get(0).resolveSibling(".env");
    assertEquals(Disk.Kind.FILE, disk.kind(env));
    assertEquals(true, disk.isFile(env));
    assertEquals(Disk.Kind.DIRECTORY, disk.kind(found.get(0).getParent()));
    assertEquals(Disk.Kind.MISSING, disk.kind(found.get(0).resolveSibling("nothing")));
  }

  @Test
  void oddTreesWalkAsBefore() throws Exception {
    sh("cd \"$1\" && mkdir -p real/a real/gen real/dangling && echo 'services: {}' > real/a/x.yml && ln -s .. real/a/loop"
        + " && echo 'services: {}' > real/top.yaml && : > real/marker && ln -s ../marker real/gen/.ucp-generated"
        + " && echo 'services: {}' > real/gen/g.yml && ln -s nowhere real/dangling/.ucp-generated"
        + " && echo 'services: {}' > real/dangling/d.yml && mkdir real/dirlink.yml && ln -s real root"
        + " && mkdir -p real/.hidden real/target && echo 'a: 1' > real/.hidden/h.yml && echo 'a: 1' > real/target/t.yml"
        + " && ln -s a/x.yml real/link.yml && ln -s gone real/dl.yml && mkfifo real/fifo.yml"
        + " && p=real/deep && for i in $(seq 1 33); do p=$p/d; done && mkdir -p $p && echo 'a: 1' > $p/deep.yml"
        + " && p=real/deep && for i in $(seq 1 30); do p=$p/d; done && echo 'a: 1' > $p/ok.yml"
        + " && mkdir -p real/src/main/ucp && echo 'a: 1' > real/src/main/ucp/topology.yml");
    Disk disk = Disk.real();
    Path real = tmp.resolve("real");
    // a loop is not followed, a linked marker prunes and a dangling one does not, depth stops at 32
    assertEquals(List.of("a/x.yml", "dangling/d.yml", "deep" + "/d".repeat(30) + "/ok.yml", "link.yml", "top.yaml"),
        names(real, disk.yamlFilesUnder(real)));
    assertEquals(List.of(), disk.yamlFilesUnder(tmp.resolve("root")), "a linked root is not followed");
    assertEquals(Disk.Kind.OTHER, disk.kind(real.resolve("fifo.yml")));
    assertEquals(Disk.Kind.OTHER, disk.kind(real.resolve("dl.yml")));
  }
}
