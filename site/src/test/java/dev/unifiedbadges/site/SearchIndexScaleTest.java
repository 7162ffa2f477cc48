package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The search text of a value is built in time linear in its aliases. 300,000 aliases (2.5 MB of
 * YAML, under the file limit) took over ten minutes when duplicates were found by scanning every
 * earlier part; the timeout only keeps such a regression from hanging the build.
 */
class SearchIndexScaleTest {

  @Test
  @Timeout(60)
  void threeHundredThousandAliasesMakeOneSearchTextWithoutDuplicates() {
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      aliases.add("A" + i);
    }
    aliases.add("FAILED"); // the same word as the value, in another case
    Badge b = new Badge("failed", "Failed", "danger", "circle-x", aliases, "");
    String text = SearchIndex.valueText(b, "failed");
    assertTrue(text.startsWith("failed a0 a1 a2 "), text.substring(0, 40));
    assertTrue(text.endsWith(" a299999 danger circle-x"));
    assertEquals(300_000 + 3, text.split(" ").length, "each part once");
  }
}
