package io.github.ucpkit.ucp.e2e.support;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker-compose config -q} for many files from one long-running Python process that calls
 * docker-compose's own entry point per file (see compose-config-batch.py). Use one per test class
 * and close it; the process also dies with the test JVM's stdin.
 */
public final class ComposeBatch implements AutoCloseable {

  private static final Pattern DOTENV_SKIPPED = Pattern.compile("Python-dotenv could not parse statement starting at line [0-9]+");
  private static final Pattern NOT_SET = Pattern.compile("The ([A-Za-z_][A-Za-z0-9_]*) variable is not set\\. Defaulting to a blank string\\.");

  private final Process process;
  private final BufferedWriter in;
  private final BufferedReader out;

  public ComposeBatch(Path workDir) throws IOException {
    Path compose = Tools.require("docker-compose");
    String python = Files.readAllLines(compose).get(0).replace("#!", "").trim().split("\\s+")[0];
    Path script = workDir.resolve("compose-config-batch.py");
    try (InputStream s = getClass().getClassLoader().getResourceAsStream("compose-config-batch.py")) {
      Files.copy(s, script);
    }
    ProcessBuilder pb = new ProcessBuilder(python, script.toString()).directory(workDir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    process = pb.start();
    in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Fails the test unless docker-compose accepts the file and prints nothing. */
  public void check(Path file) throws IOException {
    check(file, false);
  }

  /**
   * As {@link #check(Path)} for an app artifact deployed with its project's .env beside it: the file
   * keeps {@code ${VAR}} for values docker-compose resolves at deploy time (a secret's name, or a value
   * that depends on the environment), so docker-compose may say such a variable is not set here, and
   * may warn about the project's own .env lines it skips; nothing else.
   */
  public void checkDeployable(Path file) throws IOException {
    check(file, true);
  }

  private void check(Path file, boolean deployTime) throws IOException {
    in.write(file.toAbsolutePath().toString());
    in.newLine();
    in.flush();
    String verdict = out.readLine();
    if (verdict == null) {
      throw new AssertionError("the docker-compose batch process ended early");
    }
    if (!verdict.startsWith("{\"exit\": 0, \"stderr\": \"\"}") && !(deployTime && onlyDeployTime(verdict, Files.readString(file)))) {
      throw new AssertionError("docker-compose config -q rejects " + file + ": " + verdict + "\n--- file ---\n" + Files.readString(file));
    }
  }

  private static boolean onlyDeployTime(String verdict, String file) {
    JsonNode v = JsonMapper.builder().build().readTree(verdict);
    if (v.path("exit").asInt(-1) != 0) {
      return false;
    }
    for (String line : v.path("stderr").asString("").split("\n")) {
      Matcher m = NOT_SET.matcher(line);
      // kept for deploy time as ${VAR} or, when the input wrote it so, as $VAR
      boolean deployTimeVariable = m.matches() && (file.contains("${" + m.group(1))
          || Pattern.compile("\\$" + m.group(1) + "(?![A-Za-z0-9_])").matcher(file).find());
      if (!line.isEmpty() && !deployTimeVariable && !DOTENV_SKIPPED.matcher(line).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
