package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull-request comment: its layout, and user text that cannot break a table. */
class MarkdownReportTest {

  @Test
  void noChangesIsOneShortLine() {
    assertEquals(
        "## No changes against 1.2.0.\n",
        MarkdownReport.render(new CatalogChanges("1.2.0", List.of())));
  }

  @Test
  void aTablePerClassPresentMostSevereFirstTheBreakingOneWithFixes() throws DefinitionException {
    assertEquals(
        """
        ## Badge catalog diff: 5 changes against 1.2.0: 1 breaking, 2 visual, 1 additive, 1 documentation

        Suggested bump: **major**

        ### Breaking (1)

        | Subject | Change | Before | After | Fix |
        | --- | --- | --- | --- | --- |
        | `restore_run.status: cancelled` | alias-removed: Alias `canceled` of `cancelled` was removed; lookups of it fall back to the unknown badge. | canceled |  | keep `aliases: [canceled]` on `cancelled`, or deprecate the value it stood for before removing the alias in a major release |

        ### Visual (2)

        | Subject | Change | Before | After |
        | --- | --- | --- | --- |
        | `tone brand` | tone-colors-changed: Tone `brand`, light theme: background \\#f3e8ff → \\#ede9fe; text contrast 12.7:1 → 12.6:1. | light: background \\#f3e8ff | light: background \\#ede9fe |
        | `restore_run.status: failed` | label-changed: Value `failed`: label "Failed" → "Failure". | Failed | Failure |

        ### Additive (1)

        | Subject | Change | Before | After |
        | --- | --- | --- | --- |
        | `restore_run.status: queued` | value-deprecated: Value `queued` is now deprecated, use partial. |  | deprecated, use partial |

        ### Documentation (1)

        | Subject | Change | Before | After |
        | --- | --- | --- | --- |
        | `backup.kind` | domain-title-changed: Domain `backup.kind`: title changed. | Backup kind | Kind of backup |
        """,
        MarkdownReport.render(Fixtures.mixed()));
  }

  @Test
  void namesInBackticksBecomeCodeSpansAndTheRestIsEscaped() {
    assertEquals(
        "Value `a\\|b` is \\*new\\*; a stray \\` stays",
        MarkdownReport.prose("Value `a|b` is *new*; a stray ` stays"));
  }

  @Test
  void userTextIsEscapedSoItCannotBreakATableOrBecomeMarkup() {
    assertEquals(
        "a \\| b \\` c<br>d &lt;script&gt; \\*e\\* \\_f\\_ \\[g\\] &amp;<br>h<br>i",
        MarkdownReport.escape("a | b ` c\nd <script> *e* _f_ [g] &\r\nh\u2028i"));
    assertEquals("`a: b\\|c`", MarkdownReport.code("a: b|c"));
    assertEquals("a: b \\`c\\`", MarkdownReport.code("a: b `c`"));
  }

  @Test
  void everyRowOfAnAwkwardCatalogsReportHasItsTablesNumberOfCells() {
    String md = MarkdownReport.render(Fixtures.awkward());
    assertTrue(md.startsWith("## Badge catalog diff: "), md);
    assertTrue(md.contains("against built-in \\| \\`main\\`"), md);
    assertFalse(md.contains("\r") || md.contains("\u2028"), "no line break inside a line");
    assertFalse(md.contains("</script>"), "HTML in names stays text");
    int cells = 0;
    int rows = 0;
    for (String line : md.split("\n", -1)) {
      if (!line.startsWith("|")) {
        cells = 0;
        continue;
      }
      int n = unescapedPipes(line);
      if (cells == 0) {
        cells = n;
      } else {
        assertEquals(cells, n, line);
        rows++;
      }
    }
    assertTrue(rows > Fixtures.awkward().changes().size(), "every change is a row");
  }

  private static int unescapedPipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        n++;
      }
    }
    return n;
  }
}
