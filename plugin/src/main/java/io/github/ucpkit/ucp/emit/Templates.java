package io.github.ucpkit.ucp.emit;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one Pebble engine: no autoescaping (HTML escaping would corrupt nginx and HAProxy syntax; every
 * value is a validated type instead), strict variables (a typo fails instead of rendering nothing),
 * and no newline trimming (templates use {@code {%- %}} where a line must go).
 */
public final class Templates {

  private static final class Engine {
    static final PebbleEngine INSTANCE = build();

    private static PebbleEngine build() {
      ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
      loader.setPrefix("io/github/ucpkit/ucp/templates");
      return new PebbleEngine.Builder()
          .loader(loader)
          .autoEscaping(false)
          .strictVariables(true)
          .newLineTrimming(false)
          .cacheActive(true)
          .addEscapingStrategy("html", Templates::escapeHtml)
          .build();
    }
  }

  /**
   * What {@code {% autoescape "html" %}} does to every value: the five characters that mean markup
   * become references, and nothing else changes (Pebble's own "html" strategy gives the same text,
   * but builds the table of every HTML5 entity first, which a cold run paid at the end of the build).
   * The JDK's string searches are compiled long before a report is written; a loop of ours over
   * every character would still be interpreted then.
   */
  static String escapeHtml(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('"') < 0
        && text.indexOf('\'') < 0) {
      return text;
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private Templates() {}

  /** Compiles templates ahead of use (they are cached), so that a run can do it in the background. */
  public static void prepare(String... templates) {
    for (String t : templates) {
      Engine.INSTANCE.getTemplate(t);
    }
  }

  public static String render(String template, Object view) {
    StringWriter out = new StringWriter();
    try {
      Engine.INSTANCE.getTemplate(template).evaluate(out, Map.of("v", view));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().replace("\r\n", "\n");
  }
}
