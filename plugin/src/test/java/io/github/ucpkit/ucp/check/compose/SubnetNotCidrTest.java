package io.github.ucpkit.ucp.check.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subnet check against docker-compose 1.29.2's own verdicts (its {@code format_subnet_ip_address}
 * run on each text, Debian package 1.29.2-3).
 */
class SubnetNotCidrTest {

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(textBlock = """
      true, '10.0.0.0/8'
      false, '10.0.0.0/33'
      true, '10.0.0.0/32'
      true, '10.0.0.0/0'
      false, '10.0.0.0/08'
      false, '10.0.0.0'
      true, '10.01.0.0/16'
      false, '10.001.0.0/16'
      true, '10.00.0.0/16'
      false, '256.0.0.0/8'
      false, '10.0.0/8'
      false, '10.0.0.0.0/8'
      false, '10.0.0.0/8/8'
      false, ' 10.0.0.0/8'
      false, '10.0.0.0/8 '
      true, '172.28.0.0/16'
      true, '::/0'
      true, '::/128'
      false, '::/129'
      false, '::/012'
      true, 'fd00::/64'
      true, 'fd00:28::/64'
      true, 'FD00::/64'
      true, '2001:db8:0:0:0:0:0:1/64'
      false, '2001:db8::1::2/64'
      true, '1:2:3:4:5:6:7:8/64'
      true, '1:2:3:4:5:6:7::/64'
      true, '::2:3:4:5:6:7:8/64'
      true, '1::2:3:4:5:6:7/64'
      false, '1:2:3:4:5:6:7:8:9/64'
      false, '12345::/64'
      true, 'fe80::1%eth0/64'
      true, 'fe80:%eth0/64'
      true, 'fe80::1:2:3:4%eth0/64'
      false, 'fe80::1:2:3:4:5%eth0/64'
      false, 'fd00::1%eth0/64'
      true, '::ffff:10.0.0.0/104'
      true, '::ffff:0:10.0.0.0/96'
      true, '::10.0.0.0/96'
      false, '::1:10.0.0.0/96'
      true, '1::10.0.0.0/96'
      true, '1:2:3:4::10.0.0.0/96'
      false, '1:2:3:4:5::10.0.0.0/96'
      false, '1:2:3:4:5:6:10.0.0.0/96'
      true, '::ffff:01.2.3.4/96'
      false, '::ffff:001.2.3.4/96'
      false, '10.0.0.0/8x'
      false, 'a.b.c.d/8'
      false, '/8'
      false, '10.0.0.0/'
      false, ':/64'
      false, ':::/64'
      false, '1:2:3:4:5:6:7:8::/64'
      """)
  void acceptsWhatDockerComposeAccepts(boolean accepted, String subnet) {
    assertEquals(accepted, SubnetNotCidr.isCidr(subnet));
  }

  @ParameterizedTest
  @CsvSource({"true, '10.0.0.0/8\n'", "false, '10.0.0.0/8\n\n'"})
  void likePythonsDollarAFinalNewlineIsTolerated(boolean accepted, String subnet) {
    assertEquals(accepted, SubnetNotCidr.isCidr(subnet));
  }
}
