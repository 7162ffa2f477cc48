package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Characters;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.model.load.Node.Entry;
import dev.unifiedbadges.model.load.Node.ListNode;
import dev.unifiedbadges.model.load.Node.MapNode;
import dev.unifiedbadges.model.load.Node.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Binds parsed definition trees to model records, merging files and reporting every wrong or
 * misspelt key.
 */
final class CatalogBinder {

  private static final Pattern TONE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final List<String> TOP_KEYS =
      List.of("$schema", "tones", "surfaces", "domains", "unknown");
  private static final List<String> DOMAIN_KEYS =
      List.of("title", "description", "values", "unknown", "deprecated");
  private static final List<String> BADGE_KEYS =
      List.of("label", "tone", "icon", "aliases", "description", "deprecated");
  private static final List<String> UNKNOWN_KEYS = List.of("label", "tone", "icon", "description");
  private static final List<String> DEPRECATION_KEYS =
      List.of("reason", "since", "replacedBy", "removeIn");
  private static final List<String> TONE_KEYS = List.of("light", "dark");
  private static final List<String> COLOR_KEYS =
      List.of("background", "foreground", "border", "icon", "solid", "outline", "dot");
  private static final List<String> SOLID_KEYS = List.of("background", "foreground");
  private static final List<String> OUTLINE_KEYS = List.of("foreground", "border");
  private static final List<String> SURFACE_KEYS = List.of("background", "foreground");

  private final List<Diagnostic> diagnostics;
  private final SourceMap sources = new SourceMap("<definitions>");
  private final Map<String, Tone> tones = new TreeMap<>();
  private final Set<String> brokenTones = new TreeSet<>();
  private final Map<String, Location> toneDefinedAt = new HashMap<>();
  private final Map<String, Domain> domains = new LinkedHashMap<>();
  private final Map<String, Location> domainDefinedAt = new HashMap<>();
  private Badge unknown;
  private Location unknownDefinedAt;
  private final Map<String, Surface> surfaces = new HashMap<>();
  private final Map<String, Location> surfaceDefinedAt = new HashMap<>();

