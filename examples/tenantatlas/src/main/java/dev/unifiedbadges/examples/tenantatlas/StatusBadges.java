package dev.unifiedbadges.examples.tenantatlas;

import dev.unifiedbadges.examples.tenantatlas.badges.Badges;
import dev.unifiedbadges.runtime.Badge;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

/**
 * TenantAtlas's status badges: resolves a status value (aliases and unknown values included) with
 * the {@code Badges} class the build generated from the catalog, and renders its HTML, which the
 * stylesheet generated into this jar styles. Its only runtime dependency is {@code badge-runtime}.
 */
public final class StatusBadges {

  /**
   * The WebJar the build's {@code badges:generate} (with {@code attach}) puts into the jar: named
   * after this project's artifactId, served at {@code /webjars/tenantatlas-example/css/badges.css}.
   */
  public static final String WEBJAR = "tenantatlas-example";

  private StatusBadges() {}

  /** The badge for a value of a known domain; the domain's unknown badge for any other value. */
  public static Badge badge(String domain, String value) {
    return Badges.resolve(domain, value);
  }

  /** The HTML of one badge, escaped, in the shape the generated CSS and the catalog site use. */
  public static String html(String domain, String value) {
    return Badges.html(badge(domain, value));
  }

  /**
   * The generated stylesheet on the class path, or null if the build did not attach it. The version
   * comes from the WebJar's registration, as webjars-locator reads it.
   */
  public static URL stylesheet() throws IOException {
    ClassLoader loader = StatusBadges.class.getClassLoader();
    Properties versions = new Properties();
    try (InputStream in =
        loader.getResourceAsStream("META-INF/resources/webjars-locator.properties")) {
      if (in == null) {
        return null;
      }
      versions.load(in);
    }
    String version = versions.getProperty(WEBJAR + ".version");
    return version == null
        ? null
        : loader.getResource(
            "META-INF/resources/webjars/" + WEBJAR + "/" + version + "/css/badges.css");
  }

  /**
   * Prints the label and HTML of {@code domain value}, e.g. {@code operation_run.outcome canceled}.
   */
  public static void main(String[] args) {
    String domain = args.length > 0 ? args[0] : "operation_run.outcome";
    String value = args.length > 1 ? args[1] : "partial";
    System.out.println(domain + " " + value + " -> " + badge(domain, value).label());
    System.out.println(html(domain, value));
  }
}
