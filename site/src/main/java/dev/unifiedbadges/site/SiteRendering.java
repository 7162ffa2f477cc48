package dev.unifiedbadges.site;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.FormatTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * One rendering of the site: which files it holds, in what order they are rendered, where they go.
 */
final class SiteRendering {

  private final BadgeCatalog catalog;
  private final Supplier<SortedMap<String, Long>> downloadSizes;
  private final FileSink sink;
  private final String prefix;
  private final SiteRenderer.TaskRunner runner;
  private final CatalogNames names;
  private final int pairings;
  private final IndexModel index;
  private final DomainModels domainPages;
  private final TonesModel tones;
  private final DownloadsModel downloadsPage;
  private final ChangesModel changesPage;

  /** The arguments as {@link SiteRenderer#render} takes them, already checked. */
  SiteRendering(
      BadgeCatalog catalog,
      List<FormatFiles> downloads,
      Supplier<SortedMap<String, Long>> downloadSizes,
      SiteOptions options,
      SiteChanges changes,
      FileSink sink,
      String prefix,
      SiteRenderer.TaskRunner runner) {
    this.catalog = catalog;
    this.downloadSizes = downloadSizes;
    this.sink = sink;
    this.prefix = prefix;
    this.runner = runner;
    CssNames css = new CssNames(options.cssPrefix());
    names = new CatalogNames(catalog, css);
    pairings = catalog.pairingCount();
    LayoutModel layout =
        new LayoutModel(
            options.title(),
            names.domains().size(),
            pairings,
            css.themeAttribute(),
            changes != null);
    ContrastViews contrasts = new ContrastViews(options.contrastLevel());
    index = new IndexModel(catalog, names, layout, changes);
    StyleOptions styles = new StyleOptions(css);
    domainPages = new DomainModels(catalog, names, layout, contrasts, styles);
    tones = new TonesModel(catalog, names, layout, contrasts, styles);
    downloadsPage =
        new DownloadsModel(catalog, names, layout, downloads, options.darkMode() == DarkMode.MEDIA);
    changesPage = changes == null ? null : new ChangesModel(catalog, names, layout, changes);
  }

  void run() throws IOException {
    // Every page is a pure function of the catalog, so they are rendered in any order, on two
    // threads whatever the catalog's size: even the 11 built-in domains' first pages load most of
    // the templates' classes, and two threads halve that part of a cold run (about 140 -> 100 ms
    // in a fresh Maven JVM). The downloads page comes last: it waits for the other formats' sizes.
    int domains = names.domains().size();
    List<FormatTask> tasks = new ArrayList<>(domains + 8);
    tasks.add(this::putIndex);
    tasks.add(() -> put(SearchIndex.PATH, SearchIndex.js(catalog, names)));
    for (int i = 0; i < domains; i++) {
      int domain = i;
      tasks.add(() -> putPage(names.page(domain), "domain.jte", domainPages.page(domain)));
    }
    tasks.add(() -> putPage("tones.html", "tones.jte", tones.page()));
    tasks.add(
        () -> put("assets/palette.css", Palette.css(catalog).getBytes(StandardCharsets.UTF_8)));
    tasks.add(() -> put(Surfaces.PATH, Surfaces.css(catalog).getBytes(StandardCharsets.UTF_8)));
    if (changesPage != null) {
      tasks.add(this::putChanges);
    }
    for (Map.Entry<String, byte[]> e : SiteAssets.FILES.entrySet()) {
      tasks.add(() -> put(e.getKey(), e.getValue().clone()));
    }
    runner.run(tasks, true);
    SortedMap<String, Long> sizes = downloadSizes.get();
    SiteRenderer.requireBadgeCss(sizes);
    putPage("downloads.html", "downloads.jte", downloadsPage.page(sizes));
  }

  private void put(String path, byte[] content) throws IOException {
    sink.put(prefix + path, content);
  }

  /** Renders a page and puts it into the sink straight from the rendering buffer. */
  private void putPage(String path, String template, Object model) throws IOException {
    PageOutput output = PageOutput.get();
    Templates.render(template, model, output);
    output.putInto(sink, prefix + path);
  }

  /** The changes page and the stylesheet that paints its badges as the baseline showed them. */
  private void putChanges() throws IOException {
    ChangesModel.Rendered rendered = changesPage.render();
    putPage(ChangesModel.PATH, "changes.jte", rendered.page());
    put(ChangesModel.CSS_PATH, rendered.css().getBytes(StandardCharsets.UTF_8));
  }

  /** The index, with fewer samples per card (down to none) until it fits the budget. */
  private void putIndex() throws IOException {
    if (pairings <= SiteRenderer.COMPLETE_INDEX_LIMIT) {
      putPage("index.html", "index.jte", index.page(true, Integer.MAX_VALUE));
      return;
    }
    for (int samples = SiteRenderer.SAMPLES_PER_DOMAIN; ; samples--) {
      PageOutput output = PageOutput.get();
      Templates.render("index.jte", index.page(false, samples), output);
      if (output.length() <= SiteRenderer.INDEX_BUDGET_BYTES || samples == 0) {
        output.putInto(sink, prefix + "index.html");
        return;
      }
    }
  }
}