  /** A binder that adds its errors to {@code diagnostics}. */
  CatalogBinder(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Starts from the built-in palette and unknown badge; they are not recorded as defined in a file,
   * so a user file may redefine them without a "defined twice" error.
   */
  void base(CatalogBinder builtin) {
    tones.putAll(builtin.tones);
    sources.putAll(builtin.sources, "/tones", "/unknown");
    unknown = builtin.unknown;
  }

  /**
   * Reports a missing catalog-wide unknown badge against the first file, as the place to add it.
   */
  void requireUnknown(String firstFile) {
    if (unknown == null) {
      diagnostics.add(
          Diagnostic.error(
              Location.file(firstFile),
              "/unknown",
              "no catalog-wide 'unknown' badge is defined",
              "add a top-level 'unknown: { label: Unknown, tone: neutral, icon: circle-help }'"));
    }
  }

  /**
   * The catalog bound so far; empty while there is no catalog-wide unknown badge to build it with.
   */
  Optional<BadgeCatalog> catalog() {
    return unknown == null
        ? Optional.empty()
        : Optional.of(
            BadgeCatalog.of(tones, new ArrayList<>(domains.values()), unknown)
                .withSurfaces(surfaces.get("light"), surfaces.get("dark")));
  }

  /**
   * Every tone the files declare, including those too broken to bind, so that a badge naming one is
   * not also told its tone does not exist.
   */
  Set<String> declaredTones() {
    Set<String> declared = new TreeSet<>(tones.keySet());
    declared.addAll(brokenTones);
    return declared;
  }

  /** Where each bound piece came from, by JSON Pointer. */
  SourceMap sources() {
    return sources;
  }

  private void error(Location at, String pointer, String message, String fix) {
    diagnostics.add(Diagnostic.error(at, pointer, message, fix));
  }

  /** Binds one file's tree, merging it with the files bound before. */
  void file(String file, Node root) {
    sources.put("", Location.file(file));
    if (!(root instanceof MapNode top)) {
      error(
          root.at(),
          "",
          "the top level must be a map with a 'domains:' key, but it is " + root.kind(),
          "start the file with 'domains:' (see README \"The definition file\")");
      return;
    }
    for (Entry e : top.entries().values()) {
      String p = SourceMap.pointer(e.key());
      switch (e.key()) {
        case "$schema" -> requireText(e.value(), p, "$schema");
        case "tones" ->
            map(e.value(), p, "'tones'")
                .ifPresent(m -> m.entries().values().forEach(t -> tone(t, p)));
        case "surfaces" ->
            map(e.value(), p, "'surfaces'")
                .ifPresent(m -> m.entries().values().forEach(t -> surface(t, p)));
        case "domains" ->
            map(e.value(), p, "'domains'")
                .ifPresent(m -> m.entries().values().forEach(d -> domain(d, p)));
        case "unknown" -> {
          Badge b = badge(e.value(), p, Badge.UNKNOWN, true);
          if (unknownDefinedAt != null) {
            error(
                e.keyAt(),
                p,
                "the catalog-wide 'unknown' badge is already defined at " + unknownDefinedAt,
                "define it in one file only");
          } else if (b != null) {
            unknown = b;
            unknownDefinedAt = e.keyAt();
            sources.put(p, e.keyAt());
          }
        }
        default -> unknownKey(e, p, TOP_KEYS, null);
      }
    }
  }

  private void tone(Entry e, String parent) {
    String name = e.key();
    String p = parent + SourceMap.pointer(name);
    sources.put(p, e.keyAt());
    boolean ok = visible(name, e.keyAt(), p, "the tone name");
    if (ok && !TONE_NAME.matcher(name).matches()) {
      error(
          e.keyAt(),
          p,
          "tone name '" + name + "' is not a lower-case kebab name",
          "name tones with lower-case letters, digits and single hyphens, e.g. 'warning' or 'info-strong'");
      ok = false;
    }
    Location previous = toneDefinedAt.get(name);
    if (previous != null) {
      error(
          e.keyAt(),
          p,
          "tone '" + name + "' is already defined at " + previous,
          "define each tone in one file only");
      return;
    }
    toneDefinedAt.put(name, e.keyAt());
    MapNode m = map(e.value(), p, "tone '" + name + "'").orElse(null);
    if (m == null) {
      brokenTones.add(name);
      return;
    }
    ToneColors light = null;
    ToneColors dark = null;
    for (Entry t : m.entries().values()) {
      String tp = p + SourceMap.pointer(t.key());
      sources.put(tp, t.keyAt());
      switch (t.key()) {
        case "light", "dark" -> {
          ToneColors c =
              colors(t.value(), tp, "the " + t.key() + " colours of tone '" + name + "'");
          if (t.key().equals("light")) {
            light = c;
          } else {
            dark = c;
          }
        }
        default -> {
          unknownKey(t, tp, TONE_KEYS, "tone '" + name + "'");
          ok = false;
        }
      }
    }
    for (String theme : TONE_KEYS) {
      if (!m.entries().containsKey(theme) && !misspelt(m, theme, TONE_KEYS)) {
        error(
            m.at(),
            p + "/" + theme,
            "tone '" + name + "' has no '" + theme + "' colours",
            "add '" + theme + ": { background: \"#rrggbb\", foreground: \"#rrggbb\" }'");
        ok = false;
      }
    }
    if (ok && light != null && dark != null) {
      tones.put(name, new Tone(name, light, dark));
      brokenTones.remove(name);
    } else {
      tones.remove(name);
      brokenTones.add(name);
    }
  }

  /** One theme's colours; {@code what} names them in messages ("the light colours of tone 'x'"). */
  private ToneColors colors(Node node, String p, String what) {
    MapNode m = map(node, p, what).orElse(null);
    if (m == null) {
      return null;
    }
    Map<String, Rgb> found = new HashMap<>();
    ToneColors.Solid solid = null;
    ToneColors.Outline outline = null;
    boolean ok = true;
    for (Entry c : m.entries().values()) {
      String cp = p + SourceMap.pointer(c.key());
      sources.put(cp, c.value().at());
      if (!COLOR_KEYS.contains(c.key())) {
        unknownKey(c, cp, COLOR_KEYS, what);
        ok = false;
        continue;
      }
      if (c.key().equals("solid") || c.key().equals("outline")) {
        List<String> keys = c.key().equals("solid") ? SOLID_KEYS : OUTLINE_KEYS;
        // "the light colours of tone 'x'" → "the light solid colours of tone 'x'"
        String pairWhat = what.replaceFirst(" colours ", " " + c.key() + " colours ");
        Map<String, Rgb> pair = pair(c.value(), cp, pairWhat, keys);
        if (pair == null) {
          ok = false;
        } else if (c.key().equals("solid")) {
          solid = new ToneColors.Solid(pair.get("background"), pair.get("foreground"));
        } else {
          outline = new ToneColors.Outline(pair.get("foreground"), pair.get("border"));
        }
        continue;
      }
      Rgb rgb = color(c, cp);
      if (rgb == null) {
        ok = false;
      } else {
        found.put(c.key(), rgb);
      }
    }
    for (String required : List.of("background", "foreground")) {
      if (!m.entries().containsKey(required) && !misspelt(m, required, COLOR_KEYS)) {
        error(
            m.at(),
            p + "/" + required,
            "missing '" + required + "' colour",
            "add '" + required + ": \"#rrggbb\"'");
        ok = false;
      }
    }
    return ok
        ? new ToneColors(
            found.get("background"),
            found.get("foreground"),
            found.get("border"),
            found.get("icon"),
            solid,
            outline,
            found.get("dot"))
        : null;
  }

  /**
   * A map of exactly the colours {@code keys}, all required; null (reported) if anything is wrong.
   */
  private Map<String, Rgb> pair(Node node, String p, String what, List<String> keys) {
    MapNode m = map(node, p, what).orElse(null);
    if (m == null) {
      return null;
    }
    Map<String, Rgb> found = new HashMap<>();
    boolean ok = true;
    for (Entry c : m.entries().values()) {
      String cp = p + SourceMap.pointer(c.key());
      sources.put(cp, c.value().at());
      if (!keys.contains(c.key())) {
        unknownKey(c, cp, keys, what);
        ok = false;
        continue;
      }
      Rgb rgb = color(c, cp);
      if (rgb == null) {
        ok = false;
      } else {
        found.put(c.key(), rgb);
      }
    }
    for (String required : keys) {
      if (!m.entries().containsKey(required) && !misspelt(m, required, keys)) {
        error(
            m.at(),
            p + "/" + required,
            "missing '" + required + "' colour in " + what,
            "add '" + required + ": \"#rrggbb\"'");
        ok = false;
      }
    }
    return ok ? found : null;
  }

  /** One colour value; null (reported) when it is empty, not text or not a hex colour. */
  private Rgb color(Entry c, String cp) {
    if (c.value() instanceof ScalarNode sn && (sn.text() == null || sn.text().isBlank())) {
      // background: #1e3a8a  -- a '#' after a space starts a YAML comment, so the value is empty.
      error(
          c.keyAt(),
          cp,
          "the " + c.key() + " colour is empty",
          "write the colour in quotes, e.g. "
              + c.key()
              + ": \"#1e3a8a\" (without quotes, YAML reads"
              + " everything from ' #' on as a comment)");
      return null;
    }
    String text = requireText(c.value(), cp, c.key());
    if (text == null) {
      return null;
    }
    Rgb rgb = Rgb.parse(text.strip()).orElse(null);
    if (rgb == null) {
      error(
          c.value().at(),
          cp,
          "malformed colour '" + text + "' for " + c.key(),
          "write the colour as a hex string in quotes, \"#rgb\" or \"#rrggbb\", e.g. \"#1e3a8a\"");
    }
    return rgb;
  }

  /** One theme's surface under the top-level {@code surfaces}. */
  private void surface(Entry e, String parent) {
    String p = parent + SourceMap.pointer(e.key());
    sources.put(p, e.keyAt());
    if (!TONE_KEYS.contains(e.key())) {
      unknownKey(e, p, TONE_KEYS, "'surfaces'");
      return;
    }
    Location previous = surfaceDefinedAt.get(e.key());
    if (previous != null) {
      error(
          e.keyAt(),
          p,
          "the " + e.key() + " surface is already defined at " + previous,
          "define each surface in one file only");
      return;
    }
    surfaceDefinedAt.put(e.key(), e.keyAt());
    Map<String, Rgb> pair = pair(e.value(), p, "the " + e.key() + " surface", SURFACE_KEYS);
    if (pair != null) {
      surfaces.put(e.key(), new Surface(pair.get("background"), pair.get("foreground")));
    }
  }

  private void domain(Entry e, String parent) {
    String name = e.key();
    String p = parent + SourceMap.pointer(name);
    Location previous = domainDefinedAt.get(name);
    if (previous != null) {
      error(
          e.keyAt(),
          p,
          "domain '" + name + "' is already defined at " + previous,
          "define each domain in one file only; merge the two definitions or rename one");
      return;
    }
    domainDefinedAt.put(name, e.keyAt());
    sources.put(p, e.keyAt());
    if (!showable(name, false, e.keyAt(), p, "the domain name")) {
      return;
    }
    if (name.isBlank()) {
      error(e.keyAt(), p, "domain name is empty", "name the domain, e.g. 'operation_run.outcome'");
      return;
    }
    visible(name, e.keyAt(), p, "the domain name");
    MapNode m = map(e.value(), p, "domain '" + name + "'").orElse(null);
    if (m == null) {
      return;
    }
    String title = null;
    String description = null;
    List<Badge> values = new ArrayList<>();
    Badge unknownBadge = null;
    Deprecation deprecation = null;
    for (Entry d : m.entries().values()) {
      String dp = p + SourceMap.pointer(d.key());
      sources.put(dp, d.keyAt());
      switch (d.key()) {
        case "title" -> title = requireText(d.value(), dp, "title");
        case "description" -> description = requireText(d.value(), dp, "description");
        case "values" -> {
          MapNode vm = map(d.value(), dp, "'values'").orElse(null);
          if (vm != null) {
            if (vm.entries().isEmpty()) {
              error(
                  d.keyAt(),
                  dp,
                  "domain '" + name + "' has no values",
                  "add at least one value under 'values:'");
            }
            for (Entry v : vm.entries().values()) {
              String vp = dp + SourceMap.pointer(v.key());
              sources.put(vp, v.keyAt());
              if (v.key().isBlank()) {
                error(
                    v.keyAt(),
                    vp,
                    "value name is empty",
                    "name the value as it appears in your data");
                continue;
              }
              if (!showable(v.key(), false, v.keyAt(), vp, "the value name")) {
                continue;
              }
              visible(v.key(), v.keyAt(), vp, "the value name");
              Badge b = badge(v.value(), vp, v.key(), false);
              if (b != null) {
                values.add(b);
              }
            }
          }
        }
        case "unknown" -> unknownBadge = badge(d.value(), dp, Badge.UNKNOWN, true);
        case "deprecated" -> deprecation = deprecation(d.value(), dp, "domain '" + name + "'");
        default -> unknownKey(d, dp, DOMAIN_KEYS, "domain '" + name + "'");
      }
    }
    if (!m.entries().containsKey("values") && !misspelt(m, "values", DOMAIN_KEYS)) {
      error(
          e.keyAt(),
          p + "/values",
          "domain '" + name + "' has no 'values:' map",
          "add 'values:' with one entry per value, e.g. 'failed: { label: Failed, tone: danger, icon: circle-x }'");
    }
    domains.put(name, new Domain(name, title, description, values, unknownBadge, deprecation));
  }

  private Badge badge(Node node, String p, String value, boolean fallback) {
    MapNode m = map(node, p, fallback ? "the unknown badge" : "value '" + value + "'").orElse(null);
    if (m == null) {
      return null;
    }
    String label = null;
    String tone = null;
    String icon = null;
    String description = null;
    List<String> aliases = new ArrayList<>();
    Deprecation deprecation = null;
    for (Entry b : m.entries().values()) {
      String bp = p + SourceMap.pointer(b.key());
      sources.put(bp, b.value().at());
      switch (b.key()) {
        case "label" -> {
          label = requireText(b.value(), bp, "label");
          if (label != null && label.isBlank()) {
            error(
                b.value().at(),
                bp,
                "the label is empty",
                "give the badge the text users should read, e.g. 'Failed'");
          }
        }
        case "tone" -> {
          tone =
              requireName(
                  b.value(),
                  bp,
                  "tone",
                  "name one of the tones, e.g. 'neutral', or one defined under 'tones:'");
        }
        case "icon" -> {
          icon =
              requireName(
                  b.value(),
                  bp,
                  "icon",
                  "name a Lucide icon, e.g. 'circle-check' (https://lucide.dev/icons)");
        }
        case "description" -> description = requireText(b.value(), bp, "description");
        case "deprecated" -> {
          if (fallback) {
            unknownKey(b, bp, UNKNOWN_KEYS, "the unknown badge");
          } else {
            deprecation = deprecation(b.value(), bp, "value '" + value + "'");
          }
        }
        case "aliases" -> {
          if (fallback) {
            error(
                b.keyAt(),
                bp,
                "the unknown badge cannot have 'aliases'",
                "remove 'aliases': the unknown badge already stands for every value that is not listed;"
                    + " allowed keys: "
                    + String.join(", ", UNKNOWN_KEYS));
          } else if (b.value() instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
              String ap = bp + "/" + i;
              sources.put(ap, list.items().get(i).at());
              String alias = requireText(list.items().get(i), ap, "alias");
              if (alias != null) {
                alias = Names.nfc(alias);
                visible(alias, list.items().get(i).at(), ap, "the alias");
                aliases.add(alias);
              }
            }
          } else {
            error(
                b.value().at(),
                bp,
                "'aliases' must be a list, but it is " + b.value().kind(),
                "write aliases as a list, e.g. 'aliases: [canceled]'");
          }
        }
        default -> {
          unknownKey(
              b,
              bp,
              fallback ? UNKNOWN_KEYS : BADGE_KEYS,
              fallback ? "the unknown badge" : "value '" + value + "'");
        }
      }
    }
    for (String required : List.of("label", "tone", "icon")) {
      if (!m.entries().containsKey(required)
          && !misspelt(m, required, fallback ? UNKNOWN_KEYS : BADGE_KEYS)) {
        error(
            m.at(),
            p + "/" + required,
            "missing '" + required + "'",
            "add '"
                + required
                + ":' to "
                + (fallback ? "the unknown badge" : "value '" + value + "'")
                + (required.equals("icon")
                    ? "; every badge has an icon so colour is never the only cue"
                    : ""));
      }
    }
    // Built despite the problems above, so that validation still checks its tone, icon and
    // contrast and every problem of the value is reported at once; any error keeps the catalog
    // from being returned. Without a tone and an icon there is nothing left to check.
    if (tone == null || icon == null) {
      return null;
    }
    return new Badge(
        value,
        label == null ? "" : label.strip(),
        tone.strip(),
        icon.strip(),
        aliases,
        description == null ? "" : description.strip(),
        deprecation);
  }

