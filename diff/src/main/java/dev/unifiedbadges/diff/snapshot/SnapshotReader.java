package dev.unifiedbadges.diff.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.unifiedbadges.tokens.SnapshotFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JSON a {@link SnapshotFormat} wrote. Syntax errors name their line and column; a
 * document of the wrong shape names the member by JSON pointer.
 */
final class SnapshotReader {

  /** Far above the 20,000-pairing bench snapshot (about 5 MB); a bigger file is not ours. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private static final String REGENERATE =
      "point the baseline at the snapshot/badges.snapshot.json that badges:generate wrote, or"
          + " regenerate it";

  private final String source;

  private SnapshotReader(String source) {
    this.source = source;
  }

  static CatalogSnapshot read(Path file) throws IOException, SnapshotException {
    String source = file.toString();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw new SnapshotException(
          source, "", "is not a regular file", "point the baseline at a snapshot file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    }
    if (bytes.length > MAX_BYTES) {
      throw new SnapshotException(
          source,
          "",
          "is larger than " + (MAX_BYTES >> 20) + " MiB, far more than any catalog snapshot",
          REGENERATE);
    }
    return parse(bytes, source);
  }

  static CatalogSnapshot parse(byte[] json, String source) throws SnapshotException {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new SnapshotException(
            source,
            at.getLineNr() + ":" + at.getColumnNr(),
            "has more JSON after the snapshot's closing brace",
            REGENERATE);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String position = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr();
      // Jackson names the source and position again inside the message; the position is ours.
      String what = e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
      int nl = what.indexOf('\n');
      throw new SnapshotException(
          source,
          position,
          "is not valid JSON (" + (nl < 0 ? what : what.substring(0, nl)) + ")",
          "the file is corrupt or cut short; " + REGENERATE);
    } catch (IOException e) {
      throw new SnapshotException(
          source, "", "cannot be parsed (" + e.getMessage() + ")", REGENERATE);
    }
    if (root == null || root.isMissingNode()) {
      throw new SnapshotException(source, "", "is empty", REGENERATE);
    }
    return new SnapshotReader(source).snapshot(root);
  }

  private CatalogSnapshot snapshot(JsonNode root) throws SnapshotException {
    if (!root.isObject() || !root.has("snapshotVersion")) {
      throw new SnapshotException(
          source,
          "",
          "is not a catalog snapshot (it has no 'snapshotVersion' member)",
          "point the baseline at snapshot/badges.snapshot.json from a badges:generate output, at"
              + " badge definitions, or at groupId:artifactId:version of a released artifact");
    }
    JsonNode versionNode = root.get("snapshotVersion");
    if (!versionNode.isIntegralNumber() || versionNode.asInt() < 1) {
      throw shape("/snapshotVersion", "is not a positive whole number");
    }
    int version = versionNode.asInt();
    if (version > SnapshotFormat.SNAPSHOT_VERSION) {
      throw new SnapshotException(
          source,
          "/snapshotVersion",
          "is snapshot version "
              + version
              + ", written by "
              + generatorOf(root)
              + "; this plugin reads version "
              + SnapshotFormat.SNAPSHOT_VERSION
              + " and older",
          "run badges:diff with the plugin version that wrote the baseline or a newer one, or"
              + " regenerate the baseline with this version");
    }
    String generatorVersion = root.path("generator").path("version").asText("unknown");
    String baseClass = text(root.get("css"), "/css", "baseClass");
    TreeMap<String, SnapshotTone> tones = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : members(root, "", "tones")) {
      String at = "/tones/" + pointer(e.getKey());
      JsonNode t = object(e.getValue(), at);
      tones.put(
          e.getKey(),
          new SnapshotTone(
              e.getKey(),
              colors(t.get("light"), at + "/light"),
              colors(t.get("dark"), at + "/dark")));
    }
    TreeMap<String, SnapshotDomain> domains = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : members(root, "", "domains")) {
      String at = "/domains/" + pointer(e.getKey());
      domains.put(e.getKey(), domain(object(e.getValue(), at), at));
    }
    SnapshotBadge unknown = badge(root.get("unknown"), "/unknown");
    // Added within version 1: a snapshot written before variants has no surfaces.
    SnapshotSurfaces surfaces = null;
    JsonNode surfaceNode = root.get("surfaces");
    if (surfaceNode != null && !surfaceNode.isNull()) {
      JsonNode s = object(surfaceNode, "/surfaces");
      surfaces =
          new SnapshotSurfaces(
              surface(s.get("light"), "/surfaces/light"), surface(s.get("dark"), "/surfaces/dark"));
    }
    return new CatalogSnapshot(
        version, generatorVersion, baseClass, tones, domains, unknown, surfaces);
  }

  private SnapshotSurfaces.Surface surface(JsonNode node, String at) throws SnapshotException {
    JsonNode s = object(node, at);
    return new SnapshotSurfaces.Surface(text(s, at, "background"), text(s, at, "foreground"));
  }

  private SnapshotDomain domain(JsonNode d, String at) throws SnapshotException {
    List<SnapshotBadge> values = new ArrayList<>();
    JsonNode array = d.get("values");
    if (array == null || !array.isArray()) {
      throw shape(at + "/values", array == null ? "is missing" : "is not an array");
    }
    for (int i = 0; i < array.size(); i++) {
      values.add(badge(array.get(i), at + "/values/" + i));
    }
    String unknownFrom = text(d, at, "unknownFrom");
    return new SnapshotDomain(
        text(d, at, "name"),
        text(d, at, "title"),
        optionalText(d, at, "description"),
        deprecation(d.get("deprecated"), at + "/deprecated"),
        badge(d.get("unknown"), at + "/unknown"),
        "domain".equals(unknownFrom),
        values);
  }

  private SnapshotBadge badge(JsonNode node, String at) throws SnapshotException {
    JsonNode b = object(node, at);
    JsonNode aliasNode = b.get("aliases");
    List<String> aliases = new ArrayList<>();
    if (aliasNode != null) {
      if (!aliasNode.isArray()) {
        throw shape(at + "/aliases", "is not an array");
      }
      for (int i = 0; i < aliasNode.size(); i++) {
        if (!aliasNode.get(i).isTextual()) {
          throw shape(at + "/aliases/" + i, "is not a string");
        }
        aliases.add(aliasNode.get(i).asText());
      }
    }
    return new SnapshotBadge(
        text(b, at, "value"),
        text(b, at, "label"),
        text(b, at, "tone"),
        text(b, at, "icon"),
        optionalText(b, at, "description"),
        aliases,
        text(b, at, "className"),
        deprecation(b.get("deprecated"), at + "/deprecated"));
  }

  private SnapshotDeprecation deprecation(JsonNode node, String at) throws SnapshotException {
    if (node == null || node.isNull()) {
      return null;
    }
    JsonNode d = object(node, at);
    return new SnapshotDeprecation(
        optionalText(d, at, "reason"),
        nullableText(d, at, "since"),
        nullableText(d, at, "replacedBy"),
        nullableText(d, at, "removeIn"));
  }

  private SnapshotColors colors(JsonNode node, String at) throws SnapshotException {
    JsonNode c = object(node, at);
    // solid, outline and dot were added within version 1: optional, null when absent.
    SnapshotColors.Solid solid = null;
    JsonNode solidNode = c.get("solid");
    if (solidNode != null && !solidNode.isNull()) {
      JsonNode o = object(solidNode, at + "/solid");
      solid =
          new SnapshotColors.Solid(
              text(o, at + "/solid", "background"), text(o, at + "/solid", "foreground"));
    }
    SnapshotColors.Outline outline = null;
    JsonNode outlineNode = c.get("outline");
    if (outlineNode != null && !outlineNode.isNull()) {
      JsonNode o = object(outlineNode, at + "/outline");
      outline =
          new SnapshotColors.Outline(
              text(o, at + "/outline", "foreground"), text(o, at + "/outline", "border"));
    }
    return new SnapshotColors(
        text(c, at, "background"),
        text(c, at, "foreground"),
        nullableText(c, at, "border"),
        text(c, at, "icon"),
        solid,
        outline,
        nullableText(c, at, "dot"));
  }

  private Iterable<Map.Entry<String, JsonNode>> members(JsonNode parent, String at, String name)
      throws SnapshotException {
    JsonNode node = parent.get(name);
    JsonNode o = object(node, at + "/" + name);
    List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      list.add(it.next());
    }
    return list;
  }

  private JsonNode object(JsonNode node, String at) throws SnapshotException {
    if (node == null) {
      throw shape(at, "is missing");
    }
    if (!node.isObject()) {
      throw shape(at, "is not an object");
    }
    return node;
  }

  private String text(JsonNode parent, String at, String name) throws SnapshotException {
    JsonNode parentObject = object(parent, at);
    JsonNode node = parentObject.get(name);
    if (node == null) {
      throw shape(at + "/" + name, "is missing");
    }
    if (!node.isTextual()) {
      throw shape(at + "/" + name, "is not a string");
    }
    return node.asText();
  }

  private String optionalText(JsonNode parent, String at, String name) throws SnapshotException {
    String s = nullableText(parent, at, name);
    return s == null ? "" : s;
  }

  private String nullableText(JsonNode parent, String at, String name) throws SnapshotException {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw shape(at + "/" + name, "is not a string");
    }
    return node.asText();
  }

  private SnapshotException shape(String pointer, String problem) {
    return new SnapshotException(
        source,
        pointer,
        "this member " + problem + ", so the file is not a catalog snapshot this plugin wrote",
        REGENERATE);
  }

  private static String generatorOf(JsonNode root) {
    JsonNode g = root.get("generator");
    if (g != null && g.isObject() && g.path("version").isTextual()) {
      return g.path("name").asText("Unified Badges") + " " + g.path("version").asText();
    }
    return "an unknown generator";
  }

  /** A member name as a JSON pointer segment (RFC 6901). */
  private static String pointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
