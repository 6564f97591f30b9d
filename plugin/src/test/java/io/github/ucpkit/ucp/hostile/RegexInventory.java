package io.github.ucpkit.ucp.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every regular expression the plugin can apply to input, found mechanically so that a new one is
 * checked without anyone listing it: each static {@link Pattern} field of every main class (read
 * by reflection), the constant regex at every call of {@code String.matches/replaceAll/replaceFirst/
 * split} and {@code Pattern.compile/matches} in the bytecode (read with javap), and the patterns of
 * our JSON Schemas, which the schema library applies to keys and values.
 */
final class RegexInventory {

  /**
   * One regular expression and where it was found; {@code searched} when the plugin looks for it
   * inside a text (find, replaceAll, split) rather than matching a whole text.
   */
  record Regex(String where, String source, int flags, boolean searched) {}

  /** A call whose regex is not a constant, so no test can know it. */
  record Unknown(String where) {}

  record Found(List<Regex> regexes, List<Unknown> unknown) {}

  static final Path CLASSES = Path.of("target/classes");

  private static final Pattern CALL = Pattern.compile(
      "invoke(?:virtual|static) +#\\d++ +// Method java/(?:lang/String\\.(matches|replaceAll|replaceFirst|split)"
          + "|util/regex/Pattern\\.(compile|matches)):");
  private static final Pattern LDC_STRING = Pattern.compile("\\bldc(?:_w)? +#\\d++ +// String ?(.*)$");
  private static final Pattern PATTERN_FIELD = Pattern.compile("\\bgetstatic +#\\d++ +// Field (?:([\\w/$]+)\\.)?(\\w+):Ljava/util/regex/Pattern;");
  private static final Pattern SEARCH = Pattern.compile(
      "// (?:Interface)?Method java/util/regex/(?:Matcher\\.(?:find|replaceAll|replaceFirst|lookingAt|results)|Pattern\\.split)");
  private static final Pattern INVOKE = Pattern.compile("\\binvoke\\w++ ");
  private static final Pattern DECLARED = Pattern.compile("(?:class|interface|enum|record) ([\\w.$]+)");
  private static final Pattern METHOD = Pattern.compile("^  [^ ].*\\);$|^  static \\{\\};$");
  private static final Pattern SCHEMA_PATTERN = Pattern.compile("\"pattern\"\\s*+:\\s*+\"((?:[^\"\\\\]|\\\\.)*+)\"");
  private static final Pattern SCHEMA_PROPERTIES = Pattern.compile("\"patternProperties\"\\s*+:\\s*+\\{\\s*+\"((?:[^\"\\\\]|\\\\.)*+)\"");

  private RegexInventory() {}

  static Found find() throws Exception {
    List<Regex> regexes = new ArrayList<>();
    List<Unknown> unknown = new ArrayList<>();
    Set<String> searched = new HashSet<>();
    List<Path> classFiles;
    try (Stream<Path> walk = Files.walk(CLASSES)) {
      classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classFiles) {
      String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
      Class<?> type = Class.forName(name, true, RegexInventory.class.getClassLoader());
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
          f.setAccessible(true);
          Pattern p = (Pattern) f.get(null);
          regexes.add(new Regex(name + "." + f.getName(), p.pattern(), p.flags(), false));
        }
      }
    }
    calls(classFiles, regexes, unknown, searched);
    regexes.replaceAll(r -> searched.contains(r.where()) ? new Regex(r.where(), r.source(), r.flags(), true) : r);
    schemas(regexes);
    return new Found(regexes, unknown);
  }

  /** Regex arguments at call sites, from javap's listing: the string constants loaded since the previous call. */
  private static void calls(List<Path> classFiles, List<Regex> regexes, List<Unknown> unknown, Set<String> searched) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("javap is missing from this JDK"));
    List<String> args = new ArrayList<>(List.of("-c", "-p"));
    classFiles.forEach(p -> args.add(p.toString()));
    StringWriter out = new StringWriter();
    int status = javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("javap failed with status " + status);
    }
    String type = "";
    String typeName = "";
    String method = "";
    String lastField = "";
    List<String> constants = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (line.startsWith("Compiled from") || line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        type = line;
        Matcher declared = DECLARED.matcher(line);
        typeName = declared.find() ? declared.group(1) : line;
        continue;
      }
      Matcher field = PATTERN_FIELD.matcher(line);
      if (field.find()) {
        lastField = (field.group(1) == null ? typeName : field.group(1).replace('/', '.')) + "." + field.group(2);
      }
      if (SEARCH.matcher(line).find()) {
        searched.add(lastField);
      }
      if (METHOD.matcher(line).find()) {
        method = line.trim();
        constants.clear();
        continue;
      }
      Matcher ldc = LDC_STRING.matcher(line);
      if (ldc.find()) {
        constants.add(unescape(ldc.group(1)));
        continue;
      }
      Matcher call = CALL.matcher(line);
      if (call.find()) {
        String op = call.group(1) != null ? call.group(1) : call.group(2);
        String where = type.replaceAll(" \\{$", "") + " " + method + " " + op;
        // a static initializer's compile() fills a static field, which the reflective pass reads
        boolean initializer = method.equals("static {};") && op.equals("compile");
        // replaceAll and replaceFirst take the regex, then the replacement
        int index = constants.size() - (op.startsWith("replace") ? 2 : 1);
        if (initializer) {
          // covered
        } else if (index >= 0) {
          // a Pattern compiled in a method may be used either way: test it both ways
          regexes.add(new Regex(where, constants.get(index), 0, !op.equals("matches")));
        } else {
          unknown.add(new Unknown(where));
        }
        constants.clear();
      } else if (INVOKE.matcher(line).find()) {
        constants.clear();
      }
    }
  }

  private static void schemas(List<Regex> regexes) throws IOException {
    try (Stream<Path> walk = Files.walk(CLASSES.resolve("io/github/ucpkit/ucp/schemas"))) {
      for (Path schema : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String text = Files.readString(schema);
        Map<String, String> found = new LinkedHashMap<>();
        for (Pattern p : List.of(SCHEMA_PATTERN, SCHEMA_PROPERTIES)) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            found.putIfAbsent(unescape(m.group(1)), schema.getFileName().toString());
          }
        }
        // the schema library looks for a pattern anywhere in the value, as ECMA-262 does
        found.forEach((source, file) -> regexes.add(new Regex(file, source, 0, true)));
      }
    }
  }

  /** Undoes the escapes of javap's and JSON's string listings. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}
