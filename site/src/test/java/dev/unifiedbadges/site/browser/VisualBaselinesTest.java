package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline bookkeeping and the HTML report, without a browser. */
class VisualBaselinesTest {

  @TempDir Path dir;

  private static byte[] png(int w, int h, int argb) {
    int[] px = new int[w * h];
    Arrays.fill(px, argb);
    return PixelDiff.encode(PixelDiff.image(px, w, h));
  }

  @Test
  void updateWritesNewAndChangedBaselinesAndDeletesOrphans() throws IOException {
    Path baselines = dir.resolve("baselines");
    SortedMap<String, byte[]> shots = new TreeMap<>();
    shots.put("light/a--one", png(4, 3, 0xFF112233));
    shots.put("dark/a--one", png(4, 3, 0xFF332211));
    assertEquals(2, VisualBaselines.update(shots, baselines), "both are new");
    assertEquals(0, VisualBaselines.update(shots, baselines), "nothing changed");

    shots.put("light/a--one", png(4, 3, 0xFF445566));
    Files.write(baselines.resolve("light/gone--value.png"), png(1, 1, 0xFF000000));
    assertEquals(2, VisualBaselines.update(shots, baselines), "one rewritten, one orphan deleted");
    assertEquals(
        List.of("dark/a--one", "light/a--one"),
        List.copyOf(VisualBaselines.baselineKeys(baselines)));

    VisualBaselines.Outcome outcome =
        VisualBaselines.compare(
            shots, baselines, dir.resolve("report"), VisualBaselines.OPTIONS, true);
    assertTrue(outcome.ok(), outcome::message);
    assertFalse(Files.exists(dir.resolve("report")), "no report when everything matches");
  }

  @Test
  void mismatchesMissingAndOrphanedBaselinesAreReportedWithEscapedNames() throws IOException {
    Path baselines = dir.resolve("baselines");
    String odd = "light/a&b--<x> \"y\"";
    Files.createDirectories(baselines.resolve("light"));
    Files.write(baselines.resolve(odd + ".png"), png(6, 4, 0xFFFFFFFF));
    Files.write(baselines.resolve("light/orphan--value.png"), png(2, 2, 0xFFFFFFFF));
    Files.write(baselines.resolve("light/wrong--size.png"), png(6, 4, 0xFFFFFFFF));
    SortedMap<String, byte[]> shots = new TreeMap<>();
    shots.put(odd, png(6, 4, 0xFF000000));
    shots.put("light/new--value", png(6, 4, 0xFF000000));
    shots.put("light/wrong--size", png(7, 4, 0xFFFFFFFF));

    Path report = dir.resolve("report");
    Files.createDirectories(report);
    Files.writeString(report.resolve("stale.txt"), "from an earlier run");
    VisualBaselines.Outcome outcome =
        VisualBaselines.compare(shots, baselines, report, VisualBaselines.OPTIONS, true);
    assertEquals(
        List.of(odd, "light/new--value", "light/orphan--value", "light/wrong--size"),
        List.copyOf(outcome.failedKeys()));
    assertFalse(Files.exists(report.resolve("stale.txt")), "the report directory starts empty");

    String message = outcome.message();
    assertTrue(message.startsWith("4 of 4 badges differ from their baselines:"), message);
    assertTrue(
        message.contains("light/wrong--size: size differs: expected 6x4, actual 7x4"), message);
    assertTrue(message.contains("light/new--value: no baseline"), message);
    assertTrue(message.contains("light/orphan--value: baseline without a badge"), message);
    assertTrue(message.contains(report.resolve("index.html").toAbsolutePath().toString()), message);
    assertTrue(message.contains("-Dbadges.updateBaselines=true"), message);

    for (String f :
        List.of(
            odd + ".expected.png",
            odd + ".actual.png",
            odd + ".diff.png",
            "light/new--value.actual.png",
            "light/orphan--value.expected.png",
            "light/wrong--size.diff.png")) {
      assertTrue(Files.isRegularFile(report.resolve(f)), f);
    }
    BufferedImage diff = PixelDiff.decode(Files.readAllBytes(report.resolve(odd + ".diff.png")));
    assertEquals(0xFFFF00FF, diff.getRGB(2, 2), "darker pixels in the alternative diff colour");

    String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<code>light/a&amp;b--&lt;x&gt; &quot;y&quot;</code>"), html);
    assertTrue(
        html.contains("src=\"light/a%26b--%3Cx%3E%20%22y%22.diff.png\""),
        "relative, percent-encoded links: " + html);
    assertFalse(html.contains("<x>"), "names never reach the page unescaped");
    assertFalse(html.contains("src=\"/"), "no absolute links");
  }
}
