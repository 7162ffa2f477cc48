package dev.unifiedbadges.site;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * A template output that encodes straight into one growable UTF-8 byte array, reused page after
 * page on a thread and handed to the sink as it is: no chunk list, no per-write arrays, no copy.
 *
 * <p>Lone surrogates are written as {@code ?}, as {@code String.getBytes(UTF_8)} does.
 */
final class PageOutput implements TemplateOutput {

  private static final ThreadLocal<PageOutput> PER_THREAD = ThreadLocal.withInitial(PageOutput::new);

  /** Buffers that grew beyond this are dropped after use, so a huge page does not pin memory. */
  private static final int KEEP_BYTES = 1 << 20;

  private byte[] buf = new byte[64 * 1024];
  private int length;

  /** This thread's output, emptied. */
  static PageOutput get() {
    PageOutput out = PER_THREAD.get();
    out.length = 0;
    return out;
  }

  int length() {
    return length;
  }

  /** Puts the page into a sink straight from the buffer, which is then kept for the next page. */
  void putInto(dev.unifiedbadges.tokens.output.FileSink sink, String path) throws java.io.IOException {
    try {
      sink.put(path, buf, 0, length);
    } finally {
      length = 0;
      if (buf.length > KEEP_BYTES) {
        buf = new byte[64 * 1024];
      }
    }
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    ensure(endIndex - beginIndex);
    byte[] b = buf;
    int n = length;
    for (int i = beginIndex; i < endIndex; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        length = n;
        writeNonAscii(value, i, endIndex);
        return;
      }
      b[n++] = (byte) c;
    }
    length = n;
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, buf, length, value.length);
    length += value.length;
  }

  private void writeNonAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        ensure(1);
        buf[length++] = (byte) c;
      } else if (c < 0x800) {
        ensure(2);
        buf[length++] = (byte) (0xc0 | (c >> 6));
        buf[length++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          ensure(4);
          buf[length++] = (byte) (0xf0 | (cp >> 18));
          buf[length++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          buf[length++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          ensure(1);
          buf[length++] = '?';
        }
      } else {
        ensure(3);
        buf[length++] = (byte) (0xe0 | (c >> 12));
        buf[length++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        buf[length++] = (byte) (0x80 | (c & 0x3f));
      }
    }
  }

  private void ensure(int extra) {
    int needed = length + extra;
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
  }
}
