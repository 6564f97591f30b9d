package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.load.env.DotEnv;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.env.Interpolation;
import io.github.ucpkit.ucp.load.env.Variables;
import io.github.ucpkit.ucp.load.schema.SchemaCheck;
import io.github.ucpkit.ucp.load.yaml.YamlFile;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Loads one Compose file the way docker-compose 1.29.2 does: YAML 1.1, variables from the process
 * environment and the {@code .env} beside the file, type conversions, then our 2.x schema; then
 * reads the result into a {@link ComposeFile}. Each file is its own project.
 */
public final class ComposeLoader {

  private static final Pattern VERSION = Pattern.compile("2(\\.[0-4])?");
  private static final Pattern NOT_IN_PROJECT_NAME = Pattern.compile("[^a-z0-9_-]");

  /** Compiled once per class loader; loading it is the costly part of a first run. */
  private static final class Schema {
    static final SchemaCheck INSTANCE = new SchemaCheck("compose-v2.schema.json", ComposeFindings.SCHEMA);
  }

  /** Compiles the schema now, so that a run can have it done in the background while it finds its files. */
  public static void prepare() {
    Schema.INSTANCE.findings();
  }

  private final YamlReader reader;
  private final Function<String, Optional<String>> environment;
  private final Disk disk;

  public ComposeLoader(YamlReader reader, Map<String, String> environment) {
    this(reader, name -> Optional.ofNullable(environment.get(name)), Disk.real());
  }

  /**
   * @param environment the process environment as a lookup (the caller may record what is asked)
   * @param disk where {@code .env} files are read
   */
  public ComposeLoader(YamlReader reader, Function<String, Optional<String>> environment, Disk disk) {
    this.reader = reader;
    this.environment = environment;
    this.disk = disk;
  }

  public Loaded<ComposeFile> load(Path file) {
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
    Interpolation interpolation = new Interpolation(variables(file, diagnostics)::get);
    ComposeInterpolation interpolated = new ComposeInterpolation(interpolation, EnvLimits.DEFAULT.maxSubstitutedChars());
    YMap substituted = interpolated.apply(document);
    diagnostics.addAll(interpolated.diagnostics());
    TypeConversion conversion = new TypeConversion();
    YMap converted = conversion.apply(substituted);
    diagnostics.addAll(conversion.diagnostics());
    diagnostics.addAll(withoutEchoes(Schema.INSTANCE.check(converted), diagnostics));
    return new Loaded<>(Optional.of(model(file, converted, document)), diagnostics);
  }

  /**
   * A value that failed interpolation or conversion also fails the schema's type check; the first
   * finding says why, so the echo at the same place is dropped.
   */
  private static List<Diagnostic> withoutEchoes(List<Diagnostic> schema, List<Diagnostic> earlier) {
    java.util.Set<Location> failed = new java.util.HashSet<>();
    earlier.stream().filter(Diagnostic::isError).forEach(d -> failed.add(d.at()));
    return schema.stream().filter(d -> !failed.contains(d.at())).toList();
  }

  private Variables variables(Path file, List<Diagnostic> diagnostics) {
    Path dotEnv = file.toAbsolutePath().resolveSibling(".env");
    if (disk.kind(dotEnv) != Disk.Kind.FILE) {
      return Variables.of(environment, Map.of());
    }
    try {
      Optional<byte[]> bytes = disk.readAtMost(dotEnv, EnvLimits.DEFAULT.maxDotEnvBytes());
      if (bytes.isEmpty()) {
        diagnostics.add(ComposeFindings.DOTENV_LIMIT.at(Location.of(dotEnv),
            ".env is " + disk.size(dotEnv) + " bytes, over the limit of " + EnvLimits.DEFAULT.maxDotEnvBytes()
                + " bytes; it is not read", "keep variables in .env and move large content into files the services mount"));
        return Variables.of(environment, Map.of());
      }
      String content = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes.get())).toString();
      DotEnv.Parsed parsed = DotEnv.parse(content, environment, EnvLimits.DEFAULT.maxDotEnvChars());
      if (parsed.overLimit().isPresent()) {
        diagnostics.add(ComposeFindings.DOTENV_LIMIT.at(new Location(dotEnv, parsed.overLimit().get().line(), 1),
            parsed.overLimit().get().message() + "; the .env file is not used",
            "a ${NAME} in .env copies NAME's whole value; do not build values by repeating others"));
        return Variables.of(environment, Map.of());
      }
      for (DotEnv.Problem p : parsed.problems()) {
        diagnostics.add(ComposeFindings.DOTENV_LINE.at(
            new Location(dotEnv, p.line(), 1), p.message(), "docker-compose skips this line; write it as KEY=VALUE"));
      }
      return Variables.of(environment, parsed.asMap());
    } catch (IOException e) {
      String why = e instanceof java.nio.charset.CharacterCodingException ? "it is not valid UTF-8" : e.getMessage();
      diagnostics.add(ComposeFindings.DOTENV_UNREADABLE.at(
          Location.of(dotEnv), "cannot read .env: " + why, "save it as UTF-8 text; docker-compose fails on it too"));
      return Variables.of(environment, Map.of());
    }
  }

  private static ComposeFile model(Path file, YMap document, YMap parsed) {
    List<Service> services = new ArrayList<>();
    Nodes.map(document, "services").ifPresent(map -> {
      for (YMap.Entry e : map.all()) {
        services.add(ServiceReader.read(e.key(), e.value()));
      }
    });
    return new ComposeFile(
        file,
        projectName(file),
        version(document),
        document,
        services,
        resources(document, "networks"),
        resources(document, "volumes"),
        parsed);
  }

  private static Optional<Located<ComposeVersion>> version(YMap document) {
    return document.get("version")
        .filter(n -> n instanceof YScalar s && s.isString() && VERSION.matcher(s.text()).matches())
        .map(n -> {
          String text = ((YScalar) n).text();
          int minor = text.length() == 1 ? 0 : text.charAt(2) - '0';
          return new Located<>(new ComposeVersion(minor), n.at());
        });
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

  /** docker-compose's project name: the directory's name, lower-cased, with anything but {@code [a-z0-9_-]} dropped. */
  public static String projectName(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String raw = dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
    String name = NOT_IN_PROJECT_NAME.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
    return name.isEmpty() ? "default" : name;
  }
}
