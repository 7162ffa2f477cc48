package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.tokens.CssNames;

/** How the pages show a badge: its view model and the exact HTML they render for it. */
final class BadgeViews {

  private BadgeViews() {}

  static BadgeView of(CssNames css, String pairingClass, Badge b) {
    return new BadgeView(
        css.base() + " " + pairingClass, css.iconElement(), css.labelElement(), b.label());
  }

  /** Exactly the HTML the pages render for a badge (see ARCHITECTURE.md), for people to copy. */
  static String snippet(BadgeView b) {
    return "<span class=\""
        + b.classes()
        + "\"><span class=\""
        + b.iconClass()
        + "\" aria-hidden=\"true\"></span><span class=\""
        + b.labelClass()
        + "\">"
        + PageText.html(b.label())
        + "</span></span>";
  }
}
