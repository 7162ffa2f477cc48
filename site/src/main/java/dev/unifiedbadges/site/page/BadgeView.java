package dev.unifiedbadges.site.page;

/**
 * One badge as the catalog renders it, in exactly the documented shape: an element with the base
 * and pairing classes holding an icon element and a label element.
 *
 * @param classes the badge's classes, e.g. {@code badge badge--finding-status--new}
 * @param iconClass the icon element's class, e.g. {@code badge__icon}
 * @param labelClass the label element's class, e.g. {@code badge__label}
 * @param label the label text
 */
public record BadgeView(String classes, String iconClass, String labelClass, String label) {}
