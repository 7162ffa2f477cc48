package dev.unifiedbadges.runtime;

import java.util.Objects;

/**
 * Renders a badge as the HTML the generated CSS styles, with every text escaped:
 *
 * <pre>{@code
 * <span class="badge badge--operation-run-outcome--partial"><span class="badge__icon" aria-hidden="true"></span><span class="badge__label">Partial</span></span>
 * }</pre>
 *
 * The generated code creates one with the element classes of its CSS prefix.
 */
public final class BadgeHtml {

  private final String iconClass;
  private final String labelClass;

  /**
   * @param iconClass the icon element's class, e.g. {@code badge__icon}
   * @param labelClass the label element's class, e.g. {@code badge__label}
   */
  public BadgeHtml(String iconClass, String labelClass) {
    this.iconClass = Objects.requireNonNull(iconClass, "iconClass");
    this.labelClass = Objects.requireNonNull(labelClass, "labelClass");
  }

  /** The badge's markup, safe to put in HTML text content. */
  public String render(Badge badge) {
    StringBuilder sb = new StringBuilder(160);
    sb.append("<span class=\"");
    escape(badge.cssClasses(), sb);
    sb.append("\"><span class=\"");
    escape(iconClass, sb);
    sb.append("\" aria-hidden=\"true\"></span><span class=\"");
    escape(labelClass, sb);
    sb.append("\">");
    escape(badge.label(), sb);
    return sb.append("</span></span>").toString();
  }

  /**
   * {@code text} escaped for HTML text and quoted attribute values: {@code & < > " '} become
   * character references; everything else stays as it is.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, sb);
    return sb.toString();
  }

  private static void escape(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
