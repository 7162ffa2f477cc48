package dev.unifiedbadges.examples.tenantatlas;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.load.DefinitionLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;
import java.util.Properties;

/**
 * TenantAtlas's status badges: resolves a status value (aliases and unknown values included) to its
 * badge, and renders the HTML that the stylesheet generated into this jar styles.
 */
public final class StatusBadges {

  /**
   * The WebJar the build's {@code badges:generate} (with {@code attach}) puts into the jar: named
   * after this project's artifactId, served at {@code /webjars/tenantatlas-example/css/badges.css}.
   */
  public static final String WEBJAR = "tenantatlas-example";

  private final BadgeCatalog catalog;

  /** Uses the built-in definitions, the same ones the build generated the CSS from. */
  public StatusBadges() {
    this(new DefinitionLoader().loadBuiltin().catalog());
  }

  public StatusBadges(BadgeCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The badge for a value of a known domain; the domain's unknown badge for any other value. */
  public Badge badge(String domain, String value) {
    return catalog.resolve(domain, value);
  }

  /**
   * The text a user reads, e.g. {@code Cancelled} for {@code operation_run.outcome} {@code
   * canceled}.
   */
  public String label(String domain, String value) {
    return badge(domain, value).label();
  }

  /** The CSS class of the pairing, e.g. {@code badge--operation-run-outcome--partial}. */
  public String cssClass(String domain, String value) {
    return "badge--" + Names.kebab(domain) + "--" + Names.kebab(badge(domain, value).value());
  }

  /** The HTML of one badge, in the shape the generated CSS and the catalog site use. */
  public String html(String domain, String value) {
    return "<span class=\"badge "
        + cssClass(domain, value)
        + "\">"
        + "<span class=\"badge__icon\" aria-hidden=\"true\"></span>"
        + "<span class=\"badge__label\">"
        + escape(label(domain, value))
        + "</span></span>";
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

  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Prints the label and HTML of {@code domain value}, e.g. {@code operation_run.outcome canceled}.
   */
  public static void main(String[] args) {
    String domain = args.length > 0 ? args[0] : "operation_run.outcome";
    String value = args.length > 1 ? args[1] : "partial";
    StatusBadges badges = new StatusBadges();
    System.out.println(domain + " " + value + " -> " + badges.label(domain, value));
    System.out.println(badges.html(domain, value));
  }
}
