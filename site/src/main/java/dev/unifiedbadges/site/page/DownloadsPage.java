package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The downloads page: the site's own copies of the generated files, grouped by kind.
 *
 * @param page the shared page data
 * @param groups the files by kind (CSS, design tokens, JavaScript, others), each sorted by path
 * @param exampleClass a pairing class from the catalog, for the usage example
 * @param exampleSnippet that pairing's HTML snippet
 * @param exampleCall the JS call that resolves that pairing, {@code badgeFor("domain", "value")},
 *     its arguments as JS string literals (empty without domains)
 */
public record DownloadsPage(
    Page page,
    List<DownloadGroup> groups,
    String exampleClass,
    String exampleSnippet,
    String exampleCall) {

  public DownloadsPage {
    groups = List.copyOf(groups);
  }

  /** Files of one kind. */
  public record DownloadGroup(String id, String title, List<DownloadView> files) {
    public DownloadGroup {
      files = List.copyOf(files);
    }
  }

  /** One file. */
  public record DownloadView(
      String path, String href, String fileName, String size, String description) {}
}
