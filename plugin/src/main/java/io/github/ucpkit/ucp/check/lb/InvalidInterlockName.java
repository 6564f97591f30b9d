package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.route.Routes;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code interlock.hostname}, {@code interlock.domain} or an {@code interlock.alias_domain} is not a
 * host name per RFC 1123, or hostname and domain together exceed 253 characters. The names become
 * nginx {@code server_name}s, HAProxy ACLs and zone-file owner names; non-ASCII letters are refused
 * (an IDN must be written in its {@code xn--} form) so a look-alike letter cannot hide in a name.
 */
public final class InvalidInterlockName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-HOST-003", Severity.ERROR, "An Interlock host name, domain or alias is not a valid DNS name")
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
      Interlock interlock = Interlock.of(service);
      List<Label> names = new ArrayList<>();
      names.addAll(LabelValues.all(service, "hostname"));
      names.addAll(LabelValues.all(service, "domain"));
      names.addAll(interlock.aliasDomains());
      for (Label label : names) {
        if (!LabelValues.safe(label)) {
          continue;
        }
        DnsName.problem(label.value()).ifPresent(problem -> findings.report(
            label.valueAt(),
            "label " + LabelValues.quote(label.key()) + " of service \"" + service.name() + "\" is "
                + LabelValues.quote(label.value()) + ", which is not a valid DNS name: " + problem,
            hint(label, problem)));
      }
    });
    joinedInvalid(inputs, findings);
  }

  /** Both parts are valid names, the one they make is not: too long, or it ends in an all-digit label. */
  private static void joinedInvalid(Inputs inputs, Findings findings) {
    for (Routes.Found f : inputs.routes().issues(Problem.NAME_JOINED_INVALID, InterlockLabels.SOURCE)) {
      String fqdn = f.issue().detail();
      String problem = DnsName.problem(fqdn).orElse("it is not a valid DNS name");
      findings.report(
          f.issue().at(),
          "service \"" + f.routing().service().name() + "\" is served as " + LabelValues.quote(fqdn)
              + ", which is not a valid DNS name: " + problem,
          problem.contains("characters long")
              ? "shorten interlock.hostname or interlock.domain (a DNS name may have at most 253 characters)"
              : "give interlock.domain a name whose last label is not all digits, such as example.com");
    }
  }

  private static String hint(Label label, String problem) {
    String value = label.value();
    if (value.isEmpty()) {
      return label.key().equals(Interlock.PREFIX + "hostname")
          ? "give the service a host name such as vote; to serve the domain itself, set interlock.hostname to the"
              + " same value as interlock.domain"
          : "write a name such as example.com, or remove the label";
    }
    Optional<Integer> foreign = value.codePoints().filter(c -> c > 0x7e).boxed().findFirst();
    if (foreign.isPresent()) {
      String cp = LabelValues.codePoint(foreign.get());
      Optional<String> ascii = punycode(value);
      return ascii.map(a -> "if this is an internationalised name, write its xn-- form " + LabelValues.quote(a)
              + "; if it should be plain ASCII, retype " + cp + ": it is not an ASCII letter, even if it looks like one")
          .orElse("retype the name in ASCII letters, digits and hyphens (" + cp + " is not one); write an"
              + " internationalised name in its xn-- form");
    }
    if (value.startsWith(".") || value.endsWith(".") || value.contains("..")) {
      return "remove the extra dot: names are written without a leading or trailing dot";
    }
    if (value.contains("_")) {
      return "replace \"_\" with \"-\": host names (RFC 1123) do not allow underscores";
    }
    if (value.contains("*")) {
      return "Interlock 1.x cannot route wildcard names; list each name, using interlock.alias_domain.N for extra ones";
    }
    if (value.contains("://") || value.contains("/") || value.contains(":")) {
      return "write the bare name, without scheme, port or path (vote, example.com)";
    }
    if (problem.contains("characters long")) {
      return "shorten it: a label may have at most 63 characters, a name at most 253";
    }
    return "use letters, digits and inner hyphens, with single dots between labels";
  }

  private static Optional<String> punycode(String value) {
    try {
      String ascii = IDN.toASCII(value, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      return DnsName.parse(ascii).map(DnsName::value);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
