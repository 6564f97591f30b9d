package io.github.ucpkit.ucp.model.topology;

import java.util.Optional;

/**
 * Which product runs the cluster ({@code cluster.platform}). It decides what the controllers' load
 * balancer forwards: UCP 2.x serves its UI and API (and, when asked, the classic Swarm port); MKE 3
 * (UCP 3.x) serves the Kubernetes API beside them and keeps the Swarm port internal.
 */
public enum Platform {
  UCP2("ucp2", "UCP 2.x", "UCP"),
  MKE3("mke3", "MKE 3", "MKE");

  private final String key;
  private final String title;
  private final String product;

  Platform(String key, String title, String product) {
    this.key = key;
    this.title = title;
    this.product = product;
  }

  /** As written in the spec. */
  public String key() {
    return key;
  }

  /** For messages: "UCP 2.x", "MKE 3". */
  public String title() {
    return title;
  }

  /** The product's short name, for comments: "UCP", "MKE". */
  public String product() {
    return product;
  }

  /** Exactly as the schema's enum spells it. */
  public static Optional<Platform> parse(String text) {
    for (Platform p : values()) {
      if (p.key.equals(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
