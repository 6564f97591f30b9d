package io.github.ucpkit.ucp.e2e.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP/1.1 over a raw socket, one request per connection unless a test asks for several on one
 * ({@link #getKeptAlive}). A pooled client would reuse connections, and a reused connection sticks
 * to one backend, which hides round-robin; a raw socket also shows the exact bytes (the Location
 * header as sent, a connection closed without any reply).
 */
public final class RawHttp {

  private static final int TIMEOUT_MS = 5_000;

  /**
   * @param status -1 when the server closed the connection without sending anything
   * @param peerCn the CN of the certificate the server presented, for TLS
   */
  public record Response(int status, List<String> headers, String body, Optional<String> peerCn) {

    public boolean noResponse() {
      return status == -1;
    }

    /** The first header with that name, exactly as sent. */
    public Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .findFirst();
    }
  }

  private RawHttp() {}

  public static Response get(InetSocketAddress to, String host, String path) {
    return get(to, host, path, Map.of());
  }

  /** @param headers extra request headers; a {@code Connection} given here replaces "close" */
  public static Response get(InetSocketAddress to, String host, String path, Map<String, String> headers) {
    try (Socket s = new Socket()) {
      connect(s, to);
      return exchange(s, host, path, headers, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + host + path + " via " + to, e);
    }
  }

  /** A POST with {@code body} (Content-Length set); the answer is read even when the server stops reading the body early. */
  public static Response post(InetSocketAddress to, String host, String path, byte[] body) {
    try (Socket s = new Socket()) {
      connect(s, to);
      s.setSoTimeout(30_000);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Length", Integer.toString(body.length));
      headers.put("Content-Type", "application/octet-stream");
      write(s, "POST", host, path, headers);
      try {
        s.getOutputStream().write(body);
        s.getOutputStream().flush();
      } catch (java.net.SocketException refused) {
        // nginx answers 413 from the headers alone and may close before the body is through
      }
      return read(s, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + host + path + " via " + to, e);
    }
  }

  /** {@code n} GETs one after the other on one kept-alive connection, as a browser sends them. */
  public static List<Response> getKeptAlive(InetSocketAddress to, String host, String path, int n) {
    try (Socket s = new Socket()) {
      connect(s, to);
      List<Response> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        write(s, "GET", host, path, Map.of("Connection", "keep-alive"));
        Response r = read(s, Optional.empty());
        out.add(r);
        if (r.noResponse() || r.header("Content-Length").isEmpty()) {
          break;
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + host + path + " x" + n + " via " + to, e);
    }
  }

  /** A request over TLS that trusts any certificate: the test wants to see which one it gets. */
  public static Response getTls(InetSocketAddress to, String host, String path) {
    try (Socket plain = new Socket()) {
      connect(plain, to);
      try (SSLSocket s = (SSLSocket) trustAll().getSocketFactory().createSocket(plain, host, to.getPort(), true)) {
        s.setSoTimeout(TIMEOUT_MS);
        s.startHandshake();
        X509Certificate cert = (X509Certificate) s.getSession().getPeerCertificates()[0];
        return exchange(s, host, path, Map.of(), Optional.of(cn(cert)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("GET https://" + host + path + " via " + to, e);
    }
  }

  private static void connect(Socket s, InetSocketAddress to) throws IOException {
    Loopback.requireLoopback(to.getAddress());
    s.setSoTimeout(TIMEOUT_MS);
    s.connect(to, TIMEOUT_MS);
  }

  private static Response exchange(Socket s, String host, String path, Map<String, String> extra, Optional<String> cn)
      throws IOException {
    write(s, "GET", host, path, extra);
    return read(s, cn);
  }

  private static void write(Socket s, String method, String host, String path, Map<String, String> extra) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", host);
    headers.put("User-Agent", "ucp-e2e");
    headers.put("Connection", "close");
    headers.putAll(extra);
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    OutputStream out = s.getOutputStream();
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** One response; the stream is not buffered beyond it, so the next response on the connection stays readable. */
  private static Response read(Socket s, Optional<String> cn) throws IOException {
    InputStream in = s.getInputStream();
    String head = readHead(in);
    if (head.isEmpty()) {
      return new Response(-1, List.of(), "", cn);
    }
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP status line: " + lines[0]);
    }
    List<String> responseHeaders = List.copyOf(List.of(lines).subList(1, lines.length));
    Response r = new Response(Integer.parseInt(statusLine[1]), responseHeaders, "", cn);
    // read exactly the body when its length is known: a kept-alive connection never reaches EOF
    Optional<String> length = r.header("Content-Length");
    byte[] body = length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
    return new Response(r.status(), responseHeaders, new String(body, StandardCharsets.ISO_8859_1), cn);
  }

  /**
   * The status line and headers, without the blank line; empty when the server closed (or reset)
   * the connection before sending anything, like curl's "empty reply".
   */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      int last4 = 0;
      for (int b; (b = in.read()) >= 0; ) {
        buf.write(b);
        last4 = (last4 << 8) | b;
        if (last4 == 0x0d0a0d0a) {
          String text = buf.toString(StandardCharsets.ISO_8859_1);
          return text.substring(0, text.length() - 4);
        }
      }
    } catch (java.net.SocketException e) {
      if (buf.size() > 0) {
        throw e;
      }
    }
    if (buf.size() > 0) {
      throw new IOException("incomplete response: " + buf.toString(StandardCharsets.ISO_8859_1));
    }
    return "";
  }

  private static String cn(X509Certificate cert) {
    String dn = cert.getSubjectX500Principal().getName();
    for (String part : dn.split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return dn;
  }

  private static SSLContext trustAll() {
    TrustManager any = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {any}, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
