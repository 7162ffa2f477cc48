package dev.unifiedbadges.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes definition files for tests that load catalogs from disk: any text under a name, a small
 * valid catalog in variants, and a large lint-clean one split over several files.
 */
public final class CatalogFiles {

  /**
   * One meaning per word (value word, label, tone, icon), so catalogs built from it are lint-clean:
   * the same word renders the same in every domain.
   */
  public static final List<Word> WORDS =
      List.of(
          Word.of("queued", "Queued", "neutral", "clock"),
          Word.of("running", "Running", "info", "loader-circle"),
          Word.of("completed", "Completed", "success", "circle-check"),
          Word.of("failed", "Failed", "danger", "circle-x"),
          Word.of("partial", "Partial", "warning", "triangle-alert"),
          Word.of("skipped", "Skipped", "neutral", "skip-forward"),
          Word.of("draft", "Draft", "neutral", "pencil"),
          Word.of("cancelled", "Cancelled", "neutral", "ban"),
          Word.of("archived", "Archived", "neutral", "archive"),
          Word.of("pending", "Pending", "neutral", "hourglass"),
          Word.of("low", "Low", "neutral", "signal-low"),
          Word.of("medium", "Medium", "warning", "signal-medium"),
          Word.of("high", "High", "danger", "signal-high"),
          Word.of("new", "New", "warning", "sparkles"),
          Word.of("scoped", "Scoped", "info", "crosshair"),
          Word.of("checked", "Checked", "info", "list-checks"),
          Word.of("previewed", "Previewed", "info", "scan-eye"),
          Word.of("acknowledged", "Acknowledged", "neutral", "eye"),
          Word.of("paused", "Paused", "info", "circle-pause"),
          Word.of("flagged", "Flagged", "accent", "flag"));

  private CatalogFiles() {}

  /**
   * Writes {@code content} as UTF-8 to {@code dir/name}, creating {@code dir}; returns the file.
   */
  public static Path write(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /**
   * A small valid YAML catalog: a custom tone, a catalog-wide unknown badge and three domains of
   * six values; {@code variant} changes its labels and domain names.
   */
  public static String small(String variant) {
    StringBuilder sb = new StringBuilder();
    sb.append("# small catalog ").append(variant).append('\n');
    sb.append("tones:\n");
    sb.append("  brand:\n");
    sb.append(
        "    light: { background: \"#f3e8ff\", foreground: \"#3b0764\", border: \"#7e22ce\" }\n");
    sb.append("    dark:  { background: \"#2e1065\", foreground: \"#f5f3ff\" }\n");
    sb.append("unknown: { label: Unknown ")
        .append(variant)
        .append(", tone: neutral, icon: circle-help }\n");
    sb.append("domains:\n");
    for (int d = 0; d < 3; d++) {
      sb.append("  ")
          .append(variant.toLowerCase(Locale.ROOT))
          .append("_run")
          .append(d)
          .append(".status:\n");
      sb.append("    title: Run ").append(d).append(" of ").append(variant).append('\n');
      sb.append("    description: Catalog ")
          .append(variant)
          .append(", domain ")
          .append(d)
          .append(".\n");
      sb.append("    values:\n");
      for (int v = 0; v < 5; v++) {
        Word w = WORDS.get((d * 5 + v) % WORDS.size());
        sb.append("      ")
            .append(w.value())
            .append(": { label: \"")
            .append(w.label())
            .append(' ')
            .append(variant)
            .append("\", tone: ")
            .append(w.tone())
            .append(", icon: ")
            .append(w.icon())
            .append(" }\n");
      }
      sb.append("      flagged: { label: Flagged, tone: brand, icon: flag }\n");
    }
    return sb.toString();
  }

  /** Writes {@link #small} as {@code dir/catalog.badges.yaml} and returns the directory. */
  public static Path writeSmall(Path dir, String variant) throws IOException {
    write(dir, "catalog.badges.yaml", small(variant));
    return dir;
  }

  /**
   * Writes a lint-clean catalog of {@code domains × values} pairings as YAML, at most {@code
   * domainsPerFile} domains per file ({@code partNNN.badges.yaml}; one file is capped at 8 MiB):
   * every domain {@code areaNNNNN.status} has the first {@code values} {@link #WORDS}. Returns the
   * files written.
   */
  public static List<Path> writeLarge(Path dir, int domains, int values, int domainsPerFile)
      throws IOException {
    if (values > WORDS.size()) {
      throw new IllegalArgumentException("at most " + WORDS.size() + " values per domain");
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int start = 0; start < domains; start += domainsPerFile) {
      StringBuilder sb = new StringBuilder(domainsPerFile * values * 64);
      sb.append("domains:\n");
      for (int d = start; d < Math.min(domains, start + domainsPerFile); d++) {
        String name = String.format(Locale.ROOT, "area%05d.status", d);
        sb.append("  ").append(name).append(":\n");
        sb.append("    title: Area ").append(d).append(" status\n");
        sb.append("    values:\n");
        for (int v = 0; v < values; v++) {
          Word w = WORDS.get(v);
          sb.append("      ")
              .append(w.value())
              .append(": { label: ")
              .append(w.label())
              .append(", tone: ")
              .append(w.tone())
              .append(", icon: ")
              .append(w.icon())
              .append(" }\n");
        }
      }
      Path file =
          dir.resolve(String.format(Locale.ROOT, "part%03d.badges.yaml", start / domainsPerFile));
      Files.writeString(file, sb, StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }
}
