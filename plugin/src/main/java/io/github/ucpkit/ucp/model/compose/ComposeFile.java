package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Compose file after interpolation and docker-compose's type conversions, as one project.
 *
 * @param project the docker-compose project name it is deployed under (see ProjectNames)
 * @param version the declared format, when it is one we support (empty for a file without one)
 * @param target the tool the file was read for, which decides how it was read and which rules apply
 * @param document the whole interpolated file, for rules about the raw structure and for the
 *     normalised copy generation writes
 * @param parsed the file as YAML 1.1 read it, before interpolation and conversions (which turn a
 *     label's {@code yes} into {@code True}): for rules about how a value was written
 * @param deployTime what is resolved at deploy time, not at build time (values that use a variable
 *     from the process environment or with a secret's name), and the secret values no report may echo
 */
public record ComposeFile(
    Path path,
    String project,
    Optional<Located<ComposeVersion>> version,
    DeployTarget target,
    YMap document,
    List<Service> services,
    List<Resource> networks,
    List<Resource> volumes,
    YMap parsed,
    DeployTime deployTime) {

  public ComposeFile {
    services = List.copyOf(services);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
  }

  /** A file for docker-compose whose parsed form is taken to be its document (no interpolation or conversion applied). */
  public ComposeFile(
      Path path,
      String project,
      Optional<Located<ComposeVersion>> version,
      YMap document,
      List<Service> services,
      List<Resource> networks,
      List<Resource> volumes) {
    this(path, project, version, DeployTarget.COMPOSE, document, services, networks, volumes, document, DeployTime.NONE);
  }

  /** Whether the file is read for {@code docker stack deploy}. */
  public boolean forStack() {
    return target == DeployTarget.STACK;
  }

  public Optional<Service> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Resource> network(String name) {
    return networks.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  public Optional<Resource> volume(String name) {
    return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The directory relative paths in the file are resolved against. */
  public Path directory() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? path.toAbsolutePath() : parent;
  }

  /** docker-compose's name for a network of this file as the engine knows it. */
  public String engineNetworkName(Resource network) {
    if (network.external()) {
      return network.externalName().orElse(network.name());
    }
    return network.explicitName().orElse(project + "_" + network.name());
  }

  /**
   * The engine's name for the network a service joins under {@code key}: the declared network's
   * name, or {@code <project>_<key>} for one the file does not declare (the implicit default).
   */
  public String engineNetworkName(String key) {
    return network(key).map(this::engineNetworkName).orElse(project + "_" + key);
  }

  /**
   * The model without its YAML documents, once the rules that read them have run: a validation of
   * thousands of files then holds only what the cross-file rules and the report need.
   */
  public ComposeFile withoutDocuments() {
    YMap none = new YMap(Map.of(), document.at());
    return new ComposeFile(path, project, version, target, none, services.stream().map(Service::withoutDefinition).toList(),
        networks, volumes, none, deployTime);
  }
}
