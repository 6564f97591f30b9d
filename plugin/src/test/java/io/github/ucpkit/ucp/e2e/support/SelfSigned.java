package io.github.ucpkit.ucp.e2e.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away self-signed certificate with {@code CN=<name>}, made at test time, as the TLS
 * identity of an in-process controller. openssl makes one in ~10 ms; keytool (always in the JDK)
 * takes over a second of JVM start-up, so it is only the fallback.
 */
public final class SelfSigned {

  private static final char[] PASSWORD = "test-only".toCharArray();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private SelfSigned() {}

  /** Server-side TLS for {@code CN=name}; key material is written under {@code dir}. */
  public static SSLContext serverContext(String name, Path dir) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("not a simple name: " + name);
    }
    try {
      Optional<Path> openssl = Tools.find("openssl");
      KeyStore ks = openssl.isPresent() ? withOpenssl(openssl.get(), name, dir) : withKeytool(name, dir);
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, PASSWORD);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the certificate for " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyStore withOpenssl(Path openssl, String name, Path dir) throws IOException, GeneralSecurityException {
    Path key = dir.resolve(name + ".key.pem");
    Path cert = dir.resolve(name + ".crt.pem");
    Exec.Result r = Exec.run(List.of(openssl.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
        "-nodes", "-subj", "/CN=" + name, "-days", "2", "-keyout", key.toString(), "-out", cert.toString()), dir, null, TIMEOUT);
    if (r.exit() != 0) {
      throw new AssertionError("openssl could not make a certificate:\n" + r.describe());
    }
    KeyFactory kf = KeyFactory.getInstance("EC");
    PrivateKey pk = kf.generatePrivate(new PKCS8EncodedKeySpec(pem(key, "PRIVATE KEY")));
    Certificate c;
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(cert))) {
      c = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(name, pk, PASSWORD, new Certificate[] {c});
    return ks;
  }

  private static KeyStore withKeytool(String name, Path dir) throws IOException, GeneralSecurityException {
    Path store = dir.resolve(name + ".p12");
    String pw = new String(PASSWORD);
    Exec.Result r = Exec.run(List.of(Tools.require("keytool").toString(), "-genkeypair", "-alias", name, "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=" + name, "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", pw, "-keypass", pw), dir, null, TIMEOUT);
    if (r.exit() != 0) {
      throw new AssertionError("keytool could not make a certificate:\n" + r.describe());
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD);
    }
    return ks;
  }

  private static byte[] pem(Path file, String type) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IOException(file + " holds no " + type);
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }
}
