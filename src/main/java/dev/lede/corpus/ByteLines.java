package dev.lede.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so each line can be decoded strictly on its own and
 * a huge file never sits in memory whole. A line longer than the limit is passed over (its
 * {@link #tooLong()} is set) rather than buffered.
 */
final class ByteLines {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean tooLong;
  private long number;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Whether the first bytes of the stream contain a NUL byte. Call before {@link #next()}. */
  boolean startsBinary() throws IOException {
    while (end < StrictUtf8.BINARY_PROBE_BYTES) {
      int n = in.read(buffer, end, buffer.length - end);
      if (n < 0) break;
      end += n;
    }
    return StrictUtf8.looksBinary(buffer, end);
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        position = 0;
        end = Math.max(0, in.read(buffer, 0, buffer.length));
        if (end == 0) {
          if (any) number++;
          return any;
        }
      }
      any = true;
      int newline = position;
      while (newline < end && buffer[newline] != '\n') newline++;
      append(position, newline - position);
      if (newline < end) {
        position = newline + 1;
        number++;
        if (length > 0 && line[length - 1] == '\r') length--;
        return true;
      }
      position = end;
    }
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') return false;
    }
    return true;
  }

  private void append(int from, int count) {
    if (tooLong) return;
    if (length + count > maxLineBytes) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }
}
