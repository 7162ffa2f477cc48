package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code deprecated:} on values and domains: the three spellings and every rule, at file:line:col.
 */
class DeprecationTest {

  private static final String HEAD =
      "domains:\n"
          + "  job.status:\n"
          + "    values:\n"
          + "      succeeded: { label: Succeeded, tone: success, icon: circle-check }\n";

  private static String value(String deprecated) {
    return HEAD
        + "      done:\n"
        + "        label: Done\n"
        + "        tone: success\n"
        + "        icon: check\n"
        + "        deprecated: "
        + deprecated
        + "\n";
  }

  @Test
  void trueAReasonAndAMapAllDeprecateAValue() throws DefinitionException {
    assertEquals(
        Deprecation.bare(),
        Defs.load(value("true"))
            .catalog()
            .domain("job.status")
            .get()
            .find("done")
            .get()
            .deprecation());
    assertEquals(
        new Deprecation("Say succeeded.", null, null, null),
        Defs.load(value("\"Say succeeded.\""))
            .catalog()
            .domain("job.status")
            .get()
            .find("done")
            .get()
            .deprecation());
    assertEquals(
        new Deprecation("Renamed.", "1.4", "succeeded", "2.0.0-rc.1"),
        Defs.load(
                value(
                    "{ reason: Renamed., since: \"1.4\", replacedBy: succeeded, removeIn:"
                        + " 2.0.0-rc.1 }"))
            .catalog()
            .domain("job.status")
            .get()
            .find("done")
            .get()
            .deprecation());
  }

  @Test
  void falseAndNoKeyLeaveAValueCurrent() throws DefinitionException {
    assertNull(
        Defs.load(value("false"))
            .catalog()
            .domain("job.status")
            .get()
            .find("done")
            .get()
            .deprecation());
    assertFalse(
        Defs.load(HEAD).catalog().domain("job.status").get().find("succeeded").get().deprecated());
  }

  @Test
  void aDeprecatedValueStillResolvesByNameAndAlias() throws DefinitionException {
    BadgeCatalog c = Defs.load(value("true")).catalog();
    assertEquals("done", c.resolve("job.status", "done").value());
    assertEquals("done", c.resolve("job.status", " DONE ").value());
  }

  @Test
  void aWholeDomainCanBeDeprecatedInFavourOfAnother() throws DefinitionException {
    String yaml =
        HEAD
            + "  run.status:\n"
            + "    deprecated: { reason: Merged., replacedBy: job.status, removeIn: \"3\" }\n"
            + "    values:\n"
            + "      ok: { label: OK, tone: success, icon: check }\n";
    Domain d = Defs.load(yaml).catalog().domain("run.status").get();
    assertEquals(new Deprecation("Merged.", null, "job.status", "3"), d.deprecation());
  }

  @Test
  void replacedByAnUnknownValueIsAnErrorAtItsLine() {
    DefinitionException e = Defs.fails(value("{ replacedBy: finished }"));
    Diagnostic d = Defs.error(e, "9:35", "'replacedBy: finished' of value 'done' names no value");
    assertTrue(d.fix().contains("succeeded"), d.fix());
    assertTrue(d.format().startsWith(Defs.FILE + ":9:35: error:"), d.format());
  }

  @Test
  void replacedByTheValueItselfIsAnError() {
    Defs.error(Defs.fails(value("{ replacedBy: done }")), "9:35", "names the value itself");
  }

  @Test
  void replacedByADeprecatedValueIsAnErrorSoNoChainsOrCyclesExist() {
    String yaml =
        HEAD
            + "      done: { label: Done, tone: success, icon: check, deprecated: { replacedBy: old } }\n"
            + "      old: { label: Old, tone: success, icon: check, deprecated: { replacedBy: done } }\n";
    DefinitionException e = Defs.fails(yaml);
    Defs.error(e, "5:82", "names value 'old', which is deprecated too");
    Defs.error(e, "6:80", "names value 'done', which is deprecated too");
  }

  @Test
  void replacedByAValueOfAnotherDomainIsAnErrorThatSaysSo() {
    String yaml =
        value("{ replacedBy: ok }")
            + "  run.status:\n"
            + "    values:\n"
            + "      ok: { label: OK, tone: success, icon: check }\n";
    Defs.error(Defs.fails(yaml), "9:35", "it is a value of domain 'run.status'");
  }

  @Test
  void replacedByAnAliasNamesTheValueToUse() {
    String yaml =
        "domains:\n"
            + "  job.status:\n"
            + "    values:\n"
            + "      succeeded: { label: S, tone: success, icon: check, aliases: [success] }\n"
            + "      done: { label: D, tone: success, icon: check, deprecated: { replacedBy: success } }\n";
    Defs.error(Defs.fails(yaml), "5:79", "'success' is an alias of value 'succeeded'");
  }

