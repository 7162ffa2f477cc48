package dev.unifiedbadges.tokens;

import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the output directory an npm package: {@code package.json} with an {@code exports} map for
 * the JS module (ES module and CommonJS, each with its types), the CSS, the token files and the
 * catalog snapshot, and the CommonJS entry {@code js/badges.cjs} with its declarations. It needs
 * the CSS, tokens, JS and snapshot formats, whose files it packages.
 */
public final class NpmFormat implements OutputFormat {

  public static final String ID = "npm";
  public static final String PACKAGE_JSON = "package.json";
  public static final String CJS = "js/badges.cjs";
  public static final String DCTS = "js/badges.d.cts";

  /** The option naming the package, e.g. {@code @acme/badges}. */
  public static final String NAME_OPTION = "name";

  /** The option holding the version: semver, or a Maven version that maps to one. */
  public static final String VERSION_OPTION = "version";

  /** What a valid name looks like, for error messages. */
  public static final String NAME_RULES =
      "lower-case letters, digits and - . _ ~, not starting with . or _, at most 214 characters,"
          + " optionally scoped as @scope/name, such as 'acme-badges' or '@acme/badges'";

  /** What a valid version looks like, for error messages. */
  public static final String VERSION_RULES =
      "a semantic version such as 1.2.0 or 1.2.0-rc.1; Maven versions with one to three numbers and"
          + " a '-' qualifier map to one (1.2-SNAPSHOT is 1.2.0-SNAPSHOT)";

  static final String DEFAULT_NAME = "badges";
  static final String DEFAULT_VERSION = "0.0.0";

  /**
   * The package name rules npm applies to new packages: lower case, URL-safe without {@code
   * ~'!()*}, no leading {@code .} or {@code _}, an optional {@code @scope/}.
   */
  private static final Pattern NAME =
      Pattern.compile("(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*");

  private static final int MAX_NAME_LENGTH = 214;

  private static final String NUMBER = "(0|[1-9][0-9]*)";
  private static final String IDENTIFIER = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";

  /**
   * Semver, with minor and patch optional as in Maven versions ({@code 1.2-SNAPSHOT} is {@code
   * 1.2.0-SNAPSHOT}).
   */
  private static final Pattern VERSION =
      Pattern.compile(
          NUMBER
              + "(?:\\."
              + NUMBER
              + ")?(?:\\."
              + NUMBER
              + ")?(-"
              + IDENTIFIER
              + "(?:\\."
              + IDENTIFIER
              + ")*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

  private static final String GROUP = "npm package";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put(
        NAME_OPTION,
        "The package name, e.g. @acme/badges: lower case, URL-safe, at most 214 characters.");
    options.put(
        VERSION_OPTION,
        "The package version: semver, or a Maven version such as 1.2-SNAPSHOT (1.2.0-SNAPSHOT).");
    return options;
  }

  @Override
  public Set<String> requires() {
    return Set.of(CssFormat.ID, DtcgFormat.ID, JsFormat.ID, SnapshotFormat.ID);
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    name(context);
    version(context);
    return List.of(
        new OutputFile(
            PACKAGE_JSON,
            GROUP,
            "npm package manifest: npm install this directory or its npm pack tarball; exports the JS"
                + " module, the CSS, the token files and the catalog snapshot.",
            "application/json"),
        new OutputFile(
            CJS,
            GROUP,
            "The JS module as CommonJS, for require(): the same code and data as badges.js.",
            "text/javascript"),
        new OutputFile(
            DCTS,
            GROUP,
            "TypeScript types for the CommonJS entry, the same as badges.d.ts.",
            "application/typescript"));
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    return List.of(
        () -> manifest(context).putInto(sink, PACKAGE_JSON),
        () -> JsExporter.moduleBuilder(ExportModel.of(context), true).putInto(sink, CJS),
        () -> JsExporter.declarationsBuilder(ExportModel.of(context)).putInto(sink, DCTS));
  }

