package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.runtime.Badge;
import dev.unifiedbadges.testing.NodeTools;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog with deprecations, through every token output: DTCG {@code $deprecated}, the JSDoc of
 * badges.d.ts, {@code @Deprecated} on the generated Java, and resolution unchanged everywhere.
 */
class DeprecationOutputsTest {

  static final String YAML =
      """
      domains:
        job.status:
          values:
            succeeded: { label: Succeeded, tone: success, icon: circle-check }
            done:
              label: Done
              tone: success
              icon: circle-check
              aliases: [finished]
              deprecated: { reason: Renamed, since: "1.4", replacedBy: succeeded, removeIn: "2.0" }
            old: { label: Old, tone: neutral, icon: circle-help, deprecated: true }
            legacy: { label: Legacy, tone: neutral, icon: circle-help, deprecated: "Nobody reads it */ @x." }
        run.status:
          deprecated: { reason: Merged into job.status., replacedBy: job.status }
          values:
            ok: { label: OK, tone: success, icon: check }
      """;

  private static BadgeCatalog catalog() throws DefinitionException {
    return TestCatalogs.fromYaml(YAML);
  }

  private static Map<String, byte[]> files() throws DefinitionException {
    return TokenExporter.export(catalog(), TokenOptions.defaults());
  }

  private static String text(String path) throws DefinitionException {
    return new String(files().get(path), StandardCharsets.UTF_8);
  }

  @Test
  void dtcgMarksThePairingGroupWithTheExplanationOrTrue() throws Exception {
    JsonNode badge =
        new ObjectMapper().readTree(files().get(TokenExporter.TOKENS_LIGHT)).get("badge");
    JsonNode done = badge.get("job-status").get("done");
    assertEquals("Renamed. Use 'succeeded'. Removed in 2.0.", done.get("$deprecated").textValue());
    JsonNode extension = done.get("$extensions").get("dev.unifiedbadges").get("deprecation");
    assertEquals("succeeded", extension.get("replacedBy").textValue());
    assertEquals("1.4", extension.get("since").textValue());
    assertEquals("2.0", extension.get("removeIn").textValue());
    JsonNode old = badge.get("job-status").get("old");
    assertTrue(old.get("$deprecated").isBoolean() && old.get("$deprecated").booleanValue());
    assertFalse(badge.get("job-status").get("succeeded").has("$deprecated"));
    assertFalse(badge.get("job-status").has("$deprecated"));
    assertEquals(
        "Merged into job.status. Use 'job.status'.",
        badge.get("run-status").get("$deprecated").textValue());
    // The alias tokens are still there: a deprecated badge still renders.
    assertEquals(
        "{badge.tone.success.background}", done.get("background").get("$value").textValue());
  }

  @Test
  void cssKeepsTheClassesOfDeprecatedValues() throws Exception {
    String css = text(TokenExporter.CSS);
    assertTrue(css.contains(".badge--job-status--done"), "pairing class");
    assertTrue(css.contains(".badge--run-status--ok"), "deprecated domain's class");
  }

  @Test
  void theTypesCarryADeprecatedJsDocOnTheDomainAndOnEachDeprecatedValueEntry() throws Exception {
    String dts = text(TokenExporter.DTS);
    assertTrue(
        dts.contains(
            "    /** @deprecated Renamed. Use 'succeeded'. Removed in 2.0. */\n"
                + "    readonly \"done\": Badge;\n"),
        dts);
    assertTrue(dts.contains("    /** @deprecated Deprecated. */\n    readonly \"old\": Badge;\n"));
    assertTrue(dts.contains("/** @deprecated Nobody reads it *\\/ \\@x. */"), "escaped: " + dts);
    assertTrue(dts.contains("    readonly \"succeeded\": Badge;\n"));
    assertFalse(dts.contains("*/\n    readonly \"succeeded\""), "a current value has no note");
    assertTrue(
        dts.contains(
            "  /** @deprecated Merged into job.status. Use 'job.status'. */\n  \"run.status\":"),
        dts);
    assertTrue(
        dts.contains("readonly values: { readonly [V in keyof BadgeValueEntries[D]]: Badge };"));
  }

