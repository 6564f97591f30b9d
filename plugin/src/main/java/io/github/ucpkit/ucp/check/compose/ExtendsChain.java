package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.load.yaml.YamlFile;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows a service's {@code extends} from service to service, across files, the way docker-compose
 * 1.29.2 resolves it, and says where and why the chain breaks. Services of the checked file are
 * taken from its (interpolated) model; other files are only parsed, never loaded as projects, and
 * only regular files are read, so a path to a device or a pipe cannot stall the build.
 */
final class ExtendsChain {

  /** Longer chains are not followed: real ones have two or three links. */
  static final int MAX_LINKS = 16;

  /** One service on the chain; {@code extendsNode} is its own {@code extends} value, if any. */
  record Link(Path file, String service, YMap definition) {

    Optional<YNode> extendsNode() {
      return definition.get("extends");
    }
  }

  enum Kind {
    /** The extended service is not defined in the file named. */
    SERVICE_MISSING,
    FILE_MISSING,
    /** The extended file is a directory or another non-regular file. */
    FILE_NOT_REGULAR,
    /** The extended file is not YAML docker-compose can read. */
    FILE_UNREADABLE,
    /** The extended file's top level is not a mapping. */
    FILE_NOT_MAPPING,
    /** The extended file is a version-1 file, or its version is not a string. */
    FILE_VERSION,
    /** The chain comes back to a service already on it. */
    CYCLE,
    /** The extended service has a key that forbids extending it. */
    NOT_EXTENDABLE
  }

  /**
   * Where the chain breaks.
   *
   * @param owner index of the link whose {@code extends} fails
   * @param target the file the failing {@code extends} points to
   * @param detail what docker-compose would say is wrong, in our words
   * @param cycleStart for {@link Kind#CYCLE}: index of the first link of the cycle
   */
  record Failure(Kind kind, int owner, Path target, String targetService, String detail, int cycleStart) {}

  /**
   * A resolved chain: the links from the service outwards, and what broke it, if anything.
   * {@code complete} is false when the chain could not be followed here (variables in another
   * file, {@code ~} paths, more than {@link #MAX_LINKS} links); nothing is then known about the rest.
   */
  record Result(List<Link> links, Optional<Failure> failure, boolean complete) {

    boolean ok() {
      return complete && failure.isEmpty();
    }
  }

  /** docker-compose 1.29.2's test for a version string (Python's {@code $} also allows one final newline). */
  private static final Pattern VERSION = Pattern.compile("[1-3]+(\\.\\d+)?\n?", Pattern.UNICODE_CHARACTER_CLASS);

  private final ComposeFile file;
  private final Path mainPath;
  private final Disk disk;
  private final ReadOnce reader;
  private final Map<Path, Parsed> cache = new HashMap<>();

  /** What another file gave: its services mapping, or why there is none. */
  private record Parsed(Optional<YMap> services, Optional<Kind> problem, String detail) {}

  /** The chains of {@code file}'s services, reading other files through the inputs' {@link Inputs#extended()}. */
  ExtendsChain(ComposeFile file, Inputs inputs) {
    this.file = file;
    this.mainPath = file.path().toAbsolutePath().normalize();
    this.disk = inputs.disk();
    this.reader = inputs.extended();
  }

  /** Where the chain reads, for the rules that also look at paths. */
  Disk disk() {
    return disk;
  }

  boolean inCheckedFile(Link link) {
    return link.file().equals(mainPath);
  }

