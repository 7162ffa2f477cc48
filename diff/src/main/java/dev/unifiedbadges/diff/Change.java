package dev.unifiedbadges.diff;

import java.util.Objects;

/**
 * One difference between a baseline catalog and the current one.
 *
 * @param kind what changed; its {@link ChangeKind#changeClass()} says how it affects users
 * @param domain the domain it concerns; null for catalog-wide changes (tones, the CSS base class,
 *     the catalog's fallback)
 * @param value the value it concerns, by its current name (after a rename the new name; for a
 *     removal the old one); null for domain- and catalog-wide changes
 * @param tone the tone it concerns, for tone changes; null otherwise
 * @param before the old state in words (a tone name, a label, a colour), null when added
 * @param after the new state in words, null when removed
 * @param message one sentence saying what changed, with figures where they help (contrast before
 *     and after)
 * @param fix for a breaking change, how to keep compatibility; null otherwise
 */
public record Change(
    ChangeKind kind,
    String domain,
    String value,
    String tone,
    String before,
    String after,
    String message,
    String fix) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  public ChangeClass changeClass() {
    return kind.changeClass();
  }

  /**
   * What the change is about, as reports print it: {@code restore_run.status: partial}, {@code
   * restore_run.status}, {@code tone warning}, or {@code catalog}.
   */
  public String subject() {
    if (domain != null) {
      return value == null ? domain : domain + ": " + value;
    }
    if (tone != null) {
      return "tone " + tone;
    }
    return "catalog";
  }
}
