package dev.unifiedbadges.site.browser;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.site.SiteChanges;
import dev.unifiedbadges.site.SiteOptions;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A catalog's site rendered with {@code SiteRenderer} and written to a temporary directory, to be
 * loaded over {@code file://} (or {@link SiteServer}). Closing it deletes the directory.
 */
final class RenderedSite implements AutoCloseable {

  /**
   * One badge the site shows: a value of a domain or a domain's unknown fallback, under the site's
   * CSS names.
   */
  record Pairing(Domain domain, Badge badge, boolean fallback, CssNames css) {

    Pairing(Domain domain, Badge badge, boolean fallback) {
      this(domain, badge, fallback, new CssNames(TokenOptions.DEFAULT_PREFIX));
    }

    /**
     * The row's element id and URL fragment on the domain page ({@code unknown} for the fallback).
     */
    String id() {
      return fallback ? Badge.UNKNOWN : Names.kebab(badge.value());
    }

    /** {@code <domain-kebab>--<value-kebab>}: the baseline file's name without extension. */
    String name() {
      return Names.kebab(domain.name()) + "--" + id();
    }

    /** The domain page, relative to the site root. */
    String page() {
      return pagePath(domain);
    }

    /** The pairing class, e.g. {@code badge--operation-run-outcome--partial}. */
    String cssClass() {
      return fallback ? css.unknown(domain.name()) : css.pairing(domain.name(), badge.value());
    }

    /** A selector for the row ({@code li.pairing} or the fallback's {@code div}). */
    String rowSelector() {
      return "[id=\"" + id() + "\"]";
    }
  }

  private final BadgeCatalog catalog;
  private final CssNames css;
  private final SortedMap<String, byte[]> files;
  private final Path root;
  private volatile boolean shared;

  private RenderedSite(
      BadgeCatalog catalog, CssNames css, SortedMap<String, byte[]> files, Path root) {
    this.catalog = catalog;
    this.css = css;
    this.files = files;
    this.root = root;
  }

  /** The built-in catalog's site, rendered for this test class alone. */
  static RenderedSite builtin() {
    return of(TestCatalogs.builtin());
  }

  /** The one built-in site every class that only reads it shares; deleted when the JVM exits. */
  private static final class Builtin {
    static final RenderedSite SITE = builtin();

    static {
      SITE.shared = true;
      Runtime.getRuntime().addShutdownHook(new Thread(SITE::delete, "rendered-site-cleanup"));
    }
  }

  /**
   * The built-in catalog's site, rendered once for all test classes (rendering it costs about a
   * second). Its pages must not be changed; files a test adds need names of their own. {@link
   * #close} leaves it in place.
   */
  static RenderedSite sharedBuiltin() {
    return Builtin.SITE;
  }

  /** Renders the catalog's site with default options and writes it to a new temporary directory. */
  static RenderedSite of(BadgeCatalog catalog) {
    return of(catalog, TokenOptions.DEFAULT_PREFIX);
  }

  /** Renders the catalog's site and its CSS under another class prefix, e.g. {@code "ub"}. */
  static RenderedSite of(BadgeCatalog catalog, String cssPrefix) {
    return of(catalog, SiteOptions.defaults().withCssPrefix(cssPrefix));
  }

  /** Renders the catalog's site under another site title. */
  static RenderedSite titled(BadgeCatalog catalog, String title) {
    return of(catalog, SiteOptions.defaults().withTitle(title));
  }

  private static RenderedSite of(BadgeCatalog catalog, SiteOptions options) {
    return of(catalog, options, null);
  }

  /** Renders the catalog's site with a changes page (none if {@code changes} is null). */
  static RenderedSite of(BadgeCatalog catalog, SiteOptions options, SiteChanges changes) {
    String cssPrefix = options.cssPrefix();
    TokenOptions defaults = TokenOptions.defaults();
    TokenOptions tokens =
        new TokenOptions(cssPrefix, defaults.colorFormat(), defaults.minifiedCss());
    SortedMap<String, byte[]> files =
        SiteRenderer.render(catalog, TokenExporter.export(catalog, tokens), options, changes);
    try {
      Path root = Files.createTempDirectory("badge-site-");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path target = root.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      return new RenderedSite(catalog, new CssNames(cssPrefix), files, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BadgeCatalog catalog() {
    return catalog;
  }

  /** The class names and theme attribute the site's CSS uses. */
  CssNames css() {
    return css;
  }

  Path root() {
    return root;
  }

  /** The {@code file://} URL of a page, e.g. {@code url("domains/finding-status.html")}. */
  String url(String path) {
    return root.resolve(path).toUri().toString();
  }

  /** The page's URL with a query string, e.g. {@code url("index.html", "theme=dark")}. */
  String url(String path, String query) {
    return url(path) + "?" + query;
  }

  /** The HTML pages (index, domain pages, tones, downloads), not the downloadable files. */
  List<String> pages() {
    return files.keySet().stream()
        .filter(p -> p.endsWith(".html") && !p.startsWith("downloads/"))
        .toList();
  }

  static String pagePath(Domain d) {
    return "domains/" + Names.kebab(d.name()) + ".html";
  }

  /** Every value of every domain, then each domain's fallback, domain by domain. */
  List<Pairing> pairings() {
    List<Pairing> out = new ArrayList<>();
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        out.add(new Pairing(d, b, false, css));
      }
      out.add(new Pairing(d, catalog.unknownFor(d), true, css));
    }
    return out;
  }

  /** Deletes the site's directory, unless it is the {@link #sharedBuiltin} site. */
  @Override
  public void close() {
    if (!shared) {
      delete();
    }
  }

  private void delete() {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
