package dev.unifiedbadges.site.page;

import gg.jte.html.HtmlContent;
import gg.jte.html.HtmlTemplateOutput;
import java.util.Objects;

/**
 * A sentence of the diff (a change's message, fix, before or after) whose {@code `backtick`} spans
 * are names: shown as {@code <code>} instead of with literal backticks, and isolated like {@link
 * UserText}, the whole and each name, since both come from the definitions.
 *
 * @param text the sentence as the diff wrote it, never null
 */
public record CodeText(String text) implements HtmlContent {

  public CodeText {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public void writeTo(HtmlTemplateOutput output) {
    output.writeContent("<bdi>");
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('`', at);
      int close = open < 0 ? -1 : text.indexOf('`', open + 1);
      if (close < 0) {
        // No span left (or one never closed): the rest is plain text, backtick and all.
        output.writeUserContent(UserText.balanced(text.substring(at)));
        break;
      }
      if (open > at) {
        output.writeUserContent(UserText.balanced(text.substring(at, open)));
      }
      output.writeContent("<code><bdi>");
      output.writeUserContent(UserText.balanced(text.substring(open + 1, close)));
      output.writeContent("</bdi></code>");
      at = close + 1;
    }
    output.writeContent("</bdi>");
  }
}
