package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.runtime.Badge;
import dev.unifiedbadges.testing.TestCatalogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated {@code Badges.java}: its shape, its names and the markup it renders. */
class JavaFormatTest {

  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "java", "builtin", "Badges.java");
  private static final boolean UPDATE = Boolean.getBoolean("badges.updateGolden");

  @Test
  void theBuiltInCatalogsSourceMatchesItsGoldenFile() throws Exception {
    String source =
        JavaExporter.source(TestCatalogs.builtin(), new CssNames("badge"), "com.example.badges");
    if (UPDATE) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, source, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        source,
        "rerun with -Dbadges.updateGolden=true after an intended change");
  }

  @Test
  void everyValueAndFallbackIsAConstantOfItsDomainsClass(@TempDir Path tmp) throws Exception {
    GeneratedJava generated =
        GeneratedJava.compile(TestCatalogs.builtin(), new CssNames("badge"), tmp);
    Badge partial = generated.constant("OperationRunOutcome", "PARTIAL");
    assertEquals("Partial", partial.label());
    assertSame(partial, generated.resolve("operation_run.outcome", " PARTIAL "));
    assertSame(
        generated.constant("OperationRunOutcome", "UNKNOWN"),
        generated.resolve("operation_run.outcome", "x"));
    assertSame(
        generated.constant("OperationRunOutcome", "CANCELLED"),
        generated.resolve("operation_run.outcome", "Canceled"));
    assertEquals(
        "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
            + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>",
        generated.html(partial));
  }

  @Test
  void theCssPrefixOfTheRunNamesEveryClass(@TempDir Path tmp) throws Exception {
    GeneratedJava generated =
        GeneratedJava.compile(TestCatalogs.builtin(), new CssNames("ub-badge"), tmp);
    Badge unknown = generated.resolve("tenant.status", "whatever");
    assertEquals("ub-badge ub-badge--tenant-status--unknown", unknown.cssClasses());
    assertEquals(
        "<span class=\"ub-badge ub-badge--tenant-status--unknown\"><span"
            + " class=\"ub-badge__icon\" aria-hidden=\"true\"></span><span"
            + " class=\"ub-badge__label\">Unknown</span></span>",
        generated.html(unknown));
  }

  @Test
  void theSourceIsAsciiWhateverTheCatalogHolds() {
    String source = JavaExporter.source(TestCatalogs.awkward(), new CssNames("badge"), "x");
    assertTrue(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F)));
  }

  @Test
  void textInCommentsCannotEndTheCommentOrStartAnEscape() {
    assertEquals(
        "a &#42;&#47; b &#92;u000a &#64;see &#60;i&#62;",
        JavaExporter.comment("a */ b \\u000a @see <i>"));
  }

  @Test
  void literalsEscapeQuotesBackslashesAndEverythingOutsidePrintableAscii() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\u2028\\ud83d\\udc4d\"",
        JavaExporter.literal("a\"b\\c\n\u2028\uD83D\uDC4D"));
  }
}
