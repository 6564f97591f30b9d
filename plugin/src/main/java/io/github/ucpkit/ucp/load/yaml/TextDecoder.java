package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.LoadFindings;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Bytes to text as docker-compose reads them: UTF-8 (a BOM is dropped), or UTF-16 when a byte order
 * mark says so. UTF-32 and invalid sequences are refused with the position of the first bad byte.
 */
final class TextDecoder {

  record Decoded(String text, Optional<Diagnostic> problem) {}

  private TextDecoder() {}

  static Decoded decode(Path file, byte[] bytes) {
    if (startsWith(bytes, 0, 0, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0, 0)) {
      return refused(file, new Location(file, 1, 1), "the file is UTF-32 (it starts with that byte order mark)",
          "save it as UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
    }
    return strict(file, bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8);
  }

  private static Decoded strict(Path file, byte[] bytes, int start, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      // the String constructor replaces every malformed sequence with U+FFFD: without one the bytes
      // were valid, and the text is had without the decoder's buffer and its copy
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, Optional.empty());
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String prefix = out.toString();
      return refused(
          file,
          Positions.of(file, prefix, prefix.codePointCount(0, prefix.length())),
          String.format("byte 0x%02X at offset %d is not valid %s", bytes[in.position()] & 0xff, in.position(), charset.name()),
          "save the file as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), Optional.empty());
  }

  private static Decoded refused(Path file, Location at, String message, String hint) {
    return new Decoded("", Optional.of(LoadFindings.ENCODING.at(at, message, hint)));
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
}
