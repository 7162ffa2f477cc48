package dev.unifiedbadges.site;

import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.model.validate.Validator;
import dev.unifiedbadges.site.page.ContrastView;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** Contrast figures as the pages show them, marked against the site's contrast level. */
final class ContrastViews {

  private final ContrastLevel level;

  /**
   * Per colour set: a catalog has a handful of tones and thousands of badges, which share their
   * tone's instance. Keyed by identity: a record's generated hashCode would bootstrap method
   * handles on first use, some 20 ms of a cold run.
   */
  private final Map<ToneColors, ContrastView> textContrasts =
      Collections.synchronizedMap(new IdentityHashMap<>());

  ContrastViews(ContrastLevel level) {
    this.level = level;
  }

  /** The level's name, or "no level". */
  String levelName() {
    return level == ContrastLevel.OFF ? "no level" : level.name();
  }

  /** The level's minimum text contrast, or "none". */
  String textMinimum() {
    return level == ContrastLevel.OFF ? "none" : minimum(level.textMinimum());
  }

  /** The contrast of the text on its background. */
  ContrastView text(ToneColors c) {
    ContrastView view = textContrasts.get(c);
    if (view == null) {
      view = computeText(c);
      textContrasts.put(c, view);
    }
    return view;
  }

  private ContrastView computeText(ToneColors c) {
    return text(c.textContrast());
  }

  /** A text contrast, marked against the site's level. */
  ContrastView text(double ratio) {
    if (level == ContrastLevel.OFF) {
      return new ContrastView(Validator.ratio(ratio), true, "No level set");
    }
    boolean passes = level.textPasses(ratio);
    return new ContrastView(
        Validator.ratio(ratio),
        passes,
        passes
            ? "Passes " + level.name()
            : "Below " + level.name() + " (" + minimum(level.textMinimum()) + ")");
  }

  /** A border or icon contrast, marked against WCAG's non-text minimum whatever the level. */
  ContrastView nonText(double ratio) {
    boolean passes = ratio >= ContrastLevel.NON_TEXT_MINIMUM;
    String minimum = minimum(ContrastLevel.NON_TEXT_MINIMUM);
    return new ContrastView(
        Validator.ratio(ratio), passes, passes ? "Passes " + minimum : "Below " + minimum);
  }

  /** A minimum ratio as WCAG writes it: {@code 4.5:1}, {@code 3:1}. */
  static String minimum(double ratio) {
    return BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString() + ":1";
  }
}
