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
import dev.unifiedbadges.model.work.Workers;
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
import dev.unifiedbadges.tokens.DtcgNames;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.output.FileSink;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

  /** The file the pages load the badge CSS from, under {@link #DOWNLOADS} (the site's own copy). */
  public static final String BADGE_CSS = TokenExporter.CSS;

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
    requireBadgeCss(tokenFiles);
    SortedMap<String, byte[]> out = Collections.synchronizedSortedMap(new TreeMap<>());
    FileSink collect =
        new FileSink() {
          @Override
          public void put(String path, byte[] content) {
            if (out.putIfAbsent(path, content) != null) {
              throw new IllegalArgumentException("output path produced twice: '" + path + "'");
            }
          }

          @Override
          public OutputStream open(String path) {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                put(path, toByteArray());
              }
            };
          }

          @Override
          public void putCopy(String path, String earlier) {
            byte[] content = out.get(earlier);
            if (content == null) {
              throw new IllegalArgumentException("'" + earlier + "' has not been produced");
            }
            put(path, content);
          }
        };
    SortedMap<String, Long> sizes = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : tokenFiles.entrySet()) {
      sizes.put(e.getKey(), (long) e.getValue().length);
    }
    try {
      render(catalog, sizes, options, collect, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the collecting sink does no I/O
    }
    for (Map.Entry<String, byte[]> e : tokenFiles.entrySet()) {
      out.put(DOWNLOADS + e.getKey(), e.getValue());
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(out));
  }

  /**
   * Renders the site page by page straight into a sink, on two threads for a large catalog (the
   * output does not depend on the scheduling). The caller puts the token files themselves under
   * {@code prefix + "downloads/"}; only their sizes are needed here, for the downloads page.
   *
   * @param downloads the size of each token file the site offers, by path relative to {@code
   *     downloads/}; {@code css/badges.css} must be among them
   * @param sink where each file goes
   * @param prefix prepended to every path, e.g. {@code "site/"} ({@code ""} for none)
   */
  public static void render(
      BadgeCatalog catalog, SortedMap<String, Long> downloads, SiteOptions options, FileSink sink, String prefix)
      throws IOException {
    Objects.requireNonNull(downloads, "downloads");
    requireBadgeCss(downloads);
    render(catalog, () -> downloads, options, sink, prefix);
  }

  /**
   * As {@link #render(BadgeCatalog, SortedMap, SiteOptions, FileSink, String)}, with the token
   * files' sizes asked for only when the downloads page is rendered, last: the token files can be
   * exported at the same time as the site is rendered. The supplier is called once, on the calling
   * thread, and may block until the export is done (its unchecked exceptions propagate).
   */
  public static void render(
      BadgeCatalog catalog,
      Supplier<SortedMap<String, Long>> downloads,
      SiteOptions options,
      FileSink sink,
      String prefix)
      throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(prefix, "prefix");
    new Build(catalog, downloads, options, sink, prefix).run();
  }

  private static void requireBadgeCss(SortedMap<String, ?> downloads) {
    if (!downloads.containsKey(BADGE_CSS)) {
      throw new IllegalArgumentException(
          "the token files hold no " + BADGE_CSS + ", which the site's badges are styled with");
    }
  }

  /** Where the site keeps its copies of the token files. */
  public static final String DOWNLOADS = "downloads/";

  /**
   * The page of a domain, relative to the site root: {@code domains/<name>.html}, where the name is
   * the domain's kebab name with every character other than {@code a-z}, {@code 0-9} and {@code -}
   * written as {@code _<hex code point>_}. File names so stay ASCII (a POSIX locale cannot encode
   * anything else) and distinct, since kebab names never contain {@code _}. A name that would be
   * longer than {@value #MAX_PAGE_NAME} characters (file names stop at 255 bytes) keeps its start
   * and ends in {@code ~} and 16 hex digits of a SHA-256 of the kebab name ({@code ~} occurs in no
   * other name).
   */
  public static String domainPage(String domainName) {
    return "domains/" + pageName(Names.kebab(domainName)) + ".html";
  }

  /** The longest page name (without {@code .html}). */
  static final int MAX_PAGE_NAME = 200;

  static String pageName(String kebab) {
    String ascii = asciiFileName(kebab);
    if (ascii.length() <= MAX_PAGE_NAME) {
      return ascii;
    }
    String head = ascii.substring(0, MAX_PAGE_NAME - 20);
    if (head.chars().filter(c -> c == '_').count() % 2 == 1) {
      head = head.substring(0, head.lastIndexOf('_')); // not half an escape
    }
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(kebab.getBytes(StandardCharsets.UTF_8));
      return head + "~" + java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String asciiFileName(String kebab) {
    StringBuilder sb = null;
    for (int i = 0; i < kebab.length(); ) {
      int cp = kebab.codePointAt(i);
      boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-';
      if (!plain && sb == null) {
        sb = new StringBuilder(kebab.length() + 16).append(kebab, 0, i);
      }
      if (sb != null) {
        if (plain) {
          sb.append((char) cp);
        } else {
          sb.append('_').append(Integer.toHexString(cp)).append('_');
        }
      }
      i += Character.charCount(cp);
    }
    return sb == null ? kebab : sb.toString();
  }

  /** Domains at least this many are rendered on two threads. */
  private static final int PARALLEL_DOMAINS = 64;

  /** One rendering: the catalog, the names and where the files go. */
  private static final class Build {
    final BadgeCatalog catalog;
    final Supplier<SortedMap<String, Long>> downloadSizes;
    final SiteOptions options;
    final CssNames css;
    final List<Domain> domains;
    /** Per domain (by index): kebab name, page path, and its values' kebab names. */
    final String[] domainKebab;
    final String[] pagePath;
    final String[][] valueKebab;
    final FileSink sink;
    final String prefix;
    final int pairings;

    Build(
        BadgeCatalog catalog,
        Supplier<SortedMap<String, Long>> downloadSizes,
        SiteOptions options,
        FileSink sink,
        String prefix) {
      this.catalog = catalog;
      this.downloadSizes = downloadSizes;
      this.options = options;
      this.sink = sink;
      this.prefix = prefix;
      this.css = new CssNames(options.cssPrefix());
      this.domains = catalog.domainList();
      this.pairings = catalog.pairingCount();
      int n = domains.size();
      domainKebab = new String[n];
      pagePath = new String[n];
      valueKebab = new String[n][];
      Map<String, String> domainByPage = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Domain d = domains.get(i);
        String kebab = Names.kebab(d.name());
        if (kebab.isEmpty()) {
          throw new IllegalArgumentException("domain '" + d.name() + "' has no letter or digit to name its page by");
        }
        String page = "domains/" + pageName(kebab) + ".html";
        String other = domainByPage.putIfAbsent(page, d.name());
        if (other != null) {
          throw new IllegalArgumentException(
              "domains '" + other + "' and '" + d.name() + "' would share the page " + page);
        }
        domainKebab[i] = kebab;
        pagePath[i] = page;
        List<Badge> values = d.values();
        String[] kebabs = new String[values.size()];
        for (int v = 0; v < kebabs.length; v++) {
          kebabs[v] = Names.kebab(values.get(v).value());
        }
        valueKebab[i] = kebabs;
      }
    }

    void put(String path, byte[] content) throws IOException {
      sink.put(prefix + path, content);
    }

    /** Renders a page and puts it into the sink straight from the rendering buffer. */
    void putPage(String path, String template, Object model) throws IOException {
      PageOutput output = PageOutput.get();
      Templates.ENGINE.render(template, model, output);
      output.putInto(sink, prefix + path);
    }

    void run() throws IOException {
      // Every page is a pure function of the catalog, so they are rendered in any order, on two
      // threads for a large catalog. The downloads page comes last: it waits for the token sizes.
      List<Workers.Task> tasks = new ArrayList<>(domains.size() + 8);
      tasks.add(this::putIndex);
      tasks.add(() -> put("search-index.js", SearchIndex.js(catalog, css, pagePath, domainKebab, valueKebab)));
      for (int i = 0; i < domains.size(); i++) {
        int index = i;
        tasks.add(() -> putPage(pagePath[index], "domain.jte", domainPage(index)));
      }
      tasks.add(() -> putPage("tones.html", "tones.jte", tonesPage()));
      tasks.add(() -> put("assets/palette.css", utf8(Palette.css(catalog))));
      for (Map.Entry<String, byte[]> e : StaticAssets.FILES.entrySet()) {
        tasks.add(() -> put(e.getKey(), e.getValue().clone()));
      }
      runAll(tasks, domains.size() >= PARALLEL_DOMAINS);
      SortedMap<String, Long> downloads = downloadSizes.get();
      requireBadgeCss(downloads);
      putPage("downloads.html", "downloads.jte", downloadsPage(downloads));
    }

    /** Runs the tasks on this thread and, if parallel, one helper, taking them in order from a queue. */
    void runAll(List<Workers.Task> tasks, boolean parallel) throws IOException {
      Workers.run(tasks, Workers.threadsFor(parallel), "badge-site-pages");
    }

    Page pageModel(String title, String root, Section section, String description) {
      return new Page(options.title(), title, root, section, description, domains.size(), pairings, GENERATOR, css.themeAttribute());
    }

    // ---- index ----

    /** The index, with fewer samples per card (down to none) until it fits the budget. */
    void putIndex() throws IOException {
      if (pairings <= COMPLETE_INDEX_LIMIT) {
        putPage("index.html", "index.jte", indexPage(true, Integer.MAX_VALUE));
        return;
      }
      for (int samples = SAMPLES_PER_DOMAIN; ; samples--) {
        PageOutput output = PageOutput.get();
        Templates.ENGINE.render("index.jte", indexPage(false, samples), output);
        if (output.length() <= INDEX_BUDGET_BYTES || samples == 0) {
          output.putInto(sink, prefix + "index.html");
          return;
        }
      }
    }

    IndexPage indexPage(boolean complete, int samples) {
      List<DomainCard> cards = new ArrayList<>(domains.size());
      for (int i = 0; i < domains.size(); i++) {
        Domain d = domains.get(i);
        String href = pagePath[i];
        List<DomainCard.CardBadge> shown = new ArrayList<>();
        List<Badge> values = d.values();
        for (int v = 0; v < values.size() && shown.size() < samples; v++) {
          Badge b = values.get(v);
          String kebab = valueKebab[i][v];
          shown.add(new DomainCard.CardBadge(badgeView(pairingClass(i, kebab), b), href + "#" + kebab, searchText(b, kebab)));
        }
        cards.add(new DomainCard(d.name(), d.title(), d.description(), href, d.values().size(), shown, SearchIndex.domainText(d, domainKebab[i])));
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
      String kebab = domainKebab[index];
      List<Badge> values = d.values();
      List<PairingView> rows = new ArrayList<>(values.size());
      for (int v = 0; v < values.size(); v++) {
        Badge b = values.get(v);
        String valueName = valueKebab[index][v];
        rows.add(pairing(b, b.value(), pairingClass(index, valueName), valueName, kebab));
      }
      Badge fallback = catalog.unknownFor(d);
      PairingView unknown = pairing(fallback, SAMPLE_UNKNOWN_VALUE, pairingClass(index, Badge.UNKNOWN), Badge.UNKNOWN, kebab);
      LinkView previous = index == 0 ? null : domainLink(index - 1);
      LinkView next = index == domains.size() - 1 ? null : domainLink(index + 1);
      String description = d.description().isEmpty()
          ? "The badges of " + d.name() + "."
          : d.description();
      return new DomainPage(
          pageModel(d.title(), "../", Section.CATALOG, description),
          d.name(),
          d.description(),
          rows,
          unknown,
          d.unknown() != null,
          previous,
          next);
    }

    LinkView domainLink(int index) {
      return new LinkView("../" + pagePath[index], domains.get(index).title());
    }

    /** {@code <prefix>--<domain>--<value>}, from the names computed once. */
    String pairingClass(int domainIndex, String valueKebab) {
      return css.pairingOfKebab(domainKebab[domainIndex], valueKebab);
    }

    PairingView pairing(Badge b, String shownValue, String pairingClass, String id, String domainKebab) {
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
          DtcgNames.pairingPath(domainKebab, id),
          textContrast(tone.light()),
          textContrast(tone.dark()),
          id.equals(Badge.UNKNOWN) ? "" : searchText(b, id)); // the fallback row is outside the filtered list
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
      Rgb border = c.borderColor().orElse(null);
      return new ThemeColorsView(
          theme == Theme.LIGHT ? "Light" : "Dark",
          Palette.className(t.name(), theme),
          c.background().hex(),
          c.foreground().hex(),
          border == null ? null : border.hex(),
          c.iconColor().hex(),
          textContrast(c),
          border == null ? null : nonTextContrast(Rgb.contrast(border, c.background())),
          nonTextContrast(Rgb.contrast(c.iconColor(), c.background())));
    }

    // ---- downloads ----

    DownloadsPage downloadsPage(SortedMap<String, Long> downloads) {
      Map<String, List<DownloadsPage.DownloadView>> byGroup = new TreeMap<>();
      for (Map.Entry<String, Long> e : downloads.entrySet()) {
        String path = e.getKey();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String dir = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        byGroup
            .computeIfAbsent(DOWNLOAD_GROUPS.containsKey(dir) ? dir : "", k -> new ArrayList<>())
            .add(new DownloadsPage.DownloadView(
                path, DOWNLOADS + path, fileName, Text.size(e.getValue()), DOWNLOAD_DESCRIPTIONS.getOrDefault(path, "")));
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
      String exampleCall = "";
      for (int i = 0; i < domains.size(); i++) {
        Domain d = domains.get(i);
        if (!d.values().isEmpty()) {
          Badge b = d.values().get(0);
          exampleClass = pairingClass(i, valueKebab[i][0]);
          exampleSnippet = snippet(badgeView(exampleClass, b));
          // Names may hold quotes or backslashes, so the arguments are JS literals, not pasted text.
          StringBuilder call = new StringBuilder("badgeFor(");
          Text.jsString(call, d.name());
          call.append(", ");
          Text.jsString(call, b.value());
          exampleCall = call.append(')').toString();
          break;
        }
      }
      return new DownloadsPage(
          pageModel("Downloads", "", Section.DOWNLOADS, "The generated CSS, DTCG design tokens and JS module, ready to download."),
          groups,
          exampleClass,
          exampleSnippet,
          exampleCall);
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
    final Map<ToneColors, ContrastView> textContrasts = new ConcurrentHashMap<>();

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

    String searchText(Badge b, String valueKebab) {
      return SearchIndex.valueText(b, valueKebab);
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
