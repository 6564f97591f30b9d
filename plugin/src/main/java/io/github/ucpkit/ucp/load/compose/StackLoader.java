package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.schema.VersionedSchema;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.compose.DeployTarget;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a file the way {@code docker stack deploy} (docker CLI 28) reads it: YAML typed as go-yaml
 * types it ({@link GoYamlScalars}), variables from the environment only ({@link StackInterpolation}),
 * then our schema of the declared 3.x minor (a bare {@code "3"} and a file without a version are read
 * as the newest, 3.13), where a setting only a later minor accepts is reported as such.
 */
final class StackLoader {

  /** One annotated schema for 3.0 to 3.13, each minor compiled when first used. */
  static final class Schema {
    static final VersionedSchema INSTANCE =
        new VersionedSchema("compose-v3-stack.schema.json", ComposeFindings.SCHEMA, 3, ComposeVersion.NEWEST_STACK_MINOR);
  }

  private final Function<String, Optional<String>> environment;
  private final Disk disk;

  StackLoader(Function<String, Optional<String>> environment, Disk disk) {
    this.environment = environment;
    this.disk = disk;
  }

  Loaded<ComposeFile> load(Path file, String project, YMap raw, Optional<Located<ComposeVersion>> declared,
      List<Diagnostic> found) {
    List<Diagnostic> diagnostics = new ArrayList<>(found);
    YMap parsed = GoYamlScalars.apply(raw);
    boolean dotEnv = disk.isFile(file.toAbsolutePath().resolveSibling(".env"));
    StackInterpolation interpolation = new StackInterpolation(environment, dotEnv);
    YMap document = interpolation.apply(parsed);
    diagnostics.addAll(interpolation.diagnostics());
    infinities(document, diagnostics);
    // a 2.x file or an unknown version stops the stack deployer before its schema; COMPOSE-VER-001 says why
    boolean readable = declared.map(v -> v.value().isV3()).orElse(!raw.has("version"));
    if (readable) {
      int minor = declared.map(v -> v.value().stackMinor()).orElse(ComposeVersion.NEWEST_STACK_MINOR);
      diagnostics.addAll(ComposeLoader.withoutEchoes(
          Schema.INSTANCE.check(document, minor, ComposeFindings.STACK_NEWER_THAN_VERSION), diagnostics));
      GoDurations.check(document, diagnostics);
    }
    return new Loaded<>(Optional.of(ComposeLoader.model(file, project, document, parsed, declared, DeployTarget.STACK,
        interpolation.deployTime())), diagnostics);
  }

  /**
   * The CLI hands the whole file to its schema check as JSON, which has no infinity or NaN: any
   * {@code .inf} or {@code .nan}, even in a label, fails the file ("json: unsupported value: +Inf").
   */
  private static void infinities(YNode node, List<Diagnostic> diagnostics) {
    if (node instanceof YMap map) {
      map.all().forEach(e -> infinities(e.value(), diagnostics));
    } else if (node instanceof YSeq seq) {
      seq.items().forEach(item -> infinities(item, diagnostics));
    } else if (node instanceof YScalar s && s.type() == ScalarType.FLOAT && Yaml11.parseFloat(s.text()).isEmpty()) {
      diagnostics.add(ComposeFindings.SCHEMA.wrongType().at(s.at(),
          "\"" + s.text() + "\" is a number JSON cannot hold (infinity or not-a-number), and docker stack deploy checks the"
              + " file as JSON (\"json: unsupported value\")",
          "quote it if it is meant as text: \"" + s.text() + "\""));
    }
  }
}
