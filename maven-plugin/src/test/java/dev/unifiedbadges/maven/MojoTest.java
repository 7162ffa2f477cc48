package dev.unifiedbadges.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unifiedbadges.model.load.Definitions;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the Mojos in-process, with their parameters set as Maven would set the defaults. */
class MojoTest {

  @TempDir Path dir;

  private final MavenProject project = new MavenProject();
  private final RecordingLog log = new RecordingLog();

  @Test
  void generatesTheBuiltinCatalogAndThenIsUpToDate() throws Exception {
    GenerateMojo mojo = generate();
    set(mojo, "catalog", "builtin");
    mojo.execute();
    Path index = dir.resolve("target/badges/site/index.html");
    assertTrue(Files.isRegularFile(index));
    assertEquals(1, log.info.size(), log.info::toString);
    assertTrue(log.info.get(0).startsWith("Badges: 11 domains, 47 pairings; "), log.info::toString);
    assertTrue(log.info.get(0).endsWith("; catalog: " + index), log.info::toString);
    assertTrue(project.getResources().isEmpty(), "attach is off by default");

    log.info.clear();
    generateWith(m -> set(m, "catalog", "builtin")).execute();
    assertTrue(
        log.info.get(0).startsWith("Badges: up to date (11 domains, 47 pairings, "),
        log.info::toString);
  }

  @Test
  void attachAddsTheOutputAsAWebJarOnceWithoutTheSite() throws Exception {
    project.setArtifactId("shop");
    project.setVersion("2.1.0");
    for (int i = 0; i < 2; i++) {
      generateWith(
              mojo -> {
                set(mojo, "catalog", "builtin");
                set(mojo, "attach", true);
                set(mojo, "formats", List.of("css,site"));
              })
          .execute();
    }
    assertEquals(2, project.getResources().size(), () -> project.getResources().toString());
    Resource files = project.getResources().get(0);
    assertEquals(dir.resolve("target/badges").toString(), files.getDirectory());
    assertEquals("META-INF/resources/webjars/shop/2.1.0", files.getTargetPath());
    assertEquals(List.of(".unified-badges", "site/**"), files.getExcludes());
    Resource locator = project.getResources().get(1);
    assertEquals(null, locator.getTargetPath());
    assertEquals(List.of("META-INF/resources/webjars-locator.properties"), locator.getIncludes());
    assertEquals(
        "# Written by badges:generate (attach): the version of this project's badge WebJar\n"
            + "shop.version=2.1.0\n",
        Files.readString(
            Path.of(locator.getDirectory())
                .resolve("META-INF/resources/webjars-locator.properties")));
  }

  @Test
  void attachSiteAlsoPutsTheCatalogSiteIntoTheWebJar() throws Exception {
    project.setArtifactId("shop");
    project.setVersion("2.1.0");
    generateWith(
            mojo -> {
              set(mojo, "catalog", "builtin");
              set(mojo, "attach", true);
              set(mojo, "attachSite", true);
              set(mojo, "formats", List.of("css,site"));
            })
        .execute();
    assertEquals(List.of(".unified-badges"), project.getResources().get(0).getExcludes());
  }

