package dev.unifiedbadges.site;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.Change;
import dev.unifiedbadges.diff.ChangeClass;
import dev.unifiedbadges.diff.ChangeKind;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotBadge;
import dev.unifiedbadges.diff.snapshot.SnapshotDomain;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.site.page.ChangeGroup;
import dev.unifiedbadges.site.page.ChangeView;
import dev.unifiedbadges.site.page.ChangesPage;
import dev.unifiedbadges.site.page.CodeText;
import dev.unifiedbadges.site.page.ComparisonView;
import dev.unifiedbadges.site.page.IndexPage;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.UserText;
import dev.unifiedbadges.tokens.CssNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the changes page's view model, and with it the stylesheet that paints each changed badge
 * as the baseline did: every change under its class, each badge it affects before and after.
 */
final class ChangesModel {

  static final String PATH = "changes.html";
  static final String CSS_PATH = "assets/changes.css";

  /** A change that affects many badges (a tone's colours, a whole domain) shows this many. */
  static final int MAX_COMPARISONS = 12;

  /** The page and its stylesheet. */
  record Rendered(ChangesPage page, String css) {}

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final CatalogChanges changes;
  private final CatalogSnapshot baseline;
  private final CssNames css;
  private final Map<String, Integer> domainIndex = new HashMap<>();

  ChangesModel(BadgeCatalog catalog, CatalogNames names, LayoutModel layout, SiteChanges changes) {
    this.catalog = catalog;
    this.names = names;
    this.layout = layout;
    this.changes = changes.changes();
    this.baseline = changes.baseline();
    this.css = names.css();
    List<Domain> domains = names.domains();
    for (int i = 0; i < domains.size(); i++) {
      domainIndex.put(domains.get(i).name(), i);
    }
  }

  Rendered render() {
    ChangeStyles styles = new ChangeStyles(baseline, css);
    List<ChangesPage.ClassCount> counts = new ArrayList<>();
    List<ChangeGroup> groups = new ArrayList<>();
    int n = 0;
    for (ChangeClass c : ChangeClass.values()) {
      List<Change> ofClass = changes.of(c);
      counts.add(new ChangesPage.ClassCount(c.id(), title(c), ofClass.size()));
      if (ofClass.isEmpty()) {
        continue;
      }
      List<ChangeView> views = new ArrayList<>(ofClass.size());
      for (Change change : ofClass) {
        views.add(view(change, "change-" + ++n, styles));
      }
      groups.add(new ChangeGroup(c.id(), title(c), about(c), views));
    }
    UserText baselineName = new UserText(changes.baseline());
    String description =
        changes.isEmpty()
            ? "No changes against " + baselineName.isolated() + "."
            : IndexPage.plural(changes.changes().size(), "change")
                + " since "
                + baselineName.isolated()
                + ", by how they affect users, each changed badge before and after.";
    ChangesPage page =
        new ChangesPage(
            layout.page("Changes", "", Section.CHANGES, description),
            baselineName,
            changes.changes().size(),
            changes.bump().id(),
            counts,
            groups);
    return new Rendered(page, styles.css());
  }

  private static String title(ChangeClass c) {
    return switch (c) {
      case BREAKING -> "Breaking";
      case VISUAL -> "Visual";
      case ADDITIVE -> "Additive";
      case DOCUMENTATION -> "Documentation";
    };
  }

  private static String about(ChangeClass c) {
    return switch (c) {
      case BREAKING ->
          "Code or markup that worked stops resolving or loses its style. These need a major"
              + " release; each says how to stay compatible.";
      case VISUAL ->
          "Everything still resolves, but badges look different. These need a minor release.";
      case ADDITIVE -> "New things that nothing used before. These need a minor release.";
      case DOCUMENTATION ->
          "Only the catalog's words changed, not what a badge shows. These need a patch release.";
    };
  }

