package dev.unifiedbadges.maven;

import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.JavaNames;
import dev.unifiedbadges.tokens.NpmFormat;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the text of the goals' parameters into the core's types. Every rejection names the
 * parameter, its property, the bad value and the values that are allowed.
 */
final class Parameters {

  /** The one value {@code catalog} accepts. */
  static final String BUILTIN = "builtin";

  private Parameters() {}

  /** True for {@code builtin}; false when unset (read {@code definitions}). */
  static boolean isBuiltinCatalog(String catalog) throws MojoFailureException {
    if (catalog == null || catalog.isBlank()) {
      return false;
    }
    if (BUILTIN.equalsIgnoreCase(catalog.strip())) {
      return true;
    }
    throw invalid(
        "catalog",
        PropertyNames.CATALOG,
        catalog,
        "'builtin' (the built-in definitions), or leave it unset to read <definitions>");
  }

  /**
   * The ids of the formats to generate, in the order given. Each element may itself be a
   * comma-separated list, so both {@code <formats>css,site</formats>} and one {@code <format>}
   * element per value work; case and duplicates are ignored.
   *
   * @param available every format id the registry knows, for the error message
   */
  static List<String> formats(List<String> values, List<String> available)
      throws MojoFailureException {
    Set<String> formats = new LinkedHashSet<>();
    String shown = values == null ? "" : String.join(",", values);
    String allowed = String.join(", ", available);
    if (values != null) {
      for (String value : values) {
        if (value == null) {
          continue;
        }
        for (String part : value.split(",")) {
          String name = part.strip().toLowerCase(Locale.ROOT);
          if (name.isEmpty()) {
            continue;
          }
          if (!available.contains(name)) {
            throw invalid(
                "formats",
                PropertyNames.FORMATS,
                shown,
                allowed
                    + " (comma-separated; a third-party format is available once its jar is among the"
                    + " plugin's <dependencies>)");
          }
          formats.add(name);
        }
      }
    }
    if (formats.isEmpty()) {
      throw invalid("formats", PropertyNames.FORMATS, shown, allowed + ", at least one");
    }
    return List.copyOf(formats);
  }

  /** {@code AA}, {@code AAA} or {@code off}, case-insensitive. */
  static ContrastLevel contrastLevel(String value) throws MojoFailureException {
    return ContrastLevel.parse(value)
        .orElseThrow(
            () -> invalid("contrastLevel", PropertyNames.CONTRAST_LEVEL, value, "AA, AAA, off"));
  }

  /** {@code object} or {@code hex}, case-insensitive. */
  static ColorFormat colorFormat(String value) throws MojoFailureException {
    if (value != null) {
      for (ColorFormat f : ColorFormat.values()) {
        if (f.name().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
    }
    throw invalid("tokenColorFormat", PropertyNames.TOKEN_COLOR_FORMAT, value, "object, hex");
  }

  /** {@code media} or {@code attribute}, case-insensitive. */
  static DarkMode darkMode(String value) throws MojoFailureException {
    if (value != null) {
      for (DarkMode m : DarkMode.values()) {
        if (m.name().equalsIgnoreCase(value.strip())) {
          return m;
        }
      }
    }
    throw invalid(
        "darkMode",
        PropertyNames.DARK_MODE,
        value,
        "media (dark badges where the system prefers dark), attribute (only where the page sets"
            + " the theme attribute to dark)");
  }

  /** A lower-case kebab identifier such as {@code badge} or {@code ub-badge}. */
  static String cssPrefix(String value) throws MojoFailureException {
    String prefix = value == null ? "" : value.strip();
    if (!TokenOptions.isValidPrefix(prefix)) {
      throw invalid(
          "cssPrefix",
          PropertyNames.CSS_PREFIX,
          value,
          "a lower-case kebab identifier that starts with a letter, such as 'badge' or 'ub-badge'");
    }
    return prefix;
  }

  /**
   * The package of the generated Java class: dot-separated identifiers, none a keyword.
   *
   * @param parameter where the value came from, e.g. {@code javaPackage} or {@code formatOptions
   *     java.package}, for the message
   */
  static String javaPackage(String value, String parameter, String property)
      throws MojoFailureException {
    String name = value == null ? "" : value.strip();
    Optional<String> problem = JavaNames.packageProblem(name);
    if (problem.isPresent()) {
      throw new MojoFailureException(
          "Invalid value '"
              + (value == null ? "" : value)
              + "' for parameter '"
              + parameter
              + "'"
              + (property == null ? "" : " (property " + property + ")")
              + ": "
              + problem.get()
              + ". Allowed: a Java package name, dot-separated identifiers that are no Java"
              + " keyword, such as 'com.example.badges'. Fix: set <javaPackage> (-D"
              + PropertyNames.JAVA_PACKAGE
              + "=com.example.badges).");
    }
    return name;
  }

  /** A name npm accepts for a new package, such as {@code acme-badges} or {@code @acme/badges}. */
  static String npmPackageName(String value) throws MojoFailureException {
    return npmPackageName(value, "npmPackageName", PropertyNames.NPM_PACKAGE_NAME);
  }

  /**
   * As {@link #npmPackageName(String)}, for a value from another parameter, e.g. {@code
   * formatOptions npm.name} (property null: it has none).
   */
  static String npmPackageName(String value, String parameter, String property)
      throws MojoFailureException {
    String name = value == null ? "" : value.strip();
    if (!NpmFormat.isValidName(name)) {
      throw invalid(
          parameter,
          property,
          value,
          NpmFormat.NAME_RULES
              + ". Fix: set <npmPackageName> (by default the artifactId) to such a name");
    }
    return name;
  }

  /** The package version as semver: {@code 1.2-SNAPSHOT} is {@code 1.2.0-SNAPSHOT}. */
  static String npmPackageVersion(String value) throws MojoFailureException {
    return npmPackageVersion(value, "npmPackageVersion", PropertyNames.NPM_PACKAGE_VERSION);
  }

  /** As {@link #npmPackageVersion(String)}, for a value from another parameter. */
  static String npmPackageVersion(String value, String parameter, String property)
      throws MojoFailureException {
    return NpmFormat.semver(value)
        .orElseThrow(
            () ->
                invalid(
                    parameter,
                    property,
                    value,
                    NpmFormat.VERSION_RULES
                        + ". Fix: set <npmPackageVersion> (by default the project version) to"
                        + " such a version"));
  }

  static MojoFailureException invalid(
      String parameter, String property, String value, String allowed) {
    return new MojoFailureException(
        "Invalid value '"
            + (value == null ? "" : value)
            + "' for parameter '"
            + parameter
            + "'"
            + (property == null ? "" : " (property " + property + ")")
            + ". Allowed: "
            + allowed
            + ".");
  }
}
