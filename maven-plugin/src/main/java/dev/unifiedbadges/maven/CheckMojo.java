package dev.unifiedbadges.maven;

import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates and lints the badge definitions without writing any output. Fails on any error (each
 * reported with its file, line and column), and on warnings when {@code failOnWarnings} is set.
 * Like every goal, it first puts back an output that a killed {@code generate} run left only as a
 * backup.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractBadgesMojo<Path> {

  /**
   * The output directory of {@code badges:generate}, only to put back an output a killed run left.
   *
   * @since 0.2.0
   */
  @Parameter(
      property = PropertyNames.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/badges")
  private File outputDirectory;

  /**
   * The project's version: a deprecation whose {@code removeIn} it has reached is a warning.
   *
   * @since 0.2.0
   */
  @Parameter(defaultValue = "${project.version}", readonly = true)
  private String projectVersion;

  @Override
  protected Path goalParameters() {
    return outputDirectory == null ? null : outputDirectory.toPath().toAbsolutePath().normalize();
  }

  @Override
  protected void run(
      Definitions definitions, LoadOptions loadOptions, boolean failOnWarnings, Path output)
      throws MojoExecutionException, MojoFailureException {
    recover(output);
    LoadedCatalog loaded;
    try {
      loaded =
          new Generator()
              .check(definitions, loadOptions.withProjectVersion(projectVersion), failOnWarnings);
    } catch (DefinitionException e) {
      throw definitionFailure(e);
    } catch (IOException e) {
      MojoFailureException userError = definitionsAccessFailure(e, definitions);
      if (userError != null) {
        throw userError;
      }
      throw new MojoExecutionException(
          "Could not read badge definitions from " + describe(definitions) + ": " + e, e);
    }
    printWarnings(loaded.warnings());
    getLog()
        .info(
            Summary.check(
                loaded.catalog().domains().size(),
                loaded.catalog().pairingCount(),
                loaded.warnings().size()));
  }

  /**
   * Puts back what a killed generate run left. The check is about the definitions, so a failure
   * here is a warning: the next generate run tries again and reports it in full.
   */
  private void recover(Path output) {
    if (output == null || output.getParent() == null) {
      return;
    }
    try {
      for (String line : OutputWriter.recover(output)) {
        getLog().warn("Badges: " + line);
      }
    } catch (IOException e) {
      getLog()
          .warn(
              "Badges: could not put back the output a killed run left beside "
                  + output
                  + " ("
                  + e
                  + "); the next badges:generate run tries again.");
    }
  }
}
