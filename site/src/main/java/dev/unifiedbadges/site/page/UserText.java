package dev.unifiedbadges.site.page;

import gg.jte.html.HtmlContent;
import gg.jte.html.HtmlTemplateOutput;
import java.util.Objects;

/**
 * Text the site does not write itself (a name, title, label, alias or description from the
 * definitions, the site title option), which a page shows bidirectionally isolated from its own: a
 * right-to-left word or an override such as U+202E reorders only itself, never the site's text,
 * punctuation or neighbouring items. A template writes it with {@code ${…}} and gets a {@code
 * <bdi>} (isolated, direction from its first strong character); text that cannot hold markup (the
 * {@code <title>}, attributes) takes {@link #isolated()}.
 *
 * <p>Isolate controls in the text are balanced first: browsers isolate an element by wrapping it in
 * the same controls, so a stray U+2069 POP DIRECTIONAL ISOLATE would otherwise close the {@code
 * <bdi>} early and let what follows it out.
 *
 * @param text the text as written, never null
 */
public record UserText(String text) implements HtmlContent {

  private static final char LRI = '\u2066';
  private static final char RLI = '\u2067';
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  public UserText {
    Objects.requireNonNull(text, "text");
  }

  /** Writes {@code <bdi>text</bdi>}, the text HTML-escaped. */
  @Override
  public void writeTo(HtmlTemplateOutput output) {
    output.writeContent("<bdi>");
    output.writeUserContent(balanced(text));
    output.writeContent("</bdi>");
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * The text between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, for places
   * without markup: the same isolation as {@code <bdi>}, invisible and not spoken. Text that cannot
   * reorder anything (no right-to-left letter or digit, no bidirectional control) stays as written,
   * so a Latin title reaches bookmarks and search results without invisible characters.
   */
  public String isolated() {
    return canReorder(text) ? FSI + balanced(text) + PDI : text;
  }

  /**
   * The text with an isolate opened before each U+2069 that closes nothing and one closed after
   * each initiator left open, so that it closes no isolate around it and leaves none open after it.
   */
  public static String balanced(String s) {
    int open = 0;
    int unmatched = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == LRI || c == RLI || c == FSI) {
        open++;
      } else if (c == PDI) {
        if (open > 0) {
          open--;
        } else {
          unmatched++;
        }
      }
    }
    if (open == 0 && unmatched == 0) {
      return s;
    }
    return String.valueOf(FSI).repeat(unmatched) + s + String.valueOf(PDI).repeat(open);
  }

  /** Whether the text holds a right-to-left character or a bidirectional control. */
  private static boolean canReorder(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
            Character.DIRECTIONALITY_ARABIC_NUMBER,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
            Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
