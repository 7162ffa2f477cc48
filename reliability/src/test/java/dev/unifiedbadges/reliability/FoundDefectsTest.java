package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.testing.CatalogFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects the suite found in other modules, each reproduced here before it was fixed, so they stay
 * fixed. (The 512 MB heap case is {@link BigCatalogTest}.)
 */
class FoundDefectsTest {

  @TempDir Path work;

  /**
   * badge-model: {@code TreeReader} caps text values at 1,000,000 characters, but only the JSON
   * parser enforces it ({@code StreamReadConstraints.maxStringLength}); the YAML parser never
   * checks, so the same label is refused in JSON and accepted in YAML.
   */
  @Test
  void aYamlTextValueOverAMillionCharactersIsRefusedLikeTheJsonOne() throws Exception {
    String yaml =
        "domains:\n  run.status:\n    values:\n      queued: { label: \""
            + "x".repeat(1_100_000)
            + "\", tone: neutral, icon: clock }\n";
    Diagnostic d =
        refused(
            write("long-label.badges.yaml", yaml),
            "a text value is longer than 1000000 characters");
    assertEquals(4, d.location().line(), d.format());
  }

  /**
   * badge-model / site: a domain name that sanitises to more than 250 characters gives a site page
   * name ({@code site/domains/<kebab>.html}) longer than file systems allow (255 bytes), and the
   * run fails while writing with {@code FileSystemException: File name too long} instead of a
   * validation error with a position. (The old output survives: see AtomicityTest.)
   */
  @Test
  void aDomainNameTooLongForAFileNameIsAValidationError() throws Exception {
    String yaml =
        "domains:\n  "
            + "a".repeat(300)
            + ":\n    values:\n      queued: { label: Queued, tone: neutral, icon: clock }\n";
    Diagnostic d =
        refused(
            write("long-name.badges.yaml", yaml),
            "domain name is 300 characters long once sanitised");
    assertEquals(2, d.location().line(), d.format());
  }

  /**
   * site: page names are the domain's kebab name, which keeps non-ASCII letters. On a machine whose
   * locale is POSIX/C (sun.jnu.encoding ANSI_X3.4-1968, as in many CI containers) Java cannot
   * create such a file, and the run fails with {@code InvalidPathException: Malformed input or
   * input contains unmappable characters: site/domains/????-??????.html}. The output is not
   * machine-independent: the same catalog generates under C.UTF-8 and crashes under C.
   */
  @Test
  void aNonAsciiDomainNameGeneratesUnderAPosixLocale() throws Exception {
    Path defs =
        write(
            "arabic.badges.yaml",
            "domains:\n  مجال.الحالة:\n    values:\n      queued: { label: Queued, tone: neutral, icon: clock }\n");
    List<String> command =
        Forks.command(
            Forks.QUICK, "generate", defs.toString(), work.resolve("out/badges").toString());
    // Forks.start keeps the environment; this run needs the POSIX locale.
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANG", "C");
    pb.environment().remove("LC_CTYPE");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "generation under LC_ALL=C:\n" + output);
  }

  /**
   * badge-model / site: a JSON {@code \ud800} escape gives a label with an unpaired surrogate. It
   * is accepted, and the outputs disagree: the DTCG tokens and the JS module write it back as
   * {@code \ud800}, the site encodes it to UTF-8 as {@code ?}. Either validation refuses text that
   * is not valid Unicode, or every output shows the same label.
   */
  @Test
  void aLabelWithAnUnpairedSurrogateIsRefusedOrRenderedTheSameEverywhere() throws Exception {
    Path defs =
        write(
            "surrogate.badges.json",
            "{\"domains\": {\"run.status\": {\"values\": {\"queued\": {\"label\": \"a\\ud800b\", \"tone\": \"neutral\","
                + " \"icon\": \"clock\"}}}}}");
    Path out = work.resolve("out/badges");
    try {
      new Generator().generate(GenerationRequest.of(defs, out));
    } catch (DefinitionException refused) {
      return; // refusing it is a fix
    }
    String tokens =
        new ObjectMapper()
            .readTree(out.resolve("tokens/badges.light.tokens.json").toFile())
            .path("badge")
            .path("run-status")
            .path("queued")
            .path("$extensions")
            .path("dev.unifiedbadges")
            .path("label")
            .asText();
    String site =
        Jsoup.parse(out.resolve("site/domains/run-status.html").toFile(), "UTF-8")
            .selectFirst(".badge__label")
            .wholeText();
    assertEquals(
        codePoints(tokens), codePoints(site), "the site and the DTCG tokens show the same label");
  }

  /**
   * tokens ({@code OutputWriter}): a run killed while it stages its tree (SIGKILL from a CI timeout
   * or the OOM killer; no {@code finally} runs) leaves {@code .<dir>.tmp-*} next to the output, and
   * no later run removes it: the staging directory of a dead writer stays forever (tens of MB for a
   * big catalog). The writer holds the lock file, so under the lock it could delete stale {@code
   * .<dir>.tmp-*} and {@code .<dir>.old-*} siblings before staging.
   */
  @Test
  void theNextRunRemovesTheStagingDirectoryOfAKilledRun() throws Exception {
    Path out = work.resolve("out/badges");
    new Generator()
        .generate(GenerationRequest.of(CatalogFiles.writeSmall(work.resolve("a"), "A"), out));
    List<String> afterKill = KilledRun.killWhileStaging(work);
    assertTrue(!afterKill.isEmpty(), "the killed run left its staging directory");
    new Generator()
        .generate(GenerationRequest.of(CatalogFiles.writeSmall(work.resolve("b"), "B"), out));
    Trees.assertNoLeftovers(out);
  }

  private static String codePoints(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(String.format(java.util.Locale.ROOT, "U+%04X ", c)));
    return sb.toString().strip();
  }

  private Path write(String name, String content) throws Exception {
    Path dir = work.resolve("defs-" + name.replace('.', '_'));
    CatalogFiles.write(dir, name, content);
    return dir;
  }

  private Diagnostic refused(Path defs, String fragment) {
    return Refusals.error(Refusals.refused(defs, work.resolve("out/badges")), fragment);
  }
}