  /**
   * True if npm accepts {@code name} for a new package: at most 214 characters, lower-case letters,
   * digits and {@code - . _ ~}, not starting with {@code .} or {@code _}, optionally scoped.
   */
  public static boolean isValidName(String name) {
    return name != null
        && name.length() <= MAX_NAME_LENGTH
        && NAME.matcher(name).matches()
        && !name.equals("node_modules")
        && !name.equals("favicon.ico");
  }

  /**
   * {@code version} as semver: itself if it is semver, {@code 1.2.0-SNAPSHOT} for the Maven version
   * {@code 1.2-SNAPSHOT}, {@code 1.0.0} for {@code 1}; empty if it cannot be mapped (four numbers,
   * a qualifier after a dot such as {@code 1.0.0.Final}, leading zeros).
   */
  public static Optional<String> semver(String version) {
    if (version == null) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(version.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group(1)
            + "."
            + (m.group(2) == null ? "0" : m.group(2))
            + "."
            + (m.group(3) == null ? "0" : m.group(3))
            + (m.group(4) == null ? "" : m.group(4))
            + (m.group(5) == null ? "" : m.group(5)));
  }

  private static String name(FormatContext context) {
    String name = context.option(NAME_OPTION).map(String::strip).orElse(DEFAULT_NAME);
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "npm.name '" + name + "' is not a valid npm package name: " + NAME_RULES);
    }
    return name;
  }

  private static String version(FormatContext context) {
    String version = context.option(VERSION_OPTION).orElse(DEFAULT_VERSION);
    return semver(version)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "npm.version '" + version + "' is not a semantic version: " + VERSION_RULES));
  }

  private static Utf8Builder manifest(FormatContext context) {
    boolean min = context.tokenOptions().minifiedCss();
    Utf8Builder sb = new Utf8Builder(2048);
    JsonWriter w = JsonWriter.pretty(sb).beginObject();
    w.name("name").value(name(context));
    w.name("version").value(version(context));
    w.name("description")
        .value("Badge CSS, design tokens and a typed JS module, generated by Unified Badges.");
    w.name("type").value("module");
    w.name("main").value("./" + CJS);
    w.name("module").value("./" + JsFormat.JS);
    w.name("types").value("./" + JsFormat.DTS);
    w.name("exports").beginObject();
    w.name(".").beginObject();
    w.name("import").beginObject();
    w.name("types").value("./" + JsFormat.DTS);
    w.name("default").value("./" + JsFormat.JS);
    w.endObject();
    w.name("require").beginObject();
    w.name("types").value("./" + DCTS);
    w.name("default").value("./" + CJS);
    w.endObject();
    w.endObject();
    for (Map.Entry<String, String> e : subpaths(min).entrySet()) {
      w.name(e.getKey()).value("./" + e.getValue());
    }
    w.endObject();
    w.name("files").beginArray();
    for (String dir : List.of("css/", "js/", "snapshot/", "tokens/")) {
      w.value(dir);
    }
    w.endArray();
    w.name("sideEffects").beginArray().value("*.css").endArray();
    w.endObject();
    sb.append('\n');
    return sb;
  }

  /** The exports besides the module: subpath to file. */
  static Map<String, String> subpaths(boolean minifiedCss) {
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("./css", CssFormat.CSS);
    if (minifiedCss) {
      paths.put("./css/min", CssFormat.CSS_MIN);
    }
    paths.put("./tokens/light", DtcgFormat.TOKENS_LIGHT);
    paths.put("./tokens/dark", DtcgFormat.TOKENS_DARK);
    paths.put("./tokens/resolver", DtcgFormat.RESOLVER);
    paths.put("./snapshot", SnapshotFormat.SNAPSHOT);
    paths.put("./snapshot/schema", SnapshotFormat.SCHEMA);
    paths.put("./package.json", PACKAGE_JSON);
    return paths;
  }

  /** Every path a consumer can import, for tests and docs. */
  static List<String> exportedSubpaths(boolean minifiedCss) {
    List<String> all = new ArrayList<>();
    all.add(".");
    all.addAll(subpaths(minifiedCss).keySet());
    return all;
  }
}
