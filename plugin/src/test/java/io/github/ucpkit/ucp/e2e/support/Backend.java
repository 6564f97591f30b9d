package io.github.ucpkit.ucp.e2e.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.net.ssl.SSLContext;

/**
 * An in-process stand-in for a container or a UCP controller: {@code /_ping} answers 200 (or 503
 * while {@link #failPing} is set), {@code /slow} waits {@link #SLOW} before answering, every other
 * path answers the backend's name, so a client can tell which backend served it. Every answer
 * echoes a few request headers as {@code X-Request-<name>} and the body's length as
 * {@code X-Request-Body-Length}. It binds loopback addresses only, and counts the connections it
 * was sent requests on, so a test can see a proxy reuse them.
 */
public final class Backend implements AutoCloseable {

  private final String name;
  private final HttpServer server;
  private final AtomicBoolean pingFails = new AtomicBoolean();
  private final AtomicInteger hits = new AtomicInteger();
  private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

  /** How long {@code /slow} waits before it answers. */
  public static final Duration SLOW = Duration.ofSeconds(3);
  private volatile boolean running;

  private Backend(String name, HttpServer server) {
    this.name = name;
    this.server = server;
    server.createContext("/", this::handle);
    // the default executor serves on the dispatcher thread: enough for sequential test traffic
    server.setExecutor(null);
    server.start();
    running = true;
  }

  public static Backend http(String name, InetSocketAddress at) {
    try {
      return new Backend(name, HttpServer.create(loopbackOnly(at), 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind " + at, e);
    }
  }

  public static Backend https(String name, InetSocketAddress at, SSLContext tls) {
    try {
      HttpsServer s = HttpsServer.create(loopbackOnly(at), 16);
      s.setHttpsConfigurator(new HttpsConfigurator(tls));
      return new Backend(name, s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind " + at, e);
    }
  }

  /**
   * One backend per address, all on the same free port, as a generated config that names one
   * port for several addresses needs (HAProxy's controllers, a DNS name with several A records).
   *
   * @param factory {@code (name, address) -> backend}, e.g. {@code Backend::http}
   */
  public static List<Backend> onOnePort(Map<String, InetAddress> addresses, BiFunction<String, InetSocketAddress, Backend> factory) {
    List<Backend> started = new ArrayList<>();
    for (int attempt = 0; attempt < 10; attempt++) {
      int port = Loopback.freePort(addresses.values().iterator().next());
      try {
        addresses.forEach((name, address) -> started.add(factory.apply(name, Loopback.at(address, port))));
        return List.copyOf(started);
      } catch (UncheckedIOException taken) {
        started.forEach(Backend::close);
        started.clear();
      }
    }
    throw new AssertionError("no port is free on all of " + addresses.values() + " at once");
  }

  private static InetSocketAddress loopbackOnly(InetSocketAddress at) {
    Loopback.requireLoopback(at.getAddress());
    return at;
  }

  public String name() {
    return name;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Requests for anything but {@code /_ping}. */
  public int hits() {
    return hits.get();
  }

  /** The connections requests came on (each a distinct peer address and port), {@code /_ping} included. */
  public int connections() {
    return peers.size();
  }

  /** Makes {@code /_ping} answer 503 while the port keeps listening, like a controller that is unhealthy. */
  public void failPing(boolean fail) {
    pingFails.set(fail);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      long length = ex.getRequestBody().readAllBytes().length;
      peers.add(ex.getRemoteAddress());
      String path = ex.getRequestURI().getPath();
      int status = 200;
      String body = name;
      if (path.equals("/_ping")) {
        status = pingFails.get() ? 503 : 200;
        body = status == 200 ? "OK" : "unhealthy";
      } else {
        hits.incrementAndGet();
        if (path.equals("/slow")) {
          sleep(SLOW);
        }
      }
      byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
      ex.getResponseHeaders().set("Content-Type", "text/plain");
      ex.getResponseHeaders().set("X-Backend", name);
      // what the proxy in front sent, so a test can see the headers a location forwards
      for (String h : List.of("Host", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP", "Forwarded",
          "Upgrade", "Connection")) {
        List<String> v = ex.getRequestHeaders().get(h);
        // every value, comma-joined: a proxy that appended a second header must not hide behind the first
        ex.getResponseHeaders().set("X-Request-" + h, v == null ? "(none)" : String.join(", ", v));
      }
      ex.getResponseHeaders().set("X-Request-Body-Length", Long.toString(length));
      // the path and query as they arrived, so a test can see what a proxy's rewrite made of them
      ex.getResponseHeaders().set("X-Request-Path", ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes the listening socket at once: afterwards connections are refused, as for a dead container. */
  @Override
  public void close() {
    if (running) {
      running = false;
      server.stop(0);
    }
  }

  @Override
  public String toString() {
    return name + "@" + address();
  }
}
