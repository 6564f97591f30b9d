package io.github.ucpkit.ucp.emit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One generated file: a plain file name inside the output directory and its full text ({@code \n}
 * line endings, trailing newline).
 */
public record Artifact(String name, String content) implements Comparable<Artifact> {

  public Artifact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!isName(name)) {
      throw new IllegalArgumentException("not a plain artifact name: " + name);
    }
  }

  /** {@code [a-z0-9][a-z0-9._-]*} without {@code ..}: a plain file name, never hidden, never a path. */
  public static boolean isName(String name) {
    if (name.isEmpty() || name.contains("..")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!(alnum || (i > 0 && (c == '.' || c == '_' || c == '-')))) {
        return false;
      }
    }
    return true;
  }

  /** The SHA-256 of the content's UTF-8 bytes, hex: what reports show and the run cache records. */
  public String sha256() {
    return sha256(content);
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  @Override
  public int compareTo(Artifact o) {
    return name.compareTo(o.name);
  }
}
