package dev.unifiedbadges.diff;

import java.util.List;
import java.util.Objects;

/**
 * Every change between a baseline and the current catalog, in report order (by class, most severe
 * first, then by subject), with the semver bump they need together.
 *
 * @param baseline the baseline as the user named it (a file, definitions or coordinates)
 * @param changes empty when nothing changed
 */
public record CatalogChanges(String baseline, List<Change> changes) {

  public CatalogChanges {
    Objects.requireNonNull(baseline, "baseline");
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The least bump that covers every change; {@link Bump#NONE} when nothing changed. */
  public Bump bump() {
    Bump bump = Bump.NONE;
    for (Change c : changes) {
      bump = bump.max(c.changeClass().bump());
    }
    return bump;
  }

  /** The changes of one class, in report order. */
  public List<Change> of(ChangeClass changeClass) {
    return changes.stream().filter(c -> c.changeClass() == changeClass).toList();
  }

  /** The number of changes of one class. */
  public int count(ChangeClass changeClass) {
    return (int) changes.stream().filter(c -> c.changeClass() == changeClass).count();
  }

  /**
   * The changes in one line, e.g. {@code 3 changes against 1.2.0: 1 breaking, 1 visual, 1 additive;
   * suggested bump: major}, or {@code no changes against 1.2.0}.
   */
  public String summary() {
    if (changes.isEmpty()) {
      return "no changes against " + baseline;
    }
    return counts() + "; suggested bump: " + bump().id();
  }

  /** The summary without the bump: {@code 3 changes against 1.2.0: 1 breaking, 2 visual}. */
  String counts() {
    StringBuilder sb = new StringBuilder();
    sb.append(changes.size())
        .append(changes.size() == 1 ? " change" : " changes")
        .append(" against ")
        .append(baseline);
    String separator = ": ";
    for (ChangeClass cc : ChangeClass.values()) {
      int n = count(cc);
      if (n > 0) {
        sb.append(separator).append(n).append(' ').append(cc.id());
        separator = ", ";
      }
    }
    return sb.toString();
  }

  public boolean hasBreaking() {
    return changes.stream().anyMatch(c -> c.changeClass() == ChangeClass.BREAKING);
  }
}
