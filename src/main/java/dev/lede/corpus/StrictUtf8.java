package dev.lede.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 refusing malformed input, and spots binary files. */
final class StrictUtf8 {

  /** How much of a file's start is searched for NUL bytes. */
  static final int BINARY_PROBE_BYTES = 8 * 1024;

  /** Input that is not valid UTF-8; {@code offset} is where the first bad byte is. */
  static final class Malformed extends Exception {
    final int offset;

    Malformed(int offset) {
      super("not valid UTF-8 at byte " + offset, null, false, false);
      this.offset = offset;
    }
  }

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  String decode(byte[] bytes, int length) throws Malformed {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 never has fewer bytes than UTF-16 chars
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) throw new Malformed(in.position());
    return out.flip().toString();
  }

  static boolean looksBinary(byte[] bytes, int length) {
    for (int i = 0; i < Math.min(length, BINARY_PROBE_BYTES); i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  /** The 1-based line of byte {@code offset}. */
  static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') line++;
    }
    return line;
  }
}
