package dev.unifiedbadges.site;

import static dev.unifiedbadges.tokens.JsString.Context.HTML_SCRIPT;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Characters;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.site.page.DownloadsPage;
import dev.unifiedbadges.site.page.DownloadsPage.DownloadGroup;
import dev.unifiedbadges.site.page.DownloadsPage.DownloadView;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.UserText;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.JavaNames;
import dev.unifiedbadges.tokens.JsString;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** Builds the downloads page's view model: the token files by group, and how to use them. */
final class DownloadsModel {

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final List<FormatFiles> downloads;
  private final boolean darkFollowsSystem;

  /**
   * @param downloads the files to list, by format in the order shown
   * @param darkFollowsSystem whether the CSS turns badges dark where the system prefers dark
   */
  DownloadsModel(
      BadgeCatalog catalog,
      CatalogNames names,
      LayoutModel layout,
      List<FormatFiles> downloads,
      boolean darkFollowsSystem) {
    this.catalog = catalog;
    this.names = names;
    this.layout = layout;
    this.downloads = downloads;
    this.darkFollowsSystem = darkFollowsSystem;
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
    String exampleDomain = "";
    String exampleValue = "";
    String exampleJavaClass = "";
    String exampleJavaConstant = "";
    List<Domain> domains = names.domains();
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      if (!d.values().isEmpty()) {
        Badge b = d.values().get(0);
        exampleClass = names.pairingClass(i, names.valueKebab(i, 0));
        exampleSnippet = BadgeViews.snippet(BadgeViews.of(css, exampleClass, b));
        // Names may hold quotes or backslashes, so the arguments are JS literals, not pasted text.
        exampleDomain = jsLiteral(d.name());
        exampleValue = jsLiteral(b.value());
        exampleJavaClass = JavaNames.className(Names.kebab(d.name()));
        exampleJavaConstant = JavaNames.constant(Names.kebab(b.value()));
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
        new UserText(exampleClass),
        exampleSnippet,
        new UserText(exampleDomain),
        new UserText(exampleValue),
        new UserText(exampleJavaClass),
        new UserText(exampleJavaConstant),
        darkFollowsSystem);
  }

  /**
   * A JS string literal of {@code s}, with bidirectional controls as Unicode escapes: the same
   * string, but shown in the example they cannot reverse the code around them.
   */
  private static String jsLiteral(String s) {
    String quoted = JsString.quote(s, HTML_SCRIPT);
    StringBuilder sb = new StringBuilder(quoted.length());
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (Characters.isBidiControl(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
