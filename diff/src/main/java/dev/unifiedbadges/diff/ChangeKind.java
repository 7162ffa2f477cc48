package dev.unifiedbadges.diff;

import static dev.unifiedbadges.diff.ChangeClass.ADDITIVE;
import static dev.unifiedbadges.diff.ChangeClass.BREAKING;
import static dev.unifiedbadges.diff.ChangeClass.DOCUMENTATION;
import static dev.unifiedbadges.diff.ChangeClass.VISUAL;

import java.util.Locale;

/** Every kind of change the diff reports, each with its class. */
public enum ChangeKind {
  /** A domain is gone and no new domain has the same values. */
  DOMAIN_REMOVED(BREAKING),
  /**
   * A domain is gone and a new domain has exactly its values: every lookup by the old name fails.
   */
  DOMAIN_RENAMED(BREAKING),
  /** A value is gone and its name resolves to nothing (no value or alias took it over). */
  VALUE_REMOVED(BREAKING),
  /** A value is gone and a new value looks the same (label, tone, icon), without an alias. */
  VALUE_RENAMED(BREAKING),
  /** An alias is gone and resolves to nothing. */
  ALIAS_REMOVED(BREAKING),
  /** A tone is gone: its tokens and {@code --tone-} class no longer exist. */
  TONE_REMOVED(BREAKING),
  /**
   * The CSS class of a value (or, catalog-wide, the base class) changed: markup loses its style.
   */
  CSS_CLASS_CHANGED(BREAKING),

  /** A value is gone but its name is now an alias of another value, so it renders as that one. */
  VALUE_BECAME_ALIAS(VISUAL),
  /** An alias still resolves, but to a different value. */
  ALIAS_MOVED(VISUAL),
  /** A value uses another tone (with the text contrast before and after, in both themes). */
  TONE_CHANGED(VISUAL),
  /** A value's label changed. */
  LABEL_CHANGED(VISUAL),
  /** A value's icon changed. */
  ICON_CHANGED(VISUAL),
  /** A tone's colours changed in one theme (with the contrast before and after). */
  TONE_COLORS_CHANGED(VISUAL),
  /** The catalog's fallback for unknown values renders differently. */
  UNKNOWN_CHANGED(VISUAL),
  /** A domain's fallback for unknown values renders differently. */
  DOMAIN_UNKNOWN_CHANGED(VISUAL),

  /** A new domain. */
  DOMAIN_ADDED(ADDITIVE),
  /** A new value in an existing domain. */
  VALUE_ADDED(ADDITIVE),
  /** A new alias of an existing value. */
  ALIAS_ADDED(ADDITIVE),
  /** A new tone. */
  TONE_ADDED(ADDITIVE),
  /** A value was renamed and keeps its old name as an alias, so every old lookup still works. */
  VALUE_RENAMED_WITH_ALIAS(ADDITIVE),
  /** A value is newly deprecated. */
  VALUE_DEPRECATED(ADDITIVE),
  /** A whole domain is newly deprecated. */
  DOMAIN_DEPRECATED(ADDITIVE),
  /** A value is no longer deprecated. */
  VALUE_UNDEPRECATED(ADDITIVE),
  /** A domain is no longer deprecated. */
  DOMAIN_UNDEPRECATED(ADDITIVE),

  /** A domain's title changed. */
  DOMAIN_TITLE_CHANGED(DOCUMENTATION),
  /** A domain's description changed. */
  DOMAIN_DESCRIPTION_CHANGED(DOCUMENTATION),
  /** A value's description changed. */
  VALUE_DESCRIPTION_CHANGED(DOCUMENTATION),
  /** A deprecation's reason, versions or replacement changed. */
  DEPRECATION_CHANGED(DOCUMENTATION);

  private final ChangeClass changeClass;

  ChangeKind(ChangeClass changeClass) {
    this.changeClass = changeClass;
  }

  public ChangeClass changeClass() {
    return changeClass;
  }

  /** The kind as reports name it: {@code value-removed}, {@code tone-colors-changed}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
