package io.github.ucpkit.ucp.model.compose;

/**
 * The tool a Compose file is validated for. docker-compose 1.29.2 reads every format with one
 * schema and honours only part of {@code deploy}; {@code docker stack deploy} reads 3.x files with
 * a schema per minor version, refuses some keys, ignores others ({@code build}) and does not read
 * {@code .env}.
 */
public enum DeployTarget {
  COMPOSE("docker-compose"),
  STACK("docker stack deploy");

  private final String tool;

  DeployTarget(String tool) {
    this.tool = tool;
  }

  /** The command as users know it, for messages. */
  public String tool() {
    return tool;
  }
}
