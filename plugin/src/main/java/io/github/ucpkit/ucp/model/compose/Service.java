package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service, with the settings rules and generators use parsed into types. {@code definition} is
 * the service's (interpolated) mapping, for the rarer settings a single rule inspects.
 *
 * @param expose container ports from {@code expose}, parsed like the target side of {@code ports}
 * @param networks what it joins; the implicit {@code default} when it lists none and has no
 *     {@code network_mode}
 * @param deployLabels {@code deploy.labels}: the labels of the swarm service {@code docker stack deploy}
 *     creates, where Interlock 2 reads its {@code com.docker.lb.*} labels ({@code labels} are the
 *     containers' labels); docker-compose ignores them
 */
public record Service(
    String name,
    Location at,
    YMap definition,
    Optional<Located<String>> image,
    Optional<Located<String>> buildContext,
    List<PortSpec> ports,
    List<PortSpec> expose,
    Optional<Location> networksAt,
    List<NetworkAttachment> networks,
    Optional<Located<String>> networkMode,
    List<Label> labels,
    List<Label> deployLabels,
    Optional<Located<String>> containerName,
    Optional<Located<Long>> scale,
    List<ServiceRef> references,
    List<VolumeSpec> volumes,
    List<Located<String>> envFiles,
    Optional<Located<String>> hostname,
    Optional<Extends> extendsFrom) {

  public Service {
    ports = List.copyOf(ports);
    expose = List.copyOf(expose);
    networks = List.copyOf(networks);
    labels = List.copyOf(labels);
    deployLabels = List.copyOf(deployLabels);
    references = List.copyOf(references);
    volumes = List.copyOf(volumes);
    envFiles = List.copyOf(envFiles);
  }

  public Optional<Label> label(String key) {
    return labels.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  public Optional<NetworkAttachment> network(String name) {
    return networks.stream().filter(n -> n.network().equals(name)).findFirst();
  }

  /** How many containers {@code up} starts: {@code scale}, else 1. */
  public long replicas() {
    return scale.map(Located::value).orElse(1L);
  }

  /** This service with an empty definition: see {@link ComposeFile#withoutDocuments()}. */
  Service withoutDefinition() {
    return new Service(name, at, new YMap(Map.of(), definition.at()), image, buildContext, ports, expose, networksAt,
        networks, networkMode, labels, deployLabels, containerName, scale, references, volumes, envFiles, hostname,
        extendsFrom);
  }
}
