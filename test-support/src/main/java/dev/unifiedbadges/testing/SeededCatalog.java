package dev.unifiedbadges.testing;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.icon.IconSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic catalog of {@code pairings} value badges (N domains × M values) as definition
 * files, deterministically from a seed: the benchmark catalog.
 *
 * <p>The catalog is built to pass validation and the consistency lint: every word (value or alias)
 * has one label, tone and icon wherever it appears; each icon belongs to exactly one tone; only the
 * six built-in tones are used, so the built-in palette and catalog-wide unknown badge apply.
 * Domains are split over files of at most {@code domainsPerFile} domains ({@value
 * #DEFAULT_DOMAINS_PER_FILE} by default), far below the 8 MiB per-file limit. The same arguments
 * always write the same bytes: the published benchmark figures were measured on them.
 */
public final class SeededCatalog {

  public static final int DEFAULT_VALUES_PER_DOMAIN = 10;
  public static final int DEFAULT_DOMAINS_PER_FILE = 500;
  public static final long DEFAULT_SEED = 20260101L;

  private static Word w(String value, String label, String tone, String icon, String... aliases) {
    return new Word(value, label, tone, icon, List.of(aliases));
  }

  /** The vocabulary. Words shared with the built-in catalog render as they do there. */
  public static final List<Word> WORDS =
      List.of(
          // neutral
          w("queued", "Queued", "neutral", "clock", "enqueued"),
          w("pending", "Pending", "neutral", "hourglass"),
          w("draft", "Draft", "neutral", "pencil"),
          w("cancelled", "Cancelled", "neutral", "ban", "canceled"),
          w("skipped", "Skipped", "neutral", "skip-forward"),
          w("archived", "Archived", "neutral", "archive"),
          w("acknowledged", "Acknowledged", "neutral", "eye"),
          w("low", "Low", "neutral", "signal-low"),
          w("inactive", "Inactive", "neutral", "circle-dashed"),
          w("paused", "Paused", "neutral", "circle-pause"),
          w("awaiting_approval", "Awaiting approval", "neutral", "stamp"),
          w("not_started", "Not started", "neutral", "circle-dot-dashed"),
          w("on_hold", "On hold", "neutral", "octagon-pause"),
          w("scheduled", "Scheduled", "neutral", "calendar-clock"),
          w("superseded", "Superseded", "neutral", "replace"),
          w("withdrawn", "Withdrawn", "neutral", "undo-2"),
          w("expired", "Expired", "neutral", "timer-off"),
          w("disabled", "Disabled", "neutral", "toggle-left"),
          w("unassigned", "Unassigned", "neutral", "user-round"),
          w("idle", "Idle", "neutral", "coffee"),
          w("closed", "Closed", "neutral", "lock"),
          w("deleted", "Deleted", "neutral", "trash-2"),
          w("retired", "Retired", "neutral", "sunset"),
          w("muted", "Muted", "neutral", "bell-off"),
          // info
          w("running", "Running", "info", "loader-circle", "in_progress"),
          w("scoped", "Scoped", "info", "crosshair"),
          w("checked", "Checked", "info", "list-checks"),
          w("previewed", "Previewed", "info", "scan-eye"),
          w("submitted", "Submitted", "info", "send"),
          w("processing", "Processing", "info", "cog"),
          w("syncing", "Syncing", "info", "refresh-cw"),
          w("uploading", "Uploading", "info", "upload"),
          w("downloading", "Downloading", "info", "download"),
          w("under_review", "Under review", "info", "search", "in_review"),
          w("assigned", "Assigned", "info", "user-check"),
          w("open", "Open", "info", "circle-dot"),
          w("started", "Started", "info", "play"),
          w("validating", "Validating", "info", "scan-search"),
          w("deploying", "Deploying", "info", "rocket"),
          w("migrating", "Migrating", "info", "arrow-right-left"),
          w("indexing", "Indexing", "info", "list-tree"),
          w("provisioning", "Provisioning", "info", "server-cog"),
          w("retrying", "Retrying", "info", "rotate-cw"),
          w("waiting_for_input", "Waiting for input", "info", "message-circle-question"),
          w("informational", "Informational", "info", "info"),
          w("estimating", "Estimating", "info", "calculator"),
          w("building", "Building", "info", "hammer"),
          w("testing", "Testing", "info", "flask-conical"),
          w("analyzing", "Analysing", "info", "chart-line", "analysing"),
          // success
          w("completed", "Completed", "success", "circle-check"),
          w("succeeded", "Succeeded", "success", "circle-check", "successful"),
          w("success", "Succeeded", "success", "circle-check"),
          w("active", "Active", "success", "circle-check"),
          w("approved", "Approved", "success", "thumbs-up"),
          w("passed", "Passed", "success", "check-check"),
          w("published", "Published", "success", "globe"),
          w("delivered", "Delivered", "success", "package-check"),
          w("verified", "Verified", "success", "badge-check", "confirmed"),
          w("healthy", "Healthy", "success", "heart-pulse"),
          w("online", "Online", "success", "wifi"),
          w("resolved", "Resolved", "success", "check"),
          w("paid", "Paid", "success", "banknote"),
          w("merged", "Merged", "success", "git-merge"),
          w("deployed", "Deployed", "success", "cloud-upload"),
          w("enabled", "Enabled", "success", "toggle-right"),
          w("connected", "Connected", "success", "plug-zap"),
          w("signed", "Signed", "success", "signature"),
          w("accepted", "Accepted", "success", "handshake"),
          w("shipped", "Shipped", "success", "truck"),
          w("ready", "Ready", "success", "circle-check-big"),
          w("done", "Done", "success", "square-check-big", "finished"),
          w("available", "Available", "success", "shield-check"),
          // warning
          w("partial", "Partial", "warning", "triangle-alert"),
          w("new", "New", "warning", "sparkles"),
          w("medium", "Medium", "warning", "signal-medium"),
          w("degraded", "Degraded", "warning", "trending-down"),
          w("overdue", "Overdue", "warning", "alarm-clock"),
          w("expiring", "Expiring soon", "warning", "timer", "expiring_soon"),
          w("stale", "Stale", "warning", "history"),
          w("needs_attention", "Needs attention", "warning", "bell-ring"),
          w("throttled", "Throttled", "warning", "gauge"),
          w("changes_requested", "Changes requested", "warning", "file-diff"),
          w("outdated", "Outdated", "warning", "calendar-x-2"),
          w("at_risk", "At risk", "warning", "shield-alert"),
          w("drifted", "Drifted", "warning", "git-compare"),
          w("unverified", "Unverified", "warning", "shield-question"),
          w("low_balance", "Low balance", "warning", "battery-low"),
          w("rate_limited", "Rate limited", "warning", "hand"),
          w("incomplete", "Incomplete", "warning", "square-dashed"),
          // danger
          w("failed", "Failed", "danger", "circle-x", "error", "errored"),
          w("high", "High", "danger", "signal-high"),
          w("critical", "Critical", "danger", "siren"),
          w("rejected", "Rejected", "danger", "thumbs-down"),
          w("blocked", "Blocked", "danger", "octagon-x"),
          w("offline", "Offline", "danger", "wifi-off"),
          w("unhealthy", "Unhealthy", "danger", "heart-crack"),
          w("timed_out", "Timed out", "danger", "alarm-clock-off", "timeout"),
          w("crashed", "Crashed", "danger", "bug"),
          w("suspended", "Suspended", "danger", "user-x"),
          w("revoked", "Revoked", "danger", "shield-off"),
          w("declined", "Declined", "danger", "circle-minus"),
          w("breached", "Breached", "danger", "shield-x"),
          w("disconnected", "Disconnected", "danger", "unplug"),
          w("corrupted", "Corrupted", "danger", "file-x"),
          w("aborted", "Aborted", "danger", "square-x"),
          w("locked_out", "Locked out", "danger", "lock-keyhole"),
          // accent
          w("current", "Current", "accent", "star"),
          w("featured", "Featured", "accent", "megaphone"),
          w("pinned", "Pinned", "accent", "pin"),
          w("experimental", "Experimental", "accent", "beaker"),
          w("premium", "Premium", "accent", "crown"),
          w("favourite", "Favourite", "accent", "heart", "favorite"),
          w("highlighted", "Highlighted", "accent", "highlighter"),
          w("recommended", "Recommended", "accent", "award"),
          w("trending", "Trending", "accent", "flame"),
          w("sponsored", "Sponsored", "accent", "gem"),
          w("default", "Default", "accent", "bookmark"));

  private static final List<String> ENTITIES =
      List.of(
          "invoice",
          "payment",
          "shipment",
          "deployment",
          "build",
          "backup_job",
          "sync_run",
          "ticket",
          "order",
          "subscription",
          "tenant",
          "user_account",
          "api_key",
          "certificate",
          "pipeline",
          "release",
          "incident",
          "alert",
          "review",
          "document",
          "contract",
          "device",
          "server",
          "database",
          "migration",
          "import_job",
          "export_job",
          "report",
          "campaign",
          "article",
          "listing",
          "refund",
          "transfer",
          "license",
          "policy",
          "scan",
          "test_run",
          "pull_request",
          "workspace",
          "integration");

  private static final List<String> FIELDS =
      List.of(
          "status", "state", "outcome", "phase", "health", "review_state", "lifecycle", "result");

  private static final Set<String> TONES =
      Set.of("neutral", "info", "success", "warning", "danger", "accent");

  private SeededCatalog() {}

  /** What was written. */
  public record Summary(int domains, int pairings, int files, long bytes) {}

  /**
   * Replaces {@code out} with a catalog of exactly {@code pairings} values: domains of {@code
   * perDomain} values, the last one smaller if needed.
   */
  public static Summary write(Path out, int pairings, int perDomain, long seed, int perFile)
      throws IOException {
    if (pairings < 1 || perDomain < 1 || perDomain > WORDS.size() || perFile < 1) {
      throw new IllegalArgumentException(
          "need pairings >= 1, 1 <= values-per-domain <= "
              + WORDS.size()
              + ", domains-per-file >= 1");
    }
    checkVocabulary();
    deleteDefinitions(out);
    Files.createDirectories(out);

    SplittableRandom random = new SplittableRandom(seed);
    int domains = (pairings + perDomain - 1) / perDomain;
    int width = Math.max(5, Integer.toString(domains).length());
    int files = 0;
    long bytes = 0;
    int written = 0;
    StringBuilder sb = new StringBuilder(1 << 20);
    for (int d = 0; d < domains; d++) {
      if (d % perFile == 0) {
        if (d > 0) {
          bytes += flush(out, files++, sb);
        }
        // The header names the bench's command, which writes these files: kept as it was, so the
        // files stay byte for byte those the published figures were measured on.
        sb.append("# Synthetic benchmark catalog (bench/CatalogGenerator, seed ")
            .append(seed)
            .append(").\n");
        sb.append("domains:\n");
      }
      int count = Math.min(perDomain, pairings - written);
      written += count;
      appendDomain(sb, d, width, count, random);
    }
    bytes += flush(out, files++, sb);
    return new Summary(domains, written, files, bytes);
  }

  private static void appendDomain(
      StringBuilder sb, int index, int width, int count, SplittableRandom random) {
    String entity = ENTITIES.get(random.nextInt(ENTITIES.size()));
    String field = FIELDS.get(random.nextInt(FIELDS.size()));
    String number = String.format(Locale.ROOT, "%0" + width + "d", index);
    String name = entity + "_" + number + "." + field;
    String title =
        capitalise(entity.replace('_', ' ')) + " " + index + " " + field.replace('_', ' ');
    sb.append("  ").append(name).append(":\n");
    sb.append("    title: ").append(quote(title)).append('\n');
    if (random.nextInt(4) == 0) {
      sb.append("    description: ")
          .append(
              quote("The " + field.replace('_', ' ') + " of a " + entity.replace('_', ' ') + "."))
          .append('\n');
    }
    sb.append("    values:\n");
    // A partial Fisher-Yates shuffle: count distinct words, in random order.
    int[] order = new int[WORDS.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      Word word = WORDS.get(order[i]);
      sb.append("      ")
          .append(word.value())
          .append(": { label: ")
          .append(quote(word.label()))
          .append(", tone: ")
          .append(word.tone())
          .append(", icon: ")
          .append(word.icon());
      if (!word.aliases().isEmpty() && random.nextInt(3) != 0) {
        sb.append(", aliases: [").append(String.join(", ", word.aliases())).append(']');
      }
      if (random.nextInt(5) == 0) {
        sb.append(", description: ")
            .append(quote(word.label() + " (" + title.toLowerCase(Locale.ROOT) + ")."));
      }
      sb.append(" }\n");
    }
    if (random.nextInt(20) == 0) {
      sb.append("    unknown: { label: \"Unknown\", tone: neutral, icon: circle-help }\n");
    }
  }

  private static long flush(Path out, int fileIndex, StringBuilder sb) throws IOException {
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    sb.setLength(0);
    Path file = out.resolve(String.format(Locale.ROOT, "catalog-%04d.badges.yaml", fileIndex));
    Files.write(file, bytes);
    return bytes.length;
  }

  /** Removes earlier definition files only, so a wrong path never wipes anything else. */
  private static void deleteDefinitions(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return;
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().endsWith(".badges.yaml")).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Fails fast if the vocabulary could produce an invalid or inconsistent catalog: unknown tone or
   * icon, an icon used by two tones, or two words (values or aliases) that match each other.
   */
  public static void checkVocabulary() {
    IconSet icons = IconSet.lucide();
    Map<String, String> toneByIcon = new HashMap<>();
    Set<String> keys = new HashSet<>();
    Set<String> kebabs = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Word word : WORDS) {
      if (!TONES.contains(word.tone())) {
        problems.add(word.value() + ": tone " + word.tone() + " is not built in");
      }
      if (!icons.contains(word.icon())) {
        problems.add(word.value() + ": icon " + word.icon() + " is not in " + icons.description());
      }
      String previous = toneByIcon.putIfAbsent(word.icon(), word.tone());
      if (previous != null && !previous.equals(word.tone())) {
        problems.add(
            "icon " + word.icon() + " is used by tones " + previous + " and " + word.tone());
      }
      if (!kebabs.add(Names.kebab(word.value()))) {
        problems.add(word.value() + ": kebab name collides");
      }
      for (String key : Stream.concat(Stream.of(word.value()), word.aliases().stream()).toList()) {
        if (!keys.add(BadgeCatalog.lookupKey(key))) {
          problems.add(key + ": word is used twice");
        }
        if (key.equals("unknown") || key.equals("true") || key.equals("false")) {
          problems.add(key + ": reserved or exempt word");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("bad vocabulary: " + problems);
    }
  }
}
