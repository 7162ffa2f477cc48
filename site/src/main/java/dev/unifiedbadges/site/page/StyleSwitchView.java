package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * A domain page's variant and size switch: two radio groups that set the badge CSS's ancestor
 * attributes on the element holding the page's badges.
 *
 * @param variantAttribute the attribute that selects a variant, {@code data-<prefix>-variant}
 * @param sizeAttribute the attribute that selects a size, {@code data-<prefix>-size}
 * @param variants every variant, the default (subtle) first
 * @param sizes every size, small to large
 * @param defaultVariant the variant shown without a choice, {@code subtle}
 * @param defaultSize the size shown without a choice, {@code md}
 */
public record StyleSwitchView(
    String variantAttribute,
    String sizeAttribute,
    List<StyleOption> variants,
    List<StyleOption> sizes,
    String defaultVariant,
    String defaultSize) {

  public StyleSwitchView {
    variants = List.copyOf(variants);
    sizes = List.copyOf(sizes);
  }
}