  /**
   * {@code deprecated: true}, a reason, or a map of {@code reason}, {@code since}, {@code
   * replacedBy} and {@code removeIn}; null for {@code false} or a broken entry (reported). Whether
   * {@code replacedBy} names a usable value is the validator's check, which sees the whole domain.
   */
  private Deprecation deprecation(Node node, String p, String what) {
    if (node instanceof ScalarNode s && s.text() != null && !s.string()) {
      if (s.text().equals("true")) {
        return Deprecation.bare();
      }
      if (s.text().equals("false")) {
        return null;
      }
    }
    if (node instanceof ScalarNode s && s.string()) {
      String reason = requireText(node, p, "deprecated");
      return reason == null ? null : new Deprecation(reason.strip(), null, null, null);
    }
    if (!(node instanceof MapNode m)) {
      error(
          node.at(),
          p,
          "'deprecated' of " + what + " must be true, a reason or a map, but it is " + node.kind(),
          "write 'deprecated: true', 'deprecated: \"why\"' or 'deprecated: { reason: …, since:"
              + " 1.2, replacedBy: other-value, removeIn: 2.0 }'");
      return null;
    }
    String reason = null;
    String since = null;
    String replacedBy = null;
    String removeIn = null;
    for (Entry d : m.entries().values()) {
      String dp = p + SourceMap.pointer(d.key());
      sources.put(dp, d.value().at());
      switch (d.key()) {
        case "reason" -> {
          reason = requireText(d.value(), dp, "reason");
        }
        case "since", "removeIn" -> {
          String version = version(d.value(), dp, d.key());
          if (d.key().equals("since")) {
            since = version;
          } else {
            removeIn = version;
          }
        }
        case "replacedBy" -> {
          replacedBy =
              requireName(
                  d.value(),
                  dp,
                  "replacedBy",
                  "name the value to use instead, e.g. 'replacedBy: succeeded'");
        }
        default -> unknownKey(d, dp, DEPRECATION_KEYS, "the deprecation of " + what);
      }
    }
    // A broken deprecation still deprecates, so that outputs never present the value as current;
    // the catalog is not returned anyway while an error stands.
    return new Deprecation(reason == null ? "" : reason.strip(), since, replacedBy, removeIn);
  }

