package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.tokens.ExportModel.BadgeInfo;
import dev.unifiedbadges.tokens.ExportModel.DomainInfo;
import dev.unifiedbadges.tokens.ExportModel.ToneInfo;
import dev.unifiedbadges.tokens.format.ColorFormat;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the DTCG Format Module 2025.10 token files (one per theme) and the Resolver Module 2025.10
 * document that selects between them with a {@code theme} modifier.
 *
 * <p>Both theme files share every token except the tone primitives, so the pairing part is rendered
 * once and spliced into each.
 */
final class DtcgExporter {

  static final String FORMAT_SCHEMA = "https://www.designtokens.org/schemas/2025.10/format.json";
  static final String RESOLVER_SCHEMA =
      "https://www.designtokens.org/schemas/2025.10/resolver.json";
  static final String RESOLVER_VERSION = "2025.10";

  /** The {@code $extensions} key this tool writes its badge metadata under. */
  static final String EXTENSION = "dev.unifiedbadges";

  /** Token names of a tone's colours, in output order. */
  static final String BACKGROUND = "background";

  static final String FOREGROUND = "foreground";
  static final String BORDER = "border";
  static final String ICON = "icon";

  /** A tone's variant groups and token: {@code solid}, {@code outline} and {@code dot}. */
  static final String SOLID = "solid";

  static final String OUTLINE = "outline";
  static final String DOT = "dot";

  /** The group of the surface colours, {@code badge.surface}, beside {@code badge.tone}. */
  static final String SURFACE_GROUP = Names.SURFACE_GROUP;

  /** The extension's {@code domain} of the catalog-wide fallback, which belongs to no domain. */
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final ExportModel p;
  private final ColorFormat format;

  /** Alias-token blocks per group level and tone. */
  private final Map<String, byte[]> aliasBlocks = new HashMap<>();

  /** JSON string literals of names that repeat on every pairing. */
  private final Map<String, byte[]> quotedCache = new HashMap<>();

  private DtcgExporter(ExportModel p, ColorFormat format) {
    this.p = p;
    this.format = format;
  }

  /** The token files' parts: each theme's head, then the pairings they share, then the end. */
  static ThemeFiles parts(ExportModel p, ColorFormat format) {
    return new DtcgExporter(p, format).render();
  }

  /** The parts of both theme files: only the head (the tone primitives) differs. */
  static final class ThemeFiles {
    private final Map<Theme, byte[]> heads;
    private final Utf8Builder shared;
    private final byte[] end;

    ThemeFiles(Map<Theme, byte[]> heads, Utf8Builder shared, byte[] end) {
      this.heads = heads;
      this.shared = shared;
      this.end = end;
    }

    long size(Theme theme) {
      return (long) heads.get(theme).length + shared.length() + end.length;
    }

    /** Writes a theme's file to a stream without assembling it in memory. */
    void writeTo(Theme theme, java.io.OutputStream out) throws java.io.IOException {
      out.write(heads.get(theme));
      shared.writeTo(out);
      out.write(end);
    }

    byte[] file(Theme theme) {
      byte[] head = heads.get(theme);
      byte[] file = new byte[head.length + shared.length() + end.length];
      System.arraycopy(head, 0, file, 0, head.length);
      shared.copyTo(file, head.length);
      System.arraycopy(end, 0, file, head.length + shared.length(), end.length);
      return file;
    }
  }

  /** File name of a theme's token file, relative to the resolver. */
  static String fileName(Theme theme) {
    return "badges." + theme.id() + ".tokens.json";
  }

