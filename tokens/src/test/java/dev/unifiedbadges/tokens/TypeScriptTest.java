package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.testing.NodeTools;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static Path node;
  private static Path tsc;

  @BeforeAll
  static void installTypeScript() {
    node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(
        node != null, "node is not on the PATH: skipping the TypeScript declaration test");
    Path dir = NodeTools.install(NodeTools.TYPESCRIPT).orElse(null);
    Assumptions.assumeTrue(
        dir != null, "npm is not on the PATH: skipping the TypeScript declaration test");
    tsc = dir.resolve("node_modules/typescript/bin/tsc");
  }

  @Test
  void builtinDeclarationsAreLiteralUnions(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor, badgeClassName, badgeHtml, createBadgeElement, defineBadgeElement, catalog, type Badge, type BadgeDomain, type BadgeValue, type BadgeTone, type BadgeVariant, type BadgeSize, type BadgeOptions } from "./badges.js";

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
        const classes: string = badgeClassName("tenant.status", "active") + badgeClassName("tenant.status", fromServer);
        const html: string = badgeHtml("operation_run.outcome", "canceled") + badgeHtml("tenant.status", nullable);
        const element: HTMLSpanElement = createBadgeElement("tenant.status", "active");
        const inOtherDocument: HTMLSpanElement = createBadgeElement("tenant.status", fromServer, document);
        defineBadgeElement("status-badge");
        defineBadgeElement("status-badge", customElements);
        const variant: BadgeVariant = "dot";
        const size: BadgeSize = "sm";
        const options: BadgeOptions = { variant, size, iconOnly: true };
        const withOptions: string =
          badgeClassName("tenant.status", "active", { variant: "solid" })
          + badgeHtml("tenant.status", nullable, { size: "lg", iconOnly: false })
          + badgeHtml("tenant.status", "active", options);
        const styled: HTMLSpanElement = createBadgeElement("tenant.status", "active", { variant: "outline" });
        const styledElsewhere: HTMLSpanElement = createBadgeElement("tenant.status", "active", options, document);
        // @ts-expect-error not a variant
        badgeHtml("tenant.status", "active", { variant: "ghost" });
        // @ts-expect-error not a size
        badgeClassName("tenant.status", "active", { size: "xl" });
        // @ts-expect-error iconOnly is a boolean
        createBadgeElement("tenant.status", "active", { iconOnly: "yes" });

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
        // @ts-expect-error the helpers check values as badgeFor does
        badgeHtml("tenant.status", "nope");
        // @ts-expect-error and domains
        createBadgeElement("tenant.state", "active");
        // @ts-expect-error a custom element name has a hyphen
        defineBadgeElement("badge");

        export { alias, value, tone, label, names, wrong, noTone, classes, html, element, inOtherDocument, withOptions, styled, styledElsewhere };
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
  void aMisspelledValueFailsNamingTheValuesOfTheDomain(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor, badgeHtml } from "./badges.js";
        badgeFor("tenant.status", "actve");
        badgeHtml("operation_run.outcome", "cancel");
        """;
    BadgeCatalog catalog = TestCatalogs.builtin();
    Processes.Result r = compile(tmp, catalog, source);
    assertEquals(2, r.exitCode(), "tsc must reject an undefined value\n" + r.describe());
    assertEquals(
        namesOf(catalog.domains().get("tenant.status")),
        expectedType(r.stdout(), "check.ts(2,27)", "\"actve\""),
        r.describe());
    assertEquals(
        namesOf(catalog.domains().get("operation_run.outcome")),
        expectedType(r.stdout(), "check.ts(3,36)", "\"cancel\""),
        r.describe());
  }

  @Test
  void aValueOnlyKnownWithoutTheDomTypesStillTypeChecks(@TempDir Path tmp) throws IOException {
    String source =
        """
        import { badgeFor, createBadgeElement, type BadgeNode } from "./badges.js";
        const fromServer: string = String(Date.now());
        const b = badgeFor("tenant.status", fromServer);
        const fake = { createElement: (tag: "span"): BadgeNode => ({ className: tag, textContent: null, setAttribute() {}, append() {} }) };
        const node: BadgeNode = createBadgeElement("tenant.status", "active", fake);
        const dotted: BadgeNode = createBadgeElement("tenant.status", "active", { variant: "dot" }, fake);
        export { b, node, dotted };
        """;
    Processes.Result r = compile(tmp, TestCatalogs.builtin(), source, "--lib", "es2022");
    assertEquals(0, r.exitCode(), "tsc without lib dom found errors\n" + r.describe());
  }

  /** The values and aliases of a domain, as tsc prints string literals. */
  private static Set<String> namesOf(Domain domain) {
    Set<String> names = new TreeSet<>();
    for (Badge b : domain.values()) {
      names.add("\"" + b.value() + "\"");
      for (String alias : b.aliases()) {
        names.add("\"" + alias + "\"");
      }
    }
    return names;
  }

  /**
   * The members of the parameter type tsc names in its error at {@code where} for the argument
   * {@code argument}: "error TS2345: Argument of type '"actve"' is not assignable to parameter of
   * type '"active" | "archived" | …'."
   */
  private static Set<String> expectedType(String output, String where, String argument) {
    Matcher m =
        Pattern.compile(
                Pattern.quote(where)
                    + ": error TS2345: Argument of type '"
                    + Pattern.quote(argument)
                    + "' is not assignable to parameter of type '([^']*)'\\.")
            .matcher(output);
    assertTrue(m.find(), "no TS2345 error for " + argument + " at " + where + " in\n" + output);
    return new TreeSet<>(List.of(m.group(1).split(" \\| ")));
  }

  private static void typeCheck(Path tmp, BadgeCatalog catalog, String source) throws IOException {
    Processes.Result r = compile(tmp, catalog, source);
    assertEquals(0, r.exitCode(), "tsc --strict found errors\n" + r.describe());
  }

  private static Processes.Result compile(
      Path tmp, BadgeCatalog catalog, String source, String... options) throws IOException {
    Map<String, byte[]> files = TokenExporter.export(catalog, TokenOptions.defaults());
    Files.write(tmp.resolve("badges.js"), files.get(TokenExporter.JS));
    Files.write(tmp.resolve("badges.d.ts"), files.get(TokenExporter.DTS));
    Files.writeString(
        tmp.resolve("package.json"), "{\"type\": \"module\"}\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("check.ts"), source, StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
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
                "nodenext"));
    command.addAll(List.of(options));
    command.add("check.ts");
    return Processes.run(command, tmp, Map.of(), 300);
  }
}