  /** A version in the {@link Deprecation#VERSION} syntax, or null (reported). */
  private String version(Node node, String p, String what) {
    if (!(node instanceof ScalarNode s) || s.text() == null) {
      error(
          node.at(),
          p,
          "'" + what + "' must be a version, but it is " + node.kind(),
          "write a version such as '" + what + ": \"1.4\"'");
      return null;
    }
    String text = s.text().strip();
    if (!Deprecation.isVersion(text)) {
      error(
          node.at(),
          p,
          "'" + what + "' is '" + s.text() + "', which is not a version",
          "write dot-separated numbers with an optional '-qualifier', e.g. '2', '1.4', '2.0.0' or"
              + " '3.0-SNAPSHOT'");
      return null;
    }
    return text;
  }

  private Optional<MapNode> map(Node node, String p, String what) {
    if (node instanceof MapNode m) {
      return Optional.of(m);
    }
    error(
        node.at(),
        p,
        what + " must be a map, but it is " + node.kind(),
        "write it as 'key: value' lines indented under it (or a JSON object)");
    return Optional.empty();
  }

  private String requireText(Node node, String p, String what) {
    if (node instanceof ScalarNode s && s.text() != null) {
      return showable(s.text(), true, s.at(), p, "'" + what + "'") ? s.text() : null;
    }
    error(
        node.at(),
        p,
        "'" + what + "' must be text, but it is " + node.kind(),
        "write a single value, quoted if it contains ':' or '#'");
    return null;
  }