  private ThemeFiles render() {
    int perPairing = 760;
    Utf8Builder shared =
        new Utf8Builder(
            8192 + p.pairingCount() * perPairing + p.domains.size() * (perPairing + 300));
    JsonWriter w = JsonWriter.prettyFragment(shared, 2);
    for (DomainInfo d : p.domains) {
      w.name(d.tokenName()).beginObject();
      if (d.domain().deprecated()) {
        deprecated(w, d.domain().deprecation());
      }
      if (!d.domain().description().isEmpty()) {
        w.member("$description", d.domain().description());
      }
      w.name("$extensions").beginObject().name(EXTENSION).beginObject();
      w.member("domain", d.domain().name()).member("title", d.domain().title());
      if (d.domain().deprecated()) {
        deprecation(w, d.domain().deprecation());
      }
      w.endObject().endObject();
      byte[] domain = quoted(d.domain().name());
      for (BadgeInfo b : d.values()) {
        badgeGroup(w, b, domain);
      }
      badgeGroup(w, d.unknown(), domain);
      w.endObject();
    }
    badgeGroup(w, p.unknown, NULL);

    // The shared part always holds at least the catalog fallback, so the document closes the same
    // way.
    byte[] end = "\n  }\n}\n".getBytes(StandardCharsets.UTF_8);
    Map<Theme, byte[]> heads = new EnumMap<>(Theme.class);
    for (Theme theme : Theme.values()) {
      Utf8Builder sb = new Utf8Builder(4096 + p.tones.size() * 1200);
      JsonWriter t = JsonWriter.pretty(sb);
      t.beginObject();
      t.member("$schema", FORMAT_SCHEMA);
      t.member(
          "$description",
          "Unified Badges: badge colour tokens, "
              + theme.id()
              + " theme. Generated from the badge catalog; do not edit.");
      t.name(DtcgNames.ROOT).beginObject();
      t.member("$type", "color");
      t.name(Names.TONE_GROUP).beginObject();
      t.name("$extensions").beginObject().name(EXTENSION).beginObject();
      t.name("variants").beginArray();
      for (Variant v : Variant.values()) {
        t.value(v.id());
      }
      t.endArray();
      t.name("sizes").beginArray();
      for (Size s : Size.values()) {
        t.value(s.id());
      }
      t.endArray();
      t.endObject().endObject();
      for (ToneInfo tone : p.tones) {
        ToneColors c = tone.tone().colors(theme);
        t.name(tone.name()).beginObject();
        color(t, BACKGROUND, c.background());
        color(t, FOREGROUND, c.foreground());
        if (tone.hasBorder()) {
          color(t, BORDER, c.border());
        }
        color(t, ICON, c.iconColor());
        ToneColors.Solid solid = c.solidColors();
        t.name(SOLID).beginObject();
        color(t, BACKGROUND, solid.background());
        color(t, FOREGROUND, solid.foreground());
        t.endObject();
        ToneColors.Outline outline = c.outlineColors();
        t.name(OUTLINE).beginObject();
        color(t, FOREGROUND, outline.foreground());
        color(t, BORDER, outline.border());
        t.endObject();
        color(t, DOT, c.dotColor());
        t.endObject();
      }
      t.endObject();
      Surface surface = p.catalog.surface(theme);
      t.name(SURFACE_GROUP).beginObject();
      color(t, BACKGROUND, surface.background());
      color(t, FOREGROUND, surface.foreground());
      t.endObject();
      heads.put(theme, sb.toByteArray());
    }
    return new ThemeFiles(heads, shared, end);
  }

