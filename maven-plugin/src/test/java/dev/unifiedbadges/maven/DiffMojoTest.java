package dev.unifiedbadges.maven;

import static dev.unifiedbadges.maven.MojoTest.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.maven.MojoTest.RecordingLog;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code badges:diff} and {@code generate}'s baseline in-process. */
class DiffMojoTest {

  @TempDir Path dir;

  private final RecordingLog log = new RecordingLog();

  private static final String RELEASED =
      """
      domains:
        order.status:
          title: Order status
          values:
            open:      { label: Open,      tone: info,    icon: circle-dot }
            shipped:   { label: Shipped,   tone: success, icon: truck }
            cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }
      """;

  @Test
  void aRemovedValueIsReportedAsBreakingWithTheSuggestedBumpAndBothReports() throws Exception {
    Path release = write("release/badges.yaml", RELEASED);
    write("src/main/badges/badges.yaml", RELEASED.replace("      open: ", "      opened:"));

    DiffMojo mojo = diff(release.toString());
    mojo.execute();

    assertEquals(1, log.info.size(), log.info::toString);
    String summary = log.info.get(0);
    assertTrue(summary.startsWith("Badges: 1 change against " + release), summary);
    assertTrue(summary.contains("1 breaking"), summary);
    assertTrue(summary.contains("suggested bump: major"), summary);
    Path reports = dir.resolve("target/badges-diff");
    assertTrue(Files.readString(reports.resolve("changes.md")).contains("opened"));
    assertTrue(Files.readString(reports.resolve("changes.json")).contains("\"major\""));
    assertTrue(Files.isRegularFile(reports.resolve("badges.diff.schema.json")));
  }

  @Test
  void failOnBreakingFailsListingEachBreakingChangeWithItsFixAfterWritingTheReports()
      throws Exception {
    Path release = write("release/badges.yaml", RELEASED);
    write("src/main/badges/badges.yaml", RELEASED.replace(", aliases: [canceled]", ""));
    DiffMojo mojo = diff(release.toString());
    set(mojo, "failOnBreaking", true);

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    String message = e.getMessage();
    assertTrue(
        message.startsWith(
            "1 breaking change against " + release + " (badges.failOnBreaking is true):"),
        message);
    assertTrue(message.contains("order.status: cancelled: Alias `canceled`"), message);
    assertTrue(message.contains("Fix: "), message);
    assertTrue(Files.isRegularFile(dir.resolve("target/badges-diff/changes.md")));
  }

  @Test
  void failOnBreakingPassesWhenEveryChangeKeepsCompatibility() throws Exception {
    Path release = write("release/badges.yaml", RELEASED);
    write(
        "src/main/badges/badges.yaml",
        RELEASED
            .replace("label: Shipped,", "label: Sent,   ")
            .replace("aliases: [canceled]", "aliases: [canceled, void]"));
    DiffMojo mojo = diff(release.toString());
    set(mojo, "failOnBreaking", true);

    mojo.execute();

    assertTrue(log.info.get(0).contains("suggested bump: minor"), log.info::toString);
  }

  @Test
  void withoutABaselineTheGoalFailsNamingTheParameterBeforeReadingAnything() throws Exception {
    DiffMojo mojo = diff(null);

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(
        e.getMessage().startsWith("Parameter 'baseline' (property badges.baseline) is not set"),
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("target")));
  }

  @Test
  void aBaselineThatIsNotThereFailsNamingThePathTheParameterAndTheKindsItCanBe() throws Exception {
    write("src/main/badges/badges.yaml", RELEASED);
    DiffMojo mojo = diff("no/such.snapshot.json");

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(
        e.getMessage()
            .startsWith(
                "Baseline not found: "
                    + dir.resolve("no/such.snapshot.json")
                    + " (parameter 'baseline', property badges.baseline). Fix: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("groupId:artifactId:version"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("target")));
  }

  @Test
  void aSnapshotOfANewerVersionIsRefusedNamingItsVersionAndWritesNothing() throws Exception {
    write("src/main/badges/badges.yaml", RELEASED);
    Path newer =
        write(
            "baseline.snapshot.json",
            "{\"$schema\": \"badges.snapshot.schema.json\", \"snapshotVersion\": 2,"
                + " \"generator\": {\"name\": \"Unified Badges\", \"version\": \"9.0.0\"}}");
    DiffMojo mojo = diff(newer.toString());

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(e.getMessage().contains("is snapshot version 2"), e.getMessage());
    assertTrue(e.getMessage().contains("Unified Badges 9.0.0"), e.getMessage());
    assertTrue(e.getMessage().contains("(parameter 'baseline'"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("target")));
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private DiffMojo diff(String baseline) throws Exception {
    DiffMojo mojo = new DiffMojo();
    set(mojo, "definitions", new File(dir.toFile(), "src/main/badges"));
    set(mojo, "contrastLevel", "AA");
    set(mojo, "failOnWarnings", false);
    set(mojo, "skip", false);
    set(mojo, "baseline", baseline);
    set(mojo, "failOnBreaking", false);
    set(mojo, "cssPrefix", "badge");
    set(mojo, "reportDirectory", dir.resolve("target/badges-diff").toFile());
    set(mojo, "basedir", dir.toFile());
    set(mojo, "remoteRepositories", List.of());
    mojo.setLog(log);
    return mojo;
  }
}
