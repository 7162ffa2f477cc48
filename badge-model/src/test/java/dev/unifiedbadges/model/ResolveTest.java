package dev.unifiedbadges.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.testing.Defs;
import dev.unifiedbadges.model.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Property tests for {@link BadgeCatalog#resolve}: pure, total for known domains, alias-aware. */
class ResolveTest {

  private static final BadgeCatalog BUILTIN = new DefinitionLoader().loadBuiltin().catalog();

  /** The built-in catalog plus a domain with its own unknown badge. */
  private static BadgeCatalog withOwnUnknown() throws Exception {
    return Defs.load(
            """
        domains:
          job.state:
            values:
              Done: { label: Done, tone: success, icon: circle-check, aliases: [finished, "OK", Über] }
              in_progress: { label: In progress, tone: info, icon: loader-circle, aliases: [running] }
            unknown: { label: Other state, tone: warning, icon: circle-help }
          plain.state:
            values:
              on: { label: On, tone: success, icon: power }
        """)
        .catalog();
  }

  private static List<BadgeCatalog> catalogs() throws Exception {
    return List.of(BUILTIN, withOwnUnknown());
  }

  @Test
  void randomValuesNeverThrowAndFallBackToTheDomainOrCatalogUnknown() throws Exception {
    RandomText text = new RandomText(314_159L);
    for (BadgeCatalog catalog : catalogs()) {
      for (Domain domain : catalog.domains().values()) {
        Badge fallback = catalog.unknownFor(domain);
        for (int i = 0; i < 2_000; i++) {
          String value = text.next(12);
          Badge badge = catalog.resolve(domain.name(), value);
          if (domain.find(value).isPresent()) {
            assertTrue(domain.values().contains(badge), value);
          } else {
            assertSame(fallback, badge, domain.name() + " " + NamesTest.escape(value));
          }
        }
      }
    }
  }

  @Test
  void unknownValuesGiveTheDomainsOwnUnknownOrTheCatalogs() throws Exception {
    BadgeCatalog catalog = withOwnUnknown();
    assertEquals("Other state", catalog.resolve("job.state", "exploded").label());
    assertEquals("Unknown", catalog.resolve("plain.state", "exploded").label());
    assertSame(catalog.unknown(), catalog.resolve("plain.state", "exploded"));
    assertEquals("Unknown", BUILTIN.resolve("finding.severity", "catastrophic").label());
    assertEquals("circle-help", BUILTIN.resolve("finding.severity", "").icon());
  }

  @Test
  void nullGivesTheUnknownBadge() throws Exception {
    for (BadgeCatalog catalog : catalogs()) {
      for (Domain domain : catalog.domains().values()) {
        assertSame(catalog.unknownFor(domain), catalog.resolve(domain.name(), null), domain.name());
      }
    }
  }

  @Test
  void everyValueAndAliasResolvesToItsBadge() throws Exception {
    int checked = 0;
    for (BadgeCatalog catalog : catalogs()) {
      for (Domain domain : catalog.domains().values()) {
        for (Badge badge : domain.values()) {
          assertSame(badge, catalog.resolve(domain.name(), badge.value()));
          checked++;
          for (String alias : badge.aliases()) {
            assertSame(
                badge, catalog.resolve(domain.name(), alias), domain.name() + " alias " + alias);
            checked++;
          }
        }
      }
    }
    assertTrue(checked >= 47 + 3, "checked " + checked);
  }

  @Test
  void asciiCaseAndSurroundingWhiteSpaceVariantsResolve() throws Exception {
    RandomText text = new RandomText(2_718L);
    for (BadgeCatalog catalog : catalogs()) {
      for (Domain domain : catalog.domains().values()) {
        for (Badge badge : domain.values()) {
          List<String> names = new ArrayList<>(badge.aliases());
          names.add(badge.value());
          for (String name : names) {
            for (int i = 0; i < 20; i++) {
              String variant = text.asciiSpace() + text.flipAsciiCase(name) + text.asciiSpace();
              assertSame(
                  badge,
                  catalog.resolve(domain.name(), variant),
                  domain.name() + " " + NamesTest.escape(variant));
            }
            assertSame(badge, catalog.resolve(domain.name(), name.toUpperCase(Locale.ROOT)));
          }
        }
      }
    }
  }

  @Test
  void onlyAsciiCaseAndSpaceAreIgnoredSoJavaAndJsAgree() throws Exception {
    BadgeCatalog catalog = withOwnUnknown();
    Badge done = catalog.resolve("job.state", "done");
    assertEquals("Done", done.label());
    assertSame(done, catalog.resolve("job.state", " FINISHED\t"));
    // Only ASCII letters fold: "ÜBER" folds to "Über" and matches the alias, "über" does not.
    assertSame(done, catalog.resolve("job.state", "ÜBER"));
    assertEquals("Other state", catalog.resolve("job.state", "über").label());
    assertEquals(
        "Other state",
        catalog.resolve("job.state", "ＤＯＮＥ").label(),
        "full-width letters are not folded");
    assertEquals(
        "Other state",
        catalog.resolve("job.state", "\u00A0done").label(),
        "NBSP is not ASCII white space");
    assertEquals(
        "Other state",
        catalog.resolve("job.state", "in-progress").label(),
        "punctuation is not folded");
  }

  @Test
  void resolvingIsTheSameUnderTheTurkishLocale() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertEquals("Failed", BUILTIN.resolve("operation_run.outcome", "FAILED").label());
      assertEquals("Pending", BUILTIN.resolve("operation_run.outcome", "PENDING").label());
      assertEquals("Unknown", BUILTIN.resolve("operation_run.outcome", "FAİLED").label());
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void anNfdValueResolvesToItsNfcDefinition() throws Exception {
    BadgeCatalog catalog =
        Defs.load(
                "domains:\n"
                    + "  menu.item:\n"
                    + "    values:\n"
                    + "      caf\u00e9: { label: Caf\u00e9, tone: info, icon: coffee,"
                    + " aliases: [\u00c4\u00d6] }\n")
            .catalog();
    for (String nfd :
        List.of("cafe\u0301", " cafe\u0301\t", "A\u0308O\u0308", "\nA\u0308O\u0308 ")) {
      assertEquals("caf\u00e9", catalog.resolve("menu.item", nfd).value(), NamesTest.escape(nfd));
    }
    // NFC first, then ASCII case: "A" and a combining mark is "\u00c1", which "\u00e1" is not.
    assertEquals("\u00c1", BadgeCatalog.lookupKey("A\u0301"));
    assertEquals("Unknown", catalog.resolve("menu.item", "a\u0308o\u0308").label());
    assertEquals("Unknown", catalog.resolve("menu.item", "CAFE\u0301").label(), "as CAF\u00c9");
  }

  @Test
  void aCatalogBuiltWithNfdNamesMatchesNfcInput() {
    Domain domain =
        new Domain(
            "menu.item",
            "Menu",
            "",
            List.of(new Badge("cafe\u0301", "Caf\u00e9", "info", "coffee", List.of(), "")),
            null);
    BadgeCatalog catalog = BadgeCatalog.of(BUILTIN.tones(), List.of(domain), BUILTIN.unknown());
    assertEquals("cafe\u0301", catalog.resolve("menu.item", "caf\u00e9").value());
  }

  @Test
  void anUnknownDomainIsAProgrammingError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BUILTIN.resolve("no.such.domain", "failed"));
    assertTrue(e.getMessage().contains("Unknown badge domain 'no.such.domain'"), e.getMessage());
    assertTrue(e.getMessage().contains("finding.severity"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BUILTIN.resolve(null, "failed"));
    assertThrows(IllegalArgumentException.class, () -> BUILTIN.resolve("Finding.Severity", "low"));
  }
}