  /**
   * Refuses a character that no page, snippet or terminal can show, written as an escape (a raw one
   * is refused when the file is read): C0 controls (text may keep tab and line ends, names none),
   * DEL, C1 controls, noncharacters and lone surrogates. The HTML checker rejects them all.
   */
  private boolean showable(String text, boolean lineEnds, Location at, String p, String what) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean whitespace = cp == '\t' || cp == '\n' || cp == '\r';
      boolean bad =
          (Characters.isControl(cp) && !(lineEnds && whitespace)) || Characters.isNonCharacter(cp);
      if (bad) {
        error(
            at,
            p,
            what
                + " contains the character "
                + String.format(Locale.ROOT, "U+%04X", cp)
                + ", a control character or noncharacter that no page or snippet can show",
            "remove it: it was written as an escape such as \\u0000, \\e, \\x7f or \\N, which"
                + " the file's syntax allows but a badge cannot use");
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Refuses a name that reads like another: one holding an invisible character ({@link
   * Characters#isInvisible}), such as "failed" with a zero width space inside. The name is still
   * bound, so that every other problem of its domain or value is reported too.
   */
  private boolean visible(String name, Location at, String p, String what) {
    if (!hasInvisible(name)) {
      return true; // every name of a catalog is checked: no set or stream unless one is found
    }
    Set<Integer> found = new LinkedHashSet<>();
    name.codePoints().filter(Characters::isInvisible).forEach(found::add);
    List<String> named = found.stream().map(Characters::describe).toList();
    String it = named.size() == 1 ? "it" : "them";
    int first = name.indexOf(Character.toString(found.iterator().next()));
    error(
        at,
        p,
        what
            + (named.size() == 1
                ? " contains the invisible character "
                : " contains the invisible characters ")
            + String.join(" and ", named)
            + ", so it reads like a name without "
            + it,
        "retype the name without "
            + it
            + "; editors do not show "
            + it
            + (named.size() == 1 ? ", and it " : ", and the first ")
            + (first == 0 ? "starts the name" : "follows '" + name.substring(0, first) + "'"));
    return false;
  }

  private static boolean hasInvisible(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Characters.isInvisible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** An unknown key; {@code where} names the enclosing map, null for the top level. */
  private void unknownKey(Entry e, String p, List<String> allowed, String where) {
    String near = closestKey(e.key(), allowed);
    String hint = near == null ? "" : "did you mean '" + near + "'? ";
    error(
        e.keyAt(),
        p,
        where == null
            ? "unknown top-level key '" + e.key() + "'"
            : "unknown key '" + e.key() + "' in " + where,
        hint + "allowed keys: " + String.join(", ", allowed));
  }

  /** The allowed key a misspelt key most likely means, or null. */
  static String closestKey(String key, List<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String k : allowed) {
      int d = IconSet.editDistance(key.toLowerCase(Locale.ROOT), k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  /**
   * True if a required key is absent but a misspelling of it is present; the unknown-key error
   * already says "did you mean", so a second "missing" error would only be noise.
   */
  static boolean misspelt(MapNode m, String required, List<String> allowed) {
    for (String key : m.entries().keySet()) {
      if (!allowed.contains(key) && required.equals(closestKey(key, allowed))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name-like field (tone, icon): text that is not blank and holds nothing invisible, stripped.
   */
  private String requireName(Node node, String p, String what, String fix) {
    String text = requireText(node, p, what);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      error(node.at(), p, "the " + what + " is empty", fix);
      return null;
    }
    text = Names.nfc(text.strip());
    return visible(text, node.at(), p, "the " + what) ? text : null;
  }
}
