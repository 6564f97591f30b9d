package io.github.ucpkit.ucp.model.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    "::ffff:10.1.2.3, ::ffff:a01:203",
  })
  void canonicalText(String input, String canonical) {
    assertEquals(canonical, IpAddress.parse(input).orElseThrow().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.10.10.300", "010.1.1.1", "1.2.3", "1.2.3.4.5", "example.com", "1::2::3", "12345::1",
      "1:2:3:4:5:6:7:8:9", "", " 10.1.1.1", "10.1.1.1\n", "fe80::1%eth0"})
  void refusesWhatIsNotALiteral(String input) {
    assertTrue(IpAddress.parse(input).isEmpty(), input);
  }
}
