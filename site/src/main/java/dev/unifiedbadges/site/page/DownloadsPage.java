package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The downloads page: the site's own copies of the generated files, grouped by kind.
 *
 * @param page the shared page data
 * @param groups the files by kind (CSS, design tokens, JavaScript, others), each sorted by path
 * @param exampleClass a pairing class from the catalog, for the usage example (made of the
 *     catalog's names, so isolated like them)
 * @param exampleSnippet that pairing's HTML snippet
 * @param exampleDomain that pairing's domain name as a JS string literal, the first argument of the
 *     {@code badgeFor} call that resolves it (empty without domains)
 * @param exampleValue its value as a JS string literal, the second argument
 * @param exampleJavaClass that pairing's domain class in the generated Java ({@code
 *     OperationRunOutcome})
 * @param exampleJavaConstant its value's constant there ({@code PARTIAL})
 * @param darkFollowsSystem the CSS turns badges dark where the system prefers dark ({@code
 *     darkMode} media); otherwise only where the page sets the theme attribute
 */
public record DownloadsPage(
    Page page,
    List<DownloadGroup> groups,
    UserText exampleClass,
    String exampleSnippet,
    UserText exampleDomain,
    UserText exampleValue,
    UserText exampleJavaClass,
    UserText exampleJavaConstant,
    boolean darkFollowsSystem) {

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
