package dev.unifiedbadges.site.page;

/**
 * One variant of a tone on the tones page, in both themes.
 *
 * @param variant the variant, with its guidance
 * @param light the badge and its figures in the light theme
 * @param dark the badge and its figures in the dark theme
 */
public record VariantRowView(StyleOption variant, VariantCellView light, VariantCellView dark) {}
