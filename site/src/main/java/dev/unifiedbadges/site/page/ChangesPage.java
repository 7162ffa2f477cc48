package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The changes page: what changed against a baseline, by class.
 *
 * @param page the shared page data
 * @param baseline the baseline's name, as the user gave it
 * @param total the number of changes
 * @param bump the semver bump they need together, {@code none}, {@code patch}, {@code minor} or
 *     {@code major}
 * @param counts the number of changes of each class, most severe first, zeros included
 * @param groups the classes that have changes, most severe first
 */
public record ChangesPage(
    Page page,
    UserText baseline,
    int total,
    String bump,
    List<ClassCount> counts,
    List<ChangeGroup> groups) {

  public ChangesPage {
    counts = List.copyOf(counts);
    groups = List.copyOf(groups);
  }

  /** "1 change", "12 changes". */
  public String totalText() {
    return IndexPage.plural(total, "change");
  }

  /**
   * One class in the summary.
   *
   * @param id the class's section id, e.g. {@code breaking}
   * @param name the class as the page names it, e.g. {@code Breaking}
   * @param count how many changes it has; its section exists only when this is not zero
   */
  public record ClassCount(String id, String name, int count) {

    public String href() {
      return "#" + id;
    }
  }
}
