package io.github.ucpkit.ucp.model.value;

import java.util.List;
import java.util.Locale;

/**
 * Variable names that by convention hold secrets. Their values never reach a generated file, and a
 * literal value committed for one is worth a warning.
 */
public final class SecretName {

  private static final List<String> WORDS = List.of("PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "CREDENTIAL");

  private SecretName() {}

  /** {@code *PASSWORD*}, {@code *PASSWD*}, {@code *PASSPHRASE*}, {@code *SECRET*}, {@code *TOKEN*}, {@code *CREDENTIAL*}, {@code *_KEY}, any case. */
  public static boolean looksSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.endsWith("_KEY")) {
      return true;
    }
    for (String word : WORDS) { // asked for every variable of every service: no stream per name
      if (upper.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
