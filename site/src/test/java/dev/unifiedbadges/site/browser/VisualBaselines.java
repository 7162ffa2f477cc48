package dev.unifiedbadges.site.browser;

import dev.unifiedbadges.runtime.BadgeHtml;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed baselines ({@code src/test/resources/baselines/<theme>/<name>.png}): comparing
 * screenshots with them, rewriting them, and the HTML report written when they differ.
 */
final class VisualBaselines {

  /** Set with {@code -Dbadges.updateBaselines=true} (site/pom.xml passes it to the test JVM). */
  static final String UPDATE_PROPERTY = "badges.updateBaselines";

  /**
   * The comparison the suite uses. Threshold 0.05 rather than pixelmatch's 0.1: badges are flat
   * colour, and at 0.1 a tone moved one palette step (amber-100 {@code #fef3c7} to amber-200 {@code
   * #fde68a}, a YIQ distance of 295 against the limit of 352) would pass unnoticed; at 0.05 the
   * limit is 88. Anti-aliasing is still ignored, and up to 4 stray pixels are allowed.
   */
  static final PixelDiff.Options OPTIONS =
      PixelDiff.Options.defaults().withThreshold(0.05).withMaxDiffPixels(4);

  /**
   * A screenshot that does not match its baseline (or has none, or a baseline that has no
   * screenshot).
   */
  record Failure(
      String key, String reason, byte[] expected, byte[] actual, PixelDiff.Result result) {}

  /**
   * The outcome of comparing every screenshot.
   *
   * @param compared screenshots compared, plus baselines that had none
   */
  record Outcome(int compared, List<String> passed, List<Failure> failures, Path reportDir) {

    boolean ok() {
      return failures.isEmpty();
    }

