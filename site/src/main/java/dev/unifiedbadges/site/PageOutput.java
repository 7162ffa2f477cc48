package dev.unifiedbadges.site;

import dev.unifiedbadges.tokens.Utf8Builder;
import dev.unifiedbadges.tokens.format.FileSink;
import gg.jte.TemplateOutput;
import java.io.IOException;

/**
 * A template output that encodes straight into one growable UTF-8 buffer, reused page after page on
 * a thread and handed to the sink as it is: no chunk list, no per-write arrays, no copy.
 */
final class PageOutput implements TemplateOutput {

  private static final ThreadLocal<PageOutput> PER_THREAD =
      ThreadLocal.withInitial(PageOutput::new);

  private static final int INITIAL_BYTES = 64 * 1024;

  /** Buffers that grew beyond this are dropped after use, so a huge page does not pin memory. */
  private static final int KEEP_BYTES = 1 << 20;

  private Utf8Builder buf = new Utf8Builder(INITIAL_BYTES);

  /** This thread's output, emptied. */
  static PageOutput get() {
    PageOutput out = PER_THREAD.get();
    out.buf.setLength(0);
    return out;
  }

  int length() {
    return buf.length();
  }

  /** Puts the page into a sink straight from the buffer, which is then kept for the next page. */
  void putInto(FileSink sink, String path) throws IOException {
    try {
      buf.putInto(sink, path);
    } finally {
      buf.setLength(0);
      if (buf.capacity() > KEEP_BYTES) {
        buf = new Utf8Builder(INITIAL_BYTES);
      }
    }
  }

  @Override
  public void writeContent(String value) {
    buf.append(value);
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    buf.append(value, beginIndex, endIndex);
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    buf.append(value);
  }
}
