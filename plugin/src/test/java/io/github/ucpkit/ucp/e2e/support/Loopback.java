package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Loopback addresses and free ports: the only network these tests may touch. */
public final class Loopback {

  public static final InetAddress V4 = address("127.0.0.1");

  private Loopback() {}

  /** An IP literal, which must be a loopback address; anything else is a bug in the test. */
  public static InetAddress address(String literal) {
    if (!literal.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
      throw new IllegalArgumentException("not an IP literal: " + literal);
    }
    try {
      return requireLoopback(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }

  public static InetAddress requireLoopback(InetAddress a) {
    if (!a.isLoopbackAddress()) {
      throw new IllegalArgumentException("refusing to use " + a.getHostAddress() + ": tests stay on loopback");
    }
    return a;
  }

  /** A TCP port that was free on {@code address} a moment ago. */
  public static int freePort(InetAddress address) {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(requireLoopback(address), 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() {
    return freePort(V4);
  }

  /** A port free for both TCP and UDP on 127.0.0.1 (named listens on both). */
  public static int freeTcpUdpPort() {
    for (int attempt = 0; attempt < 20; attempt++) {
      int port = freePort();
      try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(V4, port))) {
        return port;
      } catch (IOException e) {
        // taken for UDP: try another
      }
    }
    throw new AssertionError("no port free for both TCP and UDP on 127.0.0.1");
  }

  /** A loopback socket address; building one for anything else fails. */
  public static InetSocketAddress at(InetAddress a, int port) {
    return new InetSocketAddress(requireLoopback(a), port);
  }
}