  @Test
  void missingDefinitionsNameThePathAndTheFixes() throws Exception {
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> generate().execute());
    assertTrue(
        e.getMessage().startsWith("Badge definitions not found: " + dir.resolve("src/main/badges")),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("<catalog>builtin</catalog> (-Dbadges.catalog=builtin)"),
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("target")));
  }

  @Test
  void aBadParameterFailsBeforeTheDefinitionsAreLookedAt() throws Exception {
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () -> generateWith(mojo -> set(mojo, "tokenColorFormat", "rgb")).execute());
    assertTrue(
        e.getMessage().startsWith("Invalid value 'rgb' for parameter 'tokenColorFormat'"),
        e.getMessage());
  }

  @Test
  void theNpmFormatWritesAPackageNamedAndVersionedByItsParameters() throws Exception {
    generateWith(
            m -> {
              set(m, "catalog", "builtin");
              set(m, "formats", List.of("npm"));
              set(m, "npmPackageName", "@acme/badges");
              set(m, "npmPackageVersion", "1.4-SNAPSHOT");
            })
        .execute();
    String manifest = Files.readString(dir.resolve("target/badges/package.json"));
    assertTrue(manifest.contains("\"name\": \"@acme/badges\""), manifest);
    assertTrue(manifest.contains("\"version\": \"1.4.0-SNAPSHOT\""), manifest);
    assertTrue(Files.isRegularFile(dir.resolve("target/badges/css/badges.css")));
  }

  @Test
  void anInvalidNpmNameOrVersionInFormatOptionsFailsNamingTheOption() throws Exception {
    for (String[] bad :
        List.of(new String[] {"npm.name", "Acme Badges"}, new String[] {"npm.version", "v1"})) {
      MojoFailureException e =
          assertThrows(
              MojoFailureException.class,
              () ->
                  generateWith(
                          m -> {
                            set(m, "catalog", "builtin");
                            set(m, "formats", List.of("css,npm"));
                            set(m, "formatOptions", java.util.Map.of(bad[0], bad[1]));
                          })
                      .execute());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Invalid value '"
                      + bad[1]
                      + "' for parameter 'formatOptions "
                      + bad[0]
                      + "'. Allowed: "),
          e.getMessage());
      assertFalse(Files.exists(dir.resolve("target/badges")), "nothing is written");
    }
  }

  @Test
  void anInvalidNpmPackageNameOrVersionFailsBeforeAnythingIsWritten() throws Exception {
    for (String[] bad :
        List.of(
            new String[] {"npmPackageName", "Acme_Badges"},
            new String[] {"npmPackageVersion", "1.0.0.Final"})) {
      MojoFailureException e =
          assertThrows(
              MojoFailureException.class,
              () ->
                  generateWith(
                          m -> {
                            set(m, "catalog", "builtin");
                            set(m, "formats", List.of("css,npm"));
                            set(m, bad[0], bad[1]);
                          })
                      .execute());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Invalid value '"
                      + bad[1]
                      + "' for parameter '"
                      + bad[0]
                      + "' (property badges."),
          e.getMessage());
      assertFalse(Files.exists(dir.resolve("target/badges")), "nothing is written");
    }
    // Without the npm format neither is looked at.
    generateWith(
            m -> {
              set(m, "catalog", "builtin");
              set(m, "npmPackageName", "Not Valid");
            })
        .execute();
  }

  @Test
  void anUnknownDarkModeFailsListingBothModes() throws Exception {
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () -> generateWith(mojo -> set(mojo, "darkMode", "never")).execute());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Invalid value 'never' for parameter 'darkMode' (property badges.darkMode)."
                    + " Allowed: media"),
        e.getMessage());
    assertTrue(e.getMessage().contains("attribute (only where"), e.getMessage());
  }

  @Test
  void errorsArePrintedOnceEachAndTheFailureIsOneLine() throws Exception {
    Path defs = Files.createDirectories(dir.resolve("src/main/badges"));
    Files.writeString(
        defs.resolve("a.badges.yaml"),
        "domains:\n  d:\n    values:\n      x: { label: X, tone: nope, icon: circle }\n",
        StandardCharsets.UTF_8);
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> check().execute());
    assertEquals("1 error in badge definitions (1 file); see the messages above", e.getMessage());
    assertEquals(1, log.error.size(), log.error::toString);
    assertTrue(
        log.error.get(0).startsWith(defs.resolve("a.badges.yaml") + ":4:"), log.error::toString);
    assertTrue(log.info.isEmpty());
  }

  @Test
  void checkWritesNothingAndSummarises() throws Exception {
    CheckMojo mojo = check();
    set(mojo, "catalog", "builtin");
    mojo.execute();
    assertEquals(List.of("Badges check: 11 domains, 47 pairings, 0 warnings"), log.info);
    assertFalse(Files.exists(dir.resolve("target")));
  }

  @Test
  void checkWarnsWithFileLineAndAFixWhenTheProjectReachesARemoveInVersion() throws Exception {
    Path defs = Files.createDirectories(dir.resolve("src/main/badges"));
    Files.writeString(
        defs.resolve("a.badges.yaml"),
        "domains:\n"
            + "  job.status:\n"
            + "    values:\n"
            + "      succeeded: { label: Succeeded, tone: success, icon: circle-check }\n"
            + "      done:\n"
            + "        label: Done\n"
            + "        tone: success\n"
            + "        icon: circle-check\n"
            + "        deprecated: { replacedBy: succeeded, removeIn: \"2.0\" }\n"
            + "      old:\n"
            + "        label: Old\n"
            + "        tone: neutral\n"
            + "        icon: circle-help\n"
            + "        deprecated: { removeIn: \"2.1\" }\n",
        StandardCharsets.UTF_8);
    CheckMojo before = check();
    set(before, "projectVersion", "1.9.3");
    before.execute();
    assertTrue(log.warn.isEmpty(), log.warn::toString);

    log.info.clear();
    CheckMojo due = check();
    set(due, "projectVersion", "2.0-SNAPSHOT");
    due.execute();
    assertEquals(
        List.of(
            defs.resolve("a.badges.yaml")
                + ":9:56: warning: value 'done' of domain 'job.status' is deprecated with removeIn"
                + " 2.0, and the project is at version 2.0-SNAPSHOT (at"
                + " /domains/job.status/values/done/deprecated/removeIn) Fix: remove the value and"
                + " add 'done' to the aliases of 'succeeded', so stored data still resolves, or"
                + " move 'removeIn' to a later version"),
        log.warn);
    assertEquals(List.of("Badges check: 1 domain, 3 pairings, 1 warning"), log.info);
  }

  @Test
  void skipDoesNothing() throws Exception {
    GenerateMojo mojo = generate();
    set(mojo, "skip", true);
    set(mojo, "formats", List.of("pdf"));
    mojo.execute();
    assertEquals(List.of("Badges: skipped (badges.skip=true)"), log.info);
    assertFalse(Files.exists(dir.resolve("target")));
  }

  @Test
  void onlyProblemsWithTheDefinitionsAreBlamedOnThem() {
    Path source = dir.resolve("defs");
    MojoFailureException missing =
        AbstractBadgesMojo.definitionsAccessFailure(
            new NoSuchFileException(source.resolve("a.badges.yaml").toString()),
            Definitions.at(source));
    assertTrue(
        missing
            .getMessage()
            .startsWith("Badge definitions not found: " + source.resolve("a.badges.yaml")));
    MojoFailureException denied =
        AbstractBadgesMojo.definitionsAccessFailure(
            new AccessDeniedException(source.toString()), Definitions.at(source));
    assertTrue(
        denied
            .getMessage()
            .startsWith("Cannot read badge definitions: " + source + " (permission denied)"));
    assertNull(
        AbstractBadgesMojo.definitionsAccessFailure(
            new AccessDeniedException(dir.resolve("out").toString()), Definitions.at(source)));
    assertNull(
        AbstractBadgesMojo.definitionsAccessFailure(
            new AccessDeniedException(source.toString()), Definitions.builtIn()));
    assertNull(
        AbstractBadgesMojo.definitionsAccessFailure(
            new IOException("disk full"), Definitions.at(source)));
  }

  // --- helpers

  interface Setup<T> {
    void apply(T mojo) throws Exception;
  }

  @Test
  void anOutputDirectoryAtTheFileSystemRootIsRefusedNamingTheParameter() throws Exception {
    GenerateMojo mojo =
        generateWith(
            m -> {
              set(m, "catalog", "builtin");
              set(m, "outputDirectory", new File("/"));
            });
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        e.getMessage()
            .startsWith(
                "Parameter 'outputDirectory' (property badges.outputDirectory) is the file system"
                    + " root /"),
        e.getMessage());
  }

  @Test
  void aFullFileSystemFailsNamingTheOutputAndAFix() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()), "needs mount");
    try {
      GenerateMojo mojo =
          generateWith(
              m -> {
                set(m, "catalog", "builtin");
                set(m, "outputDirectory", small.resolve("badges").toFile());
              });
      MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
      assertTrue(e.getMessage().startsWith("Cannot write badge output: " + small), e.getMessage());
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  "Fix: free space on that file system, or point <outputDirectory> at another one."),
          e.getMessage());
    } finally {
      run("umount", small.toString());
    }
  }

  @Test
  void anOutputDirectoryOnProcFailsNamingThePathTheParameterAndAFix() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    GenerateMojo mojo =
        generateWith(
            m -> {
              set(m, "catalog", "builtin");
              set(m, "outputDirectory", new File("/proc/badges"));
            });
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("Cannot write badge output: /proc/"), e.getMessage());
    assertTrue(e.getMessage().contains("virtual file systems such as /proc"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "(parameter 'outputDirectory', property badges.outputDirectory). Fix: point"
                    + " <outputDirectory> at a directory on a regular, writable file system."),
        e.getMessage());
  }

  @Test
  void anOutputDirectoryBelowAFileFailsSayingAFileIsInTheWay() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    GenerateMojo mojo =
        generateWith(
            m -> {
              set(m, "catalog", "builtin");
              set(m, "outputDirectory", file.resolve("badges").toFile());
            });
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "Cannot write badge output: "
            + file
            + ": is a file where a directory is needed (parameter 'outputDirectory', property"
            + " badges.outputDirectory). Fix: point <outputDirectory> at a path whose parents are"
            + " all directories.",
        e.getMessage());
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void checkPutsBackAnOutputThatARunKilledBetweenItsTwoMovesLeftAsABackup() throws Exception {
    generateWith(m -> set(m, "catalog", "builtin")).execute();
    Path out = dir.resolve("target/badges");
    String index = Files.readString(out.resolve("site/index.html"));
    // The state a kill -9 between the swap's two renames leaves: the output moved to its backup.
    Files.move(out, dir.resolve("target/.badges.old-4242-1"));
    log.warn.clear();

    CheckMojo mojo = check();
    set(mojo, "catalog", "builtin");
    mojo.execute();

    assertEquals(index, Files.readString(out.resolve("site/index.html")));
    assertEquals(1, log.warn.size(), log.warn::toString);
    assertTrue(log.warn.get(0).startsWith("Badges: Put back " + out), log.warn::toString);
    try (var left = Files.list(dir.resolve("target"))) {
      assertEquals(
          List.of(".badges.lock", "badges"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void checkWritesNothingWhenNoRunLeftAnythingBehind() throws Exception {
    CheckMojo mojo = check();
    set(mojo, "catalog", "builtin");
    mojo.execute();
    assertFalse(Files.exists(dir.resolve("target")), "check created files");
    assertTrue(log.warn.isEmpty(), log.warn::toString);
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private GenerateMojo generate() throws Exception {
    return generateWith(mojo -> {});
  }

  private GenerateMojo generateWith(Setup<GenerateMojo> setup) throws Exception {
    GenerateMojo mojo = defaults(new GenerateMojo());
    set(mojo, "outputDirectory", dir.resolve("target/badges").toFile());
    set(mojo, "formats", List.of("css,tokens,js,site"));
    set(mojo, "cssPrefix", "badge");
    set(mojo, "tokenColorFormat", "object");
    set(mojo, "darkMode", "media");
    set(mojo, "siteTitle", "Test");
    set(mojo, "attach", false);
    set(mojo, "attachSite", false);
    set(mojo, "npmPackageName", "mojo-test");
    set(mojo, "npmPackageVersion", "0.1.0-SNAPSHOT");
    set(mojo, "buildDirectory", dir.resolve("target").toFile());
    set(mojo, "project", project);
    setup.apply(mojo);
    return mojo;
  }

  private CheckMojo check() throws Exception {
    CheckMojo mojo = defaults(new CheckMojo());
    set(mojo, "outputDirectory", dir.resolve("target/badges").toFile());
    return mojo;
  }

  private <T extends AbstractMojo> T defaults(T mojo) throws Exception {
    set(mojo, "definitions", new File(dir.toFile(), "src/main/badges"));
    set(mojo, "contrastLevel", "AA");
    set(mojo, "failOnWarnings", false);
    set(mojo, "skip", false);
    mojo.setLog(log);
    return mojo;
  }

  /** Sets a Mojo's parameter field, declared in its class or a superclass, as Maven would. */
  static void set(Object mojo, String name, Object value) throws Exception {
    for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(mojo, value);
        return;
      } catch (NoSuchFieldException next) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }

  /** Keeps what the Mojo logs, by level. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> info = new ArrayList<>();
    final List<String> warn = new ArrayList<>();
    final List<String> error = new ArrayList<>();

    @Override
    public void debug(CharSequence content) {
      // not kept, not printed
    }

    @Override
    public void info(CharSequence content) {
      info.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
      warn.add(content.toString());
    }

    @Override
    public void error(CharSequence content) {
      error.add(content.toString());
    }
  }
}
