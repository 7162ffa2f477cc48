package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.model.load.Node.Entry;
import dev.unifiedbadges.model.load.Node.ListNode;
import dev.unifiedbadges.model.load.Node.MapNode;
import dev.unifiedbadges.model.load.Node.ScalarNode;
import dev.unifiedbadges.model.validate.Linter;
import dev.unifiedbadges.model.validate.ValidationOptions;
import dev.unifiedbadges.model.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads badge definitions from a YAML or JSON file, or from a directory of {@code
 * *.badges.yaml|yml|json} files, merges them over the built-in palette, and validates the result,
 * reporting every problem at once.
 */
public final class DefinitionLoader {

  /** Where the built-in definitions live on the classpath. */
  public static final String BUILTIN_RESOURCE = "dev/unifiedbadges/model/builtin.badges.yaml";

  /** The name diagnostics and outputs use for the built-in definitions. */
  public static final String BUILTIN_NAME = "builtin:" + BUILTIN_RESOURCE;

  private static final Pattern DEFINITION_FILE = Pattern.compile("(.*\\.)?badges\\.(yaml|yml|json)");
  private static final Pattern TONE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final List<String> TOP_KEYS = List.of("$schema", "tones", "domains", "unknown");
  private static final List<String> DOMAIN_KEYS = List.of("title", "description", "values", "unknown");
  private static final List<String> BADGE_KEYS = List.of("label", "tone", "icon", "aliases", "description");
  private static final List<String> UNKNOWN_KEYS = List.of("label", "tone", "icon", "description");
  private static final List<String> TONE_KEYS = List.of("light", "dark");
  private static final List<String> COLOR_KEYS = List.of("background", "foreground", "border", "icon");

  private final LoadOptions options;

  public DefinitionLoader(LoadOptions options) {
    this.options = options;
  }

  public DefinitionLoader() {
    this(LoadOptions.defaults());
  }

  /** The built-in definitions: 11 domains, 47 pairings, six tones. */
  public LoadedCatalog loadBuiltin() {
    try {
      return loadSources(List.of(builtinSource()), false, List.of());
    } catch (DefinitionException e) {
      throw new IllegalStateException("The built-in definitions are invalid:\n" + e.report(), e);
    }
  }

