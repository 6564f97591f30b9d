package io.github.ucpkit.ucp.check.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.SystemPorts;
import io.github.ucpkit.ucp.model.topology.SystemPorts.Reserved;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** TOPO-PORT-001's page lists exactly the ports the rule refuses, and the lookups respect platform and hosts. */
class SystemPortsPageTest {

  @Test
  void thePageTableListsEveryReservedPortAndNoOther() throws IOException {
    String page = Files.readString(Path.of("../docs/rules/TOPO-PORT-001.md"));
    String table = page.substring(page.indexOf("| port | where |"), page.indexOf("UDP 4789"));
    Set<Integer> listed = new TreeSet<>();
    for (String row : table.lines().skip(2).filter(l -> l.startsWith("|")).toList()) {
      Matcher m = Pattern.compile("\\d+").matcher(row.split("\\|")[1]);
      while (m.find()) {
        listed.add(Integer.parseInt(m.group()));
      }
    }
    Set<Integer> reserved = new TreeSet<>(SystemPorts.all().stream().map(Reserved::port).toList());
    assertEquals(reserved, listed, "the page's table against SystemPorts");
  }

  @Test
  void lookupsFollowThePlatformAndTheHosts() {
    assertTrue(SystemPorts.find(Platform.MKE3, 10250, false).isPresent(), "the kubelet runs on every MKE 3 node");
    assertTrue(SystemPorts.find(Platform.UCP2, 10250, true).isEmpty(), "UCP 2.x has no kubelet");
    assertTrue(SystemPorts.find(Platform.UCP2, 12379, true).isPresent(), "etcd on UCP 2.x managers");
    assertTrue(SystemPorts.find(Platform.UCP2, 12379, false).isEmpty(), "etcd is not on the workers");
    assertTrue(SystemPorts.find(Platform.MKE3, 4789, true).isEmpty(), "VXLAN is UDP: a TCP listener there collides with nothing");
    assertTrue(SystemPorts.find(Platform.MKE3, 2376, true).isEmpty(), "the Swarm port is the spec's swarmPort, checked on its own");
  }
}
