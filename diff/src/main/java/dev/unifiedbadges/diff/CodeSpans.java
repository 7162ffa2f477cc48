package dev.unifiedbadges.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A change's sentence (message, fix, before, after) split at its {@code `backtick`} spans, which
 * hold names and YAML: each report shows them as code in its own syntax. A backtick that opens no
 * closed span is plain text.
 */
public final class CodeSpans {

  /** A run of a sentence: plain text, or the inside of a backtick span. */
  public record Span(String text, boolean code) {}

  private CodeSpans() {}

  /** The runs of {@code sentence} in order; empty runs between adjacent spans are left out. */
  public static List<Span> of(String sentence) {
    List<Span> spans = new ArrayList<>();
    int at = 0;
    while (at < sentence.length()) {
      int open = sentence.indexOf('`', at);
      int close = open < 0 ? -1 : sentence.indexOf('`', open + 1);
      if (close < 0) {
        spans.add(new Span(sentence.substring(at), false));
        break;
      }
      if (open > at) {
        spans.add(new Span(sentence.substring(at, open), false));
      }
      spans.add(new Span(sentence.substring(open + 1, close), true));
      at = close + 1;
    }
    return spans;
  }
}
