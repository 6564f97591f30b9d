package io.github.ucpkit.ucp.write;

import io.github.ucpkit.ucp.emit.Artifact;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link OutputDirectoryTest}: writes two artifact sets in turn into the
 * directory it is given, forever, until it is killed.
 */
public final class WriterChild {

  static List<Artifact> set(String tag) {
    return List.of(
        new Artifact("a.cfg", ("a " + tag + "\n").repeat(2000)),
        new Artifact("b.cfg", ("b " + tag + "\n").repeat(2000)),
        new Artifact("c-" + tag + ".yml", "c " + tag + "\n"),
        new Artifact("d.zone", ("d " + tag + "\n").repeat(2000)));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    System.out.println("started");
    System.out.flush();
    for (long i = 0; ; i++) {
      ArtifactWriter.write(dir, set(i % 2 == 0 ? "x" : "y"));
    }
  }
}
