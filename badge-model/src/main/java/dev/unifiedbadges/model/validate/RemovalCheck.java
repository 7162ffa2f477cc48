package dev.unifiedbadges.model.validate;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Deprecations whose {@code removeIn} version the project has reached ({@link
 * Deprecation#reached}): a warning each, at the {@code removeIn} key, so a release does not ship a
 * value its own definitions promised to remove.
 */
public final class RemovalCheck {

  private RemovalCheck() {}

  /**
   * One warning per due removal, in definition order; none when {@code projectVersion} is not a
   * version in the {@link Deprecation#VERSION} syntax (such a project cannot be compared).
   */
  public static List<Diagnostic> due(
      BadgeCatalog catalog, SourceMap sources, String projectVersion) {
    List<Diagnostic> out = new ArrayList<>();
    if (!Deprecation.isVersion(projectVersion)) {
      return out;
    }
    for (Domain domain : catalog.domains().values()) {
      String dp = SourceMap.pointer("domains", domain.name());
      if (due(domain.deprecation(), projectVersion)) {
        out.add(
            warning(
                sources,
                dp,
                "domain '" + domain.name() + "'",
                domain.deprecation(),
                projectVersion,
                "remove the domain from the definitions"));
      }
      for (Badge badge : domain.values()) {
        if (due(badge.deprecation(), projectVersion)) {
          String replacedBy = badge.deprecation().replacedBy();
          out.add(
              warning(
                  sources,
                  dp + SourceMap.pointer("values", badge.value()),
                  "value '" + badge.value() + "' of domain '" + domain.name() + "'",
                  badge.deprecation(),
                  projectVersion,
                  replacedBy == null
                      ? "remove the value from the definitions"
                      : "remove the value and add '"
                          + badge.value()
                          + "' to the aliases of '"
                          + replacedBy
                          + "', so stored data still resolves"));
        }
      }
    }
    return out;
  }

  private static boolean due(Deprecation d, String projectVersion) {
    return d != null && d.removeIn() != null && Deprecation.reached(projectVersion, d.removeIn());
  }

  private static Diagnostic warning(
      SourceMap sources,
      String pointer,
      String what,
      Deprecation d,
      String projectVersion,
      String remove) {
    String at = pointer + "/deprecated/removeIn";
    return Diagnostic.warning(
        sources.locate(at),
        at,
        what
            + " is deprecated with removeIn "
            + d.removeIn()
            + ", and the project is at version "
            + projectVersion,
        remove + ", or move 'removeIn' to a later version");
  }
}
