package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A healthcheck docker-compose rejects: a {@code test} list that is empty or does not start with
 * {@code NONE}, {@code CMD} or {@code CMD-SHELL}, or a disabled check with settings beside it.
 *
 * <p>docker-compose replaces any {@code disable} key, whatever its value, by {@code test: [NONE]},
 * and then refuses a {@code NONE} test with other keys. So {@code disable} (even {@code false}) may
 * only stand with {@code test}, which it overrides, and {@code test: [NONE]} may only stand alone.
 * Through {@code extends} the healthchecks are merged key by key first, so a service that only says
 * {@code disable: true} fails when the service it extends sets {@code interval}.
 */
public final class InvalidHealthcheck implements Rule {

  private static final List<String> FIRST_ITEMS = List.of("NONE", "CMD", "CMD-SHELL");

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-HC-001", Severity.ERROR, "A healthcheck is invalid")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  /**
   * One key of the merged healthcheck and where it came from. {@code fromDisable} marks the
   * {@code test: [NONE]} docker-compose puts in place of a {@code disable} key (then {@code at} is
   * that key's position).
   */
  private record Setting(String key, Optional<YNode> value, Location at, String service, Origin origin, boolean fromDisable) {}

  /** Whose finding a setting is: this service's, another service's of this file, or another file's. */
  private enum Origin { OWN, CHECKED_FILE, OTHER_FILE }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      ExtendsChain chains = new ExtendsChain(file, inputs);
      for (Service service : file.services()) {
        check(file, chains, service, findings);
      }
    }
  }

  private static void check(ComposeFile file, ExtendsChain chains, Service service, Findings findings) {
    List<ExtendsChain.Link> links = List.of(new ExtendsChain.Link(file.path(), service.name(), service.definition()));
    List<ExtendsChain.Link> others = List.of();
    if (service.definition().has("extends")) {
      ExtendsChain.Result chain = chains.resolve(service);
      if (!chain.ok()) {
        return;
      }
      links = chain.links();
      others = chains.inheritedFromOtherFiles(chain);
    }
    Map<String, Setting> merged = new LinkedHashMap<>();
    boolean any = false;
    for (int i = links.size() - 1; i >= 0; i--) {
      ExtendsChain.Link link = links.get(i);
      Optional<YNode> own = link.definition().get("healthcheck");
      if (own.isEmpty()) {
        continue;
      }
      if (!(own.get() instanceof YMap hc)) {
        return;
      }
      any = true;
      Origin origin = i == 0 ? Origin.OWN : others.contains(link) ? Origin.OTHER_FILE : Origin.CHECKED_FILE;
      for (YMap.Entry e : hc.all()) {
        merged.put(e.key().text(), new Setting(e.key().text(), Optional.of(e.value()), e.key().at(), link.service(), origin, false));
      }
      Setting disable = merged.remove("disable");
      if (disable != null) {
        merged.put("test", new Setting("test", Optional.empty(), disable.at(), disable.service(), disable.origin(), true));
      }
    }
    if (any) {
      validate(service, merged, links.get(0), findings);
    }
  }

  private static void validate(Service service, Map<String, Setting> hc, ExtendsChain.Link start, Findings findings) {
    Setting test = hc.get("test");
    if (test == null) {
      return;
    }
    String name = service.name();
    List<Setting> others = hc.values().stream().filter(s -> !s.key().equals("test")).toList();
    if (test.fromDisable()) {
      if (!others.isEmpty()) {
        report(findings, start, test, others,
            "the healthcheck of service \"" + name + "\" has disable" + from(test)
                + ", which docker-compose turns into test: [NONE], together with " + keys(others),
            disabledHint(others, test.origin() == Origin.OWN ? "remove disable" : "set a real test to enable it"));
      }
      return;
    }
    if (!(test.value().orElseThrow() instanceof YSeq list)) {
      return;
    }
    if (list.items().isEmpty()) {
      report(findings, start, test, List.of(),
          "the healthcheck test of service \"" + name + "\" is an empty list" + from(test),
          "give a command, e.g. test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/\"], or disable: true");
      return;
    }
    YNode first = list.items().get(0);
    String firstText = first instanceof YScalar s && s.isString() ? s.text() : null;
    if (firstText == null || !FIRST_ITEMS.contains(firstText)) {
      Setting at = test.origin() == Origin.OWN ? withPosition(test, first.at()) : test;
      report(findings, start, at, List.of(),
          "the healthcheck test of service \"" + name + "\" is a list starting with "
              + (firstText == null ? first.describe() : "\"" + firstText + "\"") + from(test)
              + ", not NONE, CMD or CMD-SHELL",
          "start the list with \"CMD\" (run the program directly) or \"CMD-SHELL\" (run it with /bin/sh -c),"
              + " or write test as a string for the shell");
    } else if (firstText.equals("NONE") && !others.isEmpty()) {
      Setting at = test.origin() == Origin.OWN ? withPosition(test, first.at()) : test;
      report(findings, start, at, others,
          "the healthcheck of service \"" + name + "\" is disabled with test: [NONE]" + from(test)
              + " but also sets " + keys(others),
          disabledHint(others, "give a real test"));
    }
  }

  /** Inherited settings cannot be dropped by the extending service, so the hint says where they are. */
  private static String disabledHint(List<Setting> others, String alternative) {
    List<String> steps = new ArrayList<>();
    List<Setting> own = others.stream().filter(o -> o.origin() == Origin.OWN).toList();
    List<Setting> inherited = others.stream().filter(o -> o.origin() != Origin.OWN).toList();
    if (!own.isEmpty()) {
      steps.add("remove " + keys(own));
    }
    if (!inherited.isEmpty()) {
      steps.add("move " + keys(inherited) + " out of the extended service (extends cannot drop inherited settings)");
    }
    return "a disabled healthcheck takes no other settings: " + String.join("; ", steps) + ", or " + alternative;
  }

  private static Setting withPosition(Setting s, Location at) {
    return new Setting(s.key(), s.value(), at, s.service(), s.origin(), s.fromDisable());
  }

  /**
   * Reports at this service's own setting when one takes part (the main one first); when all come
   * from other files, at its {@code extends}; otherwise the service of this file they come from has
   * the finding.
   */
  private static void report(
      Findings findings, ExtendsChain.Link start, Setting main, List<Setting> others, String message, String hint) {
    List<Setting> involved = new ArrayList<>();
    involved.add(main);
    involved.addAll(others);
    Optional<Setting> own = involved.stream().filter(s -> s.origin() == Origin.OWN).findFirst();
    if (own.isPresent()) {
      findings.report(own.get().at(), message, hint);
    } else if (involved.stream().allMatch(s -> s.origin() == Origin.OTHER_FILE)) {
      findings.report(ExtendsChain.at(start, false), message, hint);
    }
  }

  private static String from(Setting s) {
    return s.origin() == Origin.OWN ? "" : " (inherited from service \"" + s.service() + "\")";
  }

  private static String keys(List<Setting> settings) {
    return String.join(", ", settings.stream().map(s -> "\"" + s.key() + "\"" + from(s)).toList());
  }
}
