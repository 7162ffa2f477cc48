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

  private final String baseClass;
  private final String iconClass;
  private final String labelClass;

  /**
   * @param iconClass the icon element's class, e.g. {@code badge__icon}
   * @param labelClass the label element's class, e.g. {@code badge__label}
   */
  public BadgeHtml(String iconClass, String labelClass) {
    this.baseClass = null;
    this.iconClass = Objects.requireNonNull(iconClass, "iconClass");
    this.labelClass = Objects.requireNonNull(labelClass, "labelClass");
  }

  /**
   * @param baseClass the class every badge carries (the CSS prefix), e.g. {@code badge}: the
   *     modifier classes are made of it ({@code badge--solid}, {@code badge--sm}, {@code
   *     badge--icon-only})
   * @param iconClass the icon element's class, e.g. {@code badge__icon}
   * @param labelClass the label element's class, e.g. {@code badge__label}
   */
  public BadgeHtml(String baseClass, String iconClass, String labelClass) {
    this.baseClass = Objects.requireNonNull(baseClass, "baseClass");
    this.iconClass = Objects.requireNonNull(iconClass, "iconClass");
    this.labelClass = Objects.requireNonNull(labelClass, "labelClass");
  }

  /** The badge's markup, safe to put in HTML text content. */
  public String render(Badge badge) {
    return render(badge, Variant.SUBTLE, Size.MD, false);
  }

  /**
   * The badge's markup in a variant and size: the same as the JS module's {@code badgeHtml(domain,
   * value, { variant, size })}. Subtle and md, the defaults (also for null), add no class.
   */
  public String render(Badge badge, Variant variant, Size size) {
    return render(badge, variant, size, false);
  }

  /**
   * As {@link #render(Badge, Variant, Size)}; with {@code iconOnly}, the label stays in the markup
   * as visually hidden text (screen readers still read it), like {@code { iconOnly: true }} in JS.
   */
  public String render(Badge badge, Variant variant, Size size, boolean iconOnly) {
    StringBuilder sb = new StringBuilder(200);
    sb.append("<span class=\"");
    escape(classes(badge, variant, size, iconOnly), sb);
    sb.append("\"><span class=\"");
    escape(iconClass, sb);
    sb.append("\" aria-hidden=\"true\"></span><span class=\"");
    escape(labelClass, sb);
    sb.append("\">");
    escape(badge.label(), sb);
    return sb.append("</span></span>").toString();
  }

  /**
   * The badge's classes with the modifiers of a variant, a size and icon-only, in that order, e.g.
   * {@code badge badge--d--v badge--dot badge--sm}: the JS module's {@code badgeClassName}.
   */
  public String classes(Badge badge, Variant variant, Size size, boolean iconOnly) {
    String classes = badge.cssClasses();
    boolean plainVariant = variant == null || variant == Variant.SUBTLE;
    boolean plainSize = size == null || size == Size.MD;
    if (plainVariant && plainSize && !iconOnly) {
      return classes;
    }
    String base = baseClass;
    if (base == null) {
      int space = classes.indexOf(' ');
      base = space < 0 ? classes : classes.substring(0, space);
    }
    StringBuilder sb = new StringBuilder(classes.length() + 40).append(classes);
    if (!plainVariant) {
      sb.append(' ').append(base).append("--").append(variant.id());
    }
    if (!plainSize) {
      sb.append(' ').append(base).append("--").append(size.id());
    }
    if (iconOnly) {
      sb.append(' ').append(base).append("--icon-only");
    }
    return sb.toString();
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