  Result resolve(Service service) {
    List<Link> links = new ArrayList<>();
    links.add(new Link(mainPath, service.name(), service.definition()));
    while (true) {
      int owner = links.size() - 1;
      Link current = links.get(owner);
      Optional<YNode> node = current.extendsNode();
      if (node.isEmpty()) {
        return forbiddenKeys(links);
      }
      Optional<Target> target = target(current, node.get());
      if (target.isEmpty() || links.size() >= MAX_LINKS) {
        return new Result(links, Optional.empty(), false);
      }
      Path path = target.get().file();
      String name = target.get().service();
      for (int i = 0; i < links.size(); i++) {
        if (links.get(i).file().equals(path) && links.get(i).service().equals(name)) {
          return new Result(links, Optional.of(new Failure(Kind.CYCLE, owner, path, name, "", i)), true);
        }
      }
      if (path.equals(mainPath)) {
        Optional<Service> found = file.service(name);
        if (found.isEmpty()) {
          return new Result(links, Optional.of(new Failure(Kind.SERVICE_MISSING, owner, path, name, "", -1)), true);
        }
        links.add(new Link(path, name, found.get().definition()));
        continue;
      }
      Parsed parsed = cache.computeIfAbsent(path, this::parse);
      if (parsed.problem().isPresent()) {
        return new Result(
            links, Optional.of(new Failure(parsed.problem().get(), owner, path, name, parsed.detail(), -1)), true);
      }
      Optional<YNode> def = parsed.services().flatMap(s -> s.get(name));
      if (def.isEmpty()) {
        return new Result(links, Optional.of(new Failure(Kind.SERVICE_MISSING, owner, path, name, "", -1)), true);
      }
      YMap definition = def.get() instanceof YMap m ? m : new YMap(Map.of(), def.get().at());
      links.add(new Link(path, name, definition));
    }
  }

  /** The services {@code path} defines, for suggesting one when an extends names another; empty if unread. */
  Collection<String> serviceNames(Path path) {
    if (path.equals(mainPath)) {
      return file.services().stream().map(Service::name).toList();
    }
    Parsed parsed = cache.get(path);
    return parsed == null ? List.of() : parsed.services().map(YMap::entries).map(Map::keySet).orElse(Set.of());
  }

  /** Where the extends value of {@code link} points: a service in this or another file. */
  private record Target(Path file, String service) {}

  private Optional<Target> target(Link link, YNode node) {
    Optional<String> service;
    Optional<String> other = Optional.empty();
    if (node instanceof YMap map) {
      service = text(map.get("service"));
      if (map.has("file")) {
        other = text(map.get("file"));
        if (other.isEmpty()) {
          return Optional.empty();
        }
      }
    } else {
      service = text(Optional.of(node));
    }
    if (service.isEmpty()) {
      return Optional.empty();
    }
    // Other files are not interpolated here; a variable makes the name unknowable.
    boolean raw = !inCheckedFile(link);
    if (raw && (service.get().contains("$") || other.map(f -> f.contains("$")).orElse(false))) {
      return Optional.empty();
    }
    if (other.isEmpty()) {
      return Optional.of(new Target(link.file(), service.get()));
    }
    return HostPaths.resolve(directory(link), other.get()).map(p -> new Target(p, service.get()));
  }

  private static Optional<String> text(Optional<YNode> node) {
    return node.filter(n -> n instanceof YScalar s && s.isString()).map(n -> ((YScalar) n).text());
  }

  private Parsed parse(Path path) {
    if (disk.kind(path) == Disk.Kind.MISSING) {
      return problem(Kind.FILE_MISSING, "");
    }
    if (disk.kind(path) != Disk.Kind.FILE) {
      return problem(Kind.FILE_NOT_REGULAR, disk.kind(path) == Disk.Kind.DIRECTORY ? "a directory" : "not a regular file");
    }
    YamlFile yaml = reader.read(path);
    // A repeated key leaves a root (PyYAML keeps the last value); only a stopped reader has none.
    if (yaml.root().isEmpty() && yaml.failed()) {
      String why = yaml.diagnostics().stream().filter(d -> d.isError()).findFirst()
          .map(d -> d.message() + (d.at().line() > 0 ? " (line " + d.at().line() + ")" : ""))
          .orElse("");
      return problem(Kind.FILE_UNREADABLE, why);
    }
    Optional<YNode> root = yaml.root();
    if (root.isEmpty() || !(root.get() instanceof YMap doc)) {
      return problem(Kind.FILE_NOT_MAPPING, root.map(YNode::describe).orElse("empty"));
    }
    Optional<YNode> version = doc.get("version");
    boolean noVersion = version.isEmpty() || isFalsy(version.get());
    if (noVersion && isFalsy(doc.get("services")) && isFalsy(doc.get("networks")) && isFalsy(doc.get("volumes"))) {
      return problem(Kind.FILE_VERSION, "it is a version-1 file (no version and no services section)");
    }
    if (!noVersion && version.get() instanceof YMap) {
      return problem(Kind.FILE_VERSION, "it is a version-1 file (its \"version\" is a service)");
    }
    if (!noVersion && !(version.get() instanceof YScalar s && s.isString())) {
      return problem(Kind.FILE_VERSION, "its version is not a string");
    }
    if (!noVersion) {
      String text = ((YScalar) version.get()).text();
      if (!VERSION.matcher(text).matches() || text.startsWith("1")) {
        return problem(Kind.FILE_VERSION, "its version \"" + text + "\" is not one docker-compose accepts");
      }
    }
    YNode services = doc.get("services").orElse(null);
    return new Parsed(Optional.ofNullable(services instanceof YMap m ? m : null), Optional.empty(), "");
  }

