package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;

/**
 * A network alias, {@code hostname} or {@code domainname} that is not an RFC 1123 host name.
 * docker-compose leaves their syntax to the engine, which stores them as given; other containers
 * then cannot resolve the name, and generated configs (nginx, zone files) cannot use it.
 *
 * <p>Host and domain names may have several labels ({@code peer0.org1.example.com} is common and
 * the engine sets it as is), but the kernel holds at most {@value #UTS_LIMIT} characters of either.
 */
public final class InvalidDnsName implements Rule {

  /** Linux's {@code __NEW_UTS_LEN}: sethostname/setdomainname refuse longer names. */
  static final int UTS_LIMIT = 64;

  private static final String HINT =
      "use letters, digits and hyphens (no underscores or spaces), in dot-separated labels of at most 63 characters";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-DNS-001", Severity.ERROR, "A network alias, hostname or domainname is not a valid DNS name")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (NetworkAttachment network : service.networks()) {
        for (Located<String> alias : network.aliases()) {
          DnsName.problem(alias.value()).ifPresent(problem -> findings.report(
              alias.at(),
              "network alias \"" + alias.value() + "\" of service \"" + service.name() + "\" on network \""
                  + network.network() + "\" is not a valid DNS name: " + problem,
              HINT));
        }
      }
      service.hostname().ifPresent(h -> uts(findings, "hostname", service.name(), h));
      service.definition().get("domainname")
          .filter(n -> n instanceof YScalar s && !s.isNull())
          .map(n -> new Located<>(((YScalar) n).value(), n.at()))
          .ifPresent(d -> uts(findings, "domainname", service.name(), d));
    });
  }

  private static void uts(Findings findings, String key, String service, Located<String> name) {
    if (name.value().isEmpty()) {
      return; // the engine treats an empty name as unset; an unset variable is reported on its own
    }
    Optional<String> problem = DnsName.problem(name.value());
    if (problem.isEmpty() && name.value().length() > UTS_LIMIT) {
      problem = Optional.of("it is " + name.value().length() + " characters long; Linux holds at most " + UTS_LIMIT);
    }
    problem.ifPresent(p -> findings.report(
        name.at(),
        key + " \"" + name.value() + "\" of service \"" + service + "\" is not a valid host name: " + p,
        HINT));
  }
}
