package dev.unifiedbadges.model.load;

import static dev.unifiedbadges.model.testing.Defs.error;
import static dev.unifiedbadges.model.testing.Defs.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that read alike are one name or refused: NFC and NFD spellings are one name, and a name
 * holding an invisible character (zero width, format control, variation selector) is an error.
 */
class LookAlikeNamesTest {

  private static final String NFC_CAFE = "caf\u00e9";
  private static final String NFD_CAFE = "cafe\u0301";
  private static final String OK = "{ label: OK, tone: success, icon: circle-check }";

  @Test
  void nfcAndNfdSpellingsOfADomainInOneFileAreOneDuplicate() {
    DefinitionException e =
        Defs.fails(
            "domains:\n"
                + "  "
                + NFC_CAFE
                + ":\n"
                + "    values: { ok: "
                + OK
                + " }\n"
                + "  "
                + NFD_CAFE
                + ":\n"
                + "    values: { ok: "
                + OK
                + " }\n");
    Diagnostic d =
        error(e, "4:3", "duplicate domain '" + NFC_CAFE + "' (first defined at line 2, column 3)");
    assertEquals("/domains/" + NFC_CAFE, d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void nfcAndNfdSpellingsOfADomainInTwoFilesAreOneDuplicate() {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                new DefinitionLoader()
                    .load(
                        List.of(
                            source(
                                "a.badges.yaml",
                                "domains:\n  " + NFD_CAFE + ":\n    values: { ok: " + OK + " }\n"),
                            source(
                                "b.badges.yaml",
                                "domains:\n  "
                                    + NFC_CAFE
                                    + ":\n    values: { ok: "
                                    + OK
                                    + " }\n"))));
    Diagnostic d =
        error(e, "2:3", "domain '" + NFC_CAFE + "' is already defined at a.badges.yaml:2:3");
    assertEquals("b.badges.yaml", d.location().file());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void nfcAndNfdSpellingsOfAValueAreOneDuplicate() {
    DefinitionException e =
        Defs.fails(
            "domains:\n"
                + "  menu.item:\n"
                + "    values:\n"
                + "      "
                + NFD_CAFE
                + ": "
                + OK
                + "\n"
                + "      "
                + NFC_CAFE
                + ": "
                + OK
                + "\n");
    error(e, "5:7", "duplicate value '" + NFC_CAFE + "' (first defined at line 4, column 7)");
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void anNfdDefinitionHasItsNfcNameEverywhereInTheCatalog() throws Exception {
    BadgeCatalog catalog =
        Defs.load(
                "domains:\n"
                    + "  "
                    + NFD_CAFE
                    + ".status:\n"
                    + "    values:\n"
                    + "      re\u0301sume\u0301: { label: Re\u0301sume\u0301, tone: info, icon: file,"
                    + " aliases: [e\u0301te\u0301] }\n")
            .catalog();
    assertEquals(List.of(NFC_CAFE + ".status"), List.copyOf(catalog.domains().keySet()));
    Domain domain = catalog.domains().get(NFC_CAFE + ".status");
    Badge badge = domain.values().get(0);
    assertEquals("r\u00e9sum\u00e9", badge.value());
    assertEquals(List.of("\u00e9t\u00e9"), badge.aliases());
    // The kebab name of every output: an NFD combining mark would have become a hyphen.
    assertEquals(NFC_CAFE + "-status", Names.kebab(domain.name()));
    // Display text is kept as written.
    assertEquals("Re\u0301sume\u0301", badge.label());
  }

  @Test
  void zeroWidthCharactersInValueNamesAreRefusedWithTheCodePoint() {
    DefinitionException e =
        Defs.fails(
            "domains:\n"
                + "  job.status:\n"
                + "    values:\n"
                + "      failed: { label: Failed, tone: danger, icon: circle-x }\n"
                + "      fa\u200biled: { label: Failed, tone: danger, icon: circle-x }\n"
                + "      fai\u200dled: { label: Failed, tone: danger, icon: circle-x }\n");
    Diagnostic zwsp =
        error(
            e,
            "5:7",
            "the value name contains the invisible character U+200B ZERO WIDTH SPACE, so it reads"
                + " like a name without it");
    assertEquals("/domains/job.status/values/fa\u200biled", zwsp.path());
    assertTrue(zwsp.fix().startsWith("retype the name without it"), zwsp.fix());
    assertTrue(zwsp.fix().endsWith("it follows 'fa'"), zwsp.fix());
    error(e, "6:7", "the value name contains the invisible character U+200D ZERO WIDTH JOINER");
    assertEquals(2, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void invisibleCharactersAreRefusedInEveryKindOfName() {
    DefinitionException e =
        Defs.fails(
            "tones:\n"
                + "  wa\u200crn:\n"
                + "    light: { background: \"#ffffff\", foreground: \"#000000\" }\n"
                + "    dark: { background: \"#000000\", foreground: \"#ffffff\" }\n"
                + "domains:\n"
                + "  job\u2060.status:\n"
                + "    values:\n"
                + "      done\udb40\udc20: { label: Done, tone: success, icon: circle-check }\n"
                + "      ok: { label: OK, tone: success, icon: circle-check,"
                + " aliases: [\"\\uFEFFfine\"] }\n"
                + "      bad: { label: Bad, tone: dan\u00adger, icon: circle-x\ufe0f }\n");
    error(e, "2:3", "the tone name contains the invisible character U+200C ZERO WIDTH NON-JOINER");
    error(e, "6:3", "the domain name contains the invisible character U+2060 WORD JOINER");
    error(e, "8:7", "the value name contains the invisible character U+E0020 TAG SPACE");
    Diagnostic alias =
        error(e, "9:69", "the alias contains the invisible character U+FEFF ZERO WIDTH NO-BREAK");
    assertTrue(alias.fix().endsWith("it starts the name"), alias.fix());
    error(e, "10:32", "the tone contains the invisible character U+00AD SOFT HYPHEN");
    error(e, "10:47", "the icon contains the invisible character U+FE0F VARIATION SELECTOR-16");
    assertEquals(6, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void severalInvisibleCharactersInOneNameAreNamedInOneError() {
    DefinitionException e =
        Defs.fails(
            "domains:\n"
                + "  job.status:\n"
                + "    values:\n"
                + "      f\u200ba\u200bi\u034fled: { label: Failed, tone: danger, icon: circle-x }\n");
    Diagnostic d =
        error(
            e,
            "4:7",
            "the value name contains the invisible characters U+200B ZERO WIDTH SPACE and U+034F"
                + " COMBINING GRAPHEME JOINER, so it reads like a name without them");
    assertTrue(d.fix().endsWith("the first follows 'f'"), d.fix());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void anInvisibleCharacterInAValueNameDoesNotHideItsOtherProblems() {
    DefinitionException e =
        Defs.fails(
            "domains:\n"
                + "  job.status:\n"
                + "    values:\n"
                + "      fa\u200biled: { label: \"\", tone: danger, icon: nope }\n");
    error(e, "4:7", "U+200B ZERO WIDTH SPACE");
    error(e, "4:25", "the label is empty");
    error(e, "4:49", "unknown icon 'nope'");
    assertEquals(3, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void joinersAndVariationSelectorsInDisplayTextStayAsWritten() throws Exception {
    String label = "\ud83d\udc69\u200d\ud83d\udcbb Dev\u2764\ufe0f";
    BadgeCatalog catalog =
        Defs.load(
                "domains:\n"
                    + "  job.status:\n"
                    + "    title: \"Jobs\u00ad status\"\n"
                    + "    values:\n"
                    + "      dev: { label: \""
                    + label
                    + "\", tone: info, icon: code, description: \"Cafe\u0301 shift\" }\n")
            .catalog();
    Badge dev = catalog.domains().get("job.status").values().get(0);
    assertEquals(label, dev.label());
    assertEquals("Cafe\u0301 shift", dev.description());
    assertEquals("Jobs\u00ad status", catalog.domains().get("job.status").title());
  }

  private static DefinitionSource source(String name, String yaml) {
    return new DefinitionSource(name, yaml.getBytes(StandardCharsets.UTF_8));
  }
}
