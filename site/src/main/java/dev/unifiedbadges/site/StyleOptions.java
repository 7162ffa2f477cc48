package dev.unifiedbadges.site;

import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.site.page.StyleOption;
import dev.unifiedbadges.site.page.StyleSwitchView;
import dev.unifiedbadges.tokens.CssNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The badge variants and sizes as the site offers them: their labels, guidance, modifier classes
 * ({@code <prefix>--solid}, {@code <prefix>--sm}) and the ancestor attributes that select them
 * ({@code data-<prefix>-variant}, {@code data-<prefix>-size}), the badge CSS's contract. Subtle and
 * md are the defaults: no class, no attribute.
 */
final class StyleOptions {

  private final List<StyleOption> variants;
  private final List<StyleOption> sizes;
  private final StyleSwitchView styleSwitch;

  StyleOptions(CssNames css) {
    List<StyleOption> v = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      v.add(
          new StyleOption(
              variant.id(),
              variantLabel(variant),
              variant.guidance(),
              css.variant(variant),
              "site--variant-" + variant.id()));
    }
    List<StyleOption> s = new ArrayList<>();
    for (Size size : Size.values()) {
      s.add(
          new StyleOption(
              size.id(),
              sizeLabel(size),
              size.guidance(),
              css.size(size),
              "site--size-" + size.id()));
    }
    variants = List.copyOf(v);
    sizes = List.copyOf(s);
    styleSwitch =
        new StyleSwitchView(
            css.variantAttribute(),
            css.sizeAttribute(),
            variants,
            sizes,
            Variant.SUBTLE.id(),
            Size.MD.id());
  }

  /** Every variant, subtle first. */
  List<StyleOption> variants() {
    return variants;
  }

  StyleOption variant(Variant v) {
    return variants.get(v.ordinal());
  }

  /** The domain pages' switch. */
  StyleSwitchView styleSwitch() {
    return styleSwitch;
  }

  static String variantLabel(Variant v) {
    return switch (v) {
      case SUBTLE -> "Subtle";
      case SOLID -> "Solid";
      case OUTLINE -> "Outline";
      case DOT -> "Dot";
    };
  }

  static String sizeLabel(Size s) {
    return switch (s) {
      case SM -> "Small";
      case MD -> "Medium";
      case LG -> "Large";
    };
  }
}