  private static Parsed problem(Kind kind, String detail) {
    return new Parsed(Optional.empty(), Optional.of(kind), detail);
  }

  /** Python's truth value of a YAML node: empty mappings, lists, strings, zero and null are false. */
  private static boolean isFalsy(Optional<YNode> node) {
    return node.isEmpty() || isFalsy(node.get());
  }

  private static boolean isFalsy(YNode node) {
    if (node instanceof YMap m) {
      return m.size() == 0;
    }
    if (node instanceof YSeq s) {
      return s.items().isEmpty();
    }
    YScalar s = (YScalar) node;
    return switch (s.type()) {
      case NULL -> true;
      case STR -> s.text().isEmpty();
      case BOOL -> !s.bool();
      case INT -> s.integer().signum() == 0;
      case FLOAT -> s.pythonText().equals("0.0") || s.pythonText().equals("-0.0");
      case TIMESTAMP -> false;
    };
  }

  /**
   * docker-compose checks each extended service, deepest first, for keys that tie it to other
   * services; the first one found fails the chain.
   */
  private Result forbiddenKeys(List<Link> links) {
    for (int i = links.size() - 1; i >= 1; i--) {
      Link link = links.get(i);
      Optional<String> key = forbiddenKey(link.definition());
      if (key.isPresent()) {
        return new Result(
            links, Optional.of(new Failure(Kind.NOT_EXTENDABLE, i - 1, link.file(), link.service(), key.get(), -1)), true);
      }
    }
    return new Result(links, Optional.empty(), true);
  }

  /** The key that makes a service impossible to extend, in docker-compose's order of checking. */
  static Optional<String> forbiddenKey(YMap definition) {
    for (String key : List.of("links", "volumes_from")) {
      if (definition.has(key)) {
        return Optional.of(key);
      }
    }
    Optional<YNode> mode = definition.get("network_mode");
    if (mode.isPresent() && mode.get() instanceof YScalar s && s.type() == ScalarType.STR
        && s.text().startsWith("service:")) {
      return Optional.of("network_mode: " + s.text());
    }
    if (definition.has("depends_on")) {
      return Optional.of("depends_on");
    }
    return Optional.empty();
  }

  /**
   * The links a service inherits from other files without passing through a service of the checked
   * file (which has findings of its own): links 1..k, where 1..k all lie in other files.
   */
  List<Link> inheritedFromOtherFiles(Result result) {
    List<Link> out = new ArrayList<>();
    for (Link link : result.links().subList(1, result.links().size())) {
      if (inCheckedFile(link)) {
        break;
      }
      out.add(link);
    }
    return out;
  }

  /** The directory paths in a link's definition are resolved against. */
  static Path directory(Link link) {
    return link.file().getParent() == null ? link.file() : link.file().getParent();
  }

  /** Where a finding about {@code link}'s extends should point: the value at fault. */
  static Location at(Link link, boolean aboutFile) {
    YNode node = link.extendsNode().orElseThrow();
    if (node instanceof YMap map) {
      String key = aboutFile && map.has("file") ? "file" : "service";
      return map.get(key).map(YNode::at).orElse(map.at());
    }
    return node.at();
  }
}
