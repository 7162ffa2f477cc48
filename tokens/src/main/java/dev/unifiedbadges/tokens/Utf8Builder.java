package dev.unifiedbadges.tokens;

import dev.unifiedbadges.tokens.format.FileSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link StringBuilder} that holds UTF-8 bytes: the exporters write megabytes of mostly-ASCII
 * text, and building the bytes directly saves the two full copies (to a String, then to bytes) that
 * would otherwise dominate memory and time for large catalogs.
 *
 * <p>Lone surrogates, which UTF-8 cannot encode, are written as U+FFFD (as {@code
 * String.getBytes(UTF_8)} writes {@code '?'}); callers that care escape them first.
 *
 * <p>Public so that the site's template output encodes the same way into the same kind of buffer.
 *
 * <p>Hand-written: no JDK or library class builds UTF-8 bytes in place (ByteArrayOutputStream with
 * a Writer adds an encoder and a copy per append).
 */
public final class Utf8Builder {

  private byte[] buf;
  private int length;

  public Utf8Builder(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  /** The size of the buffer, which only grows. */
  public int capacity() {
    return buf.length;
  }

  public int length() {
    return length;
  }

  /** Truncates to {@code newLength} bytes (a position previously returned by {@link #length()}). */
  public void setLength(int newLength) {
    if (newLength < 0 || newLength > length) {
      throw new IndexOutOfBoundsException(newLength);
    }
    length = newLength;
  }

  /** The last byte, or -1 when empty. */
  int lastByte() {
    return length == 0 ? -1 : buf[length - 1] & 0xff;
  }

  Utf8Builder append(char c) {
    if (c < 0x80) {
      ensure(1);
      buf[length++] = (byte) c;
      return this;
    }
    return append(String.valueOf(c));
  }

  Utf8Builder append(int i) {
    return append(Integer.toString(i));
  }

  public Utf8Builder append(String s) {
    return append(s, 0, s.length());
  }

  /** Appends {@code s[from, to)}, UTF-8 encoded. */
  public Utf8Builder append(String s, int from, int to) {
    ensure(to - from);
    byte[] b = buf;
    int n = length;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else {
        length = n;
        appendNonAscii(s, i, to);
        return this;
      }
    }
    length = n;
    return this;
  }

  /** Appends bytes that are already UTF-8. */
  public Utf8Builder append(byte[] utf8) {
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, length, utf8.length);
    length += utf8.length;
    return this;
  }

  private void appendNonAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        ensure(1);
        buf[length++] = (byte) c;
      } else if (c < 0x800) {
        ensure(2);
        buf[length++] = (byte) (0xc0 | (c >> 6));
        buf[length++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        ensure(4);
        buf[length++] = (byte) (0xf0 | (cp >> 18));
        buf[length++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        buf[length++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        int cp = Character.isSurrogate(c) ? 0xfffd : c;
        ensure(3);
        buf[length++] = (byte) (0xe0 | (cp >> 12));
        buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        buf[length++] = (byte) (0x80 | (cp & 0x3f));
      }
    }
  }

  private void ensure(int extra) {
    int needed = length + extra;
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(needed, buf.length + (buf.length >> 1)));
    }
  }

  /** Copies the content into {@code dst} at {@code offset}. */
  void copyTo(byte[] dst, int offset) {
    System.arraycopy(buf, 0, dst, offset, length);
  }

  /** Puts the content into a sink as one file (no copy). */
  public void putInto(FileSink sink, String path) throws IOException {
    sink.put(path, buf, 0, length);
  }

  /** Writes the content to a stream (no copy). */
  void writeTo(java.io.OutputStream out) throws java.io.IOException {
    out.write(buf, 0, length);
  }

  /** The content, exactly sized. */
  public byte[] toByteArray() {
    return buf.length == length ? buf.clone() : Arrays.copyOf(buf, length);
  }

  /** The content decoded (for small documents and tests). */
  @Override
  public String toString() {
    return new String(buf, 0, length, StandardCharsets.UTF_8);
  }
}
