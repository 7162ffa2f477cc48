package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

  private static Diagnostic only(String name, String content) {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                new DefinitionLoader()
                    .load(
                        List.of(
                            new DefinitionSource(name, content.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(1, e.errors().size(), e.report());
    return e.errors().get(0);
  }

  @Test
  void aYamlTextValueOverAMillionCharactersIsRefusedLikeAJsonOne() {
    String label = "x".repeat(1_000_001);
    Diagnostic yaml =
        only(
            "a.badges.yaml",
            "domains:\n  run.status:\n    values:\n      queued: { label: \""
                + label
                + "\", tone: neutral, icon: clock }\n");
    assertTrue(yaml.message().contains("longer than 1000000 characters"), yaml.format());
    assertEquals(4, yaml.location().line());
    Diagnostic json =
        only(
            "a.badges.json",
            "{\"domains\": {\"run.status\": {\"values\": {\"queued\": {\"label\": \""
                + label
                + "\"}}}}}");
    assertTrue(json.message().contains("longer than 1000000 characters"), json.format());
  }

  @Test
  void anUnpairedSurrogateFromAJsonEscapeIsRefusedWithItsPosition() {
    Diagnostic d =
        only(
            "s.badges.json",
            "{\"domains\": {\"run.status\": {\"values\": {\"queued\":\n  {\"label\": \"a\\ud800b\", \"tone\": \"neutral\", \"icon\": \"clock\"}}}}}");
    assertTrue(d.message().contains("unpaired surrogate (\\ud800)"), d.format());
    assertEquals(2, d.location().line(), d.format());
    assertEquals("/domains/run.status/values/queued/label", d.path());
  }

  @Test
  void aPairedSurrogateEscapeIsOneCharacterAndAccepted() throws Exception {
    String json =
        "{\"domains\": {\"run.status\": {\"values\": {\"queued\": {\"label\": \"Queued \\ud83d\\ude00\", \"tone\": \"neutral\", \"icon\": \"clock\"}}}}}";
    var loaded =
        new DefinitionLoader()
            .load(
                List.of(
                    new DefinitionSource("ok.badges.json", json.getBytes(StandardCharsets.UTF_8))));
    assertEquals("Queued \uD83D\uDE00", loaded.catalog().resolve("run.status", "queued").label());
  }

  @Test
  void aDomainNameTooLongForAFileNameIsAValidationErrorAtItsKey() {
    Diagnostic d =
        only(
            "l.badges.yaml",
            "domains:\n  "
                + "a".repeat(300)
                + ":\n    values:\n      queued: { label: Queued, tone: neutral, icon: clock }\n");
    assertTrue(d.message().contains("300 characters long once sanitised; at most 120"), d.format());
    assertEquals(2, d.location().line());
  }

  @Test
  void aValueNameTooLongIsAValidationErrorThatSuggestsAnAlias() {
    Diagnostic d =
        only(
            "l.badges.yaml",
            "domains:\n  run.status:\n    values:\n      "
                + "b".repeat(121)
                + ": { label: Queued, tone: neutral, icon: clock }\n");
    assertTrue(d.message().contains("121 characters long"), d.format());
    assertTrue(d.fix().contains("alias"), d.fix());
  }

  @Test
  void aJsonNumberTooLongToParseIsCalledANumberAtItsPosition() {
    Diagnostic d =
        only(
            "n.badges.json",
            "{\"domains\": {\"run.status\": {\"values\": {\"queued\":\n  {\"label\": "
                + "9".repeat(1001)
                + "}}}}}");
    assertTrue(d.message().contains("a number is longer than 1000 digits"), d.format());
    assertEquals(2, d.location().line(), d.format());
  }

  @Test
  void aJsonKeyTooLongToParseIsCalledAKeyAtItsPosition() {
    Diagnostic d = only("k.badges.json", "{\"domains\": {\n  \"" + "k".repeat(60_000) + "\": {}}}");
    assertTrue(d.message().contains("a key is longer than 50000 characters"), d.format());
    assertEquals(2, d.location().line(), d.format());
  }
}
