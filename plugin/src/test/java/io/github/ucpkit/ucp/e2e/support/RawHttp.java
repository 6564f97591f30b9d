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
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One HTTP/1.1 request per connection over a raw socket. A pooled client would reuse connections,
 * and a reused connection sticks to one backend, which hides round-robin; a raw socket also shows
 * the exact bytes (the Location header as sent, a connection closed without any reply).
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
    try (Socket s = new Socket()) {
      connect(s, to);
      return exchange(s, host, path, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + host + path + " via " + to, e);
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
        return exchange(s, host, path, Optional.of(cn(cert)));
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

  private static Response exchange(Socket s, String host, String path, Optional<String> cn) throws IOException {
    OutputStream out = s.getOutputStream();
    String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: ucp-e2e\r\nConnection: close\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    byte[] raw = readAll(s.getInputStream());
    if (raw.length == 0) {
      return new Response(-1, List.of(), "", cn);
    }
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) {
      throw new IOException("incomplete response: " + text);
    }
    String[] lines = text.substring(0, split).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP status line: " + lines[0]);
    }
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    return new Response(Integer.parseInt(statusLine[1]), List.copyOf(headers), text.substring(split + 4), cn);
  }

  /** Reads to EOF; a reset after nothing was read counts as "no response", like curl's empty reply. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) > 0; ) {
        buf.write(chunk, 0, n);
      }
    } catch (java.net.SocketException e) {
      if (buf.size() > 0) {
        throw e;
      }
    }
    return buf.toByteArray();
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