  /**
   * A pairing or fallback: metadata under {@code $extensions} and its alias tokens. The hot path:
   * written from templates, exactly as the {@link JsonWriter} would (the golden files pin that).
   */
  private void badgeGroup(JsonWriter w, BadgeInfo info, byte[] quotedDomain) {
    Badge b = info.badge();
    w.name(info.tokenName());
    int level = w.depth();
    Utf8Builder sb = w.rawValueStart();
    String l1 = JsonWriter.newlineIndent(level + 1);
    String l2 = JsonWriter.newlineIndent(level + 2);
    String l3 = JsonWriter.newlineIndent(level + 3);
    sb.append('{');
    if (b.deprecated()) {
      sb.append(l1).append("\"$deprecated\": ");
      deprecatedValue(sb, b.deprecation());
      sb.append(',');
    }
    sb.append(l1)
        .append("\"$extensions\": {")
        .append(l2)
        .append('"')
        .append(EXTENSION)
        .append("\": {");
    sb.append(l3).append("\"label\": ");
    quote(sb, b.label());
    sb.append(',').append(l3).append("\"tone\": ").append(quoted(b.tone()));
    sb.append(',').append(l3).append("\"icon\": ").append(quoted(b.icon()));
    sb.append(',').append(l3).append("\"domain\": ").append(quotedDomain);
    sb.append(',').append(l3).append("\"value\": ");
    quote(sb, b.value());
    sb.append(',').append(l3).append("\"aliases\": [");
    List<String> aliases = b.aliases();
    if (!aliases.isEmpty()) {
      String l4 = JsonWriter.newlineIndent(level + 4);
      for (int i = 0; i < aliases.size(); i++) {
        sb.append(i == 0 ? l4 : "," + l4);
        quote(sb, aliases.get(i));
      }
      sb.append(l3);
    }
    sb.append("],").append(l3).append("\"description\": ");
    quote(sb, b.description());
    if (b.deprecated()) {
      sb.append(',').append(l3).append("\"deprecation\": ");
      deprecationObject(sb, b.deprecation(), JsonWriter.newlineIndent(level + 4), l3);
    }
    sb.append(l2).append('}').append(l1).append('}');
    sb.append(aliasTokens(info.tone(), level));
    sb.append(JsonWriter.newlineIndent(level)).append('}');
  }

  /**
   * DTCG 2025.10 {@code $deprecated} on a group: {@code true} for a bare deprecation, otherwise the
   * explanation string (reason, replacement, removal), which the format allows in place of true.
   */
  private static void deprecated(JsonWriter w, Deprecation d) {
    if (isBare(d)) {
      w.name("$deprecated").rawValue("true");
    } else {
      w.member("$deprecated", d.summary());
    }
  }

  private static void deprecatedValue(Utf8Builder sb, Deprecation d) {
    if (isBare(d)) {
      sb.append("true");
    } else {
      quote(sb, d.summary());
    }
  }

  private static boolean isBare(Deprecation d) {
    return d.reason().isBlank() && d.replacedBy() == null && d.removeIn() == null;
  }

  /** The machine-readable parts under {@code $extensions}: only the keys that were given. */
  private static void deprecation(JsonWriter w, Deprecation d) {
    w.name("deprecation");
    deprecationObject(w, d);
  }

  private static void deprecationObject(JsonWriter w, Deprecation d) {
    w.beginObject();
    w.member("reason", d.reason());
    if (d.since() != null) {
      w.member("since", d.since());
    }
    if (d.replacedBy() != null) {
      w.member("replacedBy", d.replacedBy());
    }
    if (d.removeIn() != null) {
      w.member("removeIn", d.removeIn());
    }
    w.endObject();
  }

  /** The same object for the templated path, exactly as {@link JsonWriter} would write it. */
  private static void deprecationObject(Utf8Builder sb, Deprecation d, String inner, String outer) {
    sb.append('{').append(inner).append("\"reason\": ");
    quote(sb, d.reason());
    String[][] optional = {
      {"since", d.since()}, {"replacedBy", d.replacedBy()}, {"removeIn", d.removeIn()}
    };
    for (String[] member : optional) {
      if (member[1] != null) {
        sb.append(',').append(inner).append('"').append(member[0]).append("\": ");
        quote(sb, member[1]);
      }
    }
    sb.append(outer).append('}');
  }

  /** {@code ,"background": {"$value": "{badge.tone.…}"}, …} for a tone at a group level, cached. */
  private byte[] aliasTokens(ToneInfo tone, int level) {
    String key = level + ":" + tone.name();
    byte[] cached = aliasBlocks.get(key);
    if (cached == null) {
      String base = "{" + DtcgNames.ROOT + "." + Names.TONE_GROUP + "." + tone.name() + ".";
      Utf8Builder sb = new Utf8Builder(512);
      JsonWriter w = JsonWriter.prettyFragment(sb, level + 1);
      alias(w, BACKGROUND, base + BACKGROUND + "}");
      alias(w, FOREGROUND, base + FOREGROUND + "}");
      if (tone.hasBorder()) {
        alias(w, BORDER, base + BORDER + "}");
      }
      alias(w, ICON, base + ICON + "}");
      cached = sb.toByteArray();
      aliasBlocks.put(key, cached);
    }
    return cached;
  }

