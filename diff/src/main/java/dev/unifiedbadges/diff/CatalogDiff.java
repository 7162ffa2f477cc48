package dev.unifiedbadges.diff;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotBadge;
import dev.unifiedbadges.diff.snapshot.SnapshotColors;
import dev.unifiedbadges.diff.snapshot.SnapshotDeprecation;
import dev.unifiedbadges.diff.snapshot.SnapshotDomain;
import dev.unifiedbadges.diff.snapshot.SnapshotTone;
import dev.unifiedbadges.model.color.Rgb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies every difference between a baseline snapshot and the current one, so a release can say
 * what it breaks and which semver bump it needs. A removal, addition or rename is one change; what
 * is inside a removed or added domain or value is not listed again.
 */
public final class CatalogDiff {

  /** Report order: class (most severe first), then subject, then kind; catalog-wide first. */
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::changeClass)
          .thenComparing(Change::domain, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Change::value, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Change::tone, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Change::kind);

  private static final String DEPRECATE_FIRST =
      "deprecate it first (`deprecated: {replacedBy: …, removeIn: …}`) and remove it in a major"
          + " release";

  private final CatalogSnapshot before;
  private final CatalogSnapshot after;
  private final List<Change> changes = new ArrayList<>();

  private CatalogDiff(CatalogSnapshot before, CatalogSnapshot after) {
    this.before = before;
    this.after = after;
  }

  /**
   * Every change from {@code before} to {@code after}, in report order.
   *
   * @param baselineName the baseline as the user named it, for the reports
   */
  public static CatalogChanges compare(
      CatalogSnapshot before, CatalogSnapshot after, String baselineName) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    CatalogDiff diff = new CatalogDiff(before, after);
    diff.catalog();
    diff.tones();
    diff.domains();
    List<Change> sorted = new ArrayList<>(diff.changes);
    sorted.sort(ORDER); // stable: ties keep the order found (light before dark)
    return new CatalogChanges(baselineName, sorted);
  }

  private void add(
      ChangeKind kind,
      String domain,
      String value,
      String tone,
      String was,
      String now,
      String message,
      String fix) {
    changes.add(new Change(kind, domain, value, tone, was, now, message, fix));
  }

  // ---------------------------------------------------------------- catalog-wide

  private boolean baseClassChanged() {
    return !before.baseClass().equals(after.baseClass());
  }

  private void catalog() {
    if (baseClassChanged()) {
      add(
          ChangeKind.CSS_CLASS_CHANGED,
          null,
          null,
          null,
          before.baseClass(),
          after.baseClass(),
          "The CSS base class changed from `"
              + before.baseClass()
              + "` to `"
              + after.baseClass()
              + "`, so every badge class in existing markup loses its style.",
          "set the CSS prefix (`cssPrefix`) back to `"
              + before.baseClass()
              + "`, or release a major version and replace `"
              + before.baseClass()
              + "` with `"
              + after.baseClass()
              + "` in every class name in markup");
    }
    if (!looksSame(before.unknown(), after.unknown())) {
      add(
          ChangeKind.UNKNOWN_CHANGED,
          null,
          null,
          null,
          looks(before.unknown()),
          looks(after.unknown()),
          "The catalog's fallback for unknown values now renders as "
              + looks(after.unknown())
              + " instead of "
              + looks(before.unknown())
              + ".",
          null);
    }
  }

  private void tones() {
    for (SnapshotTone old : before.tones().values()) {
      SnapshotTone now = after.tones().get(old.name());
      if (now == null) {
        add(
            ChangeKind.TONE_REMOVED,
            null,
            null,
            old.name(),
            old.name(),
            null,
            "Tone `"
                + old.name()
                + "` was removed, with its tokens and its class `"
                + before.baseClass()
                + "--tone-"
                + old.name()
                + "`.",
            "keep tone `"
                + old.name()
                + "` under `tones:` (an unused tone still gets its tokens and class) until a major"
                + " release");
        continue;
      }
      toneColors(old.name(), "light", old.light(), now.light());
      toneColors(old.name(), "dark", old.dark(), now.dark());
    }
    for (SnapshotTone now : after.tones().values()) {
      if (!before.tones().containsKey(now.name())) {
        add(
            ChangeKind.TONE_ADDED,
            null,
            null,
            now.name(),
            null,
            now.name(),
            "New tone `"
                + now.name()
                + "`: text contrast light "
                + ratio(now.light())
                + ", dark "
                + ratio(now.dark())
                + ".",
            null);
      }
    }
  }

  private void toneColors(String tone, String theme, SnapshotColors was, SnapshotColors now) {
    List<String> roles = new ArrayList<>();
    List<String> olds = new ArrayList<>();
    List<String> news = new ArrayList<>();
    role("background", was.background(), now.background(), roles, olds, news);
    role("foreground", was.foreground(), now.foreground(), roles, olds, news);
    role("border", was.border(), now.border(), roles, olds, news);
    role("icon", was.icon(), now.icon(), roles, olds, news);
    // The variants' colours: compared only when both snapshots record them, so a baseline written
    // before variants does not report every tone as changed.
    if (was.solid() != null && now.solid() != null) {
      role(
          "solid background",
          was.solid().background(),
          now.solid().background(),
          roles,
          olds,
          news);
      role(
          "solid foreground",
          was.solid().foreground(),
          now.solid().foreground(),
          roles,
          olds,
          news);
    }
    if (was.outline() != null && now.outline() != null) {
      role(
          "outline foreground",
          was.outline().foreground(),
          now.outline().foreground(),
          roles,
          olds,
          news);
      role("outline border", was.outline().border(), now.outline().border(), roles, olds, news);
    }
    if (was.dot() != null && now.dot() != null) {
      role("dot", was.dot(), now.dot(), roles, olds, news);
    }
    if (roles.isEmpty()) {
      return;
    }
    add(
        ChangeKind.TONE_COLORS_CHANGED,
        null,
        null,
        tone,
        theme + ": " + String.join(", ", olds),
        theme + ": " + String.join(", ", news),
        "Tone `"
            + tone
            + "`, "
            + theme
            + " theme: "
            + String.join(", ", roles)
            + "; text contrast "
            + ratio(was)
            + " → "
            + ratio(now)
            + ".",
        null);
  }

  private static void role(
      String role,
      String was,
      String now,
      List<String> roles,
      List<String> olds,
      List<String> news) {
    if (Objects.equals(was, now)) {
      return;
    }
    String w = was == null ? "none" : was;
    String n = now == null ? "none" : now;
    roles.add(role + " " + w + " → " + n);
    olds.add(role + " " + w);
    news.add(role + " " + n);
  }

  // ---------------------------------------------------------------- domains

  private void domains() {
    List<SnapshotDomain> removed = new ArrayList<>();
    for (SnapshotDomain d : before.domains().values()) {
      SnapshotDomain now = after.domains().get(d.name());
      if (now == null) {
        removed.add(d);
      } else {
        domain(d, now);
      }
    }
    List<SnapshotDomain> added = new ArrayList<>();
    for (SnapshotDomain d : after.domains().values()) {
      if (!before.domains().containsKey(d.name())) {
        added.add(d);
      }
    }
    for (SnapshotDomain old : removed) {
      Optional<SnapshotDomain> renamed =
          added.stream().filter(a -> valueNames(a).equals(valueNames(old))).findFirst();
      if (renamed.isPresent() && !old.values().isEmpty()) {
        SnapshotDomain now = renamed.get();
        added.remove(now);
        add(
            ChangeKind.DOMAIN_RENAMED,
            now.name(),
            null,
            null,
            old.name(),
            now.name(),
            "Domain `"
                + old.name()
                + "` was renamed to `"
                + now.name()
                + "` (same values); every lookup by the old name fails.",
            "keep domain `"
                + old.name()
                + "` next to `"
                + now.name()
                + "` and deprecate it (`deprecated: {replacedBy: "
                + now.name()
                + ", removeIn: …}`) until a major release");
      } else {
        add(
            ChangeKind.DOMAIN_REMOVED,
            old.name(),
            null,
            null,
            old.name() + " (" + count(old.values().size(), "value") + ")",
            null,
            "Domain `"
                + old.name()
                + "` was removed with its "
                + count(old.values().size(), "value")
                + "; every lookup in it now falls back to the unknown badge.",
            "keep domain `" + old.name() + "` and " + DEPRECATE_FIRST);
      }
    }
    for (SnapshotDomain now : added) {
      add(
          ChangeKind.DOMAIN_ADDED,
          now.name(),
          null,
          null,
          null,
          now.name() + " (" + count(now.values().size(), "value") + ")",
          "New domain `"
              + now.name()
              + "` with "
              + count(now.values().size(), "value")
              + ": "
              + String.join(", ", valueNames(now))
              + ".",
          null);
    }
  }

  private void domain(SnapshotDomain was, SnapshotDomain now) {
    String name = now.name();
    if (!was.title().equals(now.title())) {
      add(
          ChangeKind.DOMAIN_TITLE_CHANGED,
          name,
          null,
          null,
          was.title(),
          now.title(),
          "Domain `" + name + "`: title changed.",
          null);
    }
    if (!was.description().equals(now.description())) {
      add(
          ChangeKind.DOMAIN_DESCRIPTION_CHANGED,
          name,
          null,
          null,
          was.description(),
          now.description(),
          "Domain `" + name + "`: description changed.",
          null);
    }
    deprecation(
        was.deprecated(),
        now.deprecated(),
        name,
        null,
        "Domain `" + name + "`",
        ChangeKind.DOMAIN_DEPRECATED,
        ChangeKind.DOMAIN_UNDEPRECATED);
    boolean catalogWide = !was.ownUnknown() && !now.ownUnknown();
    if (!catalogWide && !looksSame(was.unknown(), now.unknown())) {
      add(
          ChangeKind.DOMAIN_UNKNOWN_CHANGED,
          name,
          null,
          null,
          looks(was.unknown()) + (was.ownUnknown() ? "" : " (the catalog's)"),
          looks(now.unknown()) + (now.ownUnknown() ? "" : " (the catalog's)"),
          "Domain `"
              + name
              + "`: an unknown value now renders as "
              + looks(now.unknown())
              + " instead of "
              + looks(was.unknown())
              + ".",
          null);
    }
    values(was, now);
  }

  // ---------------------------------------------------------------- values and aliases

  /** How the values of a domain that exists on both sides map onto each other. */
  private void values(SnapshotDomain was, SnapshotDomain now) {
    String domain = now.name();
    Map<String, SnapshotBadge> nowByName = byName(now);
    Map<String, SnapshotBadge> wasByName = byName(was);
    // The after-value each before-value lives on as (itself, or its rename target).
    Map<String, String> successor = new HashMap<>();
    // After-values that are new and not a rename target.
    Set<String> added = new HashSet<>();
    for (SnapshotBadge b : now.values()) {
      if (!wasByName.containsKey(b.value())) {
        added.add(b.value());
      }
    }
    // Before-values reported as plainly removed or renamed: their aliases go with them.
    Set<String> goneWithAliases = new HashSet<>();
    // Names already accounted for by a value change, so no alias change repeats them.
    Set<String> namesReported = new HashSet<>();

    for (SnapshotBadge old : was.values()) {
      SnapshotBadge same = nowByName.get(old.value());
      if (same != null) {
        successor.put(old.value(), same.value());
        value(domain, old, same);
        continue;
      }
      Optional<SnapshotBadge> aliasOf = now.resolve(old.value());
      if (aliasOf.isPresent()) {
        SnapshotBadge target = aliasOf.get();
        namesReported.add(old.value());
        successor.put(old.value(), target.value());
        if (added.contains(target.value()) && looksSame(old, target)) {
          added.remove(target.value());
          add(
              ChangeKind.VALUE_RENAMED_WITH_ALIAS,
              domain,
              target.value(),
              null,
              old.value(),
              target.value(),
              "Value `"
                  + old.value()
                  + "` was renamed to `"
                  + target.value()
                  + "` and keeps its old name as an alias, so every old lookup still works.",
              null);
        } else {
          add(
              ChangeKind.VALUE_BECAME_ALIAS,
              domain,
              old.value(),
              null,
              looks(old),
              "alias of `" + target.value() + "`: " + looks(target),
              "Value `"
                  + old.value()
                  + "` is now an alias of `"
                  + target.value()
                  + "` and renders as "
                  + looks(target)
                  + " instead of "
                  + looks(old)
                  + ".",
              null);
        }
        continue;
      }
      Optional<SnapshotBadge> lookalike =
          now.values().stream()
              .filter(b -> added.contains(b.value()) && looksSame(old, b))
              .findFirst();
      goneWithAliases.add(old.value());
      if (lookalike.isPresent()) {
        SnapshotBadge target = lookalike.get();
        added.remove(target.value());
        successor.put(old.value(), target.value());
        add(
            ChangeKind.VALUE_RENAMED,
            domain,
            target.value(),
            null,
            old.value(),
            target.value(),
            "Value `"
                + old.value()
                + "` was renamed to `"
                + target.value()
                + "` without an alias"
                + aliasesToo(old)
                + "; lookups of the old name fall back to the unknown badge.",
            "add `aliases: ["
                + String.join(", ", names(old))
                + "]` to `"
                + target.value()
                + "` so the old name keeps resolving");
      } else {
        add(
            ChangeKind.VALUE_REMOVED,
            domain,
            old.value(),
            null,
            looks(old),
            null,
            "Value `"
                + old.value()
                + "` was removed"
                + aliasesToo(old)
                + "; lookups of it fall back to the unknown badge.",
            "add `aliases: ["
                + String.join(", ", names(old))
                + "]` to the value that replaces it, or keep `"
                + old.value()
                + "` and "
                + DEPRECATE_FIRST);
      }
    }

    for (SnapshotBadge b : now.values()) {
      if (added.contains(b.value())) {
        add(
            ChangeKind.VALUE_ADDED,
            domain,
            b.value(),
            null,
            null,
            looks(b),
            "New value `" + b.value() + "`, rendered as " + looks(b) + ".",
            null);
      }
    }

    // Aliases that were there before.
    for (SnapshotBadge old : was.values()) {
      for (String alias : old.aliases()) {
        if (namesReported.contains(alias)) {
          continue;
        }
        Optional<SnapshotBadge> target = now.resolve(alias);
        if (target.isEmpty()) {
          if (!goneWithAliases.contains(old.value())) {
            add(
                ChangeKind.ALIAS_REMOVED,
                domain,
                successor.getOrDefault(old.value(), old.value()),
                null,
                alias,
                null,
                "Alias `"
                    + alias
                    + "` of `"
                    + old.value()
                    + "` was removed; lookups of it fall back to the unknown badge.",
                "keep `aliases: ["
                    + alias
                    + "]` on `"
                    + successor.getOrDefault(old.value(), old.value())
                    + "`, or "
                    + "deprecate the value it stood for before removing the alias in a major"
                    + " release");
          }
        } else if (!target.get().value().equals(successor.get(old.value()))) {
          add(
              ChangeKind.ALIAS_MOVED,
              domain,
              target.get().value(),
              null,
              "`" + alias + "` → `" + old.value() + "`: " + looks(old),
              "`" + alias + "` → `" + target.get().value() + "`: " + looks(target.get()),
              "Alias `"
                  + alias
                  + "` now resolves to `"
                  + target.get().value()
                  + "` instead of `"
                  + old.value()
                  + "`.",
              null);
        }
      }
    }
    // Aliases that are new, on values that are not new themselves.
    for (SnapshotBadge b : now.values()) {
      if (added.contains(b.value())) {
        continue;
      }
      for (String alias : b.aliases()) {
        if (was.resolve(alias).isEmpty()) {
          add(
              ChangeKind.ALIAS_ADDED,
              domain,
              b.value(),
              null,
              null,
              alias,
              "New alias `" + alias + "` of `" + b.value() + "`.",
              null);
        }
      }
    }
  }

  /** A value present on both sides under one name. */
  private void value(String domain, SnapshotBadge was, SnapshotBadge now) {
    String v = now.value();
    String subject = "Value `" + v + "`";
    if (!was.tone().equals(now.tone())) {
      Optional<SnapshotTone> oldTone = Optional.ofNullable(before.tones().get(was.tone()));
      Optional<SnapshotTone> newTone = Optional.ofNullable(after.tones().get(now.tone()));
      add(
          ChangeKind.TONE_CHANGED,
          domain,
          v,
          null,
          was.tone(),
          now.tone(),
          subject
              + ": "
              + was.tone()
              + " → "
              + now.tone()
              + "; text contrast light "
              + oldTone.map(t -> ratio(t.light())).orElse("?")
              + " → "
              + newTone.map(t -> ratio(t.light())).orElse("?")
              + ", dark "
              + oldTone.map(t -> ratio(t.dark())).orElse("?")
              + " → "
              + newTone.map(t -> ratio(t.dark())).orElse("?")
              + ".",
          null);
    }
    if (!was.label().equals(now.label())) {
      add(
          ChangeKind.LABEL_CHANGED,
          domain,
          v,
          null,
          was.label(),
          now.label(),
          subject + ": label \"" + was.label() + "\" → \"" + now.label() + "\".",
          null);
    }
    if (!was.icon().equals(now.icon())) {
      add(
          ChangeKind.ICON_CHANGED,
          domain,
          v,
          null,
          was.icon(),
          now.icon(),
          subject + ": icon " + was.icon() + " → " + now.icon() + ".",
          null);
    }
    if (!was.description().equals(now.description())) {
      add(
          ChangeKind.VALUE_DESCRIPTION_CHANGED,
          domain,
          v,
          null,
          was.description(),
          now.description(),
          subject + ": description changed.",
          null);
    }
    deprecation(
        was.deprecated(),
        now.deprecated(),
        domain,
        v,
        subject,
        ChangeKind.VALUE_DEPRECATED,
        ChangeKind.VALUE_UNDEPRECATED);
    if (!baseClassChanged() && !was.className().equals(now.className())) {
      add(
          ChangeKind.CSS_CLASS_CHANGED,
          domain,
          v,
          null,
          was.className(),
          now.className(),
          subject
              + ": CSS class `"
              + was.className()
              + "` → `"
              + now.className()
              + "`; markup with the old class loses its style.",
          "style `."
              + was.className()
              + "` like `."
              + now.className()
              + "` in your own CSS, or change the markup in a major release");
    }
  }

  private void deprecation(
      SnapshotDeprecation was,
      SnapshotDeprecation now,
      String domain,
      String value,
      String subject,
      ChangeKind deprecated,
      ChangeKind undeprecated) {
    if (Objects.equals(was, now)) {
      return;
    }
    if (was == null) {
      add(
          deprecated,
          domain,
          value,
          null,
          null,
          now.describe(),
          sentence(subject + " is now " + now.describe()),
          null);
    } else if (now == null) {
      add(
          undeprecated,
          domain,
          value,
          null,
          was.describe(),
          null,
          subject + " is no longer deprecated.",
          null);
    } else {
      add(
          ChangeKind.DEPRECATION_CHANGED,
          domain,
          value,
          null,
          was.describe(),
          now.describe(),
          subject + ": deprecation changed.",
          null);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Ends the text with one period, also when it ends with a quoted reason that has one. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static boolean looksSame(SnapshotBadge a, SnapshotBadge b) {
    return a.label().equals(b.label()) && a.tone().equals(b.tone()) && a.icon().equals(b.icon());
  }

  /** How a badge renders, in words: {@code "Partial" (warning, triangle-alert)}. */
  private static String looks(SnapshotBadge b) {
    return "\"" + b.label() + "\" (" + b.tone() + ", " + b.icon() + ")";
  }

  private static String aliasesToo(SnapshotBadge b) {
    if (b.aliases().isEmpty()) {
      return "";
    }
    return " with its "
        + (b.aliases().size() == 1 ? "alias " : "aliases ")
        + String.join(", ", b.aliases().stream().map(a -> "`" + a + "`").toList());
  }

  /** The value's name and its aliases. */
  private static List<String> names(SnapshotBadge b) {
    List<String> names = new ArrayList<>();
    names.add(b.value());
    names.addAll(b.aliases());
    return names;
  }

  private static Map<String, SnapshotBadge> byName(SnapshotDomain d) {
    Map<String, SnapshotBadge> map = new LinkedHashMap<>();
    for (SnapshotBadge b : d.values()) {
      map.put(b.value(), b);
    }
    return map;
  }

  private static List<String> valueNames(SnapshotDomain d) {
    return d.values().stream().map(SnapshotBadge::value).sorted().toList();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The WCAG contrast of the text on the background, e.g. {@code 7.1:1}. */
  static String ratio(SnapshotColors c) {
    Optional<Rgb> fg = Rgb.parse(c.foreground());
    Optional<Rgb> bg = Rgb.parse(c.background());
    if (fg.isEmpty() || bg.isEmpty()) {
      return "?";
    }
    return String.format(Locale.ROOT, "%.1f:1", Rgb.contrast(fg.get(), bg.get()));
  }
}