  /** {@code TONE_COLORS_CHANGED} as "Tone colors changed". */
  static String kindText(ChangeKind kind) {
    String words = kind.id().replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private ChangeView view(Change change, String id, ChangeStyles styles) {
    List<ComparisonView> all = comparisons(change, styles);
    List<ComparisonView> shown =
        all.size() > MAX_COMPARISONS ? all.subList(0, MAX_COMPARISONS) : all;
    return new ChangeView(
        id,
        new UserText(change.subject()),
        subjectHref(change),
        kindText(change.kind()),
        new CodeText(change.message()),
        code(change.fix()),
        code(change.before()),
        code(change.after()),
        shown,
        all.size() - shown.size());
  }

  private static CodeText code(String s) {
    return s == null || s.isEmpty() ? null : new CodeText(s);
  }

  /** The subject's place in the current catalog: its domain page, at the value if it has one. */
  private String subjectHref(Change change) {
    if (change.domain() != null) {
      Integer i = domainIndex.get(change.domain());
      if (i == null) {
        return null;
      }
      String page = names.page(i);
      Domain d = names.domains().get(i);
      if (change.value() != null && hasValue(d, change.value())) {
        return page + "#" + Names.kebab(change.value());
      }
      return page;
    }
    if (change.tone() != null && catalog.tones().containsKey(change.tone())) {
      return "tones.html#" + change.tone();
    }
    return null;
  }

  private List<ComparisonView> comparisons(Change change, ChangeStyles styles) {
    ChangeKind kind = change.kind();
    Optional<SnapshotDomain> oldDomain =
        change.domain() == null ? Optional.empty() : baseline.domain(change.domain());
    Domain newDomain = change.domain() == null ? null : catalog.domains().get(change.domain());
    switch (kind) {
      case TONE_COLORS_CHANGED, TONE_ADDED, TONE_REMOVED:
        return change.tone() == null ? List.of() : toneComparisons(change.tone(), kind, styles);
      case UNKNOWN_CHANGED:
        return List.of(
            compare(null, baseline.unknown(), catalog.unknown(), css.catalogUnknown(), styles));
      case CSS_CLASS_CHANGED:
        if (change.domain() == null) {
          return List.of(); // the base class: every badge, and no one badge shows it
        }
        break;
      case DOMAIN_UNKNOWN_CHANGED:
        {
          ComparisonView c =
              compare(
                  null,
                  oldDomain.map(SnapshotDomain::unknown).orElse(null),
                  newDomain == null ? null : catalog.unknownFor(newDomain),
                  newDomain == null ? null : css.unknown(newDomain.name()),
                  styles);
          return c == null ? List.of() : List.of(c);
        }
      case DOMAIN_ADDED, DOMAIN_REMOVED, DOMAIN_RENAMED:
        return domainComparisons(change, oldDomain.orElse(null), newDomain, styles);
      case DOMAIN_DEPRECATED, DOMAIN_UNDEPRECATED, DOMAIN_TITLE_CHANGED, DOMAIN_DESCRIPTION_CHANGED:
        return List.of(); // words about a domain, not how a badge looks
      default:
        break;
    }
    if (change.value() == null) {
      return List.of();
    }
    SnapshotBadge before = null;
    if (kind != ChangeKind.VALUE_ADDED && oldDomain.isPresent()) {
      SnapshotDomain d = oldDomain.get();
      boolean renamed =
          kind == ChangeKind.VALUE_RENAMED || kind == ChangeKind.VALUE_RENAMED_WITH_ALIAS;
      if (renamed && change.before() != null) {
        before = d.value(change.before()).orElse(null);
      }
      if (before == null) {
        before = d.resolve(change.value()).orElse(null);
      }
    }
    Badge after = null;
    if (kind != ChangeKind.VALUE_REMOVED && newDomain != null) {
      after = newDomain.find(change.value()).orElse(null);
    }
    ComparisonView c =
        compare(
            null,
            before,
            after,
            after == null ? null : css.pairing(newDomain.name(), after.value()),
            styles);
    return c == null ? List.of() : List.of(c);
  }

  /**
   * A tone's colours: each current badge of that tone that had it in the baseline too, or a
   * specimen of the tone when none has.
   */
  private List<ComparisonView> toneComparisons(String tone, ChangeKind kind, ChangeStyles styles) {
    List<ComparisonView> out = new ArrayList<>();
    if (kind == ChangeKind.TONE_COLORS_CHANGED) {
      for (Domain d : names.domains()) {
        Optional<SnapshotDomain> old = baseline.domain(d.name());
        if (old.isEmpty()) {
          continue;
        }
        for (Badge b : d.values()) {
          if (!b.tone().equals(tone)) {
            continue;
          }
          SnapshotBadge was = old.get().value(b.value()).orElse(null);
          if (was != null && was.tone().equals(tone)) {
            out.add(
                compare(
                    new UserText(d.name() + ": " + b.value()),
                    was,
                    b,
                    css.pairing(d.name(), b.value()),
                    styles));
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    boolean existed = kind != ChangeKind.TONE_ADDED && baseline.tones().containsKey(tone);
    boolean exists = kind != ChangeKind.TONE_REMOVED && catalog.tones().containsKey(tone);
    BadgeView beforeLight = null;
    BadgeView beforeDark = null;
    if (existed) {
      String icon = baseline.unknown().icon();
      beforeLight = beforeView(tone, icon, tone, Theme.LIGHT, styles);
      beforeDark = beforeView(tone, icon, tone, Theme.DARK, styles);
    }
    BadgeView after =
        exists
            ? new BadgeView(
                css.base() + " " + css.tone(tone), css.iconElement(), css.labelElement(), tone)
            : null;
    if (beforeLight == null && after == null) {
      return List.of();
    }
    out.add(new ComparisonView(new UserText("Tone " + tone), beforeLight, beforeDark, after));
    return out;
  }

  /** A domain added, removed or renamed: its values, the old ones paired with the new by name. */
  private List<ComparisonView> domainComparisons(
      Change change, SnapshotDomain old, Domain current, ChangeStyles styles) {
    ChangeKind kind = change.kind();
    if (kind == ChangeKind.DOMAIN_RENAMED && change.before() != null) {
      old = baseline.domain(change.before()).orElse(old);
    }
    if (kind == ChangeKind.DOMAIN_ADDED) {
      old = null;
    }
    if (kind == ChangeKind.DOMAIN_REMOVED) {
      current = null;
    }
    List<ComparisonView> out = new ArrayList<>();
    if (current != null) {
      for (Badge b : current.values()) {
        SnapshotBadge was = old == null ? null : old.value(b.value()).orElse(null);
        out.add(
            compare(
                new UserText(b.value()), was, b, css.pairing(current.name(), b.value()), styles));
      }
    }
    if (old != null) {
      for (SnapshotBadge was : old.values()) {
        if (current == null || !hasValue(current, was.value())) {
          out.add(compare(new UserText(was.value()), was, null, null, styles));
        }
      }
    }
    return out;
  }

  private static boolean hasValue(Domain d, String value) {
    return d.values().stream().anyMatch(b -> b.value().equals(value));
  }

  /** Null when there is neither a before nor an after badge. */
  private ComparisonView compare(
      UserText caption, SnapshotBadge before, Badge after, String afterClass, ChangeStyles styles) {
    if (before == null && after == null) {
      return null;
    }
    BadgeView beforeLight = null;
    BadgeView beforeDark = null;
    if (before != null) {
      beforeLight = beforeView(before.tone(), before.icon(), before.label(), Theme.LIGHT, styles);
      beforeDark = beforeView(before.tone(), before.icon(), before.label(), Theme.DARK, styles);
    }
    BadgeView afterView = after == null ? null : BadgeViews.of(css, afterClass, after);
    return new ComparisonView(caption, beforeLight, beforeDark, afterView);
  }

  private BadgeView beforeView(
      String tone, String icon, String label, Theme theme, ChangeStyles styles) {
    return new BadgeView(
        css.base() + " " + styles.className(tone, icon, theme),
        css.iconElement(),
        css.labelElement(),
        label);
  }
}
