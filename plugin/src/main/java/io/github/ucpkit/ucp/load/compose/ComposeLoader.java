package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.load.env.DotEnv;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.env.Variables;
import io.github.ucpkit.ucp.load.schema.SchemaCheck;
import io.github.ucpkit.ucp.load.schema.VersionedSchema;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.load.yaml.YamlFile;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.compose.DeployTime;
import io.github.ucpkit.ucp.model.compose.DeployTarget;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.SecretName;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Loads one Compose file the way the tool that deploys it reads it, then reads the result into a
 * {@link ComposeFile}; each file is its own project. For docker-compose 1.29.2 (every 2.x file, and
 * 3.x or versionless files meant for it): YAML 1.1, variables from the process environment and the
 * {@code .env} beside the file, type conversions, then our schema of what docker-compose accepts,
 * whatever the version. For {@code docker stack deploy}: see {@link StackLoader}.
 */
public final class ComposeLoader {


  /** Compiled once per class loader; loading it is the costly part of a first run. */
  private static final class Schema {
    static final SchemaCheck INSTANCE = new SchemaCheck("compose-v2.schema.json", ComposeFindings.SCHEMA);
  }

  /** The schema of {@code docker stack deploy}'s 3.x formats, one per minor version. */
  public static VersionedSchema stackSchema() {
    return StackLoader.Schema.INSTANCE;
  }

  /** Compiles the schema now, so that a run can have it done in the background while it finds its files. */
  public static void prepare() {
    Schema.INSTANCE.findings();
  }

  private final YamlReader reader;
  private final Function<String, Optional<String>> environment;
  private final Disk disk;
  private final DeployWith deployWith;

  public ComposeLoader(YamlReader reader, Map<String, String> environment) {
    this(reader, name -> Optional.ofNullable(environment.get(name)), Disk.real());
  }

  public ComposeLoader(YamlReader reader, Function<String, Optional<String>> environment, Disk disk) {
    this(reader, environment, disk, DeployWith.AUTO);
  }

  /**
   * @param environment the process environment as a lookup (the caller may record what is asked)
   * @param disk where {@code .env} files are read
   * @param deployWith the tool the files are meant for, or {@code AUTO} to decide per file
   */
  public ComposeLoader(YamlReader reader, Function<String, Optional<String>> environment, Disk disk, DeployWith deployWith) {
    this.reader = reader;
    this.environment = environment;
    this.disk = disk;
    this.deployWith = deployWith;
  }

  /** @param project the name it is deployed under ({@link ProjectNames}) */
  public Loaded<ComposeFile> load(Path file, String project) {
    return load(file, project, new ReadOnce(reader));
  }

  /**
   * @param extended where the files it extends are read, so that the file's own rules, given the
   *     same, do not parse them again
   */
  public Loaded<ComposeFile> load(Path file, String project, ReadOnce extended) {
    YamlFile yaml = reader.read(file);
    List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
    if (yaml.root().isEmpty() && yaml.failed()) {
      return new Loaded<>(Optional.empty(), diagnostics);
    }
    YNode root = yaml.root().orElse(new YScalar("", ScalarType.NULL, true, new Location(file, 1, 1)));
    if (!(root instanceof YMap document)) {
      diagnostics.addAll(Schema.INSTANCE.check(root));
      return new Loaded<>(Optional.empty(), diagnostics);
    }
    Optional<Located<ComposeVersion>> declared = version(document);
    if (DeployInference.target(deployWith, document, declared) == DeployTarget.STACK) {
      return new StackLoader(environment, disk).load(file, project, document, declared, diagnostics);
    }
    DotEnvValues dotEnv = dotEnv(file, diagnostics);
    Variables variables = Variables.of(environment, dotEnv.values());
    // what the committed .env decides is what is validated and written, whatever the environment
    // says: the artifacts must not change with the machine that generates them
    Function<String, Optional<String>> lookup = name -> dotEnv.committed(name)
        ? Optional.ofNullable(dotEnv.values().get(name))
        : variables.get(name);
    ComposeInterpolation interpolated = new ComposeInterpolation(lookup, dotEnv::committed, EnvLimits.DEFAULT.maxSubstitutedChars());
    YMap substituted = interpolated.apply(document);
    diagnostics.addAll(interpolated.diagnostics());
    TypeConversion conversion = new TypeConversion();
    YMap converted = conversion.apply(substituted);
    diagnostics.addAll(conversion.diagnostics());
    diagnostics.addAll(withoutEchoes(Schema.INSTANCE.check(converted), diagnostics));
    diagnostics.addAll(ExtendedFiles.check(file, converted, extended, disk, lookup, dotEnv::committed, Schema.INSTANCE));
    return new Loaded<>(Optional.of(model(file, project, converted, document, declared, DeployTarget.COMPOSE,
        interpolated.deployTime())), diagnostics);
  }

  /**
   * A value that failed interpolation or conversion also fails the schema's type check; the first
   * finding says why, so the echo at the same place is dropped.
   */
  static List<Diagnostic> withoutEchoes(List<Diagnostic> schema, List<Diagnostic> earlier) {
    java.util.Set<Location> failed = new java.util.HashSet<>();
    earlier.stream().filter(Diagnostic::isError).forEach(d -> failed.add(d.at()));
    return schema.stream().filter(d -> !failed.contains(d.at())).toList();
  }

