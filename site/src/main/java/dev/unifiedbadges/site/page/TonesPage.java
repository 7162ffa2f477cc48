package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The palette page.
 *
 * @param page the shared page data
 * @param tones every tone, sorted by name
 * @param level the text contrast level, e.g. {@code AA}
 * @param textMinimum the text minimum as users read it, e.g. {@code 4.5:1}
 * @param variants every variant with when to use it, the default (subtle) first
 * @param surfaceLight the light surface outline and dot badges sit on, hex
 * @param surfaceDark the dark surface outline and dot badges sit on, hex
 */
public record TonesPage(
    Page page,
    List<ToneView> tones,
    String level,
    String textMinimum,
    List<StyleOption> variants,
    String surfaceLight,
    String surfaceDark) {

  public TonesPage {
    tones = List.copyOf(tones);
    variants = List.copyOf(variants);
  }
}
