package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The changes of one class.
 *
 * @param id the section's id, e.g. {@code breaking}
 * @param title its heading, e.g. {@code Breaking}
 * @param about what changes of this class mean for users and the release they need
 * @param changes in report order
 */
public record ChangeGroup(String id, String title, String about, List<ChangeView> changes) {

  public ChangeGroup {
    changes = List.copyOf(changes);
  }

  public String headingId() {
    return id + "--title";
  }
}
