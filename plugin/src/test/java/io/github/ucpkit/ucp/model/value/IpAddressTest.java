package io.github.ucpkit.ucp.model.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @ParameterizedTest
  @CsvSource({
    "10.10.10.10, 10.10.10.10",
    "2001:db8::20, 2001:db8::20",
    "2001:DB8:0:0:0:0:0:20, 2001:db8::20",
    "::1, ::1",
    "::, ::",
    "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
    "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
    "::ffff:10.1.2.3, ::ffff:10.1.2.3",
    "::ffff:a01:203, ::ffff:10.1.2.3",
    "0:0:0:0:0:FFFF:0A01:0203, ::ffff:10.1.2.3",
    "::fffe:a01:203, ::fffe:a01:203",
  })
  void canonicalText(String input, String canonical) {
    assertEquals(canonical, IpAddress.parse(input).orElseThrow().value());
  }

  /** An IPv4-mapped address is the IPv4 host: equal, same hash, same place in order, however it is written. */
  @ParameterizedTest
  @CsvSource({
    "::ffff:10.10.10.11, 10.10.10.11",
    "::ffff:a0a:a0b, 10.10.10.11",
    "0:0:0:0:0:ffff:10.10.10.11, 10.10.10.11",
    "::ffff:0.0.0.0, 0.0.0.0",
  })
  void mappedEqualsItsIpv4Address(String mapped, String v4) {
    IpAddress m = IpAddress.parse(mapped).orElseThrow();
    IpAddress a = IpAddress.parse(v4).orElseThrow();
    assertEquals(a, m);
    assertEquals(m, a);
    assertEquals(a.hashCode(), m.hashCode());
    assertEquals(0, m.compareTo(a));
    assertTrue(m.isV4Mapped());
    assertFalse(a.isV4Mapped());
    assertEquals(a.value(), m.canonical().value());
    assertFalse(m.canonical().isV6());
  }

  @ParameterizedTest
  @CsvSource({
    "::fffe:10.10.10.11, 10.10.10.11",
    "::10.10.10.11, 10.10.10.11",
    "1::ffff:10.10.10.11, 10.10.10.11",
    "2001:db8::1, 2001:db8::2",
  })
  void otherAddressesStayApart(String first, String second) {
    IpAddress a = IpAddress.parse(first).orElseThrow();
    IpAddress b = IpAddress.parse(second).orElseThrow();
    assertNotEquals(a, b);
    assertNotEquals(0, a.compareTo(b));
    assertFalse(a.isV4Mapped());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.10.10.300", "010.1.1.1", "1.2.3", "1.2.3.4.5", "example.com", "1::2::3", "12345::1",
      "1:2:3:4:5:6:7:8:9", "", " 10.1.1.1", "10.1.1.1\n", "fe80::1%eth0"})
  void refusesWhatIsNotALiteral(String input) {
    assertTrue(IpAddress.parse(input).isEmpty(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::", "::ffff:0.0.0.0", "224.0.0.1", "239.255.255.255", "255.255.255.255",
      "::ffff:255.255.255.255", "ff02::1", "ff0e::1234"})
  void knowsWhereNoMachineIs(String input) {
    assertTrue(IpAddress.parse(input).orElseThrow().isNoMachine(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "127.0.0.1", "::1", "223.255.255.255", "240.0.0.1", "255.255.255.254",
      "2001:db8::1", "fe80::1", "::ffff:10.0.0.1", "0.0.0.1"})
  void knowsWhereMachinesAre(String input) {
    assertFalse(IpAddress.parse(input).orElseThrow().isNoMachine(), input);
  }
}
