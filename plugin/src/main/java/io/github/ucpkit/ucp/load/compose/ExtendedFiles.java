package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.schema.SchemaCheck;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.yaml.YamlFile;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Set;

/**
 * docker-compose validates every file an {@code extends} names, interpolated with the same variables
 * and against the same schema as the file itself, and refuses the project when one breaks it. The
 * first violation of each such file is reported at the {@code extends.file} that names it. Files that
 * are missing, unreadable or not Compose files are COMPOSE-REF-002's; only regular files are read.
 */
final class ExtendedFiles {

  private ExtendedFiles() {}

  /**
   * @param variables and {@code committed}: the same the file itself was interpolated with
   */
  static List<Diagnostic> check(Path file, YMap document, ReadOnce reader, Disk disk,
      Function<String, Optional<String>> variables, Predicate<String> committed, SchemaCheck schema) {
    List<Diagnostic> out = new ArrayList<>();
    Set<Path> done = new HashSet<>();
    Optional<YNode> services = document.get("services");
    if (!(services.orElse(null) instanceof YMap map)) {
      return out;
    }
    Path dir = file.toAbsolutePath().getParent();
    for (YMap.Entry service : map.all()) {
      if (!(service.value() instanceof YMap def) || !(def.get("extends").orElse(null) instanceof YMap ext)
          || !(ext.get("file").orElse(null) instanceof YScalar named) || !named.isString() || dir == null) {
        continue;
      }
      Path other;
      try {
        other = dir.resolve(named.text()).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        continue;
      }
      if (other.equals(file.toAbsolutePath().normalize()) || !done.add(other) || disk.kind(other) != Disk.Kind.FILE) {
        continue;
      }
      YamlFile yaml = reader.read(other);
      if (!(yaml.root().orElse(null) instanceof YMap root)) {
        continue;
      }
      ComposeInterpolation interpolated = new ComposeInterpolation(variables, committed, EnvLimits.DEFAULT.maxSubstitutedChars());
      YMap converted = new TypeConversion().apply(interpolated.apply(root));
      schema.check(converted).stream().filter(Diagnostic::isError).findFirst().ifPresent(d -> out.add(new Diagnostic(
          d.ruleId(), d.severity(), named.at(),
          "\"" + named.text() + "\", which service \"" + service.key().text() + "\" extends, breaks the Compose schema: "
              + d.message() + " (line " + d.at().line() + " there)",
          "fix " + named.text() + ": docker-compose validates every file an extends names, and refuses the project")));
    }
    return out;
  }
}
