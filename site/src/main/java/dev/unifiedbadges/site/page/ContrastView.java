package dev.unifiedbadges.site.page;

/**
 * A contrast figure and its verdict against a minimum.
 *
 * @param ratio the ratio as users read it, e.g. {@code 7.12:1}
 * @param passes whether it meets the minimum (always true when no level is set)
 * @param verdict short text, e.g. {@code Passes AA} or {@code Below AA (4.5:1)}
 */
public record ContrastView(String ratio, boolean passes, String verdict) {}
