package dev.unifiedbadges.site;

import static dev.unifiedbadges.tokens.JsString.Context.HTML_SCRIPT;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.site.page.DownloadsPage;
import dev.unifiedbadges.site.page.DownloadsPage.DownloadGroup;
import dev.unifiedbadges.site.page.DownloadsPage.DownloadView;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.JsString;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Builds the downloads page's view model: the token files by group, and how to use them. */
final class DownloadsModel {

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final List<FormatFiles> downloads;

  /**
   * @param downloads the files to list, by format in the order shown
   */
  DownloadsModel(
      BadgeCatalog catalog, CatalogNames names, LayoutModel layout, List<FormatFiles> downloads) {
    this.catalog = catalog;
    this.names = names;
    this.layout = layout;
    this.downloads = downloads;
  }

  /**
   * Every downloadable file, grouped under its declared heading in the formats' order (each group
   * anchored by the first format that uses it), sorted by path within a group.
   *
   * @param sizes the size of each file by path relative to {@code downloads/}
   */
  DownloadsPage page(SortedMap<String, Long> sizes) {
    Map<String, String> groupIds = new LinkedHashMap<>();
    Map<String, List<DownloadView>> byGroup = new HashMap<>();
    for (FormatFiles format : downloads) {
      for (OutputFile file : format.files()) {
        String path = file.path();
        Long size = sizes.get(path);
        if (size == null) {
          throw new IllegalStateException("no size for the download " + path);
        }
        groupIds.putIfAbsent(file.group(), "site--files-" + format.formatId());
        byGroup
            .computeIfAbsent(file.group(), k -> new ArrayList<>())
            .add(
                new DownloadView(
                    path,
                    SiteRenderer.DOWNLOADS + path,
                    path.substring(path.lastIndexOf('/') + 1),
                    PageText.size(size),
                    file.description()));
      }
    }
    List<DownloadGroup> groups = new ArrayList<>(groupIds.size());
    for (Map.Entry<String, String> g : groupIds.entrySet()) {
      List<DownloadView> files = byGroup.get(g.getKey());
      files.sort(Comparator.comparing(DownloadView::path));
      groups.add(new DownloadGroup(g.getValue(), g.getKey(), files));
    }
    CssNames css = names.css();
    String exampleClass = css.catalogUnknown();
    String exampleSnippet = BadgeViews.snippet(BadgeViews.of(css, exampleClass, catalog.unknown()));
    String exampleCall = "";
    List<Domain> domains = names.domains();
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      if (!d.values().isEmpty()) {
        Badge b = d.values().get(0);
        exampleClass = names.pairingClass(i, names.valueKebab(i, 0));
        exampleSnippet = BadgeViews.snippet(BadgeViews.of(css, exampleClass, b));
        // Names may hold quotes or backslashes, so the arguments are JS literals, not pasted text.
        exampleCall =
            "badgeFor("
                + JsString.quote(d.name(), HTML_SCRIPT)
                + ", "
                + JsString.quote(b.value(), HTML_SCRIPT)
                + ")";
        break;
      }
    }
    return new DownloadsPage(
        layout.page(
            "Downloads",
            "",
            Section.DOWNLOADS,
            "The generated CSS, DTCG design tokens and JS module, ready to download."),
        groups,
        exampleClass,
        exampleSnippet,
        exampleCall);
  }
}