  /**
   * A JSON string literal as UTF-8, cached: tone, icon and domain names repeat on every pairing.
   */
  private byte[] quoted(String s) {
    return quotedCache.computeIfAbsent(
        s,
        k -> {
          Utf8Builder sb = new Utf8Builder(k.length() + 8);
          quote(sb, k);
          return sb.toByteArray();
        });
  }

  private static void quote(Utf8Builder sb, String s) {
    JsonWriter.appendQuoted(sb, s, false);
  }

  private static void alias(JsonWriter w, String name, String ref) {
    w.name(name).beginObject().member("$value", ref).endObject();
  }

  /** A colour token; {@code null} is the transparent colour of a border one theme does not draw. */
  private void color(JsonWriter w, String name, Rgb rgb) {
    w.name(name).beginObject();
    w.member("$type", "color");
    w.name("$value");
    if (format == ColorFormat.HEX) {
      w.value(rgb == null ? "#00000000" : rgb.hex());
    } else {
      Rgb c = rgb == null ? new Rgb(0, 0, 0) : rgb;
      w.beginObject();
      w.member("colorSpace", "srgb");
      w.name("components").beginArray();
      w.rawValue(component(c.red()));
      w.rawValue(component(c.green()));
      w.rawValue(component(c.blue()));
      w.endArray();
      if (rgb == null) {
        w.name("alpha").rawValue("0");
      }
      w.member("hex", c.hex());
      w.endObject();
    }
    w.endObject();
  }

  /**
   * An 8-bit channel as a DTCG component in 0..1, rounded half-up to at most four decimals and
   * written as JavaScript would ({@code 0}, {@code 1}, {@code 0.0039}, {@code 0.5}). Four decimals
   * always round back to the same channel, so {@code hex} and {@code components} agree.
   */
  static String component(int channel) {
    if (channel <= 0) {
      return "0";
    }
    if (channel >= 255) {
      return "1";
    }
    int q = (20_000 * channel + 255) / 510;
    char[] digits = {
      (char) ('0' + q / 1000),
      (char) ('0' + q / 100 % 10),
      (char) ('0' + q / 10 % 10),
      (char) ('0' + q % 10)
    };
    int len = 4;
    while (len > 1 && digits[len - 1] == '0') {
      len--;
    }
    return "0." + new String(digits, 0, len);
  }

  /** The resolver document: a {@code theme} modifier whose contexts are the two token files. */
  static byte[] resolver() {
    Utf8Builder sb = new Utf8Builder(1024);
    JsonWriter w = JsonWriter.pretty(sb);
    w.beginObject();
    w.member("$schema", RESOLVER_SCHEMA);
    w.member("name", "Unified Badges");
    w.member("version", RESOLVER_VERSION);
    w.member(
        "description",
        "Badge colour tokens in a light and a dark theme. Generated from the badge catalog; do not edit.");
    w.name("modifiers").beginObject();
    w.name("theme").beginObject();
    w.member("description", "Colour theme");
    w.name("contexts").beginObject();
    for (Theme theme : Theme.values()) {
      w.name(theme.id())
          .beginArray()
          .beginObject()
          .member("$ref", fileName(theme))
          .endObject()
          .endArray();
    }
    w.endObject();
    w.member("default", Theme.LIGHT.id());
    w.endObject();
    w.endObject();
    w.name("resolutionOrder").beginArray();
    w.beginObject().member("$ref", "#/modifiers/theme").endObject();
    w.endArray();
    w.endObject();
    sb.append('\n');
    return sb.toByteArray();
  }
}
