package dev.unifiedbadges.site.page;

/**
 * A tone's badge in one variant and theme on the tones page, with the contrast of each colour
 * against what it sits on.
 *
 * @param theme {@code Light} or {@code Dark}
 * @param themeId {@code light} or {@code dark}, the value of the theme attribute on its preview
 * @param variant the variant's id, e.g. {@code outline}
 * @param badge the badge, with the variant's class
 * @param behind hex colour the label, icon, border and dot sit on
 * @param onSurface true when that is the catalog's surface (the variant has no fill)
 * @param text label against {@code behind}, at the site's level
 * @param border border against {@code behind} (3:1); null when none is drawn
 * @param icon icon against {@code behind} (3:1); null when the variant shows no icon
 * @param dot dot against {@code behind} (3:1); null unless the variant is dot
 */
public record VariantCellView(
    String theme,
    String themeId,
    String variant,
    BadgeView badge,
    String behind,
    boolean onSurface,
    ContrastView text,
    ContrastView border,
    ContrastView icon,
    ContrastView dot) {

  /** True when any figure is below its minimum. */
  public boolean fails() {
    return !text.passes()
        || (border != null && !border.passes())
        || (icon != null && !icon.passes())
        || (dot != null && !dot.passes());
  }
}
