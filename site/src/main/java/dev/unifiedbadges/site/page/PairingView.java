package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * One row of a domain page: a value (or the domain's unknown fallback) with everything a designer
 * or developer needs to use it.
 *
 * @param id the element id and URL fragment, the value's kebab name ({@code unknown} for the
 *     fallback)
 * @param value the raw value as it appears in data (for the fallback: a sample unknown value)
 * @param label the label
 * @param tone the tone name
 * @param toneHref link to the tone on the tones page
 * @param icon the icon name
 * @param aliases other raw values that render the same badge
 * @param description what the value means, may be empty
 * @param badge the badge to render
 * @param snippet the badge's HTML, exactly as the page renders it, to copy
 * @param cssClass the pairing's CSS class (without the base class)
 * @param tokenPath the DTCG token group path, e.g. {@code badge.finding-status.new}
 * @param light text contrast in the light theme
 * @param dark text contrast in the dark theme
 * @param searchText lower-case text the client-side filter matches against
 * @param deprecation why the value is deprecated and what replaces it; null for a current value
 */
public record PairingView(
    String id,
    UserText value,
    UserText label,
    String tone,
    String toneHref,
    String icon,
    List<UserText> aliases,
    UserText description,
    BadgeView badge,
    String snippet,
    String cssClass,
    String tokenPath,
    ContrastView light,
    ContrastView dark,
    String searchText,
    DeprecationView deprecation) {

  public PairingView {
    aliases = List.copyOf(aliases);
  }

  /** The id of the row's heading, which cannot collide with a value id (those never hold "--"). */
  public String headingId() {
    return id + "--title";
  }
}
