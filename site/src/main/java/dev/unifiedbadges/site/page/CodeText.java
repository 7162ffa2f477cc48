package dev.unifiedbadges.site.page;

import dev.unifiedbadges.diff.CodeSpans;
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
    for (CodeSpans.Span span : CodeSpans.of(text)) {
      if (span.code()) {
        output.writeContent("<code><bdi>");
        output.writeUserContent(UserText.balanced(span.text()));
        output.writeContent("</bdi></code>");
      } else {
        output.writeUserContent(UserText.balanced(span.text()));
      }
    }
    output.writeContent("</bdi>");
  }
}
