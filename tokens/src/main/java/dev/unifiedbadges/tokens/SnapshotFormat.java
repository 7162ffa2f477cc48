package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.tokens.ExportModel.BadgeInfo;
import dev.unifiedbadges.tokens.ExportModel.DomainInfo;
import dev.unifiedbadges.tokens.ExportModel.ToneInfo;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The catalog snapshot: one JSON document of the resolved catalog (tones with their colours per
 * theme, the fallbacks, every domain and value with its CSS class), written by every generation
 * next to its JSON Schema. It is the record a later catalog is compared with ({@code badges:diff}),
 * travels in the npm package and the attached jar, and lets a runtime read the catalog without
 * parsing YAML.
 *
 * <p>Every object's members are sorted by name and no member depends on time, paths or the
 * platform, so two generations of one catalog write the same bytes. {@link #SNAPSHOT_VERSION} is a
 * major version: members are only added within it; a reader refuses a greater one.
 */
public final class SnapshotFormat implements OutputFormat {

  public static final String ID = "snapshot";
  public static final String SNAPSHOT = "snapshot/badges.snapshot.json";
  public static final String SCHEMA = "snapshot/badges.snapshot.schema.json";

  /** The schema on the classpath: the same bytes as {@link #SCHEMA}. */
  public static final String SCHEMA_RESOURCE =
      "dev/unifiedbadges/tokens/badges.snapshot.schema.json";

  /** The snapshot shape's major version, {@code snapshotVersion}. */
  public static final int SNAPSHOT_VERSION = 1;

  /** The generator name the snapshot records. */
  static final String GENERATOR_NAME = "Unified Badges";

  /** This generator's version (the Maven project version), which the snapshot records. */
  static final String GENERATOR_VERSION = generatorVersion();

  private static final String GROUP = "Catalog snapshot";
  private static final String MEDIA_TYPE = "application/json";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(
        new OutputFile(
            SNAPSHOT,
            GROUP,
            "The resolved catalog as one versioned JSON document: tones with their colours per"
                + " theme, every domain's values, labels, icons, aliases and CSS classes, and the"
                + " fallbacks, to compare releases with or to read without the definitions.",
            MEDIA_TYPE),
        new OutputFile(
            SCHEMA,
            GROUP,
            "The JSON Schema (draft 2020-12) of the snapshot, which the snapshot's $schema names.",
            "application/schema+json"));
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    return List.of(
        () -> render(ExportModel.of(context)).putInto(sink, SNAPSHOT),
        () -> sink.put(SCHEMA, schema()));
  }

  /** The schema's bytes, from the jar. */
  public static byte[] schema() {
    try (InputStream in =
        SnapshotFormat.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The snapshot a generation of {@code catalog} with {@code options} writes, for a tool that needs
   * one without writing the other files (the diff of a baseline given as definitions).
   */
  public static byte[] bytes(BadgeCatalog catalog, TokenOptions options) {
    return render(ExportModel.of(catalog, options)).toByteArray();
  }

  static Utf8Builder render(ExportModel model) {
    Utf8Builder sb = new Utf8Builder(4096 + 512 * model.pairingCount());
    JsonWriter w = JsonWriter.pretty(sb).beginObject();
    w.member("$schema", SCHEMA.substring(SCHEMA.lastIndexOf('/') + 1));
    w.name("css").beginObject().member("baseClass", model.css.base()).endObject();
    w.name("domains").beginObject();
    List<DomainInfo> domains =
        model.domains.stream()
            .sorted(Comparator.comparing((DomainInfo d) -> d.domain().name()))
            .toList();
    for (DomainInfo d : domains) {
      w.name(d.domain().name());
      domain(w, d);
    }
    w.endObject();
    w.name("generator").beginObject();
    w.member("name", GENERATOR_NAME).member("version", GENERATOR_VERSION);
    w.endObject();
    w.name("snapshotVersion").rawValue(Integer.toString(SNAPSHOT_VERSION));
    w.name("surfaces").beginObject();
    for (Theme theme : new Theme[] {Theme.DARK, Theme.LIGHT}) {
      Surface surface = model.catalog.surface(theme);
      w.name(theme.id()).beginObject();
      w.member("background", surface.background().hex());
      w.member("foreground", surface.foreground().hex());
      w.endObject();
    }
    w.endObject();
    w.name("tones").beginObject();
    List<ToneInfo> tones =
        model.tones.stream().sorted(Comparator.comparing(ToneInfo::name)).toList();
    for (ToneInfo tone : tones) {
      w.name(tone.name()).beginObject();
      w.name("dark");
      colors(w, tone.tone().colors(Theme.DARK));
      w.name("light");
      colors(w, tone.tone().colors(Theme.LIGHT));
      w.endObject();
    }
    w.endObject();
    w.name("unknown");
    badge(w, model.unknown);
    w.endObject();
    sb.append('\n');
    return sb;
  }

  private static void domain(JsonWriter w, DomainInfo d) {
    w.beginObject();
    deprecation(w, d.domain().deprecation());
    w.member("description", d.domain().description());
    w.member("name", d.domain().name());
    w.member("title", d.domain().title());
    w.name("unknown");
    badge(w, d.unknown());
    w.member("unknownFrom", d.domain().ownUnknown().isPresent() ? "domain" : "catalog");
    w.name("values").beginArray();
    for (BadgeInfo b : d.values()) {
      badge(w, b);
    }
    w.endArray();
    w.endObject();
  }

  private static void badge(JsonWriter w, BadgeInfo b) {
    w.beginObject();
    w.name("aliases").beginArray();
    for (String alias : b.badge().aliases()) {
      w.value(alias);
    }
    w.endArray();
    w.member("className", b.className());
    deprecation(w, b.badge().deprecation());
    w.member("description", b.badge().description());
    w.member("icon", b.badge().icon());
    w.member("label", b.badge().label());
    w.member("tone", b.badge().tone());
    w.member("value", b.badge().value());
    w.endObject();
  }

  /**
   * {@code "deprecated"}, when the definitions deprecate the value or domain: each part only when
   * given, so a bare {@code deprecated: true} is an empty object. Members stay sorted: it comes
   * after {@code className} in a badge and first in a domain.
   */
  private static void deprecation(JsonWriter w, Deprecation d) {
    if (d == null) {
      return;
    }
    w.name("deprecated").beginObject();
    if (!d.reason().isEmpty()) {
      w.member("reason", d.reason());
    }
    if (d.removeIn() != null) {
      w.member("removeIn", d.removeIn());
    }
    if (d.replacedBy() != null) {
      w.member("replacedBy", d.replacedBy());
    }
    if (d.since() != null) {
      w.member("since", d.since());
    }
    w.endObject();
  }

  private static void colors(JsonWriter w, ToneColors c) {
    w.beginObject();
    w.member("background", c.background().hex());
    if (c.border() != null) {
      w.member("border", c.border().hex());
    }
    w.member("dot", c.dotColor().hex());
    w.member("foreground", c.foreground().hex());
    w.member("icon", c.iconColor().hex());
    ToneColors.Outline outline = c.outlineColors();
    w.name("outline").beginObject();
    w.member("border", outline.border().hex());
    w.member("foreground", outline.foreground().hex());
    w.endObject();
    ToneColors.Solid solid = c.solidColors();
    w.name("solid").beginObject();
    w.member("background", solid.background().hex());
    w.member("foreground", solid.foreground().hex());
    w.endObject();
    w.endObject();
  }

  private static String generatorVersion() {
    Properties p = new Properties();
    try (InputStream in = SnapshotFormat.class.getResourceAsStream("generator.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version", "");
    return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
  }
}
