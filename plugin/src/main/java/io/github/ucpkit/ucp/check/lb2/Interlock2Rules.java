package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/**
 * Rules about Interlock 2's {@code com.docker.lb.*} labels (UCP 3, MKE 3), which it reads from swarm
 * service labels: {@code deploy.labels} in a file deployed with {@code docker stack deploy}. Each
 * documented label is checked, every other {@code com.docker.lb.*} name is reported, and a label in
 * the wrong place or the wrong Interlock's file is reported with the label to use instead. The
 * route's own rules read what {@code model.route.Interlock2Labels} read, once.
 */
public final class Interlock2Rules {

  private Interlock2Rules() {}

  public static List<Rule> all() {
    return List.of(
        new UnknownLbLabel(),
        new RemovedLbLabel(),
        new LbLabelOnContainers(),
        new Interlock1LabelForStack(),
        new LbLabelForCompose(),
        new InvalidLbValue(),
        new LbWithoutHosts(),
        new LbPortUnknown(),
        new LbNetworkUnusable(),
        new RoutedNetworkNotAttachable(),
        new InvalidContextRoot(),
        new InvalidRedirect(),
        new ConflictingAffinity(),
        new UnusableTls(),
        new NotServedInMode(),
        new Interlock1InInterlock2Mode(),
        new IpHashThroughIngress());
  }
}
