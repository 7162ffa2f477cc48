package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.testing.NodeTools;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output as a consumer sees it: {@code npm pack} of the CSS, tokens, JS, snapshot and npm
 * formats, installed offline into a fresh {@code npm init -y} project, then imported by Node as ES
 * module and CommonJS, type-checked by tsc, bundled by esbuild, and checked by {@code npm publish
 * --dry-run}.
 */
class NpmPackageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAME = "@acme/badges";
  private static final String PARTIAL =
      "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
          + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>";

  @TempDir static Path tmp;

  private static Path node;
  private static Path npm;
  private static Path packageDir;
  private static Path consumer;
  private static Set<String> packed;

  @BeforeAll
  static void packAndInstall() throws IOException {
    node = Processes.onPath("node").orElse(null);
    npm = Processes.onPath("npm").orElse(null);
    Assumptions.assumeTrue(
        node != null && npm != null, "node or npm is not on the PATH: skipping the package test");
    packageDir = tmp.resolve("badges");
    write(packageDir, TestCatalogs.builtin(), Map.of("npm.name", NAME, "npm.version", "1.2.0"));
    // What the generator also leaves in the output directory must stay out of the package.
    Files.writeString(packageDir.resolve(".unified-badges"), "marker\n");
    Files.createDirectories(packageDir.resolve("site"));
    Files.writeString(packageDir.resolve("site/index.html"), "<!doctype html>\n");

    Processes.Result pack = npm(packageDir, "pack", "--json", "--pack-destination", tmp.toString());
    JsonNode info = JSON.readTree(pack.stdout()).get(0);
    packed = new TreeSet<>();
    for (JsonNode f : info.get("files")) {
      packed.add(f.get("path").asText());
    }
    Path tarball = tmp.resolve(info.get("filename").asText());

    consumer = tmp.resolve("consumer");
    Files.createDirectories(consumer);
    npm(consumer, "init", "-y");
    npm(consumer, "install", "--offline", "--no-audit", "--no-fund", tarball.toString());
  }

  @Test
  void thePackageHoldsTheCssTokensJsAndSnapshotButNotTheSite() {
    assertEquals(
        new TreeSet<>(
            List.of(
                "package.json",
                CssFormat.CSS,
                CssFormat.CSS_MIN,
                DtcgFormat.TOKENS_LIGHT,
                DtcgFormat.TOKENS_DARK,
                DtcgFormat.RESOLVER,
                JsFormat.JS,
                JsFormat.DTS,
                SnapshotFormat.SNAPSHOT,
                SnapshotFormat.SCHEMA,
                NpmFormat.CJS,
                NpmFormat.DCTS)),
        packed);
  }

  @Test
  void everyExportImportsAsAnEsModule() throws IOException {
    String script =
        """
        import { readFileSync, existsSync } from "node:fs";
        import { fileURLToPath } from "node:url";
        import * as badges from "@acme/badges";
        const pkg = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("@acme/badges/package.json")), "utf8"));
        const out = { exports: Object.keys(badges).sort(), subpaths: {} };
        for (const key of Object.keys(pkg.exports)) {
          const spec = "@acme/badges" + key.slice(1);
          const file = fileURLToPath(import.meta.resolve(spec));
          let kind = "exists:" + existsSync(file);
          if (file.endsWith(".json")) {
            const json = (await import(spec, { with: { type: "json" } })).default;
            kind = "json:" + (typeof json === "object");
          } else if (file.endsWith(".js")) {
            kind = "module:" + typeof (await import(spec)).badgeFor;
          }
          out.subpaths[key] = kind;
        }
        out.html = badges.badgeHtml("operation_run.outcome", "partial");
        out.className = badges.badgeClassName("operation_run.outcome", "nope");
        console.log(JSON.stringify(out));
        """;
    JsonNode out = runNode("esm.mjs", script);
    assertEquals(
        "[\"badgeClassName\",\"badgeFor\",\"badgeHtml\",\"catalog\",\"createBadgeElement\","
            + "\"defineBadgeElement\"]",
        out.get("exports").toString());
    assertEquals(PARTIAL, out.get("html").asText());
    assertEquals("badge badge--operation-run-outcome--unknown", out.get("className").asText());
    assertEquals(
        "{\".\":\"module:function\",\"./css\":\"exists:true\",\"./css/min\":\"exists:true\","
            + "\"./tokens/light\":\"json:true\",\"./tokens/dark\":\"json:true\","
            + "\"./tokens/resolver\":\"json:true\",\"./snapshot\":\"json:true\","
            + "\"./snapshot/schema\":\"json:true\",\"./package.json\":\"json:true\"}",
        out.get("subpaths").toString());
  }

  @Test
  void everyExportRequiresAsCommonJsInADefaultProject() throws IOException {
    String script =
        """
        const { existsSync } = require("node:fs");
        const pkg = require("@acme/badges/package.json");
        const badges = require("@acme/badges");
        const out = { exports: Object.keys(badges).sort(), subpaths: {} };
        for (const key of Object.keys(pkg.exports)) {
          const spec = "@acme/badges" + key.slice(1);
          const file = require.resolve(spec);
          let kind = "exists:" + existsSync(file);
          if (file.endsWith(".json")) {
            kind = "json:" + (typeof require(spec) === "object");
          } else if (file.endsWith(".cjs")) {
            kind = "module:" + typeof require(spec).badgeFor;
          }
          out.subpaths[key] = kind;
        }
        out.html = badges.badgeHtml("operation_run.outcome", "partial");
        console.log(JSON.stringify(out));
        """;
    // A .js file in an npm init -y project: CommonJS, where badges.js alone failed with
    // "Unexpected token 'export'".
    JsonNode out = runNode("cjs.js", script);
    assertEquals(
        "[\"badgeClassName\",\"badgeFor\",\"badgeHtml\",\"catalog\",\"createBadgeElement\","
            + "\"defineBadgeElement\"]",
        out.get("exports").toString());
    assertEquals(PARTIAL, out.get("html").asText());
    assertEquals(
        "{\".\":\"module:function\",\"./css\":\"exists:true\",\"./css/min\":\"exists:true\","
            + "\"./tokens/light\":\"json:true\",\"./tokens/dark\":\"json:true\","
            + "\"./tokens/resolver\":\"json:true\",\"./snapshot\":\"json:true\","
            + "\"./snapshot/schema\":\"json:true\",\"./package.json\":\"json:true\"}",
        out.get("subpaths").toString());
  }

  @Test
  void tscStrictAcceptsThePackageWithNode16AndBundlerResolution() throws IOException {
    Path tsc = tool(NodeTools.TYPESCRIPT).resolve("node_modules/typescript/bin/tsc");
    Files.writeString(
        consumer.resolve("esm.mts"),
        """
        import { badgeFor, badgeHtml, type Badge } from "@acme/badges";
        import "@acme/badges/css";
        const b: Badge = badgeFor("tenant.status", "active");
        const fromServer: string = String(Date.now());
        export const html: string = badgeHtml("tenant.status", fromServer) + b.label;
        """);
    Files.writeString(
        consumer.resolve("cjs.cts"),
        """
        import badges = require("@acme/badges");
        export const html: string = badges.badgeHtml("tenant.status", "active");
        """);
    Files.writeString(
        consumer.resolve("bundled.ts"),
        """
        import { badgeClassName } from "@acme/badges";
        import light from "@acme/badges/tokens/light";
        import "@acme/badges/css/min";
        export const name: string = badgeClassName("finding.severity", "high") + typeof light;
        """);
    Processes.Result node16 =
        run(
            consumer,
            node.toString(),
            tsc.toString(),
            "--strict",
            "--noEmit",
            "--module",
            "node16",
            "--moduleResolution",
            "node16",
            "esm.mts",
            "cjs.cts");
    assertEquals(0, node16.exitCode(), "node16\n" + node16.describe());
    Processes.Result bundler =
        run(
            consumer,
            node.toString(),
            tsc.toString(),
            "--strict",
            "--noEmit",
            "--module",
            "esnext",
            "--moduleResolution",
            "bundler",
            "--resolveJsonModule",
            "bundled.ts",
            "esm.mts");
    assertEquals(0, bundler.exitCode(), "bundler\n" + bundler.describe());
  }

  @Test
  void esbuildBundlesAPageWithTheModuleAndTheCss() throws IOException {
    Path esbuild = tool(NodeTools.ESBUILD).resolve("node_modules/esbuild/bin/esbuild");
    Files.writeString(
        consumer.resolve("page.js"),
        """
        import { badgeHtml } from "@acme/badges";
        import "@acme/badges/css";
        document.body.innerHTML = badgeHtml("operation_run.outcome", "partial");
        """);
    Processes.Result r =
        run(
            consumer,
            esbuild.toString(),
            "page.js",
            "--bundle",
            "--format=esm",
            "--outdir=dist",
            "--log-level=warning");
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals("", r.stderr().strip(), "esbuild warned\n" + r.describe());
    String js = Files.readString(consumer.resolve("dist/page.js"), StandardCharsets.UTF_8);
    String css = Files.readString(consumer.resolve("dist/page.css"), StandardCharsets.UTF_8);
    assertTrue(js.contains("function badgeHtml("), "the helper is bundled");
    assertFalse(js.contains("function defineBadgeElement("), "unused helpers are dropped");
    assertTrue(css.contains(".badge--operation-run-outcome--partial"), "the CSS is bundled");
  }

  @Test
  void npmPublishDryRunAcceptsThePackage() {
    Processes.Result r = npm(packageDir, "publish", "--dry-run", "--access", "public");
    assertTrue(r.stdout().contains("+ " + NAME + "@1.2.0"), r.describe());
    assertFalse(
        r.stderr().contains("auto-corrected"), "npm corrected the manifest\n" + r.describe());
  }

  @Test
  void theManifestExportsTypesFirstAndNamesItsSideEffects() throws IOException {
    JsonNode pkg = JSON.readTree(packageDir.resolve("package.json").toFile());
    assertEquals("module", pkg.get("type").asText());
    JsonNode root = pkg.get("exports").get(".");
    for (String condition : List.of("import", "require")) {
      Iterator<String> names = root.get(condition).fieldNames();
      assertEquals("types", names.next(), condition + ": types come first");
    }
    List<String> files = new ArrayList<>();
    pkg.get("files").forEach(f -> files.add(f.asText()));
    assertEquals(List.of("css/", "js/", "snapshot/", "tokens/"), files);
    assertEquals("[\"*.css\"]", pkg.get("sideEffects").toString());
  }

  private static void write(Path dir, BadgeCatalog catalog, Map<String, String> options)
      throws IOException {
    List<OutputFormat> formats =
        List.of(
            new CssFormat(),
            new DtcgFormat(),
            new JsFormat(),
            new SnapshotFormat(),
            new NpmFormat());
    for (Map.Entry<String, byte[]> e :
        TokenExporter.export(catalog, TokenOptions.defaults(), formats, options).entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
  }

  private static Path tool(String spec) {
    Path dir = NodeTools.install(spec).orElse(null);
    Assumptions.assumeTrue(dir != null, "npm is not on the PATH");
    return dir;
  }

  private static JsonNode runNode(String file, String script) throws IOException {
    Files.writeString(consumer.resolve(file), script, StandardCharsets.UTF_8);
    Processes.Result r = run(consumer, node.toString(), file);
    assertEquals(0, r.exitCode(), r.describe());
    return JSON.readTree(r.stdout());
  }

  private static Processes.Result npm(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of(npm.toString()));
    command.addAll(List.of(args));
    command.add("--loglevel=warn");
    Processes.Result r = Processes.run(command, dir, Map.of(), 300);
    assertEquals(0, r.exitCode(), String.join(" ", command) + "\n" + r.describe());
    return r;
  }

  private static Processes.Result run(Path dir, String... command) {
    return Processes.run(List.of(command), dir, Map.of(), 300);
  }
}
