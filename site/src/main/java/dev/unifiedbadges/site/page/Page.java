package dev.unifiedbadges.site.page;

/**
 * What every page shares: the site's name, this page's title and where the site root is relative to
 * it ({@code ""} or {@code "../"}), so every link stays relative.
 *
 * @param siteTitle the site's name
 * @param title this page's title (the {@code <h1>}): a domain's title, the site's name, or the
 *     site's own word for the page, isolated alike
 * @param root the relative path from this page to the site root, ending in '/' unless empty
 * @param section the navigation entry this page belongs to
 * @param description a one-line summary for the {@code <meta name="description">}, any user text in
 *     it already {@linkplain UserText#isolated() isolated}
 * @param domains number of domains in the catalog
 * @param pairings number of pairings in the catalog
 * @param generator the name and version of what generated the site
 * @param themeAttribute the attribute that forces a theme on the badges, {@code
 *     data-<prefix>-theme}
 * @param changes whether the site has a changes page (a baseline is configured), which the
 *     navigation then links to
 */
public record Page(
    UserText siteTitle,
    UserText title,
    String root,
    Section section,
    String description,
    int domains,
    int pairings,
    String generator,
    String themeAttribute,
    boolean changes) {

  /** A site-relative path as seen from this page. */
  public String href(String path) {
    return root + path;
  }

  /**
   * The document title: page title, then site title (or just the site title on the index), each
   * {@linkplain UserText#isolated() isolated}, as {@code <title>} holds no markup.
   */
  public String documentTitle() {
    return title.equals(siteTitle)
        ? siteTitle.isolated()
        : title.isolated() + " · " + siteTitle.isolated();
  }

  /** A count as people read it, grouped the same way everywhere: {@code 20,000}. */
  public static String count(int n) {
    String digits = Integer.toString(n);
    int start = n < 0 ? 1 : 0;
    int len = digits.length() - start;
    if (len <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + len / 3);
    sb.append(digits, 0, start);
    for (int i = 0; i < len; i++) {
      if (i > 0 && (len - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(start + i));
    }
    return sb.toString();
  }

  /** "1 domain", "11 domains". */
  public String domainsText() {
    return count(domains) + (domains == 1 ? " domain" : " domains");
  }

  /** "1 pairing", "20,000 pairings". */
  public String pairingsText() {
    return count(pairings) + (pairings == 1 ? " pairing" : " pairings");
  }

  /** {@code "page"} for the current section's navigation link, null (no attribute) otherwise. */
  public String current(Section s) {
    return s == section ? "page" : null;
  }
}
