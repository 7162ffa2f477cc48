package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * A tone on the tones page.
 *
 * @param name the tone's name, also its element id
 * @param values number of values that use it
 * @param fallbacks number of domain fallbacks that use it
 * @param light its colours in the light theme
 * @param dark its colours in the dark theme
 * @param variants its badge in every variant, the default (subtle) first, in both themes
 */
public record ToneView(
    String name,
    int values,
    int fallbacks,
    ThemeColorsView light,
    ThemeColorsView dark,
    List<VariantRowView> variants) {

  public ToneView {
    variants = List.copyOf(variants);
  }

  /** "Used by 12 values and 11 fallbacks", "Not used". */
  public String usageText() {
    if (values == 0 && fallbacks == 0) {
      return "Not used";
    }
    if (fallbacks == 0) {
      return "Used by " + IndexPage.plural(values, "value");
    }
    if (values == 0) {
      return "Used by " + IndexPage.plural(fallbacks, "fallback");
    }
    return "Used by "
        + IndexPage.plural(values, "value")
        + " and "
        + IndexPage.plural(fallbacks, "fallback");
  }
}
