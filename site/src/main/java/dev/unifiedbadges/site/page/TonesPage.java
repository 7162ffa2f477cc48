package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The palette page.
 *
 * @param page the shared page data
 * @param tones every tone, sorted by name
 * @param level the text contrast level, e.g. {@code AA}
 * @param textMinimum the text minimum as users read it, e.g. {@code 4.5:1}
 */
public record TonesPage(Page page, List<ToneView> tones, String level, String textMinimum) {

  public TonesPage {
    tones = List.copyOf(tones);
  }
}
