package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Problem;

/**
 * What the Interlock 2 rules share: the services whose {@code com.docker.lb.*} labels Interlock 2
 * reads (the swarm labels, {@code deploy.labels}, of files read for {@code docker stack deploy}), each
 * read once by {@link Interlock2Labels#read}, and how a message names a label and its value.
 */
final class Lb2 {

  private Lb2() {}

  interface Each {
    void accept(ComposeFile file, Service service, Interlock2Labels.Reading reading);
  }

  /** Every service of a stack file with a documented {@code com.docker.lb.*} label, with what its labels say. */
  static void forEach(Inputs inputs, Each action) {
    inputs.forEachService((file, service) -> {
      if (file.forStack() && !Interlock2.of(service).known().isEmpty()) {
        action.accept(file, service, Interlock2Labels.read(file, service));
      }
    });
  }

  /** Reports every finding of {@code problem} with the message {@code text} gives and the hint {@code hint} gives. */
  static void report(Inputs inputs, Findings findings, Problem problem, Message text, Message hint) {
    forEach(inputs, (file, service, reading) -> {
      for (Finding f : reading.findings(problem)) {
        findings.report(f.at(), text.of(service, f), hint.of(service, f));
      }
    });
  }

  interface Message {
    String of(Service service, Finding finding);
  }

  /** {@code label "com.docker.lb.port" of service "web" is "80a"}. */
  static String valueOf(Label label, Service service) {
    return "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name()) + " is " + Echo.quote(label.value());
  }

  /** The hint for a name written for a stack named {@code assumed}, where the build deploys {@code project}. */
  static String otherStack(String assumed, String project, String what) {
    return "deploy the stack as " + Echo.quote(assumed) + " (set the projectName parameter, or COMPOSE_PROJECT_NAME in a .env"
        + " beside the file, to " + Echo.quote(assumed) + ", and run docker stack deploy with that name), or write the name"
        + " this build's stack gives the " + what + "; a fixed name: on the " + what + " keeps the label independent of the"
        + " stack's name";
  }

  /** {@code service "web" sets "com.docker.lb.ip_hash"}. */
  static String sets(Service service, Label label) {
    return "service " + Echo.quote(service.name()) + " sets " + Echo.quote(label.key());
  }
}
