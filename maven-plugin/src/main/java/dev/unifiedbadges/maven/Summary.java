package dev.unifiedbadges.maven;

import dev.unifiedbadges.generator.output.WriteResult;
import java.nio.file.Path;

/** The one line each goal logs when it succeeds. */
final class Summary {

  private Summary() {}

  /**
   * {@code Badges: 11 domains, 47 pairings; 23 files written, 0 unchanged in 180 ms; catalog: …},
   * or {@code Badges: up to date (11 domains, 47 pairings, 23 files unchanged); catalog: …}.
   *
   * @param siteIndex the catalog's index page, or null when the site was not generated
   * @param outputDirectory shown instead of the catalog when there is no site
   */
  static String generate(
      int domains,
      int pairings,
      WriteResult write,
      long elapsedMillis,
      Path siteIndex,
      Path outputDirectory) {
    String where =
        siteIndex != null
            ? "catalog: " + siteIndex.toAbsolutePath()
            : "output: " + outputDirectory.toAbsolutePath();
    if (write.upToDate()) {
      return "Badges: up to date ("
          + count(domains, "domain")
          + ", "
          + count(pairings, "pairing")
          + ", "
          + count(write.unchanged(), "file")
          + " unchanged); "
          + where;
    }
    StringBuilder sb = new StringBuilder("Badges: ");
    sb.append(count(domains, "domain"))
        .append(", ")
        .append(count(pairings, "pairing"))
        .append("; ");
    sb.append(count(write.written(), "file"))
        .append(" written, ")
        .append(write.unchanged())
        .append(" unchanged");
    if (write.removed() > 0) {
      sb.append(", ").append(write.removed()).append(" removed");
    }
    sb.append(" in ").append(elapsedMillis).append(" ms; ").append(where);
    return sb.toString();
  }

  /** {@code Badges check: 11 domains, 47 pairings, 0 warnings}. */
  static String check(int domains, int pairings, int warnings) {
    return "Badges check: "
        + count(domains, "domain")
        + ", "
        + count(pairings, "pairing")
        + ", "
        + count(warnings, "warning");
  }

  /** {@code 1 file}, {@code 2 files}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
