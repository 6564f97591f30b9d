package io.github.ucpkit.ucp.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/**
 * The report's HTML escaping is ours; the text must stay what Pebble's own "html" strategy
 * (unbescape's HTML 4 level-1 escape) gives, character for character, or every report would change.
 */
class HtmlEscapeTest {

  @Test
  void everyCharacterIsEscapedAsPebblesOwnStrategyEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      all.append((char) c); // lone surrogates included
    }
    for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp += 97) {
      all.appendCodePoint(cp);
    }
    String text = all.toString();
    assertEquals(HtmlEscape.escapeHtml4Xml(text), Templates.escapeHtml(text));
    for (int c = 0; c < 128; c++) {
      String one = "a" + (char) c + "b";
      assertEquals(HtmlEscape.escapeHtml4Xml(one), Templates.escapeHtml(one), "character " + c);
    }
  }

  @Test
  void randomMarkupIsEscapedAsPebblesOwnStrategyEscapesIt() {
    Random random = new Random(20261203);
    String alphabet = "<>&\"'=/ ab\u00e9\u2028\ud83d\ude00;#x";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(HtmlEscape.escapeHtml4Xml(s.toString()), Templates.escapeHtml(s.toString()), s.toString());
    }
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String plain = "services.web.image: nginx:1.25 (COMPOSE-SVC-001)";
    assertSame(plain, Templates.escapeHtml(plain));
    assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", Templates.escapeHtml("<a href=\"x\">Tom & Jerry's</a>"));
  }
}
