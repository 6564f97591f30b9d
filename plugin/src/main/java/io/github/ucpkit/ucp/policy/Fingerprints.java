package io.github.ucpkit.ucp.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across commits: what it is about, never where it is. The fingerprint is the
 * first 128 bits (32 hex digits) of SHA-256 over, each on a line of its own: {@code ucpFingerprint/v1},
 * the rule id, the file relative to the project with {@code /} separators, the block keys enclosing
 * the finding's line ({@code services.web.image}, sequence positions left out), and the text of the
 * node at the finding's column ({@code "nginx:latest"}, with its quotes as written). Line and column
 * numbers are not in it, nor the message: moving lines, reordering services or reformatting other
 * parts of the file keeps it, and a new plugin version that words a message differently does too;
 * changing the offending value, renaming its service or moving it to another file makes it a new
 * finding. A finding about a whole file has an empty path and node.
 */
public final class Fingerprints {

  /** The SARIF {@code partialFingerprints} key; its version changes whenever what is hashed does. */
  public static final String KEY = "ucpFingerprint/v1";
  static final int LENGTH = 32;

  private Fingerprints() {}

  static String of(String ruleId, String file, String path, String node) {
    String what = KEY + "\n" + ruleId + "\n" + file + "\n" + path + "\n" + node;
    byte[] digest = SHA256.get().digest(what.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
  }

  /** One digest per thread: the policy stage fingerprints files in parallel, thousands of findings each. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  });

  /** A file as fingerprints and the baseline name it: relative to the project, {@code /}-separated. */
  static String relative(Path file, Path basedir) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
