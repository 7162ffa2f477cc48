package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.model.validate.Validator;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.site.page.ContrastView;
import dev.unifiedbadges.site.page.DomainCard;
import dev.unifiedbadges.site.page.DomainPage;
import dev.unifiedbadges.site.page.DownloadsPage;
import dev.unifiedbadges.site.page.IndexPage;
import dev.unifiedbadges.site.page.LinkView;
import dev.unifiedbadges.site.page.Page;
import dev.unifiedbadges.site.page.PairingView;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.ThemeColorsView;
import dev.unifiedbadges.site.page.ToneView;
import dev.unifiedbadges.site.page.TonesPage;
import dev.unifiedbadges.tokens.CssNames;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders the static catalog site: an index of every domain, one page per domain, the palette,
 * and the downloads, all linked relatively so the site works from {@code file://} and under any
 * base path. Output is deterministic: sorted, UTF-8, {@code \n} line ends, no timestamps.
 */
public final class SiteRenderer {

  /** Up to this many pairings, the index shows every badge and filters them in place. */
  public static final int COMPLETE_INDEX_LIMIT = 200;

  /** Above {@link #COMPLETE_INDEX_LIMIT}, each index card shows up to this many sample badges. */
  public static final int SAMPLES_PER_DOMAIN = 3;

  /**
   * The index of a large catalog shows fewer samples per card (down to none) until it fits in
   * this many bytes, so it stays well under 1 MB however long the names are.
   */
  public static final int INDEX_BUDGET_BYTES = 960_000;

  /** The value shown resolving to each domain's unknown fallback. */
  public static final String SAMPLE_UNKNOWN_VALUE = "unexpected_value";

  /** The root group of every DTCG token path. */
  static final String TOKEN_ROOT = "badge";

  /** The file the pages load the badge CSS from (the site's own download copy). */
  static final String BADGE_CSS = "css/badges.css";

  static final String GENERATOR = "Unified Badges";

  private static final String TEMPLATE_PACKAGE = "dev.unifiedbadges.site.templates";


  private static final Map<String, String> DOWNLOAD_DESCRIPTIONS =
      Map.of(
          "css/badges.css",
          "CSS: tone custom properties for light and dark, the base class, one class per pairing and the icons as masks.",
          "css/badges.min.css",
          "The same CSS, minified.",
          "tokens/badges.light.tokens.json",
          "DTCG design tokens for the light theme: the tone colours, and one group of aliases to them per pairing.",
          "tokens/badges.dark.tokens.json",
          "The same design tokens for the dark theme.",
          "tokens/badges.resolver.json",
          "DTCG resolver: both token files as one set with a theme modifier.",
          "js/badges.js",
          "ES module: badgeFor(domain, value), with the same aliases and unknown fallback as Java.",
          "js/badges.d.ts",
          "TypeScript types for the module: literal unions of the domains and their values.");

  private static final Map<String, String> DOWNLOAD_GROUPS =
      Map.of("css", "CSS", "tokens", "Design tokens (DTCG)", "js", "JavaScript and TypeScript");

  private SiteRenderer() {}

  /**
   * Renders the site.
   *
   * @param catalog the catalog to show
   * @param tokenFiles the generated token files (from {@code TokenExporter.export}); the site
   *     keeps its own copy of each under {@code downloads/} and styles its badges with {@code
   *     css/badges.css}, which must be present
   * @param options title, contrast level and CSS prefix (the prefix the token files use)
   * @return the site's files by relative path ('/'-separated), sorted
   */
  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog, SortedMap<String, byte[]> tokenFiles, SiteOptions options) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(tokenFiles, "tokenFiles");
    Objects.requireNonNull(options, "options");
    if (!tokenFiles.containsKey(BADGE_CSS)) {
      throw new IllegalArgumentException(
          "the token files hold no " + BADGE_CSS + ", which the site's badges are styled with");
    }
    return new Build(catalog, tokenFiles, options).run();
  }

  /** One rendering: the catalog, the names and the files produced so far. */
  private static final class Build {
    final BadgeCatalog catalog;
    final SortedMap<String, byte[]> tokenFiles;
    final SiteOptions options;
    final CssNames css;
    final List<Domain> domains;
    final Map<String, String> fileByDomain = new HashMap<>();
    final SortedMap<String, byte[]> out = new TreeMap<>();
    final int pairings;

    Build(BadgeCatalog catalog, SortedMap<String, byte[]> tokenFiles, SiteOptions options) {
      this.catalog = catalog;
      this.tokenFiles = tokenFiles;
      this.options = options;
      this.css = new CssNames(options.cssPrefix());
      this.domains = catalog.domainList();
      this.pairings = catalog.pairingCount();
      Map<String, String> domainByKebab = new HashMap<>();
      for (Domain d : domains) {
        String kebab = Names.kebab(d.name());
        if (kebab.isEmpty()) {
          throw new IllegalArgumentException("domain '" + d.name() + "' has no letter or digit to name its page by");
        }
        String other = domainByKebab.putIfAbsent(kebab, d.name());
        if (other != null) {
          throw new IllegalArgumentException(
              "domains '" + other + "' and '" + d.name() + "' would share the page domains/" + kebab + ".html");
        }
        fileByDomain.put(d.name(), "domains/" + kebab + ".html");
      }
    }

    SortedMap<String, byte[]> run() {
      for (Map.Entry<String, byte[]> e : StaticAssets.FILES.entrySet()) {
        out.put(e.getKey(), e.getValue().clone());
      }
      out.put("assets/palette.css", utf8(Palette.css(catalog)));
      out.put("search-index.js", utf8(SearchIndex.js(catalog, css, fileByDomain)));
      for (Map.Entry<String, byte[]> e : tokenFiles.entrySet()) {
        out.put("downloads/" + e.getKey(), e.getValue());
      }
      out.put("index.html", index());
      for (int i = 0; i < domains.size(); i++) {
        Domain d = domains.get(i);
        out.put(fileByDomain.get(d.name()), page("domain.jte", domainPage(i), 16 * 1024 + 4 * 1024 * d.values().size()));
      }
      out.put("tones.html", page("tones.jte", tonesPage()));
      out.put("downloads.html", page("downloads.jte", downloadsPage()));
      return Collections.unmodifiableSortedMap(out);
    }

    Page pageModel(String title, String root, Section section, String description) {
      return new Page(options.title(), title, root, section, description, domains.size(), pairings, GENERATOR);
    }

    // ---- index ----

    byte[] index() {
      if (pairings <= COMPLETE_INDEX_LIMIT) {
        return page("index.jte", indexPage(true, Integer.MAX_VALUE));
      }
      byte[] html = null;
      for (int samples = SAMPLES_PER_DOMAIN; samples >= 0; samples--) {
        html = page("index.jte", indexPage(false, samples), INDEX_BUDGET_BYTES + 64 * 1024);
        if (html.length <= INDEX_BUDGET_BYTES) {
          break;
        }
      }
      return html;
    }

    IndexPage indexPage(boolean complete, int samples) {
      List<DomainCard> cards = new ArrayList<>(domains.size());
      for (Domain d : domains) {
        String href = fileByDomain.get(d.name());
        List<DomainCard.CardBadge> shown = new ArrayList<>();
        for (Badge b : d.values()) {
          if (shown.size() >= samples) {
            break;
          }
          shown.add(new DomainCard.CardBadge(badgeView(css.pairing(d.name(), b.value()), b), href + "#" + Names.kebab(b.value()), searchText(b)));
        }
        cards.add(new DomainCard(d.name(), d.title(), d.description(), href, d.values().size(), shown, domainSearchText(d)));
      }
      String description =
          IndexPage.plural(pairings, "badge") + " in " + IndexPage.plural(domains.size(), "domain")
              + ": every value with its label, tone, icon and contrast, in light and dark.";
      Badge unknown = catalog.unknown();
      return new IndexPage(
          pageModel(options.title(), "", Section.CATALOG, description),
          complete,
          catalog.tones().size(),
          cards,
          badgeView(css.catalogUnknown(), unknown),
          css.catalogUnknown(),
          "search-index.js");
    }

    // ---- domain pages ----

    DomainPage domainPage(int index) {
      Domain d = domains.get(index);
      String kebab = Names.kebab(d.name());
      List<PairingView> rows = new ArrayList<>(d.values().size());
      for (Badge b : d.values()) {
        rows.add(pairing(d, b, b.value(), css.pairing(d.name(), b.value()), Names.kebab(b.value()), kebab));
      }
      Badge fallback = catalog.unknownFor(d);
      PairingView unknown = pairing(d, fallback, SAMPLE_UNKNOWN_VALUE, css.unknown(d.name()), Badge.UNKNOWN, kebab);
      LinkView previous = index == 0 ? null : domainLink(domains.get(index - 1));
      LinkView next = index == domains.size() - 1 ? null : domainLink(domains.get(index + 1));
      String description = d.description().isEmpty()
          ? "The badges of " + d.name() + "."
          : d.description();
      return new DomainPage(
          pageModel(d.title(), "../", Section.CATALOG, description),
          d.name(),
          kebab,
          d.description(),
          rows,
          unknown,
          d.unknown() != null,
          levelName(),
          previous,
          next);
    }

    LinkView domainLink(Domain d) {
      return new LinkView("../" + fileByDomain.get(d.name()), d.title());
    }

    PairingView pairing(Domain d, Badge b, String shownValue, String pairingClass, String id, String domainKebab) {
      Tone tone = catalog.tone(b);
      BadgeView view = badgeView(pairingClass, b);
      return new PairingView(
          id,
          shownValue,
          b.label(),
          b.tone(),
          "../tones.html#" + b.tone(),
          b.icon(),
          b.aliases(),
          b.description(),
          view,
          snippet(view),
          pairingClass,
          TOKEN_ROOT + "." + domainKebab + "." + id,
          textContrast(tone.light()),
          textContrast(tone.dark()),
          id.equals(Badge.UNKNOWN) ? "unknown fallback " + searchText(b) : searchText(b));
    }

    // ---- tones ----

    TonesPage tonesPage() {
      Map<String, Integer> usage = new HashMap<>();
      Map<String, Integer> fallbackUsage = new HashMap<>();
      for (Domain d : domains) {
        for (Badge b : d.values()) {
          usage.merge(b.tone(), 1, Integer::sum);
        }
        fallbackUsage.merge(catalog.unknownFor(d).tone(), 1, Integer::sum);
      }
      List<ToneView> tones = new ArrayList<>();
      for (Tone t : catalog.tones().values()) {
        tones.add(
            new ToneView(
                t.name(),
                usage.getOrDefault(t.name(), 0),
                fallbackUsage.getOrDefault(t.name(), 0),
                themeColors(t, Theme.LIGHT),
                themeColors(t, Theme.DARK)));
      }
      ContrastLevel level = options.contrastLevel();
      String minimum = level == ContrastLevel.OFF ? "none" : minimum(level.textMinimum());
      return new TonesPage(
          pageModel("Tones", "", Section.TONES, "The palette every badge is painted with, in light and dark, with contrast figures."),
          tones,
          levelName(),
          minimum);
    }

    ThemeColorsView themeColors(Tone t, Theme theme) {
      ToneColors c = t.colors(theme);
      String base = Palette.className(t.name(), theme);
      Rgb border = c.borderColor().orElse(null);
      return new ThemeColorsView(
          theme == Theme.LIGHT ? "Light" : "Dark",
          base,
          base,
          c.background().hex(),
          c.foreground().hex(),
          border == null ? null : border.hex(),
          c.iconColor().hex(),
          textContrast(c),
          border == null ? null : nonTextContrast(Rgb.contrast(border, c.background())),
          nonTextContrast(Rgb.contrast(c.iconColor(), c.background())));
    }

    // ---- downloads ----

    DownloadsPage downloadsPage() {
      Map<String, List<DownloadsPage.DownloadView>> byGroup = new TreeMap<>();
      for (Map.Entry<String, byte[]> e : tokenFiles.entrySet()) {
        String path = e.getKey();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String dir = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        byGroup
            .computeIfAbsent(DOWNLOAD_GROUPS.containsKey(dir) ? dir : "", k -> new ArrayList<>())
            .add(new DownloadsPage.DownloadView(
                path, "downloads/" + path, fileName, Text.size(e.getValue().length), DOWNLOAD_DESCRIPTIONS.getOrDefault(path, "")));
      }
      List<DownloadsPage.DownloadGroup> groups = new ArrayList<>();
      for (String dir : List.of("css", "tokens", "js", "")) {
        List<DownloadsPage.DownloadView> files = byGroup.get(dir);
        if (files != null) {
          groups.add(new DownloadsPage.DownloadGroup("site--files-" + (dir.isEmpty() ? "other" : dir), DOWNLOAD_GROUPS.getOrDefault(dir, "Other files"), files));
        }
      }
      String exampleClass = css.catalogUnknown();
      String exampleSnippet = snippet(badgeView(exampleClass, catalog.unknown()));
      String exampleDomain = "";
      String exampleValue = "";
      for (Domain d : domains) {
        if (!d.values().isEmpty()) {
          Badge b = d.values().get(0);
          exampleClass = css.pairing(d.name(), b.value());
          exampleSnippet = snippet(badgeView(exampleClass, b));
          exampleDomain = d.name();
          exampleValue = b.value();
          break;
        }
      }
      return new DownloadsPage(
          pageModel("Downloads", "", Section.DOWNLOADS, "The generated CSS, DTCG design tokens and JS module, ready to download."),
          groups,
          exampleClass,
          exampleSnippet,
          exampleDomain,
          exampleValue);
    }

    // ---- shared pieces ----

    BadgeView badgeView(String pairingClass, Badge b) {
      return new BadgeView(css.base() + " " + pairingClass, css.iconElement(), css.labelElement(), b.label());
    }

    /** Exactly the HTML the pages render for a badge (see ARCHITECTURE.md). */
    String snippet(BadgeView b) {
      return "<span class=\"" + b.classes() + "\"><span class=\"" + b.iconClass()
          + "\" aria-hidden=\"true\"></span><span class=\"" + b.labelClass() + "\">" + Text.html(b.label())
          + "</span></span>";
    }

    String levelName() {
      return options.contrastLevel() == ContrastLevel.OFF ? "no level" : options.contrastLevel().name();
    }

    /** Contrast figures per colour set: a catalog has a handful of tones and thousands of badges. */
    final Map<ToneColors, ContrastView> textContrasts = new HashMap<>();

    ContrastView textContrast(ToneColors c) {
      return textContrasts.computeIfAbsent(c, this::computeTextContrast);
    }

    ContrastView computeTextContrast(ToneColors c) {
      double ratio = c.textContrast();
      ContrastLevel level = options.contrastLevel();
      if (level == ContrastLevel.OFF) {
        return new ContrastView(Validator.ratio(ratio), true, "No level set");
      }
      boolean passes = level.textPasses(ratio);
      return new ContrastView(
          Validator.ratio(ratio),
          passes,
          passes ? "Passes " + level.name() : "Below " + level.name() + " (" + minimum(level.textMinimum()) + ")");
    }

    ContrastView nonTextContrast(double ratio) {
      boolean passes = ratio >= ContrastLevel.NON_TEXT_MINIMUM;
      String minimum = minimum(ContrastLevel.NON_TEXT_MINIMUM);
      return new ContrastView(Validator.ratio(ratio), passes, passes ? "Passes " + minimum : "Below " + minimum);
    }

    /** A minimum ratio as WCAG writes it: {@code 4.5:1}, {@code 3:1}. */
    String minimum(double ratio) {
      return java.math.BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString() + ":1";
    }

    String searchText(Badge b) {
      return SearchIndex.valueText(b);
    }

    String domainSearchText(Domain d) {
      return SearchIndex.domainText(d);
    }

    byte[] page(String template, Object model) {
      return page(template, model, 32 * 1024);
    }

    byte[] page(String template, Object model, int expectedBytes) {
      // Straight to UTF-8 in chunks: no page-sized char buffer, no second encoding pass.
      Utf8ByteOutput output = new Utf8ByteOutput(Math.min(expectedBytes, 64 * 1024));
      Templates.ENGINE.render(template, model, output);
      return output.toByteArray();
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The files every site holds whatever the catalog: scripts, styles, the font and licences. */
  private static final class StaticAssets {
    static final SortedMap<String, byte[]> FILES = load();

    private static SortedMap<String, byte[]> load() {
      SortedMap<String, byte[]> files = new TreeMap<>();
      for (String asset : new String[] {"site.css", "site.js", "theme-init.js"}) {
        files.put("assets/" + asset, Resources.bytes("dev/unifiedbadges/site/assets/" + asset));
      }
      files.put("assets/fonts/Roboto-Regular.woff2", Webjars.npmFile("roboto-fontface", "fonts/roboto/Roboto-Regular.woff2"));
      files.put("assets/fonts/Roboto-Medium.woff2", Webjars.npmFile("roboto-fontface", "fonts/roboto/Roboto-Medium.woff2"));
      files.put("assets/fonts/LICENSE.txt", Webjars.npmFile("roboto-fontface", "LICENSE"));
      files.put("assets/licenses/lucide-LICENSE.txt", Webjars.npmFile("lucide-static", "LICENSE"));
      return Collections.unmodifiableSortedMap(files);
    }
  }

  /** The precompiled templates, loaded with this library's class loader wherever it runs. */
  private static final class Templates {
    static final TemplateEngine ENGINE = create();

    private static TemplateEngine create() {
      // With no class directory, jte loads precompiled templates through the context class loader,
      // which inside a Maven plugin or an application server need not see this library.
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(SiteRenderer.class.getClassLoader());
      try {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }
}
