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

  public boolean hasBreaking() {
    return changes.stream().anyMatch(c -> c.changeClass() == ChangeClass.BREAKING);
  }
}