  @Test
  void aDomainReplacedByAMissingOrDeprecatedDomainIsAnError() {
    String yaml =
        HEAD
            + "  a.status:\n"
            + "    deprecated: { replacedBy: b.status }\n"
            + "    values: { x: { label: X, tone: neutral, icon: x } }\n"
            + "  b.status:\n"
            + "    deprecated: { replacedBy: nowhere }\n"
            + "    values: { x: { label: X, tone: neutral, icon: x } }\n";
    DefinitionException e = Defs.fails(yaml);
    Defs.error(e, "6:31", "names a domain that is deprecated too");
    Defs.error(e, "9:31", "names no domain of the catalog");
  }

  @Test
  void sinceAndRemoveInMustBeVersionsAndEveryProblemIsReportedAtOnce() {
    DefinitionException e =
        Defs.fails(value("{ since: soon, removeIn: \"2.x\", replacedBy: nope, raeson: r }"));
    Defs.error(e, "9:30", "'since' is 'soon', which is not a version");
    Defs.error(e, "9:46", "'removeIn' is '2.x', which is not a version");
    Defs.error(e, "9:65", "'replacedBy: nope' of value 'done' names no value");
    Defs.error(e, "9:71", "unknown key 'raeson' in the deprecation of value 'done'");
    assertEquals(4, e.errors().size(), Defs.list(e.diagnostics()));
  }

  @Test
  void aDeprecationOfAnotherShapeIsAnError() {
    Defs.error(Defs.fails(value("[a]")), "9:21", "must be true, a reason or a map");
  }

  @Test
  void theUnknownBadgeCannotBeDeprecated() {
    String yaml =
        HEAD + "    unknown: { label: U, tone: neutral, icon: circle-help, deprecated: true }\n";
    Defs.error(Defs.fails(yaml), "5:60", "unknown key 'deprecated' in the unknown badge");
  }

  @Test
  void versionsAreDottedNumbersWithAnOptionalQualifier() {
    for (String ok : new String[] {"2", "1.4", "2.0.0", "1.2.3.4", "3.0-SNAPSHOT", "1.0.0-rc.1"}) {
      assertTrue(Deprecation.isVersion(ok), ok);
    }
    for (String bad : new String[] {"", "v1", "1.", "1..2", "1.2.3.4.5", "2.x", "1.0-", "next"}) {
      assertFalse(Deprecation.isVersion(bad), bad);
    }
  }

  @Test
  void aVersionIsReachedOnceItsNumbersAreMetAndQualifiersAreIgnored() {
    assertTrue(Deprecation.reached("2.0", "2"));
    assertTrue(Deprecation.reached("2.0.0-SNAPSHOT", "2.0"));
    assertTrue(Deprecation.reached("2.1", "2.0.5"));
    assertFalse(Deprecation.reached("1.9.9", "2"));
    assertFalse(Deprecation.reached("1.10", "1.11"));
    assertTrue(Deprecation.reached("1.10", "1.9"));
  }

  @Test
  void theSummaryJoinsReasonReplacementAndRemoval() {
    assertEquals("Deprecated.", Deprecation.bare().summary());
    assertEquals(
        "Renamed. Use 'succeeded'. Removed in 2.0.",
        new Deprecation("Renamed", null, "succeeded", "2.0").summary());
  }

  @Test
  void aRemovalIsDueOnlyWhenTheProjectVersionIsGivenAndHasReachedRemoveIn() throws Exception {
    String yaml = value("{ removeIn: \"2.0\" }");
    DefinitionLoader loader = new DefinitionLoader(LoadOptions.defaults());
    List<DefinitionSource> files =
        List.of(new DefinitionSource(Defs.FILE, yaml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(loader.load(files).warnings().isEmpty(), "no project version, no check");
    assertTrue(
        new DefinitionLoader(LoadOptions.defaults().withProjectVersion("1.9"))
            .load(files)
            .warnings()
            .isEmpty());
    assertTrue(
        new DefinitionLoader(LoadOptions.defaults().withProjectVersion("LATEST"))
            .load(files)
            .warnings()
            .isEmpty(),
        "a version that cannot be compared is not a removal");
    List<Diagnostic> due =
        new DefinitionLoader(LoadOptions.defaults().withProjectVersion("2.0.1"))
            .load(files)
            .warnings();
    assertEquals(1, due.size(), due.toString());
    assertEquals("9:33", Defs.position(due.get(0)));
    assertFalse(due.get(0).isError());
  }
}
