package io.github.ucpkit.ucp.check.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are Python 3.11's {@code posixpath.normpath}. */
class PosixPathTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource({
      "/d, /d", "/d/, /d", "//d, //d", "///d, /d", "/x/../d, /d", "d/./e, d/e", "'', .", "., .",
      ".., ..", "../.., ../..", "a/../.., ..", "/.., /", "/../d, /d", "a//b, a/b", "/a/b/../../.., /",
      "./a, a", "~/x, ~/x", "//, //", "///, /"
  })
  void normalisesLikePython(String path, String expected) {
    assertEquals(expected, PosixPath.normalize(path));
  }
}