  @Test
  void typeScriptReportsUsingADeprecatedCatalogEntryAsDeprecated(@TempDir Path tmp)
      throws Exception {
    Path node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(node != null, "node is not on the PATH");
    Path ts = NodeTools.install(NodeTools.TYPESCRIPT).orElse(null);
    Assumptions.assumeTrue(ts != null, "npm is not on the PATH");
    Map<String, byte[]> files = files();
    Files.write(tmp.resolve("badges.js"), files.get(TokenExporter.JS));
    Files.write(tmp.resolve("badges.d.ts"), files.get(TokenExporter.DTS));
    Files.writeString(tmp.resolve("package.json"), "{\"type\": \"module\"}\n");
    Files.writeString(
        tmp.resolve("check.ts"),
        """
        import { badgeFor, catalog } from "./badges.js";
        const a = catalog.domains["job.status"].values.done.label;
        const b = catalog.domains["job.status"].values.succeeded.label;
        const c = badgeFor("job.status", "done").label;
        export { a, b, c };
        """);
    // tsc prints no suggestions; the language service, which editors use, does (code 6385).
    Files.writeString(
        tmp.resolve("suggest.cjs"),
        """
        const ts = require(process.argv[2]);
        const path = require("path");
        const file = path.resolve("check.ts");
        const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
        const host = {
          getScriptFileNames: () => [file], getScriptVersion: () => "1",
          getScriptSnapshot: (f) => ts.sys.fileExists(f)
            ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)) : undefined,
          getCurrentDirectory: () => process.cwd(), getCompilationSettings: () => options,
          getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
          fileExists: ts.sys.fileExists, readFile: ts.sys.readFile,
          readDirectory: ts.sys.readDirectory, directoryExists: ts.sys.directoryExists,
          getDirectories: ts.sys.getDirectories,
        };
        const service = ts.createLanguageService(host, ts.createDocumentRegistry());
        for (const d of service.getSemanticDiagnostics(file)) {
          console.log("error " + d.code + " " + ts.flattenDiagnosticMessageText(d.messageText, " "));
        }
        for (const d of service.getSuggestionDiagnostics(file)) {
          const at = ts.getLineAndCharacterOfPosition(d.file, d.start);
          console.log("suggestion " + d.code + " " + (at.line + 1) + ":" + (at.character + 1)
            + " " + ts.flattenDiagnosticMessageText(d.messageText, " "));
        }
        """);
    Processes.Result r =
        Processes.run(
            List.of(
                node.toString(), "suggest.cjs", ts.resolve("node_modules/typescript").toString()),
            tmp,
            Map.of(),
            300);
    assertEquals(0, r.exitCode(), r.describe());
    assertFalse(r.stdout().contains("error "), r.describe());
    assertEquals(
        "suggestion 6385 2:48 'done' is deprecated.",
        r.stdout().strip(),
        "exactly one deprecation, on the deprecated entry\n" + r.describe());
  }

  @Test
  void generatedJavaAnnotatesTheConstantAndCallersGetADeprecationWarning(@TempDir Path tmp)
      throws Exception {
    GeneratedJava generated = GeneratedJava.compile(catalog(), new CssNames("badge"), tmp);
    String source = generated.source();
    assertTrue(
        source.contains(
            "     * @deprecated Renamed. Use &#39;succeeded&#39;. Removed in 2.0.\n"
                + "     */\n"
                + "    @java.lang.Deprecated(since = \"1.4\", forRemoval = true)\n"
                + "    public static final dev.unifiedbadges.runtime.Badge DONE ="),
        source);
    assertTrue(source.contains("    @java.lang.Deprecated(forRemoval = false)\n"), "bare");
    assertTrue(
        source.contains("  @java.lang.Deprecated(forRemoval = false)\n  public static final class"),
        "domain class");
    Field done = generated.field("JobStatus", "DONE");
    Deprecated annotation = done.getAnnotation(Deprecated.class);
    assertEquals("1.4", annotation.since());
    assertTrue(annotation.forRemoval());

    // Resolution is unchanged: by name, by alias, and the constant itself.
    assertEquals("done", generated.resolve("job.status", "done").value());
    assertEquals("done", generated.resolve("job.status", "FINISHED").value());
    assertEquals("ok", generated.resolve("run.status", "ok").value());
    assertEquals("Done", generated.constant("JobStatus", "DONE").label());

    Path use = tmp.resolve("use/Use.java");
    Files.createDirectories(use.getParent());
    Files.writeString(
        use,
        "class Use {\n"
            + "  dev.unifiedbadges.runtime.Badge b = com.example.badges.Badges.JobStatus.DONE;\n"
            + "  dev.unifiedbadges.runtime.Badge c ="
            + " com.example.badges.Badges.JobStatus.SUCCEEDED;\n"
            + "}\n");
    String messages = javac(use, tmp.resolve("classes"), tmp.resolve("use-classes"));
    assertTrue(
        messages.contains(
            "Use.java:2: warning: [removal] DONE in JobStatus has been deprecated"
                + " and marked for removal"),
        messages);
    assertFalse(messages.contains("SUCCEEDED"), messages);
  }

  private static String javac(Path source, Path classes, Path out) throws Exception {
    Files.createDirectories(out);
    Path runtime = Path.of(Badge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      boolean ok =
          javac
              .getTask(
                  messages,
                  fm,
                  null,
                  List.of(
                      "-classpath",
                      classes + java.io.File.pathSeparator + runtime,
                      "-d",
                      out.toString(),
                      "-Xlint:deprecation",
                      "--release",
                      "17"),
                  null,
                  fm.getJavaFileObjects(source))
              .call();
      assertTrue(ok, messages.toString());
    }
    return messages.toString();
  }

  @Test
  void theJsModuleStillResolvesADeprecatedValue(@TempDir Path tmp) throws Exception {
    Path node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(node != null, "node is not on the PATH");
    Files.write(tmp.resolve("badges.mjs"), files().get(TokenExporter.JS));
    Processes.Result r =
        Processes.run(
            List.of(
                node.toString(),
                "--input-type=module",
                "-e",
                "import { badgeFor } from './badges.mjs';"
                    + " console.log(badgeFor('job.status', 'done').value,"
                    + " badgeFor('job.status', ' Finished ').value, badgeFor('run.status', 'ok').value);"),
            tmp,
            Map.of(),
            60);
    assertEquals("done done ok", r.stdout().strip(), r.describe());
  }
}
