package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.model.yaml.*;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.LoadFindings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one YAML file into a {@link YNode} tree with positions. It uses snakeyaml-engine's event
 * parser (iterative, so deep nesting cannot overflow the stack) and composes the tree itself: that is
 * where YAML 1.1 resolution, merge keys, duplicate keys and the limits are handled.
 */
public final class YamlReader {

  private final YamlLimits limits;

  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  public YamlFile read(Path file) {
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        return failed(
            file,
            LoadFindings.LIMIT.at(
                Location.of(file),
                "file is " + size + " bytes, over the limit of " + limits.maxBytes() + " bytes",
                "split it into several Compose files"));
      }
      return parse(file, Files.readAllBytes(file));
    } catch (IOException e) {
      return failed(
          file,
          LoadFindings.UNREADABLE.at(
              Location.of(file), "cannot read the file: " + describe(e), "check that it exists and is readable"));
    }
  }

  public YamlFile parse(Path file, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      return failed(
          file,
          LoadFindings.LIMIT.at(
              Location.of(file),
              "file is " + bytes.length + " bytes, over the limit of " + limits.maxBytes() + " bytes",
              "split it into several Compose files"));
    }
    Decoded decoded = decode(file, bytes);
    if (decoded.problem().isPresent()) {
      return failed(file, decoded.problem().get());
    }
    String text = decoded.text();
    Composer composer = new Composer(file, limits);
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(file.getFileName() == null ? file.toString() : file.getFileName().toString())
              .setUseMarks(true)
              .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
              .build();
      for (Event event : new Parse(settings).parseString(text)) {
        composer.accept(event);
      }
      return new YamlFile(file, composer.root(), composer.diagnostics());
    } catch (Composer.Stop stop) {
      composer.diagnostics().add(stop.diagnostic());
    } catch (MarkedYamlEngineException e) {
      composer.diagnostics().add(syntax(file, e));
    } catch (ReaderException e) {
      composer.diagnostics().add(
          LoadFindings.ENCODING.at(
              at(file, text, e.getPosition()),
              String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
              "remove control characters such as NUL from the file"));
    } catch (YamlEngineException e) {
      composer.diagnostics().add(
          LoadFindings.YAML_SYNTAX.at(Location.of(file), oneLine(e.getMessage()), ""));
    }
    return new YamlFile(file, Optional.empty(), composer.diagnostics());
  }

  private static YamlFile failed(Path file, Diagnostic d) {
    return new YamlFile(file, Optional.empty(), List.of(d));
  }

  private record Decoded(String text, Optional<Diagnostic> problem) {}

  private static Decoded decode(Path file, byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
      return new Decoded(
          "",
          Optional.of(
              LoadFindings.ENCODING.at(
                  new Location(file, 1, 1),
                  "the file is UTF-16 or UTF-32 (it starts with that byte order mark)",
                  "save it as UTF-8; docker-compose reads Compose files as UTF-8")));
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String prefix = out.toString();
      return new Decoded(
          "",
          Optional.of(
              LoadFindings.ENCODING.at(
                  at(file, prefix, prefix.length()),
                  String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[in.position()] & 0xff, in.position()),
                  "save the file as UTF-8")));
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), Optional.empty());
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The 1-based position of a code point offset in {@code text}. */
  private static Location at(Path file, String text, int codePointOffset) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointOffset; i = text.offsetByCodePoints(i, 1), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }

  private static Diagnostic syntax(Path file, MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Location where =
        mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.of(file));
    String problem = e.getProblem() == null ? "" : e.getProblem()
        .replace("'\\t(TAB)'", "a tab")
        .replace("(Do not use \\t(TAB) for indentation)", "")
        .trim();
    String context = e.getContext() == null ? "" : e.getContext() + ": ";
    String hint = problem.contains("a tab")
        ? "indent with spaces; YAML does not allow tabs for indentation"
        : "";
    return LoadFindings.YAML_SYNTAX.at(where, oneLine(context + problem), hint);
  }

  static Location location(Path file, Optional<Mark> mark) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.of(file));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

}