  /**
   * Loads a definition file, or every {@code *.badges.yaml|yml|json} file under a directory.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DefinitionException with every error, if the definitions are not valid
   */
  public LoadedCatalog load(Path source) throws IOException, DefinitionException {
    if (!Files.exists(source)) {
      throw new NoSuchFileException(source.toString());
    }
    List<Path> files = definitionFiles(source);
    if (files.isEmpty()) {
      throw new DefinitionException(
          List.of(
              Diagnostic.error(
                  Location.file(source.toString()),
                  "",
                  "the directory contains no definition files",
                  "add a file named 'badges.yaml' or like 'status.badges.yaml' (or .yml, .json)")));
    }
    List<DefinitionSource> sources = new ArrayList<>();
    List<Diagnostic> tooLarge = new ArrayList<>();
    for (Path file : files) {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        // Never read a file that is over the limit; report its real size.
        tooLarge.add(TreeReader.tooLarge(file.toString(), size, options.maxFileBytes()));
      } else {
        sources.add(new DefinitionSource(file.toString(), Files.readAllBytes(file)));
      }
    }
    return loadSources(sources, true, tooLarge);
  }

  /** Loads definitions held in memory (for tests and tools that generate them). */
  public LoadedCatalog load(List<DefinitionSource> sources) throws DefinitionException {
    return loadSources(sources, true, List.of());
  }

  /** The definition files a source path stands for, in a stable order. */
  public static List<Path> definitionFiles(Path source) throws IOException {
    if (!Files.isDirectory(source)) {
      return List.of(source);
    }
    try (Stream<Path> walk = Files.walk(source)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> DEFINITION_FILE.matcher(p.getFileName().toString().toLowerCase(Locale.ROOT)).matches())
          .sorted((a, b) -> source.relativize(a).toString().compareTo(source.relativize(b).toString()))
          .toList();
    }
  }

  private static DefinitionSource builtinSource() {
    try (InputStream in = DefinitionLoader.class.getClassLoader().getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
      }
      return new DefinitionSource(BUILTIN_NAME, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LoadedCatalog loadSources(
      List<DefinitionSource> sources, boolean overBuiltin, List<Diagnostic> earlier) throws DefinitionException {
    List<Diagnostic> diagnostics = new ArrayList<>(earlier);
    Merge merge = new Merge(diagnostics);
    if (overBuiltin) {
      merge.base(builtinBase());
    }
    TreeReader reader = new TreeReader(options.maxFileBytes(), diagnostics);
    List<DefinitionSource> sorted = new ArrayList<>(sources);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    for (DefinitionSource source : sorted) {
      reader.read(source.name(), source.content(), source.isJson()).ifPresent(root -> merge.file(source.name(), root));
    }
    if (merge.unknown == null) {
      diagnostics.add(
          Diagnostic.error(
              Location.file(sorted.isEmpty() ? "<no files>" : sorted.get(0).name()),
              "/unknown",
              "no catalog-wide 'unknown' badge is defined",
              "add a top-level 'unknown: { label: Unknown, tone: neutral, icon: circle-help }'"));
    }
    BadgeCatalog catalog = null;
    List<Diagnostic> warnings = List.of();
    if (merge.unknown != null) {
      catalog = BadgeCatalog.of(merge.tones, new ArrayList<>(merge.domains.values()), merge.unknown);
      Set<String> declared = new TreeSet<>(merge.tones.keySet());
      declared.addAll(merge.brokenTones);
      diagnostics.addAll(
          new Validator(new ValidationOptions(options.contrastLevel()), IconSet.lucide())
              .validate(catalog, merge.sources, declared));
      warnings = new Linter().lint(catalog, merge.sources);
    }
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.sort(Diagnostic.ORDER);
      all.addAll(warnings);
      throw new DefinitionException(all);
    }
    return new LoadedCatalog(catalog, warnings, sorted.stream().map(DefinitionSource::name).toList());
  }

  private static volatile Merge builtinBase;

  /** The built-in palette and default unknown badge, which user definitions start from. */
  private Merge builtinBase() {
    Merge base = builtinBase;
    if (base == null) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      base = new Merge(diagnostics);
      DefinitionSource source = builtinSource();
      Node root =
          new TreeReader(LoadOptions.DEFAULT_MAX_FILE_BYTES, diagnostics)
              .read(source.name(), source.content(), false)
              .orElseThrow(() -> new IllegalStateException(diagnostics.toString()));
      base.file(source.name(), root);
      base.domains.clear();
      builtinBase = base;
    }
    return base;
  }

  /** Accumulates tones, domains and the default unknown badge across files. */
  private static final class Merge {
    final List<Diagnostic> diagnostics;
    final SourceMap sources = new SourceMap("<definitions>");
    final Map<String, Tone> tones = new TreeMap<>();
    final Set<String> brokenTones = new TreeSet<>();
    final Map<String, Location> toneDefinedAt = new HashMap<>();
    final Set<String> baseTones = new TreeSet<>();
    final Map<String, Domain> domains = new LinkedHashMap<>();
    final Map<String, Location> domainDefinedAt = new HashMap<>();
    Badge unknown;
    Location unknownDefinedAt;
    boolean unknownFromBase;

    Merge(List<Diagnostic> diagnostics) {
      this.diagnostics = diagnostics;
    }

    void base(Merge builtin) {
      tones.putAll(builtin.tones);
      baseTones.addAll(builtin.tones.keySet());
      sources.putAll(builtin.sources, "/tones", "/unknown");
      unknown = builtin.unknown;
      unknownFromBase = true;
    }

    void error(Location at, String pointer, String message, String fix) {
      diagnostics.add(Diagnostic.error(at, pointer, message, fix));
    }

    void file(String file, Node root) {
      sources.put("", Location.file(file));
      if (!(root instanceof MapNode top)) {
        error(root.at(), "", "the top level must be a map with a 'domains:' key, but it is " + root.kind(),
            "start the file with 'domains:' (see README \"The definition file\")");
        return;
      }
      for (Entry e : top.entries().values()) {
        String p = SourceMap.pointer(e.key());
        switch (e.key()) {
          case "$schema" -> requireText(e.value(), p, "$schema");
          case "tones" -> map(e.value(), p, "'tones'").ifPresent(m -> m.entries().values().forEach(t -> tone(t, p)));
          case "domains" -> map(e.value(), p, "'domains'").ifPresent(m -> m.entries().values().forEach(d -> domain(d, p)));
          case "unknown" -> {
            Badge b = badge(e.value(), p, Badge.UNKNOWN, true);
            if (unknownDefinedAt != null) {
              error(e.keyAt(), p, "the catalog-wide 'unknown' badge is already defined at " + unknownDefinedAt,
                  "define it in one file only");
            } else if (b != null) {
              unknown = b;
              unknownDefinedAt = e.keyAt();
              unknownFromBase = false;
              sources.put(p, e.keyAt());
            }
          }
          default -> unknownKey(e, p, TOP_KEYS, null);
        }
      }
    }

    void tone(Entry e, String parent) {
      String name = e.key();
      String p = parent + SourceMap.pointer(name);
      sources.put(p, e.keyAt());
      boolean ok = true;
      if (!TONE_NAME.matcher(name).matches()) {
        error(e.keyAt(), p, "tone name '" + name + "' is not a lower-case kebab name",
            "name tones with lower-case letters, digits and single hyphens, e.g. 'warning' or 'info-strong'");
        ok = false;
      }
      Location previous = toneDefinedAt.get(name);
      if (previous != null) {
        error(e.keyAt(), p, "tone '" + name + "' is already defined at " + previous, "define each tone in one file only");
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
            ToneColors c = colors(t.value(), tp, "the " + t.key() + " colours of tone '" + name + "'");
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
          error(m.at(), p + "/" + theme, "tone '" + name + "' has no '" + theme + "' colours",
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
    ToneColors colors(Node node, String p, String what) {
      MapNode m = map(node, p, what).orElse(null);
      if (m == null) {
        return null;
      }
      Map<String, Rgb> found = new HashMap<>();
      boolean ok = true;
      for (Entry c : m.entries().values()) {
        String cp = p + SourceMap.pointer(c.key());
        sources.put(cp, c.value().at());
        if (!COLOR_KEYS.contains(c.key())) {
          unknownKey(c, cp, COLOR_KEYS, what);
          ok = false;
          continue;
        }
        if (c.value() instanceof ScalarNode sn && (sn.text() == null || sn.text().isBlank())) {
          // background: #1e3a8a  -- a '#' after a space starts a YAML comment, so the value is empty.
          error(c.keyAt(), cp, "the " + c.key() + " colour is empty",
              "write the colour in quotes, e.g. " + c.key() + ": \"#1e3a8a\" (without quotes, YAML reads"
                  + " everything from ' #' on as a comment)");
          ok = false;
          continue;
        }
        String text = requireText(c.value(), cp, c.key());
        if (text == null) {
          ok = false;
          continue;
        }
        Rgb rgb = Rgb.parse(text.strip()).orElse(null);
        if (rgb == null) {
          error(c.value().at(), cp, "malformed colour '" + text + "' for " + c.key(),
              "write the colour as a hex string in quotes, \"#rgb\" or \"#rrggbb\", e.g. \"#1e3a8a\"");
          ok = false;
        } else {
          found.put(c.key(), rgb);
        }
      }
      for (String required : List.of("background", "foreground")) {
        if (!m.entries().containsKey(required) && !misspelt(m, required, COLOR_KEYS)) {
          error(m.at(), p + "/" + required, "missing '" + required + "' colour", "add '" + required + ": \"#rrggbb\"'");
          ok = false;
        }
      }
      return ok ? new ToneColors(found.get("background"), found.get("foreground"), found.get("border"), found.get("icon")) : null;
    }

    void domain(Entry e, String parent) {
      String name = e.key();
      String p = parent + SourceMap.pointer(name);
      Location previous = domainDefinedAt.get(name);
      if (previous != null) {
        error(e.keyAt(), p, "domain '" + name + "' is already defined at " + previous,
            "define each domain in one file only; merge the two definitions or rename one");
        return;
      }
      domainDefinedAt.put(name, e.keyAt());
      sources.put(p, e.keyAt());
      if (name.isBlank()) {
        error(e.keyAt(), p, "domain name is empty", "name the domain, e.g. 'operation_run.outcome'");
        return;
      }
      MapNode m = map(e.value(), p, "domain '" + name + "'").orElse(null);
      if (m == null) {
        return;
      }
      String title = null;
      String description = null;
      List<Badge> values = new ArrayList<>();
      Badge unknownBadge = null;
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
                error(d.keyAt(), dp, "domain '" + name + "' has no values", "add at least one value under 'values:'");
              }
              for (Entry v : vm.entries().values()) {
                String vp = dp + SourceMap.pointer(v.key());
                sources.put(vp, v.keyAt());
                if (v.key().isBlank()) {
                  error(v.keyAt(), vp, "value name is empty", "name the value as it appears in your data");
                  continue;
                }
                Badge b = badge(v.value(), vp, v.key(), false);
                if (b != null) {
                  values.add(b);
                }
              }
            }
          }
          case "unknown" -> unknownBadge = badge(d.value(), dp, Badge.UNKNOWN, true);
          default -> unknownKey(d, dp, DOMAIN_KEYS, "domain '" + name + "'");
        }
      }
      if (!m.entries().containsKey("values") && !misspelt(m, "values", DOMAIN_KEYS)) {
        error(e.keyAt(), p + "/values", "domain '" + name + "' has no 'values:' map",
            "add 'values:' with one entry per value, e.g. 'failed: { label: Failed, tone: danger, icon: circle-x }'");
      }
      domains.put(name, new Domain(name, title, description, values, unknownBadge));
    }

    Badge badge(Node node, String p, String value, boolean fallback) {
      MapNode m = map(node, p, fallback ? "the unknown badge" : "value '" + value + "'").orElse(null);
      if (m == null) {
        return null;
      }
      String label = null;
      String tone = null;
      String icon = null;
      String description = null;
      List<String> aliases = new ArrayList<>();
      boolean ok = true;
      for (Entry b : m.entries().values()) {
        String bp = p + SourceMap.pointer(b.key());
        sources.put(bp, b.value().at());
        switch (b.key()) {
          case "label" -> {
            label = requireText(b.value(), bp, "label");
            if (label != null && label.isBlank()) {
              error(b.value().at(), bp, "the label is empty", "give the badge the text users should read, e.g. 'Failed'");
              ok = false;
            }
          }
          case "tone" -> {
            tone = requireName(b.value(), bp, "tone", "name one of the tones, e.g. 'neutral', or one defined under 'tones:'");
            ok &= tone != null;
          }
          case "icon" -> {
            icon = requireName(b.value(), bp, "icon", "name a Lucide icon, e.g. 'circle-check' (https://lucide.dev/icons)");
            ok &= icon != null;
          }
          case "description" -> description = requireText(b.value(), bp, "description");
          case "aliases" -> {
            if (fallback) {
              error(b.keyAt(), bp, "the unknown badge cannot have 'aliases'",
                  "remove 'aliases': the unknown badge already stands for every value that is not listed;"
                      + " allowed keys: " + String.join(", ", UNKNOWN_KEYS));
              ok = false;
            } else if (b.value() instanceof ListNode list) {
              for (int i = 0; i < list.items().size(); i++) {
                String ap = bp + "/" + i;
                sources.put(ap, list.items().get(i).at());
                String alias = requireText(list.items().get(i), ap, "alias");
                if (alias != null) {
                  aliases.add(alias);
                } else {
                  ok = false;
                }
              }
            } else {
              error(b.value().at(), bp, "'aliases' must be a list, but it is " + b.value().kind(),
                  "write aliases as a list, e.g. 'aliases: [canceled]'");
              ok = false;
            }
          }
          default -> {
            unknownKey(b, bp, fallback ? UNKNOWN_KEYS : BADGE_KEYS, fallback ? "the unknown badge" : "value '" + value + "'");
            ok = false;
          }
        }
      }
      for (String required : List.of("label", "tone", "icon")) {
        if (!m.entries().containsKey(required) && !misspelt(m, required, fallback ? UNKNOWN_KEYS : BADGE_KEYS)) {
          error(m.at(), p + "/" + required, "missing '" + required + "'",
              "add '" + required + ":' to " + (fallback ? "the unknown badge" : "value '" + value + "'")
                  + (required.equals("icon") ? "; every badge has an icon so colour is never the only cue" : ""));
          ok = false;
        }
      }
      if (!ok || label == null || tone == null || icon == null) {
        return null;
      }
      return new Badge(value, label.strip(), tone.strip(), icon.strip(), aliases, description == null ? "" : description.strip());
    }

    java.util.Optional<MapNode> map(Node node, String p, String what) {
      if (node instanceof MapNode m) {
        return java.util.Optional.of(m);
      }
      error(node.at(), p, what + " must be a map, but it is " + node.kind(),
          "write it as 'key: value' lines indented under it (or a JSON object)");
      return java.util.Optional.empty();
    }

    String requireText(Node node, String p, String what) {
      if (node instanceof ScalarNode s && s.text() != null) {
        return s.text();
      }
      error(node.at(), p, "'" + what + "' must be text, but it is " + node.kind(),
          "write a single value, quoted if it contains ':' or '#'");
      return null;
    }

    /** An unknown key; {@code where} names the enclosing map, null for the top level. */
    void unknownKey(Entry e, String p, List<String> allowed, String where) {
      String near = closestKey(e.key(), allowed);
      String hint = near == null ? "" : "did you mean '" + near + "'? ";
      error(e.keyAt(), p,
          where == null ? "unknown top-level key '" + e.key() + "'" : "unknown key '" + e.key() + "' in " + where,
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

    /** A name-like field (tone, icon): text that is not blank, stripped. */
    String requireName(Node node, String p, String what, String fix) {
      String text = requireText(node, p, what);
      if (text == null) {
        return null;
      }
      if (text.isBlank()) {
        error(node.at(), p, "the " + what + " is empty", fix);
        return null;
      }
      return text.strip();
    }
  }
}