    SortedSet<String> failedKeys() {
      return failures.stream().map(Failure::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The assertion message: how many, which, why, and where the report is. */
    String message() {
      StringBuilder sb = new StringBuilder();
      sb.append(failures.size())
          .append(" of ")
          .append(compared)
          .append(" badges differ from their baselines:");
      for (Failure f : failures) {
        sb.append("\n  ").append(f.key()).append(": ").append(f.reason());
      }
      sb.append("\nReport (expected, actual and diff PNGs): ")
          .append(reportDir.resolve("index.html").toAbsolutePath());
      sb.append("\nIf the change is intended, rerun with -D")
          .append(UPDATE_PROPERTY)
          .append("=true and commit the baselines.");
      return sb.toString();
    }
  }

  private VisualBaselines() {}

  static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  static Path baselineDir() {
    String dir = System.getProperty("badges.baselineDir");
    return Path.of(dir != null && !dir.isBlank() ? dir : "src/test/resources/baselines");
  }

  static Path buildDir() {
    String dir = System.getProperty("badges.buildDir");
    return Path.of(dir != null && !dir.isBlank() ? dir : "target");
  }

  /** Every baseline on disk by key ({@code light/finding-status--new}). */
  static SortedSet<String> baselineKeys(Path baselines) {
    if (!Files.isDirectory(baselines)) {
      return new TreeSet<>();
    }
    try (Stream<Path> walk = Files.walk(baselines)) {
      return walk.filter(p -> p.toString().endsWith(".png"))
          .map(p -> baselines.relativize(p).toString().replace('\\', '/'))
          .map(k -> k.substring(0, k.length() - ".png".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares each screenshot with its baseline. The report directory is emptied first and, if
   * anything differs, receives {@code <key>.expected.png}, {@code .actual.png}, {@code .diff.png}
   * and an {@code index.html} showing them side by side.
   *
   * @param reportOrphans whether a baseline without a screenshot is a failure (it is when the whole
   *     catalog was shot: the pairing it showed is gone)
   */
  static Outcome compare(
      SortedMap<String, byte[]> shots,
      Path baselines,
      Path reportDir,
      PixelDiff.Options options,
      boolean reportOrphans) {
    deleteTree(reportDir);
    List<String> passed = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : shots.entrySet()) {
      Path file = baselines.resolve(e.getKey() + ".png");
      if (!Files.isRegularFile(file)) {
        failures.add(new Failure(e.getKey(), "no baseline " + file, null, e.getValue(), null));
        continue;
      }
      byte[] expected = read(file);
      PixelDiff.Result r =
          PixelDiff.compare(PixelDiff.decode(expected), PixelDiff.decode(e.getValue()), options);
      if (r.matches()) {
        passed.add(e.getKey());
      } else {
        failures.add(new Failure(e.getKey(), r.summary(), expected, e.getValue(), r));
      }
    }
    if (reportOrphans) {
      for (String key : baselineKeys(baselines)) {
        if (!shots.containsKey(key)) {
          failures.add(
              new Failure(
                  key,
                  "baseline without a badge (the pairing is gone?)",
                  read(baselines.resolve(key + ".png")),
                  null,
                  null));
        }
      }
    }
    failures.sort(Comparator.comparing(Failure::key));
    int orphans = (int) failures.stream().filter(f -> f.actual() == null).count();
    Outcome outcome = new Outcome(shots.size() + orphans, passed, failures, reportDir);
    if (!failures.isEmpty()) {
      writeReport(outcome, options);
    }
    return outcome;
  }

  /**
   * Rewrites the baselines from the screenshots: files whose pixels changed or that are new, and
   * deletes baselines no screenshot has. Returns the number of files written or deleted.
   */
  static int update(SortedMap<String, byte[]> shots, Path baselines) {
    int changed = 0;
    try {
      for (Map.Entry<String, byte[]> e : shots.entrySet()) {
        Path file = baselines.resolve(e.getKey() + ".png");
        if (Files.isRegularFile(file) && samePixels(read(file), e.getValue())) {
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
        changed++;
      }
      for (String key : baselineKeys(baselines)) {
        if (!shots.containsKey(key)) {
          Files.delete(baselines.resolve(key + ".png"));
          changed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changed;
  }

  private static boolean samePixels(byte[] a, byte[] b) {
    if (Arrays.equals(a, b)) {
      return true;
    }
    BufferedImage ia = PixelDiff.decode(a);
    BufferedImage ib = PixelDiff.decode(b);
    return ia.getWidth() == ib.getWidth()
        && ia.getHeight() == ib.getHeight()
        && Arrays.equals(PixelDiff.argb(ia), PixelDiff.argb(ib));
  }

  // ---- report ----

  private static void writeReport(Outcome outcome, PixelDiff.Options options) {
    Path dir = outcome.reportDir();
    StringBuilder rows = new StringBuilder();
    for (Failure f : outcome.failures()) {
      String expected = f.expected() == null ? null : f.key() + ".expected.png";
      String actual = f.actual() == null ? null : f.key() + ".actual.png";
      String diff = f.result() == null ? null : f.key() + ".diff.png";
      write(dir, expected, f.expected());
      write(dir, actual, f.actual());
      write(dir, diff, f.result() == null ? null : PixelDiff.encode(f.result().diff()));
      rows.append("<tr>\n<th scope=\"row\"><code>")
          .append(html(f.key()))
          .append("</code><p>")
          .append(html(f.reason()))
          .append("</p></th>\n")
          .append(cell(expected, "expected"))
          .append(cell(actual, "actual"))
          .append(cell(diff, "diff"))
          .append("</tr>\n");
    }
    String page =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>Badge visual diff: "
            + outcome.failures().size()
            + " failed</title>\n"
            + "<style>\nbody{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}"
            + "th p{font-weight:normal;max-width:28rem;margin:.25rem 0 0}"
            + "img{image-rendering:pixelated;width:auto;height:60px;background:repeating-conic-gradient(#ddd 0 25%,#fff 0 50%) 0 0/12px 12px}"
            + "figure{margin:0}figcaption{color:#555;font-size:12px}\n</style>\n</head>\n<body>\n"
            + "<h1>Badge visual diff</h1>\n<p>"
            + outcome.failures().size()
            + " of "
            + outcome.compared()
            + " badges differ from their baselines (threshold "
            + options.threshold()
            + ", up to "
            + options.maxDiffPixels()
            + " differing pixels allowed, anti-aliasing "
            + (options.includeAntiAliasing() ? "counted" : "ignored")
            + "). In the diff, red marks pixels that got lighter, "
            + "magenta darker, yellow anti-aliasing; the rest is the expected image faded.</p>\n"
            + "<table>\n<thead><tr><th scope=\"col\">Badge</th><th scope=\"col\">Expected (baseline)</th>"
            + "<th scope=\"col\">Actual</th><th scope=\"col\">Diff</th></tr></thead>\n<tbody>\n"
            + rows
            + "</tbody>\n</table>\n</body>\n</html>\n";
    write(dir, "index.html", page.getBytes(StandardCharsets.UTF_8));
  }

  private static String cell(String href, String what) {
    if (href == null) {
      return "<td>(none)</td>\n";
    }
    String url =
        Arrays.stream(href.split("/"))
            .map(VisualBaselines::urlSegment)
            .collect(Collectors.joining("/"));
    return "<td><figure><a href=\""
        + html(url)
        + "\"><img src=\""
        + html(url)
        + "\" alt=\""
        + html(what + " " + href)
        + "\"></a><figcaption>"
        + html(what)
        + "</figcaption></figure></td>\n";
  }

  private static String urlSegment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String html(String s) {
    return BadgeHtml.escape(s);
  }

  private static void write(Path dir, String relative, byte[] bytes) {
    if (relative == null || bytes == null) {
      return;
    }
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
