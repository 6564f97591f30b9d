package io.github.ucpkit.ucp.write;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a file in the output directory says, the way every comparison here reads it: UTF-8 text
 * with CRLF line ends read as LF, because a Git checkout with {@code core.autocrlf=true} writes
 * the committed artifacts with CRLF. Generate, check and the run cache all compare through this,
 * so they can never disagree about whether a file is up to date.
 */
final class OnDisk {

  private OnDisk() {}

  /** The text, or empty when the bytes are not UTF-8. */
  static Optional<String> text(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n"));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static boolean same(byte[] bytes, String expected) {
    return text(bytes).map(expected::equals).orElse(false);
  }
}
