package io.github.ucpkit.ucp.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the disk says is at a path: links are followed, and a link to nothing is there but usable as neither. */
class RealDiskTest {

  @TempDir Path tmp;

  @Test
  void tellsFilesDirectoriesLinksAndNothingApart() throws IOException {
    Path file = Files.writeString(tmp.resolve("docker-compose.yml"), "services: {}\n");
    Path dir = Files.createDirectories(tmp.resolve("app"));
    Path toFile = Files.createSymbolicLink(tmp.resolve("to-file.yml"), file);
    Path toDir = Files.createSymbolicLink(tmp.resolve("to-dir"), dir);
    Path dangling = Files.createSymbolicLink(tmp.resolve(".env"), tmp.resolve("gone"));
    Disk disk = Disk.real();

    assertEquals(Disk.Kind.FILE, disk.kind(file));
    assertEquals(Disk.Kind.DIRECTORY, disk.kind(dir));
    assertEquals(Disk.Kind.FILE, disk.kind(toFile));
    assertEquals(Disk.Kind.DIRECTORY, disk.kind(toDir));
    assertEquals(Disk.Kind.OTHER, disk.kind(dangling));
    assertEquals(Disk.Kind.OTHER, disk.kind(Path.of("/dev/null")), "a device is neither a file nor a directory");
    assertEquals(Disk.Kind.MISSING, disk.kind(tmp.resolve("missing.yml")));
    assertEquals(Disk.Kind.MISSING, disk.kind(file.resolve("below-a-file")));
    for (Path p : new Path[] {file, dir, toFile, toDir, dangling, Path.of("/dev/null"), tmp.resolve("missing.yml")}) {
      assertEquals(disk.kind(p) == Disk.Kind.FILE, disk.isFile(p), "isFile is kind == FILE for " + p);
    }
  }
}
