package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;

/** A reference from one service to another by name. */
public record ServiceRef(Kind kind, String target, Location at) {

  public enum Kind {
    DEPENDS_ON("depends on"),
    LINK("has a link to"),
    VOLUMES_FROM("mounts volumes from"),
    NETWORK_MODE("uses the network stack of"),
    PID("uses the PID namespace of"),
    IPC("uses the IPC namespace of");

    private final String verb;

    Kind(String verb) {
      this.verb = verb;
    }

    /** How a message says it: "web depends on db". */
    public String verb() {
      return verb;
    }
  }
}
