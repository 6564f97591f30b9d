package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address literal, parsed by its grammar alone, so nothing ever touches DNS. IPv4
 * parts with leading zeros are refused, since some tools read them as octal. The text form is
 * canonical (RFC 5952 for IPv6), so one address is always written the same way.
 *
 * <p>Equality, hashing and order compare the host an address stands for: an IPv4-mapped IPv6 address
 * ({@code ::ffff:10.10.10.11}) equals the IPv4 address it maps ({@code 10.10.10.11}), since both
 * reach the same machine. Every comparison of addresses (duplicates, a VIP on a node) therefore sees
 * through the mapping; the text keeps the form that was written.
 */
public final class IpAddress implements Comparable<IpAddress> {

  private static final Pattern V4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  private final byte[] bytes;
  private final String text;
  /** The bytes compared: the IPv4 address for an IPv4-mapped one, else {@code bytes}. */
  private final byte[] host;

  private IpAddress(byte[] bytes) {
    this.bytes = bytes;
    this.host = mapped(bytes) ? java.util.Arrays.copyOfRange(bytes, 12, 16) : bytes;
    // RFC 5952 section 5: a mapped address is written ::ffff:10.10.10.11, its IPv4 part dotted
    this.text = bytes.length == 4 ? v4Text(bytes) : host != bytes ? "::ffff:" + v4Text(host) : v6Text(bytes);
  }

  /** {@code ::ffff:a.b.c.d} (RFC 4291 2.5.5.2): ten zero bytes, two 0xff bytes, then the IPv4 address. */
  private static boolean mapped(byte[] b) {
    if (b.length != 16 || b[10] != (byte) 0xff || b[11] != (byte) 0xff) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether this is an IPv4 address written in IPv6's mapped form ({@code ::ffff:10.10.10.11}). */
  public boolean isV4Mapped() {
    return bytes != host;
  }

  /** The address in its canonical family: the IPv4 address for an IPv4-mapped one, else this one. */
  public IpAddress canonical() {
    return isV4Mapped() ? new IpAddress(host) : this;
  }

  private static String v4Text(byte[] b) {
    return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
  }

  /** RFC 5952: lower-case hex, no leading zeros, the longest run of two or more zero groups as {@code ::}. */
  private static String v6Text(byte[] b) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(i, j);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }

  public static Optional<IpAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return (text.contains(":") ? v6(text) : v4(text)).map(IpAddress::new);
  }

  public boolean isV6() {
    return bytes.length == 16;
  }

  /** 0.0.0.0 or {@code ::}: a socket bound to it listens on every interface. */
  public boolean isUnspecified() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * What no machine can be reached at: the unspecified address (the host itself, or every interface),
   * a multicast group (224.0.0.0/4, ff00::/8) or IPv4's limited broadcast 255.255.255.255. An
   * IPv4-mapped address counts as its IPv4 address. Loopback is not among them: a cluster on one
   * host (a test bed) reaches itself there.
   */
  public boolean isNoMachine() {
    if (canonical().isUnspecified()) {
      return true;
    }
    int first = host[0] & 0xff;
    if (host.length == 4) {
      boolean broadcast = first == 255 && (host[1] & 0xff) == 255 && (host[2] & 0xff) == 255 && (host[3] & 0xff) == 255;
      return (first >= 224 && first <= 239) || broadcast;
    }
    return first == 0xff;
  }

  /** The canonical text ({@code 10.10.10.10}, {@code 2001:db8::1}). */
  public String value() {
    return text;
  }

  /** How the address is written inside {@code host:port}: IPv6 needs brackets. */
  public String hostPart() {
    return isV6() ? "[" + text + "]" : text;
  }

  private static Optional<byte[]> v4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!V4_PART.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
      int v = Integer.parseInt(parts[i]);
      if (v > 255) {
        return Optional.empty();
      }
      out[i] = (byte) v;
    }
    return Optional.of(out);
  }

  private static Optional<byte[]> v6(String text) {
    String body = text;
    byte[] tail = new byte[0];
    int lastColon = body.lastIndexOf(':');
    if (body.indexOf('.') > lastColon) {
      Optional<byte[]> v4 = v4(body.substring(lastColon + 1));
      if (v4.isEmpty()) {
        return Optional.empty();
      }
      tail = v4.get();
      body = body.substring(0, lastColon + 1) + "0:0";
    }
    int gap = body.indexOf("::");
    if (gap >= 0 && body.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    String[] head = gap >= 0 ? split(body.substring(0, gap)) : split(body);
    String[] rest = gap >= 0 ? split(body.substring(gap + 2)) : new String[0];
    int groups = head.length + rest.length;
    if ((gap < 0 && groups != 8) || (gap >= 0 && groups > 7)) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    for (int i = 0; i < head.length; i++) {
      if (!put(out, i, head[i])) {
        return Optional.empty();
      }
    }
    for (int i = 0; i < rest.length; i++) {
      if (!put(out, 8 - rest.length + i, rest[i])) {
        return Optional.empty();
      }
    }
    System.arraycopy(tail, 0, out, 16 - tail.length, tail.length);
    return Optional.of(out);
  }

  private static String[] split(String s) {
    return s.isEmpty() ? new String[0] : s.split(":", -1);
  }

  private static boolean put(byte[] out, int group, String hex) {
    if (!HEX_GROUP.matcher(hex).matches()) {
      return false;
    }
    int v = Integer.parseInt(hex, 16);
    out[2 * group] = (byte) (v >> 8);
    out[2 * group + 1] = (byte) v;
    return true;
  }

  @Override
  public int compareTo(IpAddress o) {
    if (host.length != o.host.length) {
      return Integer.compare(host.length, o.host.length);
    }
    return java.util.Arrays.compareUnsigned(host, o.host);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpAddress a && java.util.Arrays.equals(a.host, host);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(host);
  }

  @Override
  public String toString() {
    return text;
  }
}
