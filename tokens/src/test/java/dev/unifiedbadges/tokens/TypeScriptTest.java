package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type-checks code against badges.d.ts with the TypeScript compiler in strict mode. Lines marked
 * {@code @ts-expect-error} must fail to compile (tsc reports an unused directive otherwise), which
 * proves the domain and value types are literal unions rather than {@code string}.
 */
class TypeScriptTest {

  static final String TYPESCRIPT_VERSION = "5.9.3";

  /** Installed once and reused by later runs; {@code mvn clean} removes it. */
  private static final Path CACHE =
      Path.of("target", "typescript-" + TYPESCRIPT_VERSION).toAbsolutePath();

  private static Path node;
  private static Path tsc;

  @BeforeAll
  static void installTypeScript() throws IOException {
    node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(
        node != null, "node is not on the PATH: skipping the TypeScript declaration test");
    tsc = CACHE.resolve("node_modules/typescript/bin/tsc");
    if (Files.isRegularFile(tsc)) {
      return;
    }
    Path npm = Processes.onPath("npm").orElse(null);
    Assumptions.assumeTrue(
        npm != null, "npm is not on the PATH: skipping the TypeScript declaration test");
    Files.createDirectories(CACHE);
    Processes.Result r =
        Processes.run(
            List.of(
                npm.toString(),
                "install",
                "--prefix",
                CACHE.toString(),
                "--no-audit",
                "--no-fund",
                "--no-package-lock",
                "--loglevel=error",
                "typescript@" + TYPESCRIPT_VERSION),
            CACHE,
            Map.of(),
            600);
    assertEquals(
        0,
        r.exitCode(),
        "npm install typescript@" + TYPESCRIPT_VERSION + " failed\n" + r.describe());
    assertTrue(Files.isRegularFile(tsc), "tsc not found after npm install at " + tsc);
  }

  @Test
  void builtinDeclarationsAreLiteralUnions(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor, catalog, type Badge, type BadgeDomain, type BadgeValue, type BadgeTone } from "./badges.js";

        const active: Badge = badgeFor("tenant.status", "active");
        const alias: Badge = badgeFor("operation_run.outcome", "canceled");
        const fromServer: string = String(Date.now());
        badgeFor("tenant.status", fromServer);
        const nullable: string | null = Date.now() > 0 ? fromServer : null;
        badgeFor("operation_run.status", nullable);
        badgeFor("tenant.status", null);
        badgeFor("tenant.status", undefined);
        badgeFor("tenant.is_current", true);
        const value: BadgeValue<"operation_run.outcome"> = "partial";
        const domain: BadgeDomain = "finding.severity";
        const tone: BadgeTone = catalog.domains["finding.severity"].values.high.tone;
        const label: string = catalog.domains[domain].unknown.label + catalog.unknown.className;
        const names: readonly string[] = active.aliases;

        // @ts-expect-error "nope" is not a value of tenant.status
        badgeFor("tenant.status", "nope");
        // @ts-expect-error an alias of another domain's value
        badgeFor("tenant.status", "canceled");
        // @ts-expect-error not a domain
        badgeFor("tenant.state", "active");
        // @ts-expect-error a domain name only known at run time is not a BadgeDomain
        badgeFor(fromServer, "active");
        // @ts-expect-error not a value of the domain
        const wrong: BadgeValue<"tenant.status"> = "pending";
        // @ts-expect-error not a value of the domain
        catalog.domains["finding.severity"].values.critical;
        // @ts-expect-error not a tone
        const noTone: BadgeTone = "purple";
        // @ts-expect-error badges are read-only
        active.label = "x";

        export { alias, value, tone, label, names, wrong, noTone };
        """;
    typeCheck(tmp, TestCatalogs.builtin(), source);
  }

  @Test
  void awkwardNamesStillTypeCheck(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor, catalog, type BadgeValue } from "./badges.js";

        badgeFor("2fa.status*/", "404");
        badgeFor("2fa.status*/", "Not Found");
        badgeFor("2fa.status*/", 404);
        badgeFor("Größe Status", "</script><b>");
        badgeFor("Größe Status", "__proto__");
        badgeFor("Größe Status", "日本");
        badgeFor("__proto__", "hasOwnProperty");
        const v: BadgeValue<"Größe Status"> = "日本";
        const l: string = catalog.domains["__proto__"].values.hasOwnProperty.label;

        // @ts-expect-error not a value
        badgeFor("2fa.status*/", "405");
        // @ts-expect-error not a value of that domain
        badgeFor("__proto__", "日本");

        export { v, l };
        """;
    typeCheck(tmp, TestCatalogs.awkward(), source);
  }

  @Test
  void aDeclarationErrorIsReported(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor } from "./badges.js";
        badgeFor("tenant.status", "nope");
        """;
    Processes.Result r = compile(tmp, TestCatalogs.builtin(), source);
    assertEquals(2, r.exitCode(), "tsc must reject an undefined value\n" + r.describe());
    assertTrue(r.stdout().contains("TS2769"), r.describe());
  }

  private static void typeCheck(
      Path tmp, dev.unifiedbadges.model.BadgeCatalog catalog, String source) throws IOException {
    Processes.Result r = compile(tmp, catalog, source);
    assertEquals(0, r.exitCode(), "tsc --strict found errors\n" + r.describe());
  }

  private static Processes.Result compile(
      Path tmp, dev.unifiedbadges.model.BadgeCatalog catalog, String source) throws IOException {
    Map<String, byte[]> files = TokenExporter.export(catalog, TokenOptions.defaults());
    Files.write(tmp.resolve("badges.js"), files.get(TokenExporter.JS));
    Files.write(tmp.resolve("badges.d.ts"), files.get(TokenExporter.DTS));
    Files.writeString(
        tmp.resolve("package.json"), "{\"type\": \"module\"}\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("check.ts"), source, StandardCharsets.UTF_8);
    return Processes.run(
        List.of(
            node.toString(),
            tsc.toString(),
            "--strict",
            "--noEmit",
            "--target",
            "es2022",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
            "check.ts"),
        tmp,
        Map.of(),
        300);
  }
}