  /**
   * The {@code .env} beside the file. {@code committed} names the variables whose value the file
   * itself decides: not secret-looking, and not expanded from the process environment (which
   * {@code .env} values may reference). Only those are written into an artifact, and for those the
   * process environment is not consulted (docker-compose would let it win).
   */
  private record DotEnvValues(Map<String, String> values, Set<String> committed) {

    boolean committed(String name) {
      return committed.contains(name);
    }
  }

  /** Stands for every process variable while finding which {@code .env} values depend on one. */
  private static final String FROM_ENVIRONMENT = "\0ucp-environment\0";

  private DotEnvValues dotEnv(Path file, List<Diagnostic> diagnostics) {
    Path dotEnv = file.toAbsolutePath().resolveSibling(".env");
    if (!disk.isFile(dotEnv)) {
      return new DotEnvValues(Map.of(), Set.of());
    }
    try {
      Optional<byte[]> bytes = disk.readAtMost(dotEnv, EnvLimits.DEFAULT.maxDotEnvBytes());
      if (bytes.isEmpty()) {
        diagnostics.add(ComposeFindings.DOTENV_LIMIT.at(Location.of(dotEnv),
            ".env is " + disk.size(dotEnv) + " bytes, over the limit of " + EnvLimits.DEFAULT.maxDotEnvBytes()
                + " bytes; it is not read", "keep variables in .env and move large content into files the services mount"));
        return new DotEnvValues(Map.of(), Set.of());
      }
      String content = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes.get())).toString();
      DotEnv.Parsed parsed = DotEnv.parse(content, environment, EnvLimits.DEFAULT.maxDotEnvChars());
      if (parsed.overLimit().isPresent()) {
        diagnostics.add(ComposeFindings.DOTENV_LIMIT.at(new Location(dotEnv, parsed.overLimit().get().line(), 1),
            parsed.overLimit().get().message() + "; the .env file is not used",
            "a ${NAME} in .env copies NAME's whole value; do not build values by repeating others"));
        return new DotEnvValues(Map.of(), Set.of());
      }
      for (DotEnv.Problem p : parsed.problems()) {
        diagnostics.add(ComposeFindings.DOTENV_LINE.at(
            new Location(dotEnv, p.line(), 1), p.message(), "docker-compose skips this line; write it as KEY=VALUE"));
      }
      Set<String> committed = new HashSet<>();
      DotEnv.Parsed probe = DotEnv.parse(content, name -> Optional.of(FROM_ENVIRONMENT), EnvLimits.DEFAULT.maxDotEnvChars());
      // a .env that is a link may show anything (/proc/self/environ): its values are not committed
      if (probe.overLimit().isEmpty() && !disk.isLink(dotEnv)) {
        probe.asMap().forEach((name, value) -> {
          if (value != null && !value.contains(FROM_ENVIRONMENT) && !SecretName.looksSecret(name)) {
            committed.add(name);
          }
        });
      }
      return new DotEnvValues(parsed.asMap(), committed);
    } catch (IOException e) {
      String why = e instanceof java.nio.charset.CharacterCodingException ? "it is not valid UTF-8" : e.getMessage();
      diagnostics.add(ComposeFindings.DOTENV_UNREADABLE.at(
          Location.of(dotEnv), "cannot read .env: " + why, "save it as UTF-8 text; docker-compose fails on it too"));
      return new DotEnvValues(Map.of(), Set.of());
    }
  }

  static ComposeFile model(Path file, String project, YMap document, YMap parsed, Optional<Located<ComposeVersion>> version,
      DeployTarget target, DeployTime deployTime) {
    List<Service> services = new ArrayList<>();
    Nodes.map(document, "services").ifPresent(map -> {
      for (YMap.Entry e : map.all()) {
        services.add(ServiceReader.read(e.key(), e.value(), target));
      }
    });
    return new ComposeFile(
        file,
        project,
        version,
        target,
        document,
        services,
        resources(document, "networks"),
        resources(document, "volumes"),
        parsed,
        deployTime);
  }

  /** The declared version, when it is a string naming a format we validate; read before interpolation, as both tools do. */
  private static Optional<Located<ComposeVersion>> version(YMap document) {
    return document.get("version")
        .filter(n -> n instanceof YScalar s && s.isString())
        .flatMap(n -> ComposeVersion.parse(((YScalar) n).text()).map(v -> new Located<>(v, n.at())));
  }

  private static List<Resource> resources(YMap document, String section) {
    List<Resource> out = new ArrayList<>();
    Nodes.map(document, section).ifPresent(map -> {
      for (YMap.Entry e : map.all()) {
        Optional<YMap> def = Nodes.map(Optional.of(e.value()));
        Optional<YNode> external = def.flatMap(d -> d.get("external"));
        // Python truthiness: external: {} is not external, external: {name: x} is
        boolean isExternal = external.map(x -> (x instanceof YMap m && m.size() > 0)
            || (x instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool())).orElse(false);
        Optional<String> externalName =
            external.flatMap(x -> Nodes.map(Optional.of(x))).flatMap(x -> Nodes.text(x, "name")).map(Located::value);
        Optional<String> name = def.flatMap(d -> Nodes.text(d, "name")).map(Located::value);
        out.add(new Resource(e.key().text(), e.key().at(), def, isExternal, externalName.or(() -> isExternal ? name : Optional.empty()), name));
      }
    });
    return out;
  }
}
