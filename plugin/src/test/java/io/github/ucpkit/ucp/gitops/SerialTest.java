package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.emit.view.ZoneText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zone's SOA serial never goes down relative to the zone already in the output directory,
 * stays put while the records do, and {@code check} agrees with {@code generate} on it.
 */
class SerialTest {

  @TempDir
  Path project;

  private Path topology;
  private Path compose;

  private void writeProject(int ttl, String host) throws IOException {
    compose = Files.writeString(project.resolve("docker-compose.yml"), Files.readString(Path.of("../sample-project/docker-compose.yml"))
        .replace("interlock.hostname: \"vote\"", "interlock.hostname: \"" + host + "\""));
    topology = Files.writeString(Files.createDirectories(project.resolve("src/main/ucp")).resolve("topology.yml"),
        Files.readString(Path.of("../sample-project/src/main/ucp/topology.yml")).replace("ttl: 300", "ttl: " + ttl));
  }

  private long serial(String outputTimestamp) throws IOException {
    Pipeline.Request request = new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), Map.of());
    Runner.Settings s = new Runner.Settings(project, project.resolve("deploy"), project.resolve("target/r"), Optional.empty(),
        outputTimestamp, "test");
    Runner.Outcome generated = Runner.generate(request, s);
    assertEquals(List.of(), generated.diagnostics().stream().filter(d -> d.isError()).toList());
    assertEquals(List.of(), Runner.check(request, s).drift(), "check agrees with generate");
    return ZoneText.serial(Files.readString(project.resolve("deploy/example.com.zone"))).orElseThrow();
  }

  @Test
  void aSeriesOfEditsThatReturnsToAnEarlierRecordSetNeverLowersTheSerial() throws IOException {
    List<long[]> steps = new ArrayList<>();
    String[][] edits = {{"300", "vote"}, {"300", "vote"}, {"600", "vote"}, {"600", "ballot"}, {"300", "vote"}, {"300", "vote"},
        {"600", "vote"}, {"300", "vote"}};
    long last = -1;
    String[] previous = null;
    for (String[] edit : edits) {
      writeProject(Integer.parseInt(edit[0]), edit[1]);
      long now = serial(null);
      if (previous != null && java.util.Arrays.equals(previous, edit)) {
        assertEquals(last, now, "unchanged records keep the serial");
      } else if (last >= 0) {
        assertTrue(now == last + 1, "a change raises the serial by one without a timestamp: " + last + " -> " + now);
      }
      steps.add(new long[] {now});
      last = now;
      previous = edit;
    }
    assertEquals(1, steps.get(0)[0], "a first zone without a timestamp starts at 1");
    assertEquals(6, last, "five changes after the first zone");
  }

  @Test
  void aReleaseTimestampLiftsTheSerialToItsDateButNeverBelowTheLast() throws IOException {
    writeProject(300, "vote");
    assertEquals(2026112600L, serial("2026-11-26T10:00:00Z"));
    writeProject(600, "vote");
    assertEquals(2026112601L, serial("2026-11-26T10:00:00Z"), "same day: the last serial plus one");
    writeProject(300, "vote");
    assertEquals(2026120300L, serial("2026-12-03T00:00:00Z"), "a later day: its date");
    writeProject(600, "vote");
    assertEquals(2026120301L, serial("2026-01-01T00:00:00Z"), "an older timestamp never lowers it");
  }

  @Test
  void aPreviousSerialNearTheTopWrapsAroundAsRfc1982Says() throws IOException {
    writeProject(300, "vote");
    serial(null);
    Path zone = project.resolve("deploy/example.com.zone");
    long before = ZoneText.serial(Files.readString(zone)).orElseThrow();
    Files.writeString(zone, Files.readString(zone).replace(before + " ; serial", "4294967295 ; serial"));
    writeProject(600, "vote");
    assertEquals(1, serial(null), "4294967295 + 1 wraps to 1 (0 is skipped), which RFC 1982 counts as greater");
  }
}
