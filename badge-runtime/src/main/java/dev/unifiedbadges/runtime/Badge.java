package dev.unifiedbadges.runtime;

import java.util.List;
import java.util.Objects;

/**
 * How one value of a domain renders, as the generated code declares it: one constant per value and
 * one per domain fallback. Later model features (a deprecation, labels per locale) become further
 * components here and annotations on the generated constants.
 *
 * @param domain the domain's name as defined, e.g. {@code operation_run.outcome}
 * @param value the value's name as defined; {@value #UNKNOWN} for a fallback
 * @param label the text users read
 * @param tone the tone's name, e.g. {@code warning}
 * @param icon the Lucide icon's name, e.g. {@code triangle-alert}
 * @param aliases other names that resolve to this badge
 * @param cssClasses the {@code class} attribute the generated CSS styles, e.g. {@code badge
 *     badge--operation-run-outcome--partial}
 */
public record Badge(
    String domain,
    String value,
    String label,
    String tone,
    String icon,
    List<String> aliases,
    String cssClasses) {

  /** The value name of a fallback badge, which no defined value may take. */
  public static final String UNKNOWN = "unknown";

  public Badge {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(icon, "icon");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(cssClasses, "cssClasses");
  }

  /** True for a domain's fallback, which unknown and null values resolve to. */
  public boolean isUnknown() {
    return UNKNOWN.equals(value);
  }
}
