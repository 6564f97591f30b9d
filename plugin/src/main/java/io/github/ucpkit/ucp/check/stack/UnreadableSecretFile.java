package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A top-level secret or config of a file for {@code docker stack deploy} whose content the CLI
 * cannot read: its {@code file} does not exist or is a directory, or it names no file, no
 * {@code driver} (secrets) and is not external, so the CLI reads the Compose file's directory. The
 * CLI reads every declared one, used or not, when it deploys, and stops ("open ...: no such file or
 * directory"); {@code docker stack config} does not read them. The path is resolved as the CLI does:
 * against the Compose file's directory, {@code ~} taken literally.
 */
public final class UnreadableSecretFile implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SECRET-003", Severity.WARNING, "A secret or config's file does not exist or is not a file")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!file.forStack()) {
        continue;
      }
      for (Grants.Kind kind : Grants.Kind.values()) {
        for (YMap.Entry declared : Grants.declared(file, kind)) {
          check(inputs.disk(), file, kind, declared, findings);
        }
      }
    }
  }

  private static void check(Disk disk, ComposeFile file, Grants.Kind kind, YMap.Entry declared, Findings findings) {
    if (!(declared.value() instanceof YMap settings) || Swarm.external(settings)
        || kind == Grants.Kind.SECRET && Swarm.string(settings, "driver").filter(d -> !d.text().isEmpty()).isPresent()) {
      return; // a null or non-mapping declaration is the schema's finding
    }
    String subject = kind.word + " " + Echo.quote(declared.key().text());
    Optional<YScalar> written = Swarm.string(settings, "file").filter(f -> !f.text().isEmpty());
    if (written.isEmpty()) {
      findings.report(declared.key().at(),
          subject + " has no file" + (kind == Grants.Kind.SECRET ? ", no driver" : "") + " and is not external, so docker"
              + " stack deploy reads the Compose file's directory as its content and stops (\"read ...: is a directory\")",
          "add file: <path> (relative to this file), or external: true for one created with docker " + kind.word + " create");
      return;
    }
    YScalar f = written.get();
    Optional<Path> path = resolve(file, f.text());
    if (Swarm.deployTime(file, f) || path.isEmpty()) {
      return;
    }
    Disk.Kind found = disk.kind(path.get());
    if (found == Disk.Kind.MISSING || found == Disk.Kind.DIRECTORY) {
      boolean missing = found == Disk.Kind.MISSING;
      findings.report(f.at(),
          subject + " reads " + Echo.quote(f.text()) + (missing ? ", which does not exist" : ", which is a directory")
              + "; docker stack config accepts the file, docker stack deploy stops reading it (\""
              + (missing ? "open ...: no such file or directory" : "read ...: is a directory") + "\")",
          missing
              ? "create the file (keep a secret's file out of version control and create it before deploying), or fix the"
                  + " path, relative to the directory of this file"
              : "name the file inside it that holds the content");
    }
  }

  private static Optional<Path> resolve(ComposeFile file, String written) {
    try {
      Path p = Path.of(written);
      return Optional.of(p.isAbsolute() ? p.normalize() : file.directory().resolve(p).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
