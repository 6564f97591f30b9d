package io.github.ucpkit.ucp.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium on a local page: the DOM after the page has loaded and laid out, or a screenshot.
 * Each run gets a fresh profile, so nothing from a previous start (or another test) is reused, and
 * nothing is fetched from the network.
 */
public final class Chromium {

  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-quic", "--hide-scrollbars");

  private final Path binary;
  private final Path work;
  private int runs;

  /** @param work a directory for the profiles; Chromium must be installed (a missing one fails the test) */
  public Chromium(Path work) {
    this.binary = Tools.require("chromium");
    this.work = work;
  }

  /** The page's DOM as Chromium serialises it once loaded (scripts in the page have run). */
  public String dumpDom(Path page) {
    Exec.Result r = run(List.of("--dump-dom"), page);
    return r.stdout();
  }

  /** A PNG of the page in a window of the given size. */
  public byte[] screenshot(Path page, int width, int height) throws IOException {
    Path png = work.resolve("shot-" + (runs + 1) + ".png");
    run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png), page);
    return Files.readAllBytes(png);
  }

  private Exec.Result run(List<String> actions, Path page) {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + work.resolve("profile-" + ++runs));
    cmd.addAll(actions);
    cmd.add(page.toUri().toString());
    Exec.Result r = Exec.run(cmd, work, Map.of(), Duration.ofSeconds(60));
    assertEquals(0, r.exit(), r.stderr());
    return r;
  }
}
