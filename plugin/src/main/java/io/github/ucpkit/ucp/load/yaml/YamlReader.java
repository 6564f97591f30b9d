package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.model.yaml.*;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.LoadFindings;
import java.io.IOException;
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
  private final Disk disk;
  private final LoadSettings[] sharedSettings = new LoadSettings[17];

  public YamlReader(YamlLimits limits) {
    this(limits, Disk.real());
  }

  public YamlReader(YamlLimits limits, Disk disk) {
    this.limits = limits;
    this.disk = disk;
  }

  public YamlFile read(Path file) {
    try {
      Optional<byte[]> bytes = disk.readAtMost(file, limits.maxBytes());
      if (bytes.isEmpty()) {
        return tooLarge(file, disk.size(file));
      }
      return parse(file, bytes.get());
    } catch (IOException e) {
      return failed(
          file,
          LoadFindings.UNREADABLE.at(
              Location.of(file), "cannot read the file: " + describe(e), "check that it exists and is readable"));
    }
  }

  public YamlFile parse(Path file, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      return tooLarge(file, bytes.length);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes);
    if (decoded.problem().isPresent()) {
      return failed(file, decoded.problem().get());
    }
    String text = decoded.text();
    Composer composer = new Composer(file, limits);
    try {
      for (Event event : new Parse(settings(text.length() + 1)).parseString(text)) {
        composer.accept(event);
      }
      Optional<Diagnostic> tab = TabCheck.firstStrayTab(file, text, composer.textSpans());
      if (tab.isEmpty()) {
        return new YamlFile(file, composer.root(), composer.diagnostics());
      }
      composer.diagnostics().add(tab.get());
    } catch (Composer.Stop stop) {
      composer.diagnostics().add(stop.diagnostic());
    } catch (MarkedYamlEngineException e) {
      composer.diagnostics().add(syntax(file, e));
    } catch (ReaderException e) {
      composer.diagnostics().add(
          LoadFindings.ENCODING.at(
              Positions.of(file, text, e.getPosition()),
              String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
              "remove control characters such as NUL from the file"));
    } catch (YamlEngineException e) {
      composer.diagnostics().add(
          LoadFindings.YAML_SYNTAX.at(Location.of(file), oneLine(e.getMessage()), ""));
    }
    return new YamlFile(file, Optional.empty(), composer.diagnostics());
  }

  /**
   * Settings whose buffer holds {@code chars}. The reader copies its window of the text each time it
   * reads another buffer, and the scanner keeps the whole of a scalar in the window while it looks
   * for its end: with the default 1,024-character buffer one long scalar cost time quadratic in its
   * length (8 MiB: 30 s). The text is in memory already; one buffer holds it all. Building settings
   * builds a JSON schema with its regular expressions, so small files share them by the power of
   * two their buffer rounds up to; a large file's buffer is its exact size.
   */
  private LoadSettings settings(int chars) {
    if (chars > SHARED_UP_TO) {
      return settings(chars, limits);
    }
    int bucket = 32 - Integer.numberOfLeadingZeros(chars - 1);
    LoadSettings shared = sharedSettings[bucket];
    if (shared == null) {
      shared = settings(1 << bucket, limits); // a race builds equal settings twice, harmlessly
      sharedSettings[bucket] = shared;
    }
    return shared;
  }

  private static final int SHARED_UP_TO = 1 << 16;

  private static LoadSettings settings(int bufferSize, YamlLimits limits) {
    return LoadSettings.builder()
        .setUseMarks(true)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
        .setBufferSize(bufferSize)
        .build();
  }

  private YamlFile tooLarge(Path file, long size) {
    return failed(
        file,
        LoadFindings.LIMIT.at(
            Location.of(file),
            "file is " + size + " bytes, over the limit of " + limits.maxBytes() + " bytes",
            "split it into several Compose files"));
  }

  private static YamlFile failed(Path file, Diagnostic d) {
    return new YamlFile(file, Optional.empty(), List.of(d));
  }

  private static Diagnostic syntax(Path file, MarkedYamlEngineException e) {
    // an unclosed quote is reported at the end of the file; its opening quote helps more
    boolean quote = e.getContext() != null && e.getContext().contains("quoted scalar");
    Optional<Mark> mark = quote ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark);
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

  /** Runs of whitespace as one space: snakeyaml's messages span lines. */
  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        out.append(space ? " " : "").append(c);
        space = false;
      }
    }
    return out.toString();
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

}
