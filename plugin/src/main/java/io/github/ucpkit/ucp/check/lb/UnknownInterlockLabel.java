package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code interlock.*} label that is not one of Interlock 1.x's labels, usually a typo
 * ({@code interlock.host_name}, {@code interlock.domains}). Neither Interlock nor this plugin reads
 * it, so the setting it was meant to make silently does not happen; the hint names the label it
 * most likely meant. Keys that merely contain {@code interlock.alias_domain},
 * {@code interlock.websocket_endpoint} or {@code interlock.backend_option} get their own hint:
 * Interlock matches those by substring, so it would use a label this plugin ignores.
 */
public final class UnknownInterlockLabel implements Rule {

  private static final List<String> SINGLE = List.of("hostname", "domain", "port", "network");
  private static final List<String> MULTI = List.of("alias_domain", "websocket_endpoint", "backend_option");

  /** Names people reach for that Interlock 1.x does not have, and what to write instead. */
  private static final Map<String, String> ELSEWHERE = Map.of(
      "hosts", "interlock.hosts is from an Interlock 2.0 pre-release; Interlock 1.x routes interlock.hostname"
          + " + interlock.domain, with interlock.alias_domain.N for more names",
      "host", "write interlock.hostname (and interlock.domain)",
      "protocol", "interlock.protocol only existed on an unmerged Interlock branch; remove it",
      "ssl_key", "did you mean \"interlock.ssl_cert_key\"?",
      "ssl_certificate", "did you mean \"interlock.ssl_cert\"?",
      "ssl_certificate_key", "did you mean \"interlock.ssl_cert_key\"?",
      "sticky_session_cookie", "sticky sessions are Interlock 2 (com.docker.lb.sticky_session_cookie); with"
          + " Interlock 1.x use interlock.ip_hash or interlock.balance_algorithm: source");

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-001", Severity.WARNING, "A label starting with interlock. is not an Interlock 1.x label");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label label : Interlock.of(service).unknown()) {
        findings.report(
            label.keyAt(),
            "label " + LabelValues.quote(label.key()) + " on service \"" + service.name()
                + "\" is not an Interlock 1.x label, so neither Interlock nor this plugin acts on it",
            hint(label.key()));
      }
    });
  }

  static String hint(String key) {
    String name = key.substring(Interlock.PREFIX.length());
    for (String multi : MULTI) {
      if (key.contains(Interlock.PREFIX + multi)) {
        return "Interlock reads every key containing \"" + Interlock.PREFIX + multi + "\" as one, so Interlock"
            + " would use this label while this plugin ignores it; name it " + Interlock.PREFIX + multi
            + " or " + Interlock.PREFIX + multi + ".N (N a number or word)";
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (ELSEWHERE.containsKey(lower)) {
      return ELSEWHERE.get(lower);
    }
    Optional<String> meant = nearest(name);
    if (meant.isPresent()) {
      String full = Interlock.PREFIX + meant.get();
      return meant.get().equalsIgnoreCase(name)
          ? "did you mean \"" + full + "\"? Label keys are case-sensitive"
          : "did you mean \"" + full + "\"?";
    }
    return "remove it, or correct it to one of Interlock 1.x's labels (see docs/rules/LB-LABEL-001.md)";
  }

  /**
   * The known label nearest to {@code name} (see {@link Suggest}). The numbered labels are compared
   * without their {@code .N} suffix, which the suggestion keeps.
   */
  private static Optional<String> nearest(String name) {
    String base = name;
    String suffix = "";
    int dot = name.indexOf('.');
    if (dot > 0 && !name.toLowerCase(Locale.ROOT).startsWith("ext.")) {
      base = name.substring(0, dot);
      suffix = name.substring(dot);
    }
    Optional<Suggest.Match> single = Suggest.among(known()).match(name);
    Optional<Suggest.Match> multi = Suggest.among(MULTI).match(base);
    if (multi.isPresent() && (single.isEmpty() || multi.get().edits() < single.get().edits())) {
      return Optional.of(multi.get().name() + suffix);
    }
    return single.map(Suggest.Match::name);
  }

  private static List<String> known() {
    List<String> out = new ArrayList<>(SINGLE);
    out.addAll(Interlock.FLAGS);
    out.addAll(Interlock.OPTIONS);
    return out;
  }
}
