package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.model.yaml.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlReaderTest {

  private static final Path FILE = Path.of("docker-compose.yml");
  private final YamlReader reader = new YamlReader(YamlLimits.DEFAULT);

  private YamlFile read(String yaml) {
    return reader.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  private YMap root(String yaml) {
    YamlFile f = read(yaml);
    assertFalse(f.failed(), () -> f.diagnostics().toString());
    return (YMap) f.root().orElseThrow();
  }

  private YScalar scalar(String yaml, String key) {
    return (YScalar) root(yaml).get(key).orElseThrow();
  }

  @Test
  void keysAndValuesCarryOneBasedPositions() {
    YMap map = root("a: 1\nlist:\n  - x: hello\n");
    YMap item = (YMap) ((YSeq) map.get("list").orElseThrow()).items().get(0);
    YMap.Entry x = item.entry("x").orElseThrow();
    assertEquals(3, x.key().at().line());
    assertEquals(5, x.key().at().column());
    assertEquals(3, x.value().at().line());
    assertEquals(8, x.value().at().column());
  }

  @ParameterizedTest
  @CsvSource({
    "yes, BOOL", "No, BOOL", "ON, BOOL", "off, BOOL", "True, BOOL", "y, STR", "n, STR",
    "22:22, INT", "80:80, STR", "8080:80, STR", "0755, INT", "09, STR", "0o17, STR", "0x1F, INT",
    "1e3, STR", "1.0e+3, FLOAT", ".5, FLOAT", "+12, INT", "1_000, INT", "~, NULL", "Null, NULL",
    "2019-01-01, TIMESTAMP", "nginx:1.25, STR", "\"yes\", STR"
  })
  void plainScalarsResolveAsPyYamlDoes(String text, ScalarType expected) {
    assertEquals(expected, scalar("v: " + text + "\n", "v").type());
  }

  @Test
  void yaml11IntegersHaveTheirYaml11Values() {
    assertEquals(BigInteger.valueOf(1342), scalar("v: 22:22", "v").integer());
    assertEquals(BigInteger.valueOf(493), scalar("v: 0755", "v").integer());
    assertEquals(BigInteger.valueOf(31), scalar("v: 0x1F", "v").integer());
    assertEquals(BigInteger.valueOf(1000), scalar("v: 1_000", "v").integer());
    assertEquals("True", scalar("v: yes", "v").pythonText());
  }

  @Test
  void emptyValueIsNull() {
    assertTrue(scalar("v:\n", "v").isNull());
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondKeyAndTheLastValueWins() {
    YamlFile f = read("image: a\nimage: b\n");
    Diagnostic d = f.diagnostics().get(0);
    assertEquals("YAML-002", d.ruleId());
    assertEquals(2, d.at().line());
    assertEquals(1, d.at().column());
    YScalar image = (YScalar) ((YMap) f.root().orElseThrow()).get("image").orElseThrow();
    assertEquals("b", image.text());
  }

  @Test
  void mergeKeysMergeWithExplicitKeysWinning() {
    YMap map =
        root("base: &b {image: a, tty: true}\nother: &o {image: c, init: true}\n"
            + "web:\n  <<: [*b, *o]\n  tty: false\n");
    YMap web = (YMap) map.get("web").orElseThrow();
    assertEquals("a", ((YScalar) web.get("image").orElseThrow()).text());
    assertEquals("false", ((YScalar) web.get("tty").orElseThrow()).text());
    assertTrue(web.has("init"));
    assertFalse(web.has("<<"));
  }

  @Test
  void tabIndentationIsASyntaxErrorWithPosition() {
    YamlFile f = read("services:\n\tweb: {}\n");
    Diagnostic d = f.diagnostics().get(0);
    assertEquals("YAML-001", d.ruleId());
    assertEquals(2, d.at().line());
    assertTrue(f.root().isEmpty());
  }

  @Test
  void secondDocumentIsRejected() {
    List<Diagnostic> d = read("a: 1\n---\nb: 2\n").diagnostics();
    assertEquals("YAML-001", d.get(0).ruleId());
    assertEquals(2, d.get(0).at().line());
  }

  @Test
  void aliasBombStopsAtTheNodeLimit() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    YamlFile f = read(y.toString());
    assertEquals("YAML-003", f.diagnostics().get(0).ruleId());
    assertTrue(f.root().isEmpty());
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    YamlFile f = read("[".repeat(10_000) + "]".repeat(10_000));
    assertEquals("YAML-003", f.diagnostics().get(0).ruleId());
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() {
    byte[] bytes = "a: 1\nb: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    YamlFile f = reader.parse(FILE, bytes);
    assertEquals("YAML-005", f.diagnostics().get(0).ruleId());
    assertEquals(2, f.diagnostics().get(0).at().line());
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() {
    YMap map = (YMap) reader.parse(FILE, "a: 1\nb: x\uFFFDy\n".getBytes(StandardCharsets.UTF_8)).root().orElseThrow();
    assertEquals("x\uFFFDy", ((YScalar) map.get("b").orElseThrow()).text());
  }

  @Test
  void anEncodedSurrogateAndAnOverlongSlashAreInvalidUtf8() {
    byte[] surrogate = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    byte[] overlong = {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'};
    YamlFile first = reader.parse(FILE, surrogate);
    assertEquals("YAML-005", first.diagnostics().get(0).ruleId());
    assertEquals(2, first.diagnostics().get(0).at().line());
    assertEquals("byte 0xED at offset 8 is not valid UTF-8", first.diagnostics().get(0).message());
    assertEquals("byte 0xC0 at offset 3 is not valid UTF-8", reader.parse(FILE, overlong).diagnostics().get(0).message());
  }

  @Test
  void filesOfEverySizeShareOneReader() {
    // small files share settings by the power of two their text rounds up to; a large one has its own
    for (int n : new int[] {1, 2, 1019, 1020, 1021, 65529, 65530, 65531, 65532, 200_000, 3, 1019}) {
      YamlFile f = reader.parse(FILE, ("a: " + "x".repeat(n) + "\n").getBytes(StandardCharsets.UTF_8));
      assertEquals("x".repeat(n), ((YScalar) ((YMap) f.root().orElseThrow()).get("a").orElseThrow()).text(), "n " + n);
    }
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] body = "a: 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertFalse(reader.parse(FILE, bytes).failed());
  }

  @Test
  void utf16WithByteOrderMarkIsReadAsDockerComposeDoes() {
    byte[] bytes = "a: 1\nb: \u00fc\n".getBytes(StandardCharsets.UTF_16);
    YMap map = (YMap) reader.parse(FILE, bytes).root().orElseThrow();
    assertEquals("\u00fc", ((YScalar) map.get("b").orElseThrow()).text());
  }

  @Test
  void utf32IsRejected() {
    byte[] bytes = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'a'};
    assertEquals("YAML-005", reader.parse(FILE, bytes).diagnostics().get(0).ruleId());
  }

  @Test
  void tabsOutsideQuotesBlockScalarsAndCommentsAreRejectedLikePyYaml() {
    assertEquals("YAML-001", read("a:\tb\n").diagnostics().get(0).ruleId());
    assertEquals(1, read("a: b\t# c\n").diagnostics().get(0).at().line());
    assertFalse(read("a: \"x\ty\"\nb: c # \tcomment\nd: |\n  e\tf\n").failed());
  }

  @Test
  void nulByteIsRejectedWithPosition() {
    YamlFile f = read("a: 1\nb: x\u0000y\n");
    assertEquals("YAML-005", f.diagnostics().get(0).ruleId());
    assertEquals(2, f.diagnostics().get(0).at().line());
  }

  @Test
  void plainEqualsSignIsRejectedLikePyYaml() {
    assertEquals("YAML-001", read("a: =\n").diagnostics().get(0).ruleId());
  }

  @Test
  void unknownTagIsRejected() {
    assertEquals("YAML-001", read("a: !reference [x]\n").diagnostics().get(0).ruleId());
  }

  @Test
  void crlfLineEndingsAreFine() {
    YMap map = root("a: 1\r\nb: two\r\n");
    assertEquals("two", ((YScalar) map.get("b").orElseThrow()).text());
    assertEquals(2, map.get("b").orElseThrow().at().line());
  }

  @Test
  void fileOverTheSizeLimitIsRejected() {
    YamlReader small = new YamlReader(new YamlLimits(10, 64, 1000, 1000));
    YamlFile f = small.parse(FILE, "a: 123456789\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("YAML-003", f.diagnostics().get(0).ruleId());
  }
}
