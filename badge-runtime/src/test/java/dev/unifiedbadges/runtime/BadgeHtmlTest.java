package dev.unifiedbadges.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeHtmlTest {

  private final BadgeHtml html = new BadgeHtml("badge__icon", "badge__label");

  @Test
  void rendersTheMarkupTheGeneratedCssStyles() {
    Badge partial =
        new Badge(
            "operation_run.outcome",
            "partial",
            "Partial",
            "warning",
            "triangle-alert",
            List.of(),
            "badge badge--operation-run-outcome--partial");
    assertEquals(
        "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
            + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>",
        html.render(partial));
  }

  @Test
  void escapesTheLabelAndTheClasses() {
    Badge hostile =
        new Badge("d", "v", "On hold <review> & \"x\" 'y'", "t", "i", List.of(), "a\"b<c>");
    assertEquals(
        "<span class=\"a&quot;b&lt;c&gt;\"><span class=\"badge__icon\" aria-hidden=\"true\">"
            + "</span><span class=\"badge__label\">On hold &lt;review&gt; &amp; &quot;x&quot;"
            + " &#39;y&#39;</span></span>",
        html.render(hostile));
  }

  @Test
  void escapingLeavesEverythingElseAsItIs() {
    assertEquals(
        "\u202Eo\u202C \uD83D\uDC4D\u200B", BadgeHtml.escape("\u202Eo\u202C \uD83D\uDC4D\u200B"));
    assertEquals("&amp;amp;", BadgeHtml.escape("&amp;"));
  }

  @Test
  void variantsSizesAndIconOnlyAddModifierClassesAfterThePairing() {
    Badge failed =
        new Badge(
            "run.status",
            "failed",
            "Failed",
            "danger",
            "circle-x",
            List.of(),
            "ui ui--run--failed");
    BadgeHtml prefixed = new BadgeHtml("ui", "ui__icon", "ui__label");
    assertEquals(
        "<span class=\"ui ui--run--failed ui--dot ui--sm ui--icon-only\"><span class=\"ui__icon\""
            + " aria-hidden=\"true\"></span><span class=\"ui__label\">Failed</span></span>",
        prefixed.render(failed, Variant.DOT, Size.SM, true));
    assertEquals(
        "ui ui--run--failed ui--solid ui--lg",
        prefixed.classes(failed, Variant.SOLID, Size.LG, false));
    assertEquals(prefixed.render(failed), prefixed.render(failed, Variant.SUBTLE, Size.MD));
    assertEquals(prefixed.render(failed), prefixed.render(failed, null, null));
    assertEquals(
        "ui ui--run--failed ui--outline",
        html.classes(failed, Variant.OUTLINE, Size.MD, false),
        "without a base class, the badge's first class is the prefix");
  }
}
